//! Browser tests in headless Chromium (wasm-bindgen-test): the storage
//! adapter against the real localStorage, including a blocked and a full
//! one, and the components responding to clicks.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use nearer::domain::assessment::{Answers, Safety};
use nearer::domain::config::WidgetConfig;
use nearer::domain::content::{page_count, STATEMENTS};
use nearer::domain::i18n::EN;
use nearer::domain::pack::Texts;
use nearer::domain::schema::{decode, encode, Decoded};
use nearer::domain::state::{AppState, Notice, Screen};
use nearer::persist::{Persist, Told};
use nearer::storage::{
    load_session, open_default, LocalStore, MemoryStore, Session, Storage, StoreError, StoreHandle,
};
use nearer::ui::app::{App, AppProps};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
let saved = null;
export function block_local_storage() {
    saved = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
}
export function restore_local_storage() {
    if (saved) { Object.defineProperty(window, 'localStorage', saved); saved = null; }
}
let setItem = null;
export function fail_writes(name) {
    setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('No room left', name); };
}
export function fail_writes_with_code_22() {
    setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
        const e = new DOMException('legacy quota', 'LegacyQuotaError');
        Object.defineProperty(e, 'code', { value: 22 });
        throw e;
    };
}
export function restore_writes() {
    if (setItem) { Storage.prototype.setItem = setItem; setItem = null; }
}
export function raw_get(key) { return window.localStorage.getItem(key); }
export function raw_set(key, value) { window.localStorage.setItem(key, value); }
export function raw_remove(key) { window.localStorage.removeItem(key); }
export function session_get(key) { return window.sessionStorage.getItem(key); }
export function page_show() { window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })); }
export function storage_event(key, value, session) {
    const storageArea = session ? window.sessionStorage : window.localStorage;
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea }));
}
"#)]
extern "C" {
    fn block_local_storage();
    fn restore_local_storage();
    fn fail_writes(name: &str);
    fn fail_writes_with_code_22();
    fn restore_writes();
    fn raw_get(key: &str) -> Option<String>;
    fn raw_set(key: &str, value: &str);
    fn raw_remove(key: &str);
    fn session_get(key: &str) -> Option<String>;
    /// What the browser fires when this page comes back from the back/forward cache.
    fn page_show();
    /// What the browser fires in this page when another tab writes `key`.
    fn storage_event(key: &str, value: Option<String>, session: bool);
}

fn config(namespace: &str) -> WidgetConfig {
    WidgetConfig {
        namespace: namespace.to_string(),
        ..WidgetConfig::default()
    }
}

fn clear(config: &WidgetConfig) {
    raw_remove(&config.state_key());
    raw_remove(&config.backup_key());
    for slot in 2..=5 {
        raw_remove(&format!("{}-{slot}", config.backup_key()));
    }
}

// ---------------------------------------------------------------- storage

#[wasm_bindgen_test]
fn memory_store_round_trips_and_is_not_persistent() {
    let store = MemoryStore::default();
    assert_eq!(store.get("k"), Ok(None));
    store.set("k", "v").unwrap();
    assert_eq!(store.get("k"), Ok(Some("v".into())));
    assert!(!store.is_persistent());
}

#[wasm_bindgen_test]
fn local_store_saves_and_loads_only_its_own_key() {
    let c = config("t-local");
    clear(&c);
    raw_set("host-site:theme", "not json {");
    let store = LocalStore::open().unwrap();
    assert!(store.is_persistent());
    assert_eq!(store.get(&c.state_key()), Ok(None));

    let mut state = AppState {
        screen: Screen::Statements(1),
        ..AppState::default()
    };
    state.answers.ratings.insert(STATEMENTS[0].id, 3);
    let written = nearer::storage::save(&store, &c.state_key(), &state, None).unwrap();
    assert_eq!(written, encode(&state));

    assert_eq!(raw_get(&c.state_key()), Some(encode(&state)));
    let session = load_session(&store, &c);
    assert_eq!(session.state, state);
    assert_eq!(session.notice, None);
    assert!(session.writable);
    assert_eq!(session.raw, Some(encode(&state)));
    // a save expecting something else never overwrites
    assert_eq!(
        nearer::storage::save(&store, &c.state_key(), &AppState::default(), None),
        Err(nearer::storage::SaveError::ChangedElsewhere)
    );
    assert_eq!(raw_get(&c.state_key()), Some(encode(&state)));
    assert_eq!(raw_get("host-site:theme").as_deref(), Some("not json {"));
    raw_remove("host-site:theme");
    clear(&c);
}

