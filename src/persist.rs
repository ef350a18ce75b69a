//! The one home for keeping the person's data. `Persist` owns the store, the
//! key and what this page knows of the key (`domain::sync::Known`: written,
//! unsaved, session-only, the last value seen, the notice), and does the
//! saving, taking another tab's value, "delete everything", "don't keep
//! anything", the set-aside backups and the browser's promise to keep the
//! data (`navigator.storage`). Every decision is a pure function in
//! `domain::sync`; this module only reads, writes and reports.
//!
//! The UI holds one `Persist` handle and never names `storage`.
//!
//! Ready for an asynchronous port (an encrypting one: Web Crypto answers
//! with promises). No operation returns its result: each answers through
//! the `done` it is given or through the `Told` callback the app connects
//! (a notice to show, another tab's value to put on screen). Today's
//! localStorage adapter answers before the call returns; an encrypting port
//! would answer after its promise, running the operations of one page in
//! the order they were asked (the next save waits for the one before, so
//! `Known::last` is always the value it writes over), and the UI would not
//! change. Loading (`open`) is the one synchronous step left: an encrypting
//! port makes it async too, and `embed` awaits it before the first render,
//! as it already waits for the style sheet.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::domain::config::WidgetConfig;
use crate::domain::state::{Action, AppState, Notice};
use crate::domain::sync::{self, Known, Outcome, Save};
use crate::later::after_paint;
use crate::storage::{self, SaveError, Session, StoreHandle};

/// What the layer tells the app when it learns it.
pub enum Told {
    /// The notice about the person's data changed (`None`: no notice).
    Notice(Option<Notice>),
    /// Another tab's value (or its deleting everything) goes on screen.
    Put(Action),
}

/// A cheap, comparable handle: the app's one way to its data.
#[derive(Clone)]
pub struct Persist(Rc<Inner>);

struct Inner {
    store: StoreHandle,
    key: String,
    known: RefCell<Known>,
    tell: RefCell<Callback<Told>>,
    /// A state `save_soon` keeps once the browser has painted it.
    pending: RefCell<Option<AppState>>,
}

impl PartialEq for Persist {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Persist {
    /// The key for `config` in the browser's storage (the page's memory
    /// when it is blocked), and the state to open with.
    pub fn open(config: &WidgetConfig) -> (Persist, AppState) {
        let store = storage::open_default();
        let session = storage::timed("nearer:load", || storage::load_session(&*store, config));
        (
            Persist::new(store, config.state_key(), &session),
            session.state,
        )
    }

    /// The layer over `key` in `store`, as `session` found it.
    pub fn new(store: StoreHandle, key: impl Into<String>, session: &Session) -> Persist {
        Persist(Rc::new(Inner {
            store,
            key: key.into(),
            known: RefCell::new(Known {
                writable: session.writable,
                unsaved: false,
                last: session.raw.clone(),
                session_only: session.state.session_only,
                notice: session.notice,
            }),
            tell: RefCell::default(),
            pending: RefCell::default(),
        }))
    }

    /// Where what the layer learns is told from now on (the app, once mounted).
    pub fn connect(&self, tell: Callback<Told>) {
        self.0.tell.replace(tell);
    }

    fn tell(&self, told: Told) {
        let tell = self.0.tell.borrow().clone();
        tell.emit(told);
    }

    /// Takes what this page now knows, then tells the app. (Every borrow
    /// ends first: what the app does next may save.)
    fn learn(&self, next: Known, put: Option<Action>) {
        let notice = next.notice;
        let before = self.0.known.replace(next).notice;
        if let Some(action) = put {
            self.tell(Told::Put(action));
        }
        if notice != before {
            self.tell(Told::Notice(notice));
        }
    }

    /// What the person is told about their data now.
    pub fn notice(&self) -> Option<Notice> {
        self.0.known.borrow().notice
    }

    /// Whether what is written outlives the page at all.
    pub fn persistent(&self) -> bool {
        self.0.store.is_persistent()
    }

    /// Whether the person's place is kept for next time.
    pub fn keeps_place(&self) -> bool {
        sync::keeps_place(&self.0.known.borrow(), self.persistent())
    }

    /// Keeps `state` (just rendered) as `sync::to_save` decides, never over
    /// what another tab saved since; a failure is told as a notice.
    pub fn save(&self, state: &AppState) {
        // borrowed, not cloned: `last` is the whole saved value (tens of
        // kilobytes with years of check-offs); the borrow ends before `learn`
        let known = self.0.known.borrow();
        let outcome = match sync::to_save(&known, state) {
            Save::Skip => return,
            Save::Hold => Outcome::Held,
            Save::Write => {
                let Inner { store, key, .. } = &*self.0;
                let written = storage::timed("nearer:save", || {
                    storage::save(&**store, key, state, known.last.as_deref())
                });
                match written {
                    Ok(text) => Outcome::Written(text),
                    Err(SaveError::ChangedElsewhere) => Outcome::ChangedElsewhere,
                    Err(SaveError::Store(_)) => Outcome::Failed,
                }
            }
        };
        let next = sync::saved(&known, outcome);
        drop(known);
        self.learn(next, None);
    }

