use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::i18n::Strings;
use crate::domain::plan::{HOW_TO_MAX, TITLE_MAX};
use crate::domain::state::Action;

/// A moment of the person's own: a title and an optional how-to, kept as
/// plain text (Yew escapes it when it is shown). `refs` are the title input
/// and the how-to textarea, held by the parent.
pub fn custom_form(
    s: &'static Strings,
    refs: &[NodeRef; 2],
    list_full: bool,
    d: &Callback<Action>,
    announce: &Callback<String>,
) -> Html {
    let [title, how] = refs.clone();
    let onsubmit = {
        let (title, how) = (title.clone(), how.clone());
        let (d, announce) = (d.clone(), announce.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(t), Some(h)) = (
                title.cast::<HtmlInputElement>(),
                how.cast::<HtmlTextAreaElement>(),
            ) else {
                return;
            };
            let text = t.value();
            if text.trim().is_empty() {
                announce.emit(s.custom_needs_title.to_string());
                let _ = t.focus();
                return;
            }
            d.emit(Action::AddCustom {
                title: text.clone(),
                how_to: h.value(),
            });
            announce.emit(s.added(text.trim()));
            t.set_value("");
            h.set_value("");
        })
    };
    html! {
        <form class="nearer-form" {onsubmit}>
            <label class="nearer-field">
                <span class="nearer-field__label">{ s.custom_what }</span>
                <input ref={title} type="text" name="nearer-custom-title" class="nearer-input"
                    maxlength={TITLE_MAX.to_string()} autocomplete="off" />
            </label>
            <label class="nearer-field">
                <span class="nearer-field__label">{ s.custom_how }</span>
                <textarea ref={how} name="nearer-custom-how" class="nearer-input" rows="3"
                    maxlength={HOW_TO_MAX.to_string()} />
            </label>
            <div class="nearer-nav nearer-nav--single">
                <button type="submit" class="nearer-button nearer-button--primary" disabled={list_full}>
                    { s.add_to_list }
                </button>
            </div>
        </form>
    }
}
