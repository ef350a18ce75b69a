//! Running something later: after a timeout, or after the next paint.
//! Every caller's closure is boxed, so the browser-facing closures are
//! compiled once for all callers (a copy per caller was about 0.7 kB of
//! wasm for the paint and 0.2 kB for the timer).

use wasm_bindgen::JsCast;

/// A timer that runs `f` after `ms` milliseconds.
pub fn timeout(ms: u32, f: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    boxed_timeout(ms, Box::new(f))
}

fn boxed_timeout(ms: u32, f: Box<dyn FnOnce()>) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(ms, f)
}

/// Runs `f` in the first task after the next frame is painted (a timeout
/// set from an animation frame), or in the next task when the page is
/// hidden and paints nothing. (How a save waits for the paint,
/// `persist::Persist::save_soon`, and how a view is made in steps,
/// `ui::reveal`.)
pub fn after_paint(f: impl FnOnce() + 'static) {
    after_paint_boxed(Box::new(f));
}

fn after_paint_boxed(f: Box<dyn FnOnce()>) {
    let later = move || {
        boxed_timeout(0, f).forget();
    };
    let window = web_sys::window();
    let visible = window
        .as_ref()
        .and_then(|w| w.document())
        .is_some_and(|d| !d.hidden());
    match window.filter(|_| visible) {
        Some(window) => {
            let frame = wasm_bindgen::closure::Closure::once_into_js(later);
            // (a browser that refuses animation frames: the page's
            // pagehide and visibilitychange still write a waiting save)
            let _ = window.request_animation_frame(frame.unchecked_ref());
        }
        None => later(),
    }
}