    /// Keeps `state` as `save` does, once the browser has painted it: the
    /// answer to a click is on screen first, and writing five years of
    /// data (a few milliseconds, many more on a slow phone) comes after.
    /// A later state before then takes its place. Every other operation,
    /// and the page being hidden or left, writes it first (`flush`), so
    /// nothing is lost and nothing runs out of order.
    pub fn save_soon(&self, state: &AppState) {
        if self.0.pending.replace(Some(state.clone())).is_none() {
            let this = self.clone();
            after_paint(move || this.flush());
        }
    }

    /// Writes now what `save_soon` is holding, if anything.
    pub fn flush(&self) {
        let pending = self.0.pending.take();
        if let Some(state) = pending {
            self.save(&state);
        }
    }

    /// Writes what `save_soon` holds when the page is hidden (another
    /// tab, the phone locked) or left, for as long as the returned
    /// listeners live.
    pub fn flush_on_leave(&self) -> Option<[EventListener; 2]> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let this = self.clone();
        let on_hide = EventListener::new(&document, "visibilitychange", move |_| {
            this.flush();
        });
        let this = self.clone();
        let on_leave = EventListener::new(&window, "pagehide", move |_| this.flush());
        Some([on_hide, on_leave])
    }

    /// `raw` is now in the key, put there by another tab: `sync::take`
    /// decides between adopting it and keeping what is on screen.
    fn take(&self, raw: Option<String>) {
        self.flush();
        let (next, put) = sync::take(&self.0.known.borrow(), raw);
        self.learn(next, put);
    }

    /// Listens, while the returned listeners live, for the key's new value
    /// when another tab or window of this origin writes it (`storage`), and
    /// when this page is restored from the back/forward cache, which misses
    /// those events (`pageshow` with `persisted`; a fresh load has just read
    /// the key). Nothing to listen for when storage is not persistent.
    pub fn watch(&self) -> Option<(EventListener, EventListener)> {
        let window = web_sys::window().filter(|_| self.persistent())?;
        let this = self.clone();
        let on_storage = EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if event.key().as_deref() == Some(&*this.0.key) && storage::is_local(event) {
                this.take(event.new_value());
            }
        });
        let this = self.clone();
        let on_show = EventListener::new(&window, "pageshow", move |event| {
            let restored =
                js_sys::Reflect::get(event, &"persisted".into()).is_ok_and(|p| p.is_truthy());
            if let (true, Ok(raw)) = (restored, this.0.store.get(&this.0.key)) {
                this.take(raw);
            }
        });
        Some((on_storage, on_show))
    }

    /// Deletes every key the widget wrote; `done(true)` when all are gone.
    pub fn delete_everything(&self, done: impl FnOnce(bool) + 'static) {
        self.flush();
        let ok = storage::delete_all(&*self.0.store, &self.0.key);
        let next = sync::deleted(&self.0.known.borrow());
        self.learn(next, None);
        done(ok);
    }

    /// Turns "don't keep anything on this device" on (deleting what is kept;
    /// `done(true)` when all of it is gone) or off. Only a marker is kept, in
    /// this tab's sessionStorage, so a reload keeps the choice.
    pub fn set_session_only(&self, on: bool, done: impl FnOnce(bool) + 'static) {
        self.flush();
        let ok = !on || storage::delete_all(&*self.0.store, &self.0.key);
        storage::mark_session_only(&self.0.key, on);
        let next = sync::session_only(&self.0.known.borrow(), on);
        self.learn(next, None);
        done(ok);
    }

    /// Saved values this page cannot show (set aside at start-up, or from a
    /// newer version), so they can be downloaded before anything is deleted.
    pub fn backups(&self, done: impl FnOnce(Vec<String>) + 'static) {
        done(storage::backups(&*self.0.store, &self.0.key));
    }

    /// Whether the browser has promised to keep this origin's data (asked
    /// without a prompt). Nothing is called where the browser has no
    /// storage manager.
    pub fn persisted(&self, done: impl FnOnce(bool) + 'static) {
        if let Some(manager) = storage_manager() {
            await_bool(manager.persisted(), done);
        }
    }

    /// Asks the browser to keep this origin's data through clean-ups. Only
    /// ever on the person's request: browsers may show a prompt.
    pub fn ask_to_persist(&self, done: impl FnOnce(bool) + 'static) {
        if let Some(manager) = storage_manager() {
            await_bool(manager.persist(), done);
        }
    }
}

/// `navigator.storage`, where the browser has it (secure contexts only).
fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()
        .filter(|m| !m.is_undefined() && !m.is_null())
        .map(|m| m.unchecked_into())
}

fn await_bool(
    promise: Result<js_sys::Promise, wasm_bindgen::JsValue>,
    done: impl FnOnce(bool) + 'static,
) {
    let Ok(promise) = promise else {
        return;
    };
    yew::platform::spawn_local(async move {
        if let Ok(value) = wasm_bindgen_futures::JsFuture::from(promise).await {
            done(value.is_truthy());
        }
    });
}