#[wasm_bindgen_test]
fn nothing_saved_opens_fresh_and_writable() {
    let c = config("t-empty");
    clear(&c);
    let session = load_session(&LocalStore::open().unwrap(), &c);
    assert_eq!(session.state, AppState::default());
    assert_eq!(session.notice, None);
    assert!(session.writable);
    assert_eq!(raw_get(&c.state_key()), None, "loading must write nothing");
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_backed_up_before_anything_else() {
    let c = config("t-corrupt");
    clear(&c);
    raw_set(&c.state_key(), "{\"v\":1,\"state\":{\"scr");
    let store = LocalStore::open().unwrap();
    let session = load_session(&store, &c);
    assert_eq!(session.notice, Some(Notice::Corrupt));
    assert_eq!(session.state, AppState::default());
    assert!(session.writable);
    assert_eq!(
        raw_get(&c.backup_key()).as_deref(),
        Some("{\"v\":1,\"state\":{\"scr")
    );

    // A second, different corrupt value never replaces the first backup.
    raw_set(&c.state_key(), "garbage two");
    let session = load_session(&store, &c);
    assert!(session.writable);
    assert_eq!(
        raw_get(&c.backup_key()).as_deref(),
        Some("{\"v\":1,\"state\":{\"scr")
    );
    assert_eq!(
        raw_get(&format!("{}-2", c.backup_key())).as_deref(),
        Some("garbage two")
    );
    clear(&c);
}

#[wasm_bindgen_test]
fn when_no_backup_can_be_kept_nothing_is_written_and_the_notice_says_so() {
    let c = config("t-nobackup");
    clear(&c);
    let store = LocalStore::open().unwrap();
    // every backup slot already holds a different, earlier backup
    raw_set(&c.backup_key(), "earlier 1");
    for slot in 2..=5 {
        raw_set(
            &format!("{}-{slot}", c.backup_key()),
            &format!("earlier {slot}"),
        );
    }
    raw_set(&c.state_key(), "unreadable");
    let session = load_session(&store, &c);
    assert_eq!(session.notice, Some(Notice::CorruptNotKept));
    assert!(!session.writable);
    assert_eq!(raw_get(&c.backup_key()).as_deref(), Some("earlier 1"));
    clear(&c);

    // storage full while keeping the copy
    raw_set(&c.state_key(), "unreadable");
    fail_writes("QuotaExceededError");
    let session = load_session(&store, &c);
    restore_writes();
    assert_eq!(session.notice, Some(Notice::CorruptNotKept));
    assert!(!session.writable);
    assert_eq!(raw_get(&c.state_key()).as_deref(), Some("unreadable"));
    clear(&c);
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_never_written_over() {
    let c = config("t-newer");
    clear(&c);
    let future = r#"{"v":99,"state":{"something":"new"}}"#;
    raw_set(&c.state_key(), future);
    let session = load_session(&LocalStore::open().unwrap(), &c);
    assert_eq!(session.notice, Some(Notice::Newer));
    assert!(!session.writable);
    assert_eq!(raw_get(&c.state_key()).as_deref(), Some(future));
    clear(&c);
}

#[wasm_bindgen_test]
fn blocked_local_storage_falls_back_to_memory() {
    block_local_storage();
    let opened = LocalStore::open().err();
    let store = open_default();
    let session = load_session(&*store, &config("t-blocked"));
    let persistent = store.is_persistent();
    let write = store.set("k", "v");
    restore_local_storage();

    assert_eq!(opened, Some(StoreError::Unavailable));
    assert!(!persistent);
    assert_eq!(session.notice, Some(Notice::StorageUnavailable));
    assert!(session.writable, "writing to memory is harmless");
    assert_eq!(write, Ok(()));
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_in_every_spelling_and_keeps_the_old_value() {
    let c = config("t-full");
    clear(&c);
    raw_set(&c.state_key(), "previous");
    let store = LocalStore::open().unwrap();
    for name in ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"] {
        fail_writes(name);
        let result = store.set(&c.state_key(), "new");
        restore_writes();
        assert_eq!(result, Err(StoreError::Full), "{name}");
    }
    fail_writes_with_code_22();
    let result = store.set(&c.state_key(), "new");
    restore_writes();
    assert_eq!(result, Err(StoreError::Full), "code 22");
    assert_eq!(raw_get(&c.state_key()).as_deref(), Some("previous"));
    clear(&c);
}

// ---------------------------------------------------------------- the persistence layer

/// A `Persist` over `store`, and what it tells.
fn layer(store: StoreHandle, key: &str, writable: bool) -> (Persist, Rc<RefCell<Vec<Told>>>) {
    let session = Session {
        state: AppState::default(),
        notice: None,
        writable,
        raw: store.get(key).unwrap(),
    };
    let persist = Persist::new(store, key, &session);
    let told = Rc::new(RefCell::new(Vec::new()));
    let log = told.clone();
    persist.connect(yew::Callback::from(move |t| log.borrow_mut().push(t)));
    (persist, told)
}

fn answered() -> AppState {
    AppState {
        screen: Screen::Situation,
        ..AppState::default()
    }
}

#[wasm_bindgen_test]
fn the_layer_saves_then_stops_when_another_tab_wrote_and_says_so() {
    let c = config("t-layer");
    clear(&c);
    let store = StoreHandle(Rc::new(LocalStore::open().unwrap()));
    let (persist, told) = layer(store, &c.state_key(), true);
    persist.save(&AppState::default());
    assert_eq!(
        raw_get(&c.state_key()),
        None,
        "a fresh state is not written"
    );
    persist.save(&answered());
    assert_eq!(raw_get(&c.state_key()), Some(encode(&answered())));
    assert!(told.borrow().is_empty(), "a good save tells nothing");

    raw_set(&c.state_key(), "theirs");
    let mut mine = answered();
    mine.answers.safety = Some(Safety::No);
    persist.save(&mine);
    assert_eq!(raw_get(&c.state_key()).as_deref(), Some("theirs"));
    assert!(matches!(
        told.borrow().as_slice(),
        [Told::Notice(Some(Notice::ChangedElsewhere))]
    ));
    assert_eq!(persist.notice(), Some(Notice::ChangedElsewhere));
    // and nothing more is written, even over an emptied key
    raw_remove(&c.state_key());
    persist.save(&mine);
    assert_eq!(raw_get(&c.state_key()), None);
    assert!(!persist.keeps_place());
    clear(&c);
}

#[wasm_bindgen_test]
fn the_layer_deletes_every_widget_key_and_answers_through_done() {
    let c = config("t-layer-delete");
    clear(&c);
    raw_set(&c.state_key(), "unreadable");
    raw_set(&c.backup_key(), "kept aside");
    raw_set("host-site:theme", "dark");
    let store = StoreHandle(Rc::new(LocalStore::open().unwrap()));
    let (persist, told) = layer(store, &c.state_key(), false);
    let aside = Rc::new(RefCell::new(Vec::new()));
    let a = aside.clone();
    persist.backups(move |kept| *a.borrow_mut() = kept);
    assert_eq!(*aside.borrow(), ["kept aside", "unreadable"]);

    let answer = Rc::new(Cell::new(None));
    let a = answer.clone();
    persist.delete_everything(move |ok| a.set(Some(ok)));
    assert_eq!(answer.get(), Some(true));
    assert_eq!(raw_get(&c.state_key()), None);
    assert_eq!(raw_get(&c.backup_key()), None);
    assert_eq!(raw_get("host-site:theme").as_deref(), Some("dark"));
    assert!(told.borrow().is_empty(), "there was no notice to clear");
    // nothing is left to guard: the next change is written
    persist.save(&answered());
    assert_eq!(raw_get(&c.state_key()), Some(encode(&answered())));
    raw_remove("host-site:theme");
    clear(&c);
}

#[wasm_bindgen_test]
fn session_only_deletes_marks_the_tab_and_writes_nothing_until_turned_off() {
    let c = config("t-layer-session");
    clear(&c);
    let marker = format!("{}:session-only", c.state_key());
    let store = StoreHandle(Rc::new(LocalStore::open().unwrap()));
    let (persist, _) = layer(store, &c.state_key(), true);
    persist.save(&answered());
    assert!(raw_get(&c.state_key()).is_some());
    assert!(persist.keeps_place());

    let answer = Rc::new(Cell::new(None));
    let a = answer.clone();
    persist.set_session_only(true, move |ok| a.set(Some(ok)));
    assert_eq!(answer.get(), Some(true));
    assert_eq!(raw_get(&c.state_key()), None);
    assert!(session_get(&marker).is_some());
    assert!(!persist.keeps_place());
    let mut state = answered();
    state.session_only = true;
    persist.save(&state);
    assert_eq!(raw_get(&c.state_key()), None);

    persist.set_session_only(false, |_| {});
    assert_eq!(session_get(&marker), None);
    state.session_only = false;
    persist.save(&state);
    assert_eq!(raw_get(&c.state_key()), Some(encode(&state)));
    clear(&c);
}

// ---------------------------------------------------------------- components

/// A storage that records writes, and can be told to fail them.
#[derive(Default)]
struct Recorder {
    value: RefCell<Option<String>>,
    writes: Cell<usize>,
    fail: Cell<bool>,
}

impl Storage for Recorder {
    fn get(&self, _key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.value.borrow().clone())
    }
    fn set(&self, _key: &str, value: &str) -> Result<(), StoreError> {
        self.writes.set(self.writes.get() + 1);
        if self.fail.get() {
            return Err(StoreError::Full);
        }
        *self.value.borrow_mut() = Some(value.to_string());
        Ok(())
    }
    fn remove(&self, _key: &str) -> Result<(), StoreError> {
        *self.value.borrow_mut() = None;
        Ok(())
    }
    fn is_persistent(&self) -> bool {
        true
    }
}

impl Recorder {
    fn saved(&self) -> AppState {
        match decode(self.value.borrow().as_deref()) {
            Decoded::Loaded(s) => s,
            other => panic!("nothing readable saved: {other:?}"),
        }
    }
}

struct Mounted {
    root: Element,
    store: Rc<Recorder>,
}

async fn mount(initial: AppState, notice: Option<Notice>, writable: bool) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let store = Rc::new(Recorder::default());
    let session = Session {
        state: initial.clone(),
        notice,
        writable,
        raw: None,
    };
    let props = AppProps {
        initial: Rc::new(initial),
        persist: Persist::new(StoreHandle(store.clone()), "test:state", &session),
        config: Default::default(),
        onevent: Default::default(),
        carry: Default::default(),
        carried: false,
        texts: Texts(&EN),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Mounted { root, store }
}

/// Until the app has rendered and what it saves after the paint is saved
/// (`Persist::save_soon`: the first task after the next frame).
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(0)).await;
    next_frame().await;
    yew::platform::time::sleep(Duration::from_millis(0)).await;
    yew::platform::time::sleep(Duration::from_millis(0)).await;
}

