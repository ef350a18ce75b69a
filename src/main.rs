//! The wasm's exports: what the entry module (`src/nearer-widget.js`) calls.
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

    /// Mounts, or updates after an attribute change; `css` is the style sheet's
    /// address, `integrity` the hash the page declared for it (or empty).
    #[wasm_bindgen]
    pub fn mount(host: web_sys::Element, css: String, integrity: String) {
        nearer::embed::mount(host, css, integrity)
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
