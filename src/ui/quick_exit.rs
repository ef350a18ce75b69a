//! "Leave quickly": the button, and Escape pressed twice anywhere on the page.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// A neutral page that gives nothing away when someone glances at the screen.
const DEFAULT_QUICK_EXIT: &str = "https://www.google.com/search?q=weather";

/// Whether the person has left (the widget then shows nothing), and the
/// button's click handler. Listens for the double Escape for the app's
/// lifetime. `url` is the host's http(s) page (validated in config), or
/// `None` for the default.
#[hook]
pub fn use_quick_exit(root: &NodeRef, url: Option<String>) -> (bool, Callback<MouseEvent>) {
    let exited = use_state(|| false);
    let onexit = {
        let (exited, root) = (exited.setter(), root.clone());
        use_memo((), move |_| {
            let url = url.unwrap_or_else(|| DEFAULT_QUICK_EXIT.to_string());
            let exit: Rc<dyn Fn()> = Rc::new(move || {
                exited.set(true);
                leave(&url);
            });
            let on_escape = listen(exit.clone(), root);
            (Callback::from(move |_: MouseEvent| exit()), on_escape)
        })
    };
    (*exited, onexit.0.clone())
}

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
fn listen(exit: Rc<dyn Fn()>, root: NodeRef) -> Option<EventListener> {
    let window = web_sys::window()?;
    let last = Cell::new(-10_000.0);
    // in the capture phase: seen before anything inside the page handles
    // (or stops) it, so a question's own Escape is always recognised; not
    // passive, so that Escape answering a question does nothing else (such
    // as closing a host page's dialog around the widget)
    let options = EventListenerOptions {
        phase: EventListenerPhase::Capture,
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