async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
}

/// A save waits for the paint: until then the store is untouched, a later
/// state takes its place (one write), and deleting everything first writes
/// it and then deletes it, so nothing written comes back after the delete.
#[wasm_bindgen_test]
async fn a_save_waits_for_the_paint_and_never_outlives_a_delete() {
    let store = Rc::new(Recorder::default());
    let session = load_session(&*store, &WidgetConfig::default());
    let persist = Persist::new(StoreHandle(store.clone()), "test:state", &session);
    let first = AppState {
        screen: Screen::Situation,
        ..AppState::default()
    };
    let second = AppState {
        screen: Screen::Results,
        ..AppState::default()
    };
    persist.save_soon(&first);
    persist.save_soon(&second);
    assert_eq!(store.writes.get(), 0, "nothing written before the paint");
    settle().await;
    assert_eq!(store.writes.get(), 1, "one write, of the later state");
    assert_eq!(
        store.value.borrow().as_deref(),
        Some(encode(&second).as_str())
    );

    persist.save_soon(&first);
    persist.delete_everything(|_| ());
    settle().await;
    assert_eq!(store.value.borrow().as_deref(), None, "the delete wins");

    // the page being hidden or left writes a waiting save at once
    let listeners = persist.flush_on_leave().unwrap();
    persist.save_soon(&second);
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    assert_eq!(
        store.value.borrow().as_deref(),
        Some(encode(&second).as_str())
    );
    drop(listeners);
}

