//! The view: two Yew components (`App`, and `ListItem` for per-item state)
//! and plain functions returning `Html` for everything else (each Yew
//! component type costs about 2 kB of wasm), one a file. They render state
//! and dispatch `Action`s;
//! every word comes from the locale's `Strings`.

pub mod app;
pub mod chart;
pub mod choice;
pub mod cta;
pub mod custom_form;
pub mod data_view;
pub mod hooks;
pub mod intro;
pub mod list_item;
pub mod list_view;
pub mod moment_card;
pub mod moments_view;
pub mod nav;
pub mod notice;
pub mod progress;
pub mod quick_exit;
pub mod reminder;
pub mod results;
pub mod reveal;
pub mod safety;
pub mod situation;
pub mod starters;
pub mod statements;
pub mod step_nav;
pub mod week;

use yew::prelude::*;

/// A section of the picker closed until the person asks for it ("Add a
/// moment of your own", "Words to start"), so its first view stays short.
pub fn more_section(id: &'static str, title: &'static str, body: Html) -> Html {
    html! {
        <section class="nearer-section" aria-labelledby={id}>
            <details class="nearer-details nearer-more">
                <summary class="nearer-details__summary nearer-more__summary" {id}>{ title }</summary>
                <div class="nearer-more__body">{ body }</div>
            </details>
        </section>
    }
}

/// A click handler that dispatches `action`. Every button that sends a
/// fixed action shares this one closure type, instead of each `reform`
/// closure bringing its own copy of the callback glue into the wasm.
pub fn act(
    d: &Callback<crate::domain::state::Action>,
    action: crate::domain::state::Action,
) -> Callback<MouseEvent> {
    let d = d.clone();
    Callback::from(move |_: MouseEvent| d.emit(action.clone()))
}

/// Finds the heading that receives focus when a screen appears (each screen
/// marks its title with `data-step-heading`).
pub const FOCUS_SELECTOR: &str = "[data-step-heading]";

use crate::domain::date::Date;
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` inside `scope` once the
/// render that the current change causes is on screen (Yew renders in a
/// microtask; a zero timeout runs after it). Nothing happens if it is gone.
pub fn focus_soon(scope: Option<web_sys::Element>, selector: &'static str) {
    crate::later::timeout(0, move || {
        if let Some(el) = scope
            .and_then(|s| s.query_selector(selector).ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
    .forget();
}

/// Today in the person's local time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes behind UTC: local = UTC - offset
    let local = now.get_time() - now.get_timezone_offset() * 60_000.0;
    Date::from_epoch_ms(local).0
}

/// Offers `content` as a file download, made in the browser. Returns false if
/// the browser would not let it happen.
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let blob = gloo::file::Blob::new_with_options(content, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let Ok(anchor) = document
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Keep the object URL alive long enough for the download to start.
    crate::later::timeout(60_000, move || drop(url)).forget();
    true
}

/// Copies `text` with the Clipboard API. `done(true)` once copied;
/// `done(false)` when the API is missing or refuses (for example outside a
/// secure context), so the caller can offer a fallback.
pub fn copy_text(text: String, done: Callback<bool>) {
    let clipboard = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    let Some(clipboard) = clipboard else {
        done.emit(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    yew::platform::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done.emit(ok);
    });
}

/// Selects the text inside `element`, for the copy fallback.
pub fn select_text(element: &web_sys::Element) {
    if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = selection.select_all_children(element);
    }
}
