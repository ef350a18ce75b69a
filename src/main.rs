//! The wasm's exports: what the start module (`src/nearer-start.js`) calls.
//! They are declared here because a binary keeps only its own exports, not
//! a library's; each forwards to `nearer::embed`.

fn main() {}

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The attributes `<nearer-widget>` observes.
    #[wasm_bindgen]
    pub fn attributes() -> js_sys::Array {
        nearer::embed::attributes()
    }

    /// Mounts, or updates after an attribute change; `sheet` is the bundle's
    /// style sheet, parsed once by the entry module.
    #[wasm_bindgen]
    pub fn mount(host: web_sys::Element, sheet: web_sys::CssStyleSheet) {
        nearer::embed::mount(host, sheet)
    }

    /// Once, before the first mount: the entry module's
    /// `fetchBundleFile(path)` and the files it holds hashes for (the
    /// language files among them are the languages on offer).
    #[wasm_bindgen]
    pub fn bundle(fetch: js_sys::Function, files: js_sys::Array) {
        nearer::embed::bundle(fetch, files)
    }

    #[wasm_bindgen]
    pub fn unmount(host: web_sys::Element) {
        nearer::embed::unmount(&host)
    }

    /// Unmounts every widget whose host has left the document.
    #[wasm_bindgen]
    pub fn sweep() {
        nearer::embed::sweep()
    }
}
