//! The widget inside someone else's page. The entry module
//! (`src/nearer-widget.js`, the one script a host loads) defines the
//! `<nearer-widget>` element and finds `[data-nearer]` elements; it calls
//! the functions exported here to mount, update and unmount.
//!
//! Each host element gets an open Shadow DOM holding the widget's style
//! sheet (a `<link>` to the bundle's CSS, so `style-src 'self'` suffices),
//! the host's colour choices (a constructed style sheet, which no CSP
//! restricts) and the Yew app. The host page's CSS cannot reach inside, and
//! the widget's CSS never leaves. Nothing here panics: a host that cannot
//! take a shadow root gets a console warning and no widget.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::{Element, ShadowRoot};
use yew::{AppHandle, Callback};

use crate::domain::config::{is_default_font, WidgetConfig, ATTRIBUTES};
use crate::domain::i18n::Locale;
use crate::domain::pack::{Pack, Texts};
use crate::persist::Persist;
use crate::ui::app::{App, AppProps, Carry};

/// One mounted widget.
struct Mounted {
    host: Element,
    /// The configuration attributes it was mounted with.
    snapshot: Vec<Option<String>>,
    namespace: String,
    /// Filled once the style sheet has loaded.
    app: Rc<RefCell<Option<AppHandle<App>>>>,
    /// Its data (for blocked storage, in the page's memory) and what is on
    /// screen: kept across a remount with the same namespace.
    persist: Persist,
    carry: Carry,
    /// Waiting for the style sheet; dropped (so never firing) on unmount.
    _waiting: Vec<EventListener>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// Content packs already laid over a language's words (see `load_pack`).
    static PACKS: RefCell<Vec<(String, Locale, Texts)>> = const { RefCell::new(Vec::new()) };
}

/// The attributes the custom element observes.
pub fn attributes() -> js_sys::Array {
    ATTRIBUTES.iter().map(|a| JsValue::from_str(a)).collect()
}

/// Mounts the widget into `host`, or updates it when its configuration
/// attributes changed since. Nothing happens when they did not.
/// An update remounts with the new configuration and, when the namespace
/// is the same, continues from what was on screen with the same storage
/// (the person's place, answers and list, even those storage could not
/// keep); a new namespace reads that namespace's data.
/// `css` is the address of the bundle's style sheet, `integrity` the hash
/// the page declared for it (empty when none).
pub fn mount(host: Element, css: String, integrity: String) {
    let snapshot = snapshot(&host);
    let same = MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .any(|w| w.host == host && w.snapshot == snapshot)
    });
    // the person left with the quick exit: nothing comes back on screen,
    // whatever the page changes while the browser leaves
    let exited = host
        .shadow_root()
        .and_then(|root| root.query_selector("[data-exited]").ok().flatten());
    if same || exited.is_some() {
        return;
    }
    let before = MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|w| w.host == host)
            .map(|w| (w.namespace.clone(), w.persist.clone(), w.carry.take()))
    });
    unmount(&host);

    let (config, warnings) = WidgetConfig::from_attributes(|name| lookup(&host, name));
    for warning in warnings {
        warn(&warning);
    }
    let shared = MOUNTED.with(|m| m.borrow().iter().any(|w| w.namespace == config.namespace));
    if shared {
        warn(&format!(
            "nearer: another widget on this page already uses data-namespace=\"{}\"; give each widget its own, or they overwrite each other's data",
            config.namespace
        ));
    }
    let Some(parts) = build_shadow(&host, &css, &integrity, config.theme_css().as_deref()) else {
        return;
    };

    // the same namespace keeps its data (for blocked storage, the page's
    // memory, and all this page knows of its key) and continues from what
    // was on screen
    let (persist, state, carried) = match before {
        Some((namespace, persist, Some(state))) if namespace == config.namespace => {
            (persist, state, true)
        }
        _ => {
            let (persist, state) = Persist::open(&config);
            (persist, state, false)
        }
    };
    let carry = Carry::holding(state.clone());
    let onevent = {
        let (host, namespace) = (host.clone(), config.namespace.clone());
        Callback::from(move |name: &'static str| emit(&host, name, &namespace))
    };
    let texts = config
        .pack
        .as_deref()
        .and_then(|id| load_pack(&host, id, config.locale));
    let props = AppProps {
        initial: Rc::new(state),
        persist: persist.clone(),
        carry: carry.clone(),
        carried,
        locale: config.locale,
        onevent: onevent.clone(),
        config: Rc::new(config.clone()),
        texts,
    };

    // Render once the style sheet is there (or has failed): no unstyled
    // flash, no layout shift.
    let app = Rc::new(RefCell::new(None));
    let pending = Rc::new(RefCell::new(Some((parts.root, props))));
    let start = {
        let (app, pending) = (app.clone(), pending.clone());
        let placeholder = parts.placeholder.clone();
        move || {
            if let Some((root, props)) = pending.borrow_mut().take() {
                if let Some(placeholder) = &placeholder {
                    placeholder.remove();
                }
                let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
                app.borrow_mut().replace(handle);
                onevent.emit("ready");
            }
        }
    };
    let start = Rc::new(start);
    let waiting = ["load", "error"]
        .into_iter()
        .map(|event| {
            let start = start.clone();
            EventListener::once(&parts.link, event, move |_| start())
        })
        .collect();
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            host,
            snapshot,
            namespace: config.namespace,
            app,
            persist,
            carry,
            _waiting: waiting,
        })
    });
}