impl Mounted {
    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.dyn_into::<Element>().unwrap())
            .collect()
    }
    fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
    }
    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }
    fn screen(&self) -> String {
        self.one(".nearer").get_attribute("data-screen").unwrap()
    }
    fn screen_view(&self) -> String {
        self.one(".nearer").get_attribute("data-view").unwrap()
    }
    async fn click(&self, element: &Element) {
        element.unchecked_ref::<HtmlElement>().click();
        settle().await;
    }
    async fn click_button(&self, label: &str) {
        let button = self
            .all("button")
            .into_iter()
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("no button {label:?}"));
        self.click(&button).await;
    }
    fn radios(&self) -> Vec<HtmlInputElement> {
        self.all("input[type=radio]")
            .into_iter()
            .map(|e| e.dyn_into().unwrap())
            .collect()
    }
}

#[wasm_bindgen_test]
async fn the_assessment_responds_saves_and_keeps_answers_going_back() {
    let m = mount(AppState::default(), None, true).await;
    assert_eq!(m.screen(), "intro");
    assert_eq!(m.store.writes.get(), 0, "opening the widget writes nothing");

    m.click_button("Begin").await;
    assert_eq!(m.screen(), "situation");
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert_eq!(
        active.map(|a| a.tag_name()),
        Some("H2".into()),
        "focus moves to the new heading"
    );
    assert_eq!(m.text(".nearer-progress__step"), "Step 1 of 7");

    // the safety question's "Sometimes" (options: apart ×3, then safety ×4)
    let radios = m.radios();
    assert_eq!(radios.len(), 7);
    m.click(&radios[4]).await;
    assert_eq!(m.store.saved().answers.safety, Some(Safety::Sometimes));

    m.click_button("Next").await;
    assert_eq!(m.screen(), "statements");
    assert_eq!(m.all("fieldset").len(), 4);
    let radios = m.radios();
    assert_eq!(radios.len(), 20);
    m.click(&radios[3].clone().into()).await;
    let saved = m.store.saved();
    assert_eq!(saved.screen, Screen::Statements(0));
    assert_eq!(saved.answers.rating(STATEMENTS[0].id), Some(3));
    assert_eq!(
        m.text(".nearer-progress__answered"),
        "1 of 24 statements answered"
    );

    m.click_button("Next").await;
    assert_eq!(m.text(".nearer-progress__step"), "Step 3 of 7");
    assert!(m.radios().iter().all(|r| !r.checked()));
    m.click_button("Back").await;
    let radios = m.radios();
    assert!(
        radios[3].checked(),
        "the answer is still chosen after going back"
    );
    assert_eq!(radios.iter().filter(|r| r.checked()).count(), 1);
    m.root.remove();
}

