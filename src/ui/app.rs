use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::act;

use super::cta::cta;
use super::data_view::{check_persisted, data_view, use_data_ui, DataOps};
use super::intro::intro;
use super::list_view::list_view;
use super::moments_view::{moments_view, use_moments_ui};
use super::nav::nav;
use super::notice::notice_bar;
use super::progress::progress;
use super::results::{results_view, use_results_ui, ResultsUi};
use super::safety::safety_resources;
use super::situation::situation;
use super::statements::statements_page;
use super::FOCUS_SELECTOR;
use crate::domain::config::WidgetConfig;
use crate::domain::content::STATEMENT_COUNT;
use crate::domain::i18n::EN;
use crate::domain::pack::Texts;
use crate::domain::schema::{decode, Decoded};
use crate::domain::state::{apply, Action, AppState, Notice, Screen, View};
use crate::storage::{self, SaveError, Session, StoreHandle};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = apply(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state loaded at start-up; the reducer never reads storage.
    pub initial: Rc<AppState>,
    pub store: StoreHandle,
    pub state_key: AttrValue,
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// False when saving could overwrite data this build cannot read.
    #[prop_or(true)]
    pub writable: bool,
    /// What the key held at start-up; saves replace only this.
    #[prop_or_default]
    pub raw: Option<String>,
    /// The host's configuration (src/embed.rs).
    #[prop_or_default]
    pub config: Rc<WidgetConfig>,
    /// Told "assessment-completed" and "moment-added"; the embed turns
    /// them into DOM events on the host element.
    #[prop_or_default]
    pub onevent: Callback<&'static str>,
    /// The language's words, with the coach's content pack laid over them.
    #[prop_or(Texts(&EN))]
    pub texts: Texts,
    /// Filled on every render with a way to read what is on screen, so a
    /// remount (the host changed an attribute) continues from it instead of
    /// from storage, which may not hold it (blocked, full, session-only,
    /// read-only).
    #[prop_or_default]
    pub carry: Carry,
    /// `initial` was carried over from a replaced app, not read from
    /// storage: the first render saves it (a change made just before the
    /// remount may not have been saved yet), which also tells again whether
    /// something on screen is not in storage.
    #[prop_or_default]
    pub carried: bool,
}

/// What a mounted app hands over when it is replaced (see `AppProps::carry`).
#[derive(Clone, Default)]
pub struct Carry(Rc<RefCell<Option<ReadSession>>>);

/// Reads what a rendered app holds now.
type ReadSession = Box<dyn Fn() -> Session>;

impl PartialEq for Carry {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Carry {
    /// Holding `session` until the app it is handed to first renders (which
    /// waits for the style sheet), so a second remount before then still
    /// carries it.
    pub fn holding(session: Session) -> Carry {
        let read: ReadSession = Box::new(move || session.clone());
        Carry(Rc::new(RefCell::new(Some(read))))
    }

