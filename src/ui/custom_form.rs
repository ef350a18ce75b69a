use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::use_strings;
use crate::domain::plan::{HOW_TO_MAX, TITLE_MAX};
use crate::domain::state::Action;

#[derive(Properties, PartialEq)]
pub struct CustomFormProps {
    pub list_full: bool,
    pub ondispatch: Callback<Action>,
    pub onannounce: Callback<String>,
}

/// A moment of the person's own: a title and an optional how-to, kept as
/// plain text (Yew escapes it when it is shown).
#[function_component(CustomForm)]
pub fn custom_form(props: &CustomFormProps) -> Html {
    let s = use_strings();
    let title = use_node_ref();
    let how = use_node_ref();
    let onsubmit = {
        let (title, how) = (title.clone(), how.clone());
        let (d, announce) = (props.ondispatch.clone(), props.onannounce.clone());
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
            announce.emit((s.added)(text.trim()));
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
                <button type="submit" class="nearer-button nearer-button--primary" disabled={props.list_full}>
                    { s.add_to_list }
                </button>
            </div>
        </form>
    }
}
