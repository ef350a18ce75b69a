//! The storage port and its adapters. This is the only file that touches
//! `window.localStorage`, and it touches only the keys it is given: never
//! `clear()`, never a scan of the origin's other keys. Only the persistence
//! layer (`src/persist.rs`) and the embed's start-up call it; the UI never does.
//!
//! Nothing here panics: a blocked, missing, full or misbehaving storage
//! becomes a `StoreError`, and the caller decides what to tell the person.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use crate::domain::config::{backup_key, WidgetConfig};
use crate::domain::schema::{decode, encode, Decoded, CURRENT_VERSION};
use crate::domain::state::{AppState, Notice};
use crate::domain::sync::{write_over, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is absent or the browser refuses access (SecurityError).
    Unavailable,
    /// The quota is exhausted (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED, code 22).
    Full,
    /// The write seemed to succeed but reading it back gave something else.
    NotVerified,
    Other,
}

/// Where the widget keeps its data: the port the UI is handed at start-up.
pub trait Storage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `value` and reads it back; `Ok` only when the value is really there.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`, then checks it is gone.
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Whether what is written outlives the page.
    fn is_persistent(&self) -> bool;
}

/// A cheap, shared handle to the storage, held by the persistence layer
/// (`src/persist.rs`).
#[derive(Clone)]
pub struct StoreHandle(pub Rc<dyn Storage>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for StoreHandle {
    type Target = dyn Storage;
    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

/// `window.localStorage`.
pub struct LocalStore {
    inner: web_sys::Storage,
}

impl LocalStore {
    /// The page's localStorage, or `Unavailable` when it is missing or the
    /// browser blocks it (the getter itself throws in some privacy modes).
    pub fn open() -> Result<LocalStore, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(inner)) => Ok(LocalStore { inner }),
            Ok(None) => Err(StoreError::Unavailable),
            Err(e) => Err(classify(&e)),
        }
    }
}

impl Storage for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.set_item(key, value).map_err(|e| classify(&e))?;
        match self.get(key)? {
            Some(back) if back == value => Ok(()),
            _ => Err(StoreError::NotVerified),
        }
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.inner.remove_item(key).map_err(|e| classify(&e))?;
        match self.get(key)? {
            None => Ok(()),
            Some(_) => Err(StoreError::NotVerified),
        }
    }

    fn is_persistent(&self) -> bool {
        true
    }
}

/// Keeps data for as long as the page is open: the fallback when
/// localStorage cannot be used, and the fake that tests inject.
#[derive(Default)]
pub struct MemoryStore {
    /// A handful of keys at most: a list is smaller in wasm than a map.
    items: RefCell<Vec<(String, String)>>,
}

impl Storage for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let items = self.items.borrow();
        Ok(items.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut items = self.items.borrow_mut();
        match items.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value.to_string(),
            None => items.push((key.to_string(), value.to_string())),
        }
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.items.borrow_mut().retain(|(k, _)| k != key);
        Ok(())
    }

    fn is_persistent(&self) -> bool {
        false
    }
}

/// localStorage when the browser allows it, otherwise memory.
pub fn open_default() -> StoreHandle {
    match LocalStore::open() {
        Ok(local) => StoreHandle(Rc::new(local)),
        Err(_) => StoreHandle(Rc::new(MemoryStore::default())),
    }
}

/// Maps a thrown DOMException to what it means for the person's data.
fn classify(error: &JsValue) -> StoreError {
    let Some(ex) = error.dyn_ref::<web_sys::DomException>() else {
        return StoreError::Other;
    };
    match ex.name().as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Full,
        "SecurityError" => StoreError::Unavailable,
        _ if ex.code() == 22 => StoreError::Full,
        _ => StoreError::Other,
    }
}

/// What the widget opens with: the state, anything the person must be told,
/// and whether saving is allowed (never over data this build cannot read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub state: AppState,
    pub notice: Option<Notice>,
    pub writable: bool,
    /// What the key held when loaded: a save only replaces exactly this.
    pub raw: Option<String>,
}

/// How many numbered backup slots are tried before giving up on saving.
const BACKUP_SLOTS: usize = 5;

/// Loads the saved state under `config.state_key()`.
///
/// - nothing saved: a fresh state;
/// - unreadable: the raw text is copied to a free backup key first; only if
///   that copy is verified may the fresh state ever be written over it;
/// - from a newer version, or storage that cannot be read: a fresh state in
///   memory, and nothing is ever written.
pub fn load_session(store: &dyn Storage, config: &WidgetConfig) -> Session {
    let unavailable = (!store.is_persistent()).then_some(Notice::StorageUnavailable);
    if session_only_marked(&config.state_key()) {
        // "don't keep anything" was chosen in this tab: nothing is read into
        // the page; and as this page read nothing, keeping things again
        // writes only into an empty key, never over another tab's save
        return Session {
            state: AppState {
                session_only: true,
                ..AppState::default()
            },
            notice: unavailable,
            writable: true,
            raw: None,
        };
    }
    let raw = match store.get(&config.state_key()) {
        Ok(raw) => raw,
        Err(_) => {
            return Session {
                state: AppState::default(),
                notice: Some(Notice::StorageUnavailable),
                writable: false,
                raw: None,
            }
        }
    };
    let fresh = |notice: Option<Notice>, writable: bool| Session {
        state: AppState::default(),
        notice: notice.or(unavailable),
        writable,
        raw: raw.clone(),
    };
    match decode(raw.as_deref()) {
        Decoded::Empty => fresh(None, true),
        Decoded::Loaded(state) => Session {
            state,
            notice: unavailable,
            writable: true,
            raw: raw.clone(),
        },
        Decoded::Newer { version } => {
            warn(&format!(
                "nearer: saved data is from schema version {version}; this build reads up to {CURRENT_VERSION}. Nothing will be written."
            ));
            fresh(Some(Notice::Newer), false)
        }
        Decoded::Corrupt { reason } => {
            warn(&format!("nearer: saved data could not be read ({reason})."));
            let text = raw.clone().unwrap_or_default();
            if keep_backup(store, &config.state_key(), &text) {
                fresh(Some(Notice::Corrupt), true)
            } else {
                fresh(Some(Notice::CorruptNotKept), false)
            }
        }
    }
}

/// The backup keys for the state under `state_key`, in the order they are
/// filled: `<key>:backup`, then `<key>:backup-2` and on.
fn backup_keys(state_key: &str) -> impl Iterator<Item = String> + '_ {
    (1..=BACKUP_SLOTS).map(move |slot| backup_key(state_key, slot))
}

/// Every key this widget may ever have written for `state_key`: the state
/// and its backups. Named, never found by scanning the origin's keys.
pub fn widget_keys(state_key: &str) -> Vec<String> {
    std::iter::once(state_key.to_string())
        .chain(backup_keys(state_key))
        .collect()
}

/// Saved values this page cannot show: the ones set aside at start-up,
/// oldest first, then the state key's own value when this build cannot
/// read it (from a newer version, or unreadable with no room for a copy),
/// so that it can be downloaded before anything is deleted.
pub fn backups(store: &dyn Storage, state_key: &str) -> Vec<String> {
    let mut out: Vec<String> = backup_keys(state_key)
        .filter_map(|key| store.get(&key).ok().flatten())
        .collect();
    if let Ok(Some(raw)) = store.get(state_key) {
        if matches!(
            decode(Some(&raw)),
            Decoded::Newer { .. } | Decoded::Corrupt { .. }
        ) && !out.contains(&raw)
        {
            out.push(raw);
        }
    }
    out
}

/// Removes every key of `widget_keys`; true when all are verified gone.
pub fn delete_all(store: &dyn Storage, state_key: &str) -> bool {
    widget_keys(state_key)
        .iter()
        .filter(|key| store.remove(key).is_err())
        .count()
        == 0
}

/// This tab's sessionStorage, where the browser allows it.
fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn session_only_key(state_key: &str) -> String {
    format!("{state_key}:session-only")
}

/// Whether "don't keep anything on this device" was chosen in this tab (a
/// reload keeps the choice; closing the tab ends it). Only a marker is kept
/// in sessionStorage, never any answer.
pub fn session_only_marked(state_key: &str) -> bool {
    tab_storage()
        .and_then(|s| s.get_item(&session_only_key(state_key)).ok().flatten())
        .is_some()
}

/// Marks (or unmarks) this tab as keeping nothing.
pub fn mark_session_only(state_key: &str, on: bool) {
    if let Some(tab) = tab_storage() {
        let key = session_only_key(state_key);
        let _ = if on {
            tab.set_item(&key, "1")
        } else {
            tab.remove_item(&key)
        };
    }
}

/// Copies `raw` to the first backup key that is free (or already holds the
/// same text), never over an earlier, different backup.
fn keep_backup(store: &dyn Storage, state_key: &str, raw: &str) -> bool {
    backup_keys(state_key).any(|key| match store.get(&key) {
        Ok(Some(existing)) if existing == raw => true,
        Ok(None) => store.set(&key, raw).is_ok(),
        _ => false,
    })
}

/// Why a save did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    Store(StoreError),
    /// The key no longer holds what this page last read or wrote: another
    /// tab (or a newer version of the widget) saved since.
    ChangedElsewhere,
}

/// Saves the whole state over `expected` (what this page last read or
/// wrote), verified by reading it back, and returns what was written.
/// Never overwrites a value that changed in the meantime.
pub fn save(
    store: &dyn Storage,
    key: &str,
    state: &AppState,
    expected: Option<&str>,
) -> Result<String, SaveError> {
    let current = store.get(key).map_err(SaveError::Store)?;
    let text = encode(state);
    match write_over(current.as_deref(), expected, &text) {
        Write::Conflict => return Err(SaveError::ChangedElsewhere),
        Write::Unchanged => {}
        Write::Write => store.set(key, &text).map_err(SaveError::Store)?,
    }
    Ok(text)
}

/// Whether a `storage` event is about `localStorage` (not sessionStorage).
pub fn is_local(event: &web_sys::StorageEvent) -> bool {
    let local = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    match (event.storage_area(), local) {
        (Some(area), Some(local)) => js_sys::Object::is(&area, &local),
        _ => false,
    }
}

/// Runs `f` and, only when the page has opted in with
/// `window.nearerTiming = true` (as `make bench` does), records a User Timing
/// measure `name` (`nearer:load`, `nearer:save`). Off by default: a host
/// page's monitoring scripts often collect every measure and send them
/// away, and that would tell someone this widget was used.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = web_sys::window()
        .filter(|w| {
            js_sys::Reflect::get(w, &JsValue::from_str("nearerTiming")).is_ok_and(|v| v.is_truthy())
        })
        .and_then(|w| w.performance());
    let Some(p) = performance else {
        return f();
    };
    let start = [name, ":start"].concat();
    let _ = p.mark(&start);
    let out = f();
    let _ = p.measure_with_start_mark(name, &start);
    p.clear_marks_with_mark_name(&start);
    out
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}