#[wasm_bindgen_test]
async fn the_last_page_leads_to_results_with_highlighted_sources() {
    let mut state = AppState {
        screen: Screen::Statements(page_count() - 1),
        ..AppState::default()
    };
    for s in &STATEMENTS {
        state.answers.ratings.insert(s.id, 1);
    }
    for id in ["trust-agreements", "trust-repair", "trust-listened"] {
        state.answers.ratings.insert(id, 4);
    }
    let m = mount(state, None, true).await;
    m.click_button("See my results").await;
    assert_eq!(m.screen(), "results");
    assert_eq!(m.all(".nearer-chart__row").len(), 9);
    // reliability stands out; the other eight are level, so none of them is
    // picked out alongside it
    let top = m.all(".nearer-top__item");
    assert_eq!(top.len(), 1);
    assert_eq!(
        top[0].get_attribute("data-source").as_deref(),
        Some("trust")
    );
    assert!(m
        .text(".nearer-chart")
        .contains("Shaken reliability100 out of 100"));
    assert!(m
        .text(".nearer-results")
        .contains("You answered all 24 statements."));
    assert!(m.all(".nearer-card--safety").is_empty());

    // retaking asks first, and "keep" changes nothing
    m.click_button("Take it again").await;
    m.click_button("Keep my answers").await;
    assert_eq!(m.screen(), "results");
    m.click_button("Take it again").await;
    m.click_button("Yes, start again").await;
    assert_eq!(m.screen(), "situation");
    assert_eq!(m.store.saved().answers, Answers::default());
    m.root.remove();
}