    /// The session as the app last rendered it (or as it was handed over).
    pub fn take(&self) -> Option<Session> {
        self.0.borrow_mut().take().map(|now| now())
    }
}

/// A neutral page that gives nothing away when someone glances at the screen.
const DEFAULT_QUICK_EXIT: &str = "https://www.google.com/search?q=weather";

/// Leaves at once for `url`, replacing this page in the history so Back does
/// not return to it. The whole tab goes when the widget sits in a frame the
/// browser lets it lead; otherwise the frame itself.
fn leave(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let top = window.top().ok().flatten();
    let went = top.is_some_and(|top| top.location().replace(url).is_ok());
    if !went {
        let _ = window.location().replace(url);
    }
}

/// Calls `exit` when Escape is pressed twice within a second, anywhere on
/// the page: the keyboard way to leave quickly.
fn listen_for_quick_exit(exit: Rc<dyn Fn()>, root: NodeRef) -> Option<EventListener> {
    let window = web_sys::window()?;
    let last = std::cell::Cell::new(-10_000.0);
    // in the capture phase: seen before anything inside the page handles
    // (or stops) it, so a question's own Escape is always recognised; not
    // passive, so that Escape answering a question does nothing else (such
    // as closing a host page's dialog around the widget)
    let options = gloo::events::EventListenerOptions {
        phase: gloo::events::EventListenerPhase::Capture,
        passive: false,
    };
    Some(EventListener::new_with_options(
        &window,
        "keydown",
        options,
        move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            // a key that ends an input method's composition is not a request
            // to leave
            if key.key() != "Escape" || key.repeat() || key.is_composing() {
                return;
            }
            // Escape inside a question answers it with its safe choice (the
            // button marked `data-cancel`, which also puts focus back), and
            // never counts towards leaving
            let question = key.composed_path().iter().find_map(|target| {
                target
                    .dyn_into::<Element>()
                    .ok()
                    .filter(|el| el.matches(".nearer-confirm").unwrap_or(false))
            });
            if let Some(question) = question {
                last.set(-10_000.0);
                // answered by the widget it belongs to (with two widgets on
                // a page, each sees every Escape)
                let ours = root
                    .cast::<Element>()
                    .is_some_and(|r| r.contains(Some(&question)));
                let no = question
                    .query_selector("[data-cancel]")
                    .ok()
                    .flatten()
                    .and_then(|el| el.dyn_into::<HtmlElement>().ok());
                if let (true, Some(no)) = (ours, no) {
                    key.prevent_default();
                    no.click();
                }
                return;
            }
            let now = js_sys::Date::now();
            if now - last.replace(now) < 1_000.0 {
                exit();
            }
        },
    ))
}

/// What the page knows of its key in storage.
struct Sync {
    /// False once saving could overwrite data this page must not touch.
    writable: bool,
    /// Something on screen is not in storage: a save failed or was not allowed.
    unsaved: bool,
    /// What the key held when this page last read or wrote it.
    last: Option<String>,
    /// "Don't keep anything on this device" is on: nothing is written or
    /// taken from other tabs.
    session_only: bool,
}

/// Saves `state` unless this page may not write, and tells the person when
/// that fails. Never writes over what another tab saved since.
fn save(
    store: &StoreHandle,
    key: &str,
    state: &AppState,
    sync: &mut Sync,
    notice: &UseStateHandle<Option<Notice>>,
) {
    if state.session_only || (sync.last.is_none() && state.is_pristine()) {
        // nothing to keep, or the person asked for nothing to be kept
        return;
    }
    if !sync.writable {
        sync.unsaved = true;
        return;
    }
    match storage::timed("nearer:save", || {
        storage::save(&**store, key, state, sync.last.as_deref())
    }) {
        Ok(text) => {
            sync.last = Some(text);
            sync.unsaved = false;
            if **notice == Some(Notice::SaveFailed) {
                notice.set(None);
            }
        }
        Err(SaveError::ChangedElsewhere) => {
            // stop writing for the rest of this page's life
            sync.writable = false;
            sync.unsaved = true;
            notice.set(Some(Notice::ChangedElsewhere));
        }
        Err(SaveError::Store(_)) => {
            sync.unsaved = true;
            notice.set(Some(Notice::SaveFailed));
        }
    }
}

/// A value now in the key, written by another tab (or found on coming back
/// from the back/forward cache): take its answers and list, unless this page
/// holds changes it could not save; then keep what is on screen and write
/// nothing over the other's.
fn take_from_elsewhere(
    raw: Option<String>,
    sync: &Rc<RefCell<Sync>>,
    adopt: &UseReducerDispatcher<AppState>,
    notice: &UseStateSetter<Option<Notice>>,
) {
    let mut s = sync.borrow_mut();
    if raw == s.last || s.session_only {
        return;
    }
    match decode(raw.as_deref()) {
        // everything deleted there: nothing of it stays on screen here
        Decoded::Empty if s.writable && !s.unsaved => {
            s.last = None;
            drop(s);
            adopt.dispatch(Action::Replace(Box::default()));
            notice.set(Some(Notice::DeletedElsewhere));
        }
        Decoded::Loaded(other) if s.writable && !s.unsaved => {
            s.last = raw;
            drop(s);
            adopt.dispatch(Action::Adopt(Box::new(other)));
        }
        Decoded::Newer { .. } => {
            s.writable = false;
            notice.set(Some(Notice::Newer));
        }
        // unsaved changes here, or the key emptied or unreadable there
        _ => {
            s.writable = false;
            notice.set(Some(Notice::ChangedElsewhere));
        }
    }
}

