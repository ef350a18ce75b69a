//! The widget inside someone else's page. The entry module
//! (`src/nearer-widget.js`, the one script a host loads) defines the
//! `<nearer-widget>` element and finds `[data-nearer]` elements; it calls
//! the functions exported here to mount, update and unmount.
//!
//! Each host element gets an open Shadow DOM holding the widget's style
//! sheet (one constructed style sheet, shared by every widget on the page:
//! the entry module fetched it held to its hash and parsed it once; no CSP
//! restricts constructed sheets), the host's colour choices (another) and
//! the Yew app. The host page's CSS cannot reach inside, and
//! the widget's CSS never leaves. Nothing here panics: a host that cannot
//! take a shadow root gets a console warning and no widget.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, ShadowRoot};
use yew::{AppHandle, Callback};

use crate::domain::config::{choose_language, is_default_font, Choice, WidgetConfig, ATTRIBUTES};
use crate::domain::i18n::EN;
use crate::domain::language::{is_tag, Language};
use crate::domain::pack::{Pack, Texts};
use crate::intl;
use crate::persist::Persist;
use crate::ui::app::{App, AppProps, Carry};

/// One mounted widget.
struct Mounted {
    host: Element,
    /// The configuration attributes it was mounted with.
    snapshot: Vec<Option<String>>,
    namespace: String,
    /// Filled once it has rendered.
    app: Rc<RefCell<Option<AppHandle<App>>>>,
    /// Until then, what the app waits for; emptied on unmount, so a
    /// language file that arrives later renders nothing.
    pending: Rc<RefCell<Option<Pending>>>,
    /// Its data (for blocked storage, in the page's memory) and what is on
    /// screen: kept across a remount with the same namespace.
    persist: Persist,
    carry: Carry,
    /// The task its first render waits for; dropped (so never firing) on unmount.
    _waiting: Timeout,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// Words made so far: (Intl tag, the content pack's text or "", the
    /// words). Made once per page: their text is leaked to live as long as
    /// the page, so a remount must not make them again.
    static TEXTS: RefCell<Vec<(String, String, Texts)>> = const { RefCell::new(Vec::new()) };
    /// The entry module's `fetchBundleFile`, and the language files the
    /// bundle holds (by tag).
    static BUNDLE: RefCell<Option<(js_sys::Function, Vec<String>)>> = const { RefCell::new(None) };
    /// Language files asked for: (tag, what came of it).
    static FILES: RefCell<Vec<(String, File)>> = const { RefCell::new(Vec::new()) };
}

/// A bundled language file: on its way (with who waits for it), or read
/// (`None` when it could not be loaded or was refused, so English is used).
enum File {
    Loading(Vec<Waiter>),
    Done(Option<Rc<Language>>),
}

/// What a mounted widget waits for before it renders.
struct Pending {
    root: Element,
    /// The entry module's placeholder, removed when the app renders.
    placeholder: Option<Element>,
    props: AppProps,
    /// The task after the mount has come (the first render is a task of
    /// its own, so no one main-thread task holds mounting and rendering).
    task: bool,
    words: bool,
    onevent: Callback<&'static str>,
}

/// Takes the entry module's `fetchBundleFile(path)` (a promise of the text
/// of a file beside the module, held to the hash the module carries) and
/// the files it has hashes for; `lang/<tag>.json` among them are the
/// languages the bundle offers.
pub fn bundle(fetch: js_sys::Function, files: js_sys::Array) {
    let tags = files
        .iter()
        .filter_map(|f| f.as_string())
        .filter_map(|f| {
            let tag = f.strip_prefix("lang/")?.strip_suffix(".json")?.to_string();
            (is_tag(&tag) && tag != "en").then_some(tag)
        })
        .collect();
    BUNDLE.with(|b| b.replace(Some((fetch, tags))));
}

