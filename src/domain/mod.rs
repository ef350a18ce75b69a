//! The pure core: no browser, no UI framework. Everything here is tested with
//! plain `cargo test`.

pub mod assessment;
pub mod config;
pub mod content;
pub mod i18n;
pub mod schema;
pub mod state;