#[wasm_bindgen_test]
async fn feeling_unsafe_leads_with_safety_and_suggests_nothing() {
    let mut state = AppState {
        screen: Screen::Results,
        ..AppState::default()
    };
    state.answers.safety = Some(Safety::Yes);
    for s in &STATEMENTS {
        state.answers.ratings.insert(s.id, 4);
    }
    let m = mount(state, None, true).await;
    let first = m.one(".nearer-results > :nth-child(2)");
    assert!(first
        .get_attribute("class")
        .unwrap_or_default()
        .contains("nearer-card--safety"));
    assert!(
        m.all(".nearer-top__item").is_empty(),
        "no reconnection suggestions"
    );
    assert_eq!(m.all(".nearer-chart__row").len(), 9);
    m.root.remove();
}

#[wasm_bindgen_test]
async fn a_failed_save_is_told_and_a_later_success_clears_it() {
    let m = mount(AppState::default(), None, true).await;
    assert_eq!(m.text(".nearer-notices"), "");
    m.store.fail.set(true);
    m.click_button("Begin").await;
    assert!(m.text(".nearer-notices").contains("couldn't be saved"));
    assert_eq!(m.screen(), "situation", "the person carries on in memory");
    m.store.fail.set(false);
    m.click(&m.radios()[0].clone().into()).await;
    assert_eq!(m.text(".nearer-notices"), "");
    m.root.remove();
}

#[wasm_bindgen_test]
async fn a_change_from_another_tab_is_never_overwritten() {
    let m = mount(AppState::default(), None, true).await;
    m.click_button("Begin").await;
    assert_eq!(m.store.writes.get(), 1);
    // another tab saves its own state under the same key
    let theirs = encode(&AppState {
        screen: Screen::Results,
        ..AppState::default()
    });
    *m.store.value.borrow_mut() = Some(theirs.clone());
    m.click(&m.radios()[1].clone().into()).await;
    assert_eq!(m.store.value.borrow().as_deref(), Some(theirs.as_str()));
    assert!(m.text(".nearer-notices").contains("another tab"));
    // and nothing more is written from this page
    let writes = m.store.writes.get();
    m.click(&m.radios()[2].clone().into()).await;
    assert_eq!(m.store.writes.get(), writes);
    assert_eq!(m.store.value.borrow().as_deref(), Some(theirs.as_str()));
    m.root.remove();
}

#[wasm_bindgen_test]
async fn another_tabs_save_appears_here_and_neither_overwrites_the_other() {
    use nearer::domain::assessment::Apart;
    use nearer::domain::moments::MOMENTS;
    use nearer::domain::state::View;
    let m = mount(AppState::default(), None, true).await;
    m.click_button("Begin").await;
    // another tab answers the safety question, adds a moment and saves
    let mut there = AppState {
        view: View::List,
        ..AppState::default()
    };
    there.answers.safety = Some(Safety::No);
    there.plan.add_moment(MOMENTS[0].id);
    let theirs = encode(&there);
    *m.store.value.borrow_mut() = Some(theirs.clone());
    // events for other keys, or for sessionStorage, change nothing
    storage_event("someone-else:state", Some(theirs.clone()), false);
    storage_event("test:state", Some(theirs.clone()), true);
    settle().await;
    assert!(!m.text(".nearer-tabs").contains("(1)"));
    storage_event("test:state", Some(theirs.clone()), false);
    settle().await;
    // this page shows their answers and list, and stays where it was
    assert_eq!(
        (m.screen_view().as_str(), m.screen().as_str()),
        ("reflect", "situation")
    );
    assert!(m.text(".nearer-tabs").contains("My list (1)"));
    assert!(m.radios()[3].checked(), "their safety answer");
    // a change made here saves on top of theirs, and nobody is warned
    m.click(&m.radios()[0].clone().into()).await;
    assert!(!m.text(".nearer-notices").contains("another tab"));
    let saved = m.store.saved();
    assert_eq!(saved.answers.apart, Some(Apart::Yes));
    assert_eq!(saved.answers.safety, Some(Safety::No));
    assert_eq!(saved.plan.items.len(), 1);
    // back from the back/forward cache, which misses storage events: the
    // key is read again and the other tab's newer save taken
    there.plan.add_moment(MOMENTS[1].id);
    let newer = encode(&there);
    *m.store.value.borrow_mut() = Some(newer.clone());
    page_show();
    settle().await;
    assert!(m.text(".nearer-tabs").contains("My list (2)"));
    // everything deleted in the other tab: nothing of it stays on screen
    // here (a shared device), nothing is written back, and the person is told
    let writes = m.store.writes.get();
    *m.store.value.borrow_mut() = None;
    storage_event("test:state", None, false);
    settle().await;
    assert_eq!(m.text(".nearer-tabs"), "ReflectMomentsMy list");
    assert!(m.text(".nearer-notices").contains("deleted in another tab"));
    assert_eq!(m.store.value.borrow().as_deref(), None);
    assert_eq!(m.store.writes.get(), writes, "a fresh start is not written");
    m.root.remove();
}