fn bundled(tag: &str) -> bool {
    BUNDLE.with(|b| {
        b.borrow()
            .as_ref()
            .is_some_and(|(_, tags)| tags.iter().any(|t| t == tag))
    })
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
/// `sheet` is the bundle's style sheet, parsed once for every widget.
pub fn mount(host: Element, sheet: CssStyleSheet) {
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
    let Some(parts) = build_shadow(&host, &sheet, config.theme_css().as_deref()) else {
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
    let pack = config.pack.as_deref().and_then(|id| load_pack(&host, id));
    let supplied = pack
        .as_ref()
        .and_then(|(_, p)| p.language.as_ref())
        .map(|l| l.tag.clone());
    let (choice, lang_warnings) = choose_language(&config.langs, &|tag| {
        bundled(tag) || supplied.as_deref() == Some(tag)
    });
    for warning in lang_warnings {
        warn(&warning);
    }
    if let (Some(id), Some(tag)) = (config.pack.as_deref(), supplied.as_deref()) {
        if tag != choice.tag {
            warn(&format!(
                "nearer: content pack #{id} holds the language \"{tag}\", but this widget speaks \"{}\" (set data-lang=\"{tag}\" or the page's lang to use it)",
                choice.tag
            ));
        }
    }
    let props = AppProps {
        initial: Rc::new(state),
        persist: persist.clone(),
        carry: carry.clone(),
        carried,
        onevent: onevent.clone(),
        config: Rc::new(config.clone()),
        texts: Texts(&EN),
    };

    // Render once the words are there, in a task after this one: no
    // English flash, no layout shift, no long task. Until then a
    // placeholder holds the host's space: the entry module's, or a quiet
    // wordless one.
    let app = Rc::new(RefCell::new(None));
    let pending = Rc::new(RefCell::new(Some(Pending {
        root: parts.root,
        placeholder: parts.placeholder,
        props,
        task: false,
        words: false,
        onevent,
    })));
    let waiting = {
        let (app, pending) = (app.clone(), pending.clone());
        crate::later::timeout(0, move || {
            if let Some(p) = pending.borrow_mut().as_mut() {
                p.task = true;
            }
            start(&app, &pending);
        })
    };
    {
        let (app, pending) = (app.clone(), pending.clone());
        with_texts(choice, pack, move |texts| {
            if let Some(p) = pending.borrow_mut().as_mut() {
                p.props.texts = texts;
                p.words = true;
            }
            start(&app, &pending);
        });
    }
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            host,
            snapshot,
            namespace: config.namespace,
            app,
            pending,
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
    w.pending.borrow_mut().take();
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

/// Renders the app once everything it waits for is there.
fn start(app: &Rc<RefCell<Option<AppHandle<App>>>>, pending: &Rc<RefCell<Option<Pending>>>) {
    let ready = pending.borrow().as_ref().is_some_and(|p| p.task && p.words);
    if !ready {
        return;
    }
    let Some(p) = pending.borrow_mut().take() else {
        return;
    };
    // the placeholders go; the app takes their place
    if let Some(placeholder) = &p.placeholder {
        placeholder.remove();
    }
    p.root.replace_children_with_node_0();
    // (`make bench` finds the first render's task by this measure)
    let handle = crate::storage::timed("nearer:render", || {
        yew::Renderer::<App>::with_root_and_props(p.root, p.props).render()
    });
    app.borrow_mut().replace(handle);
    p.onevent.emit("ready");
}

/// The content pack in the page's `<script type="application/json" id=...>`
/// (its text and the pack); `None` (and a warning per problem) when it is
/// missing or invalid, so the built-in words are used.
fn load_pack(host: &Element, id: &str) -> Option<(String, Rc<Pack>)> {
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
    match Pack::parse(&text) {
        Ok(pack) => Some((text, Rc::new(pack))),
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

/// Calls `done` with the words for `choice` (English, the coach's language,
/// or a bundled language file, fetched once per page), the pack laid over
/// them: at once when they are at hand, else when the file has arrived.
/// English when the file cannot be had, with the reason in the console.
fn with_texts(
    choice: Choice,
    pack: Option<(String, Rc<Pack>)>,
    done: impl FnOnce(Texts) + 'static,
) {
    let key = pack.as_ref().map(|(t, _)| t.clone()).unwrap_or_default();
    let made = TEXTS.with(|t| {
        t.borrow()
            .iter()
            .find(|(intl, k, _)| *intl == choice.intl && *k == key)
            .map(|(_, _, texts)| *texts)
    });
    if let Some(texts) = made {
        return done(texts);
    }
    let supplied = pack
        .as_ref()
        .map(|(_, p)| p.clone())
        .filter(|p| p.language.as_ref().is_some_and(|l| l.tag == choice.tag));
    let tag = choice.tag.clone();
    let finish = move |language: Option<&Language>, source: &str| {
        let english = || {
            let intl = if choice.tag == "en" {
                &*choice.intl
            } else {
                "en"
            };
            EN.with_grammar(intl::grammar(intl))
        };
        let base = match language.map(|l| l.strings(intl::grammar(&choice.intl))) {
            None => english(),
            Some(Ok(strings)) => strings,
            Some(Err(problems)) => {
                for p in problems {
                    warn(&format!("nearer: {source} {p}"));
                }
                warn(&format!("nearer: {source} is not used; speaking English"));
                english()
            }
        };
        let texts = match &pack {
            Some((_, p)) => p.over(base),
            None => Texts(base),
        };
        TEXTS.with(|t| t.borrow_mut().push((choice.intl, key, texts)));
        done(texts)
    };
    if tag == "en" {
        finish(None, "");
    } else if let Some(p) = supplied {
        finish(p.language.as_ref(), "the content pack's language");
    } else {
        let path = ["lang/", &tag, ".json"].concat();
        fetch_language(&tag, move |language| finish(language.as_deref(), &path));
    }
}

type Waiter = Box<dyn FnOnce(Option<Rc<Language>>)>;

/// Calls `done` with the bundled language `tag`, fetched from beside the
/// entry module and checked, once per page however many widgets ask;
/// `None` (and the reason in the console) when it cannot be used.
fn fetch_language(tag: &str, done: impl FnOnce(Option<Rc<Language>>) + 'static) {
    enum Next {
        Call(Option<Rc<Language>>),
        Wait,
        Fetch,
    }
    let next = FILES.with(|f| match f.borrow().iter().find(|(t, _)| t == tag) {
        Some((_, File::Done(language))) => Next::Call(language.clone()),
        Some((_, File::Loading(_))) => Next::Wait,
        None => Next::Fetch,
    });
    let done: Waiter = Box::new(done);
    match next {
        Next::Call(language) => return done(language),
        Next::Wait => {
            FILES.with(|f| {
                if let Some((_, File::Loading(waiting))) =
                    f.borrow_mut().iter_mut().find(|(t, _)| t == tag)
                {
                    waiting.push(done);
                }
            });
            return;
        }
        Next::Fetch => FILES.with(|f| {
            f.borrow_mut()
                .push((tag.to_string(), File::Loading(vec![done])))
        }),
    }
    let path = ["lang/", tag, ".json"].concat();
    let promise = BUNDLE.with(|b| {
        b.borrow()
            .as_ref()
            .map(|(fetch, _)| fetch.call1(&JsValue::NULL, &JsValue::from_str(&path)))
    });
    let tag = tag.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let text = match promise {
            Some(Ok(p)) => match p.dyn_into::<js_sys::Promise>() {
                Ok(p) => wasm_bindgen_futures::JsFuture::from(p)
                    .await
                    .map_err(reason)
                    .and_then(|t| t.as_string().ok_or_else(|| "is not text".to_string())),
                Err(_) => Err("fetchBundleFile gave no promise".to_string()),
            },
            Some(Err(e)) => Err(reason(e)),
            None => Err("the entry module offers no language files".to_string()),
        };
        let language = match text.map(|t| Language::parse(&t)) {
            Err(why) => {
                warn(&format!(
                    "nearer: {path} could not be loaded ({why}); speaking English"
                ));
                None
            }
            Ok(Err(problems)) => {
                for p in problems {
                    warn(&format!("nearer: {path} {p}"));
                }
                warn(&format!("nearer: {path} is not used; speaking English"));
                None
            }
            Ok(Ok(language)) if language.tag != tag => {
                warn(&format!(
                    "nearer: {path} holds the language \"{}\", not \"{tag}\"; speaking English",
                    language.tag
                ));
                None
            }
            Ok(Ok(language)) => Some(Rc::new(language)),
        };
        let waiting = FILES.with(|f| {
            let mut f = f.borrow_mut();
            let entry = f.iter_mut().find(|(t, _)| *t == tag);
            match entry.map(|(_, file)| std::mem::replace(file, File::Done(language.clone()))) {
                Some(File::Loading(waiting)) => waiting,
                _ => Vec::new(),
            }
        });
        for done in waiting {
            done(language.clone());
        }
    });
}

/// What a rejected promise or a thrown value says.
fn reason(value: JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "no reason given".to_string())
}

struct Shadow {
    root: Element,
    /// The entry module's "loading" placeholder, kept (with its style sheet)
    /// until the app renders, so the host's space never collapses meanwhile.
    placeholder: Option<Element>,
}

/// Gives `host` an open shadow root (or empties the one it has) holding the
/// style sheet, the theme sheet and an element to render into.
fn build_shadow(host: &Element, sheet: &CssStyleSheet, theme: Option<&str>) -> Option<Shadow> {
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
    let root = document.create_element("div").ok()?;
    root.set_class_name("nearer-root");
    if inherits_default_font(host) {
        let _ = root.set_attribute("data-font", "system");
    }
    if placeholder.is_none() {
        // a quiet, wordless placeholder until the app renders (its words
        // may be on their way): nothing flashes in English, and assistive
        // technology hears that it is busy
        let quiet = document.create_element("div").ok()?;
        quiet.set_class_name("nearer-loading");
        quiet.set_attribute("aria-busy", "true").ok()?;
        root.append_child(&quiet).ok()?;
    }
    shadow.append_child(&root).ok()?;
    let sheets = js_sys::Array::of1(sheet);
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
    Some(Shadow { root, placeholder })
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