/// Unmounts the widget in `host` (if any) and empties its shadow root.
pub fn unmount(host: &Element) {
    let gone: Vec<Mounted> = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let (gone, kept) = m.drain(..).partition(|w| &w.host == host);
        *m = kept;
        gone
    });
    for w in gone {
        destroy(w);
    }
}

/// Unmounts every widget whose host is no longer in the document (the
/// entry module calls this when `[data-nearer]` elements are removed).
pub fn sweep() {
    let gone: Vec<Mounted> = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let (gone, kept) = m.drain(..).partition(|w| !w.host.is_connected());
        *m = kept;
        gone
    });
    for w in gone {
        destroy(w);
    }
}

fn destroy(w: Mounted) {
    if let Some(handle) = w.app.borrow_mut().take() {
        handle.destroy();
    }
    if let Some(shadow) = w.host.shadow_root() {
        shadow.replace_children_with_node_0();
    }
}

/// The configuration attributes as the widget would read them now.
fn snapshot(host: &Element) -> Vec<Option<String>> {
    ATTRIBUTES.iter().map(|name| lookup(host, name)).collect()
}

fn lookup(host: &Element, name: &str) -> Option<String> {
    if name == "lang" {
        // the nearest `lang` around the host, up to the page's <html lang>
        host.closest("[lang]")
            .ok()
            .flatten()
            .and_then(|el| el.get_attribute("lang"))
    } else {
        host.get_attribute(name)
    }
}

/// The content pack in the page's `<script type="application/json" id=...>`,
/// laid over `locale`'s words; `None` (and a warning per problem) when it is
/// missing or invalid, so the built-in words are used.
fn load_pack(host: &Element, id: &str, locale: Locale) -> Option<Texts> {
    let script = host
        .owner_document()
        .and_then(|d| d.get_element_by_id(id))
        .filter(|el| {
            el.local_name() == "script"
                && el.get_attribute("type").as_deref() == Some("application/json")
        });
    let Some(script) = script else {
        warn(&format!(
            "nearer: data-pack=\"{id}\": no <script type=\"application/json\" id=\"{id}\"> in the page; using the built-in content"
        ));
        return None;
    };
    let text = script.text_content().unwrap_or_default();
    // the same pack in the same language is laid over once per page: its
    // words live as long as the page, so a remount must not copy them again
    if let Some(texts) = PACKS.with(|p| {
        p.borrow()
            .iter()
            .find(|(t, l, _)| *t == text && *l == locale)
            .map(|(_, _, texts)| *texts)
    }) {
        return Some(texts);
    }
    match Pack::parse(&text) {
        Ok(pack) => {
            let texts = pack.over(locale.strings());
            PACKS.with(|p| p.borrow_mut().push((text, locale, texts)));
            Some(texts)
        }
        Err(errors) => {
            for e in errors {
                warn(&format!("nearer: content pack #{id} {e}"));
            }
            warn(&format!(
                "nearer: content pack #{id} is not used; using the built-in content"
            ));
            None
        }
    }
}