#[wasm_bindgen_test]
async fn changes_that_could_not_be_saved_are_never_replaced_by_another_tabs() {
    use nearer::domain::moments::MOMENTS;
    let m = mount(AppState::default(), None, true).await;
    m.click_button("Begin").await;
    // storage is full: the answer stays on screen, unsaved
    m.store.fail.set(true);
    m.click(&m.radios()[0].clone().into()).await;
    assert!(m.text(".nearer-notices").contains("couldn't be saved"));
    // another tab manages to save its own state
    m.store.fail.set(false);
    let mut there = AppState::default();
    there.plan.add_moment(MOMENTS[0].id);
    let theirs = encode(&there);
    *m.store.value.borrow_mut() = Some(theirs.clone());
    storage_event("test:state", Some(theirs.clone()), false);
    settle().await;
    // this page keeps its unsaved answer and writes nothing over theirs
    assert!(m.radios()[0].checked(), "the unsaved answer is still here");
    assert!(!m.text(".nearer-tabs").contains("(1)"));
    assert!(m.text(".nearer-notices").contains("another tab"));
    m.click(&m.radios()[1].clone().into()).await;
    assert_eq!(m.store.value.borrow().as_deref(), Some(theirs.as_str()));
    m.root.remove();
}

#[wasm_bindgen_test]
async fn a_read_only_session_never_writes_and_says_why() {
    let m = mount(AppState::default(), Some(Notice::Newer), false).await;
    assert!(m.text(".nearer-notices").contains("newer version"));
    m.click_button("Begin").await;
    m.click(&m.radios()[1].clone().into()).await;
    assert_eq!(m.store.writes.get(), 0);
    m.root.remove();
}

// ---------------------------------------------------------------- moments and the list

use nearer::domain::moments::{Kind, MOMENTS};
use nearer::domain::plan::Plan;
use nearer::domain::state::View;
use web_sys::HtmlSelectElement;

fn in_view(view: View, plan: Plan) -> AppState {
    AppState {
        view,
        plan,
        ..AppState::default()
    }
}

impl Mounted {
    async fn choose(&self, select: &str, value: &str) {
        let el: HtmlSelectElement = self.one(select).dyn_into().unwrap();
        el.set_value(value);
        el.dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
        settle().await;
    }
    /// Moments listed by a filter.
    fn browse_count(&self) -> usize {
        self.all("#nearer-browse-title ~ ul > li.nearer-moment")
            .len()
    }
    /// Moments in the kind groups shown unfiltered, by their counts.
    fn grouped_count(&self) -> usize {
        self.all(".nearer-group__count")
            .iter()
            .filter_map(|c| c.text_content()?.split(' ').next()?.parse::<usize>().ok())
            .sum()
    }
}

#[wasm_bindgen_test]
async fn picker_filters_narrow_the_catalogue_and_say_when_nothing_is_left() {
    let m = mount(in_view(View::Moments, Plan::default()), None, true).await;
    assert_eq!(m.screen_view(), "moments");
    // unfiltered: every moment in a group by kind, only the first one open
    // (no reflection yet, so no suggestions above it)
    assert_eq!(m.all(".nearer-group").len(), Kind::ALL.len());
    assert_eq!(m.grouped_count(), MOMENTS.len());
    assert_eq!(m.all(".nearer-group details[open]").len(), 1);
    assert_eq!(m.browse_count(), 0);
    // opening another group renders its cards
    let selfcare = m.one(".nearer-group[data-kind=\"yourself-first\"] summary");
    m.click(&selfcare).await;
    let yours = MOMENTS
        .iter()
        .filter(|x| x.kind == Kind::YourselfFirst)
        .count();
    assert_eq!(
        m.all(".nearer-group[data-kind=\"yourself-first\"] .nearer-moment")
            .len(),
        yours
    );

    m.choose("#nearer-filter-source", "apart").await;
    let apart = MOMENTS
        .iter()
        .filter(|x| {
            x.sources
                .contains(&nearer::domain::content::SourceId::Apart)
        })
        .count();
    assert_eq!(m.browse_count(), apart);
    assert!(m
        .text(".nearer-moments-view")
        .contains(&format!("Showing {apart} of {} moments", MOMENTS.len())));

    m.choose("#nearer-filter-kind", Kind::YourselfFirst.key())
        .await;
    let both = MOMENTS
        .iter()
        .filter(|x| {
            x.kind == Kind::YourselfFirst
                && x.sources
                    .contains(&nearer::domain::content::SourceId::Apart)
        })
        .count();
    assert_eq!(m.browse_count(), both);
    if both == 0 {
        assert!(m
            .text(".nearer-moments-view")
            .contains("Nothing matches all of these filters"));
    }
    m.click_button("Clear filters").await;
    assert_eq!(m.browse_count(), 0);
    assert_eq!(m.grouped_count(), MOMENTS.len());
    m.root.remove();
}

