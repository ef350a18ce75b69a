//! The app's hooks, one concern each: saving, telling the host, following
//! the person with focus, and listening to other tabs. The quick exit has
//! its own file (`quick_exit.rs`).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::data_view::DataUi;
use super::moments_view::MomentsUi;
use super::results::ResultsUi;
use super::FOCUS_SELECTOR;
use crate::domain::state::{AppState, Screen, View};
use crate::persist::Persist;

/// What the app's effects run after: the state, and whether the retake
/// question is open.
pub type Rendered = (UseReducerHandle<AppState>, bool);

/// Runs `f` after each render in which `Rendered` changed.
///
/// Every effect of the app goes through this one signature: Yew builds its
/// effect machinery once per closure type, and a boxed closure is one type.
/// Measured with `make dist` (gzip -9 of the wasm): the three effects below
/// as plain `use_effect_with` calls cost 581 B gzip more than through this
/// one; this whole split (with the persistence layer) cost 670 B gzip over
/// the single shared effect it replaced. One concern per effect is worth that.
#[hook]
fn use_after(deps: Rendered, f: Box<dyn FnOnce(&Rendered)>) {
    use_effect_with(deps, f);
}

/// Saves each state the person makes, once it is painted (the persistence
/// layer decides whether and how: `Persist::save_soon`). Opening the widget writes nothing, unless the state
/// was `carried` over from a replaced app: a change made just before the
/// remount may not have been saved yet, and saving it tells again whether
/// something on screen is not in storage.
#[hook]
pub fn use_save(persist: &Persist, deps: Rendered, carried: bool) {
    let first = use_mut_ref(|| true);
    {
        // a save still waiting for the paint is written when the page is
        // hidden or left; unlistened when the app goes
        let persist = persist.clone();
        use_memo((), move |_| persist.flush_on_leave());
    }
    let persist = persist.clone();
    use_after(
        deps,
        Box::new(move |(state, _)| {
            // (when only the retake question opened or closed, this re-reads
            // the key and finds nothing to write: a handle always shows the
            // latest state, so "unchanged" cannot be told apart here)
            if !first.replace(false) || carried {
                persist.save_soon(state);
            }
        }),
    );
}

/// Tells the host "assessment-completed" and "moment-added" when the person
/// did that here: never for another tab's change or an import.
#[hook]
pub fn use_host_events(onevent: &Callback<&'static str>, deps: Rendered) {
    let before = use_mut_ref(|| (deps.0.screen, deps.0.plan.items.len()));
    let onevent = onevent.clone();
    use_after(
        deps,
        Box::new(move |(state, _)| {
            let now = (state.screen, state.plan.items.len());
            let (screen, items) = before.replace(now);
            if !state.from_elsewhere && !state.replaced {
                if screen != Screen::Results && now.0 == Screen::Results {
                    onevent.emit("assessment-completed");
                }
                if now.1 > items {
                    onevent.emit("moment-added");
                }
            }
        }),
    );
}

/// What a change of view or screen touches.
pub struct Screens {
    pub root: NodeRef,
    pub results: ResultsUi,
    pub moments: MomentsUi,
    pub data: DataUi,
    pub list_status: UseStateHandle<String>,
    pub persist: Persist,
}

/// Focus follows the person: to the new heading when the screen changes,
/// and between "Take it again" and "Keep my answers" as the retake
/// confirmation opens and closes. Never on the first render: the host page
/// keeps its focus until the person acts. A new view also clears the last
/// one's confirmations, and the data section reads what it shows.
#[hook]
pub fn use_focus(deps: Rendered, on: Screens) {
    let before = use_mut_ref(|| None);
    let Screens {
        root,
        results,
        moments,
        data,
        list_status,
        persist,
    } = on;
    use_after(
        deps,
        Box::new(move |(state, open)| {
            let now = (state.view, state.screen, *open);
            let Some((view, screen, was_open)) = before.borrow_mut().replace(now) else {
                // opened on the data section (where it was left last time)
                if now.0 == View::Data {
                    data.opened(&persist);
                }
                return;
            };
            let target = if (view, screen) != (now.0, now.1) {
                if view != now.0 {
                    // confirmations belong to the moment they were made
                    if !list_status.is_empty() {
                        list_status.set(String::new());
                    }
                    moments.clear_status();
                    if !data.status.is_empty() {
                        data.status.set(String::new());
                    }
                    if now.0 == View::Data {
                        data.opened(&persist);
                    }
                }
                // a retake question left open is closed on the way out
                if *open {
                    results.confirming.set(false);
                }
                root.cast::<Element>()
                    .and_then(|r| r.query_selector(FOCUS_SELECTOR).ok().flatten())
            } else if was_open == *open {
                None
            } else if *open {
                results.keep_ref.cast::<Element>()
            } else {
                results.retake_ref.cast::<Element>()
            };
            if let Some(el) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
                let _ = el.focus();
            }
        }),
    );
}

/// Keeps two tabs in step for the app's lifetime: another tab's save, or
/// the key read again on coming back from the back/forward cache, reaches
/// the persistence layer, which decides what goes on screen (`Persist::watch`).
/// Unlistened when the app goes.
#[hook]
pub fn use_other_tabs(persist: &Persist) {
    let persist = persist.clone();
    use_memo((), move |_| persist.watch());
}
