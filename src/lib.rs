//! Nearer: a private self-reflection widget. `domain` is pure Rust and tested
//! natively; everything else is the browser edge and exists only on wasm32.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
