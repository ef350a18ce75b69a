//! Yew components, one a file. They render state and dispatch `Action`s;
//! every word comes from the locale's `Strings`.

pub mod app;
pub mod chart;
pub mod choice;
pub mod intro;
pub mod notice;
pub mod progress;
pub mod results;
pub mod situation;
pub mod statements;
pub mod step_nav;

use yew::prelude::*;

use crate::domain::i18n::{Locale, Strings};

/// The active locale's strings (English outside an `App`).
#[hook]
pub fn use_strings() -> &'static Strings {
    use_context::<Locale>().unwrap_or_default().strings()
}

/// Marks the heading that receives focus when a screen appears.
pub const FOCUS_ATTR: &str = "data-step-heading";
