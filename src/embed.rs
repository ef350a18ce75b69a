//! Finds the widget's host elements, reads their configuration, loads the
//! saved state and mounts the Yew app into each. Start-up never panics: a
//! page without a host element simply gets no widget.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::AppHandle;

use crate::domain::config::WidgetConfig;
use crate::storage::{self, load_session};
use crate::ui::app::{App, AppProps, DEFAULT_QUICK_EXIT};
use yew::AttrValue;

/// The attribute that marks an element as a place for the widget.
pub const HOST_SELECTOR: &str = "[data-nearer]";

thread_local! {
    /// Mounted apps stay alive for the page's lifetime.
    static MOUNTED: RefCell<Vec<AppHandle<App>>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the widget into every `[data-nearer]` element on the page.
pub fn boot() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for i in 0..hosts.length() {
        if let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let handle = mount(host);
            MOUNTED.with(|m| m.borrow_mut().push(handle));
        }
    }
}

/// Mounts one widget into `host`, configured by its attributes.
pub fn mount(host: Element) -> AppHandle<App> {
    let (config, warnings) = WidgetConfig::from_attributes(|name| {
        if name == "lang" {
            // the nearest `lang` around the host, up to the page's <html lang>
            host.closest("[lang]")
                .ok()
                .flatten()
                .and_then(|el| el.get_attribute("lang"))
        } else {
            host.get_attribute(name)
        }
    });
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&warning));
    }
    let store = storage::open_default();
    let session = storage::timed("nearer:load", || load_session(&*store, &config));
    // an http(s) page to leave for, or the default
    let quick_exit = host
        .get_attribute("data-quick-exit")
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
        .map_or(AttrValue::Static(DEFAULT_QUICK_EXIT), AttrValue::from);
    let props = AppProps {
        quick_exit,
        initial: Rc::new(session.state),
        notice: session.notice,
        writable: session.writable,
        raw: session.raw,
        store,
        state_key: config.state_key().into(),
        locale: config.locale,
    };
    yew::Renderer::<App>::with_root_and_props(host, props).render()
}