struct Shadow {
    link: Element,
    root: Element,
    /// The entry module's "loading" placeholder, kept (with its style sheet)
    /// until the app renders, so the host's space never collapses meanwhile.
    placeholder: Option<Element>,
}

/// Gives `host` an open shadow root (or empties the one it has) holding the
/// style sheet link, the theme sheet and an element to render into.
fn build_shadow(host: &Element, css: &str, integrity: &str, theme: Option<&str>) -> Option<Shadow> {
    let document = host.owner_document()?;
    let shadow: ShadowRoot = match host.shadow_root() {
        Some(s) => s,
        None => {
            match host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) {
                Ok(s) => s,
                Err(_) => {
                    warn(&format!(
                    "nearer: a <{}> cannot hold the widget; use <nearer-widget> or a <div data-nearer>",
                    host.local_name()
                ));
                    return None;
                }
            }
        }
    };
    let placeholder = shadow.query_selector(".nearer-placeholder").ok().flatten();
    shadow.replace_children_with_node_0();
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", css).ok()?;
    if !integrity.is_empty() {
        // an altered style sheet is refused (the widget then renders
        // unstyled but whole, as on a failed load); a hash needs a CORS
        // request when the bundle is on another origin
        link.set_attribute("integrity", integrity).ok()?;
        link.set_attribute("crossorigin", "anonymous").ok()?;
    }
    let root = document.create_element("div").ok()?;
    root.set_class_name("nearer-root");
    if inherits_default_font(host) {
        let _ = root.set_attribute("data-font", "system");
    }
    shadow.append_child(&link).ok()?;
    shadow.append_child(&root).ok()?;
    let sheets = js_sys::Array::new();
    if let Some(placeholder) = &placeholder {
        shadow.append_child(placeholder).ok()?;
        // the placeholder's own sheet stays adopted (it styles nothing else)
        if let Ok(old) = js_sys::Reflect::get(&shadow, &"adoptedStyleSheets".into()) {
            for sheet in js_sys::Array::from(&old) {
                sheets.push(&sheet);
            }
        }
    }
    if let Some(theme) = theme {
        if let Ok(sheet) = web_sys::CssStyleSheet::new() {
            sheet.replace_sync(theme).ok()?;
            sheets.push(&sheet);
        }
    }
    // (no web-sys binding for the setter; an empty list clears an old theme)
    js_sys::Reflect::set(&shadow, &"adoptedStyleSheets".into(), &sheets).ok()?;
    Some(Shadow {
        link,
        root,
        placeholder,
    })
}

/// The host page sets no font, so the widget would inherit the browser's
/// default serif: its root then takes a system UI font stack (nearer.css).
/// A font the page sets, or `--nearer-font` on the element, still wins.
fn inherits_default_font(host: &Element) -> bool {
    web_sys::window()
        .and_then(|w| w.get_computed_style(host).ok().flatten())
        .and_then(|style| style.get_property_value("font-family").ok())
        .is_some_and(|family| is_default_font(&family))
}

/// Dispatches `nearer:<name>` on the host element. It bubbles out of the
/// shadow root and carries only the namespace: never an answer, a score or
/// anything the person wrote or chose.
fn emit(host: &Element, name: &str, namespace: &str) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"namespace".into(), &namespace.into());
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) =
        web_sys::CustomEvent::new_with_event_init_dict(&["nearer:", name].concat(), &init)
    {
        let _ = host.dispatch_event(&event);
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}