/// Calls `take` with the key's new value when another tab of this origin
/// writes it (`storage`), and when this page is restored from the
/// back/forward cache, which misses those events (`pageshow` with
/// `persisted`: a fresh load has just read the key). Nothing to listen for
/// when storage is not persistent.
fn listen_for_other_tabs(
    store: StoreHandle,
    key: AttrValue,
    take: impl Fn(Option<String>) + 'static,
) -> Option<(EventListener, EventListener)> {
    let window = web_sys::window().filter(|_| store.is_persistent())?;
    let take = Rc::new(take);
    let on_storage = {
        let (take, key) = (take.clone(), key.clone());
        EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if event.key().as_deref() == Some(&*key) && storage::is_local(event) {
                take(event.new_value());
            }
        })
    };
    let on_show = EventListener::new(&window, "pageshow", move |event| {
        let restored =
            js_sys::Reflect::get(event, &"persisted".into()).is_ok_and(|p| p.is_truthy());
        if let (true, Ok(raw)) = (restored, store.get(&key)) {
            take(raw);
        }
    });
    Some((on_storage, on_show))
}

/// The data panel's storage operations, for the app's lifetime.
fn data_ops(
    store: StoreHandle,
    key: AttrValue,
    sync: Rc<RefCell<Sync>>,
    notice: UseStateSetter<Option<Notice>>,
) -> DataOps {
    let persistent = store.is_persistent();
    // deletes every key; nothing is left that this page must not overwrite
    let wipe = {
        let (store, key, sync) = (store.clone(), key.clone(), sync.clone());
        Rc::new(move || {
            let ok = storage::delete_all(&*store, &key);
            let mut s = sync.borrow_mut();
            s.last = None;
            s.unsaved = false;
            // even after a failed removal: a save still re-reads the key
            // first and never writes over what is left there
            s.writable = true;
            drop(s);
            notice.set(None);
            ok
        })
    };
    let marker_key = key.clone();
    DataOps {
        delete_everything: wipe.clone(),
        set_session_only: Rc::new(move |on| {
            let ok = !on || wipe();
            // turned off again: the next save finds the key as this page
            // left it (empty), or another tab's save, which it won't overwrite
            sync.borrow_mut().session_only = on;
            storage::mark_session_only(&marker_key, on);
            ok
        }),
        backups: Rc::new(move || storage::backups(&*store, &key)),
        persistent,
    }
}

