//! Nearer: a private self-reflection widget. `domain` is pure Rust and tested
//! natively; everything else is the browser edge and exists only on wasm32.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod intl;
#[cfg(target_arch = "wasm32")]
pub mod later;
#[cfg(target_arch = "wasm32")]
pub mod persist;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Talc instead of the default dlmalloc: about 7 kB smaller in the wasm
/// (2.9 kB gzip) and faster. Defined in the library so the browser tests run
/// on the allocator that ships.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