#[wasm_bindgen_test]
async fn adding_a_moment_saves_it_and_marks_it_on_the_list() {
    let m = mount(in_view(View::Moments, Plan::default()), None, true).await;
    let first = m.one(".nearer-moment");
    let id = first.get_attribute("data-moment").unwrap();
    let add = first.query_selector("button").unwrap().unwrap();
    m.click(&add).await;
    let saved = m.store.saved();
    assert!(saved.plan.has_moment(&id));
    assert_eq!(saved.plan.items.len(), 1);
    let button = m.one(".nearer-moment button");
    assert_eq!(button.text_content().unwrap(), "On my list");
    // still focusable (a disabled button would drop focus), and inert
    assert_eq!(
        button.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert!(!button.has_attribute("disabled"));
    assert!(m.text(".nearer-tabs").contains("My list (1)"));
    assert!(m
        .text(".nearer-moments-view")
        .contains("Added to your list:"));
    m.root.remove();
}

#[wasm_bindgen_test]
async fn a_reminder_form_is_made_when_first_opened_and_then_kept() {
    let mut plan = Plan::default();
    plan.add_moment(MOMENTS[0].id);
    plan.add_moment(MOMENTS[1].id);
    let m = mount(in_view(View::List, plan), None, true).await;
    // closed, an item's reminder is only its summary: a long list does not
    // make a form per item
    assert_eq!(m.all(".nearer-item .nearer-details").len(), 2);
    assert!(m.all(".nearer-reminder").is_empty());
    let summary = m.one(".nearer-item .nearer-details__summary");
    m.click(&summary).await;
    assert!(m.one(".nearer-item .nearer-details").has_attribute("open"));
    assert_eq!(m.all(".nearer-reminder").len(), 1);
    assert_eq!(
        m.all(".nearer-reminder input[type=checkbox]").len(),
        7,
        "seven days"
    );
    // a day chosen, closed and opened again: the form and the day stay
    let first_day = || -> HtmlInputElement {
        m.one(".nearer-reminder input[type=checkbox]")
            .dyn_into()
            .unwrap()
    };
    m.click(&first_day().into()).await;
    assert!(first_day().checked());
    m.click(&summary).await;
    assert!(!m.one(".nearer-item .nearer-details").has_attribute("open"));
    assert_eq!(m.all(".nearer-reminder").len(), 1, "kept while closed");
    m.click(&summary).await;
    assert!(first_day().checked());
    m.root.remove();
}

#[wasm_bindgen_test]
async fn checking_off_toggles_for_today_and_back() {
    let mut plan = Plan::default();
    plan.add_moment(MOMENTS[0].id);
    let m = mount(in_view(View::List, plan), None, true).await;
    let today = nearer::ui::today();
    let toggle = || {
        m.all(".nearer-item button")
            .into_iter()
            .find(|b| b.text_content().unwrap_or_default().trim() == "Done today")
            .unwrap()
    };
    assert_eq!(
        toggle().get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    m.click(&toggle()).await;
    assert_eq!(
        toggle().get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(m.store.saved().plan.items[0].done_on(today));
    assert_eq!(m.all(".nearer-week__day[data-done]").len(), 1);
    m.click(&toggle()).await;
    assert_eq!(
        toggle().get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(!m.store.saved().plan.items[0].done_on(today));
    assert!(m.all(".nearer-week__day[data-done]").is_empty());
    m.root.remove();
}