/// The root: one reducer over the domain state, one effect that saves it.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let initial = props.initial.clone();
        use_reducer(move || (*initial).clone())
    };
    let notice = {
        let initial = props.notice;
        use_state(move || initial)
    };
    let root = use_node_ref();
    // The action list's announcements ("Added", "Note saved", ...).
    let list_status = use_state(String::new);
    let results_ui = use_results_ui();
    let moments_ui = use_moments_ui();
    let data_ui = use_data_ui();
    // "Leave quickly" was used: the widget shows nothing from then on.
    let exited = use_state(|| false);

    // What this page knows of its key in storage.
    let sync = {
        let (writable, last) = (props.writable, props.raw.clone());
        let session_only = props.initial.session_only;
        use_mut_ref(move || Sync {
            writable,
            unsaved: false,
            last,
            session_only,
        })
    };
    {
        // cheap: handles are reference-counted; the state is copied only
        // when a remount asks for it
        let (state, notice, sync) = (state.clone(), notice.clone(), sync.clone());
        props.carry.0.replace(Some(Box::new(move || {
            let sync = sync.borrow();
            Session {
                state: (*state).clone(),
                notice: *notice,
                writable: sync.writable,
                raw: sync.last.clone(),
            }
        })));
    }

    // One effect after each render that changed something (each effect costs
    // about 2.5 kB of wasm, so saving and focus share one):
    // - the state is saved (opening the widget writes nothing);
    // - focus follows the person: to the new heading when the screen
    //   changes, and between "Take it again" and "Keep my answers" as the
    //   retake confirmation opens and closes. Never on the first render: the
    //   host page keeps its focus until the person acts.
    {
        let store = props.store.clone();
        let key = props.state_key.clone();
        let notice = notice.clone();
        let sync = sync.clone();
        let root = root.clone();
        let ResultsUi {
            confirming,
            retake_ref,
            keep_ref,
            ..
        } = results_ui.clone();
        let (list_status, moments_ui) = (list_status.clone(), moments_ui.clone());
        let data_ui = data_ui.clone();
        let before = use_mut_ref(|| None);
        let onevent = props.onevent.clone();
        let carried = props.carried;
        let items = use_mut_ref(|| state.plan.items.len());
        use_effect_with((state.clone(), *confirming), move |(state, open)| {
            let now = (state.view, state.screen, *open);
            // on opening the data section: what the browser has promised
            // (asked without a prompt), and what is kept here that this
            // page can't show
            let check = || {
                let persisted = data_ui.persisted.setter();
                check_persisted(move |granted| persisted.set(Some(granted)));
                data_ui.aside.set(Rc::new(storage::backups(&*store, &key)));
            };
            let Some((view, screen, was_open)) = before.borrow_mut().replace(now) else {
                // opened on the data section (where it was left last time)
                if now.0 == View::Data {
                    check();
                }
                if carried {
                    save(&store, &key, state, &mut sync.borrow_mut(), &notice);
                }
                return;
            };
            let count = state.plan.items.len();
            // only what the person did here, not another tab's or an import's
            if !state.from_elsewhere && !state.replaced {
                if screen != Screen::Results && now.1 == Screen::Results {
                    onevent.emit("assessment-completed");
                }
                if count > *items.borrow() {
                    onevent.emit("moment-added");
                }
            }
            *items.borrow_mut() = count;
            // (when only the retake question opened or closed, this re-reads
            // the key and finds nothing to write: a handle always shows the
            // latest state, so "unchanged" cannot be told apart here)
            if !state.from_elsewhere {
                save(&store, &key, state, &mut sync.borrow_mut(), &notice);
            }
            let target = if (view, screen) != (now.0, now.1) {
                if view != now.0 {
                    // confirmations belong to the moment they were made
                    if !list_status.is_empty() {
                        list_status.set(String::new());
                    }
                    moments_ui.clear_status();
                    if !data_ui.status.is_empty() {
                        data_ui.status.set(String::new());
                    }
                    if now.0 == View::Data {
                        check();
                    }
                }
                // a retake question left open is closed on the way out
                if *open {
                    confirming.set(false);
                }
                root.cast::<Element>()
                    .and_then(|r| r.query_selector(FOCUS_SELECTOR).ok().flatten())
            } else if was_open == *open {
                None
            } else if *open {
                keep_ref.cast::<Element>()
            } else {
                retake_ref.cast::<Element>()
            };
            if let Some(el) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
                let _ = el.focus();
            }
        });
    }

    // Both callbacks keep their identity across renders, so a ListItem (a
    // component, compared by props) re-renders only when its own item
    // changes: with fifty items a fresh callback each time re-rendered all.
    //
    // The same memo holds, for the app's lifetime, the listeners that keep
    // two tabs in step: `storage` fires when another tab or window of this
    // origin saves, and `pageshow` when this page comes back from the
    // back/forward cache (which misses those events), so the key is read
    // again. This page then takes the other's answers and list (keeping its
    // own section and step) unless it holds changes it could not save; then
    // it keeps them on screen and writes nothing over the other's. Dropped,
    // and so unlistened, with the app.
    let wiring = {
        let dispatcher = state.dispatcher();
        let setter = list_status.setter();
        let key = props.state_key.clone();
        let store = props.store.clone();
        let sync = sync.clone();
        let notice = notice.setter();
        let exited = exited.setter();
        let root = root.clone();
        // the host's http(s) page (validated in config), or the default
        let quick_exit = props
            .config
            .quick_exit
            .clone()
            .unwrap_or_else(|| DEFAULT_QUICK_EXIT.to_string());
        use_memo((), move |_| {
            let adopt = dispatcher.clone();
            let ops = data_ops(store.clone(), key.clone(), sync.clone(), notice.clone());
            let take = move |raw: Option<String>| take_from_elsewhere(raw, &sync, &adopt, &notice);
            let listeners = listen_for_other_tabs(store, key, take);
            let exit: Rc<dyn Fn()> = Rc::new(move || {
                exited.set(true);
                leave(&quick_exit);
            });
            let on_escape = listen_for_quick_exit(exit.clone(), root);
            (
                Callback::from(move |action: Action| dispatcher.dispatch(action)),
                Callback::from(move |message: String| setter.set(message)),
                ops,
                Callback::from(move |_: MouseEvent| exit()),
                (listeners, on_escape),
            )
        })
    };
    let (ondispatch, list_announce) = (wiring.0.clone(), wiring.1.clone());
    let (ops, onexit) = (&wiring.2, wiring.3.clone());
    let texts = props.texts;
    let s = texts.0;
    if *exited {
        // nothing of the widget stays on screen while the page goes
        return html! { <section class="nearer" data-exited="" aria-hidden="true"></section> };
    }
    let on = ondispatch.clone();
    // a section the host left out is never shown, whatever was saved
    let parts = props.config.parts;
    let view = parts.view_or_first(state.view);
    let body = match (view, state.screen) {
        (View::Moments, _) => moments_view(
            s,
            &state.answers,
            &state.plan,
            &moments_ui,
            &props.config.safety,
            &on,
        ),
        (View::List, _) => list_view(texts, &state.plan, &list_status, &list_announce, &on),
        (View::Data, _) => data_view(s, &state, &data_ui, ops, &on),
        (View::Reflect, Screen::Intro) => intro(
            s,
            !state.session_only && props.store.is_persistent() && sync.borrow().writable,
            act(&on, Action::Begin),
            act(&on, Action::Show(View::Data)),
        ),
        (View::Reflect, Screen::Situation) => situation(s, &state.answers, &on),
        (View::Reflect, Screen::Statements(page)) => statements_page(s, page, &state.answers, &on),
        (View::Reflect, Screen::Results) => {
            results_view(s, &state, &results_ui, &props.config.safety, &on)
        }
    };
    let cta = match (view, state.screen) {
        (View::Reflect, Screen::Results) | (View::List, _) => cta(props.config.cta.as_ref()),
        _ => Html::default(),
    };
    let progress = (view == View::Reflect)
        .then(|| state.screen.step())
        .flatten()
        .map(|step| {
            progress(
                s,
                step,
                Screen::step_count(),
                state.answers.answered_count(),
                STATEMENT_COUNT,
            )
        });
    html! {
        <section
            class="nearer"
            lang={s.tag}
            aria-label={s.widget_label}
            data-screen={state.screen.key()}
            data-view={view.key()}
            data-parts={parts.key()}
            ref={root}
        >
            <div class="nearer-top-bar">
                <button type="button" class="nearer-button nearer-exit" onclick={onexit}
                    aria-describedby="nearer-exit-hint">
                    { s.quick_exit }
                </button>
                <span class="nearer-sr-only" id="nearer-exit-hint">{ s.quick_exit_hint }</span>
                if state.session_only {
                    <span class="nearer-badge" data-session-only-badge="">{ s.session_only_badge }</span>
                }
            </div>
            { notice_bar(s, *notice, &ondispatch) }
            { nav(s, view, state.plan.items.len(), &ondispatch) }
            { for progress }
            { body }
            { cta }
            <footer class="nearer-footer" aria-label={s.footer_label}>
                <details class="nearer-unsafe">
                    <summary class="nearer-unsafe__summary">{ s.unsafe_summary }</summary>
                    { safety_resources(s, &props.config.safety) }
                </details>
                if state.view != View::Data {
                    <button type="button" class="nearer-link-button" data-view="data"
                        onclick={act(&ondispatch, Action::Show(View::Data))}>
                        { s.data_link }
                    </button>
                }
                <p class="nearer-disclaimer">{ s.disclaimer }</p>
            </footer>
        </section>
    }
}
