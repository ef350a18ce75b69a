use web_sys::Element;
use yew::prelude::*;

use super::{copy_text, more_section, select_text};
use crate::domain::i18n::Strings;

/// What the starters remember between renders: the outcome of the last copy
/// and the paragraphs to select when the clipboard is unavailable.
#[derive(Clone, PartialEq)]
pub struct StartersState {
    pub status: UseStateHandle<String>,
    pub refs: [NodeRef; 4],
}

#[hook]
pub fn use_starters() -> StartersState {
    StartersState {
        status: use_state(String::new),
        refs: [
            use_node_ref(),
            use_node_ref(),
            use_node_ref(),
            use_node_ref(),
        ],
    }
}

/// Gentle message starters, each with a Copy button, behind a disclosure. Copying uses the
/// Clipboard API locally; where it is missing or refused, the text is
/// selected for the device's own copy command. Either way the outcome is
/// shown and announced, next to the starters. A plain function over state
/// its parent holds (`use_starters`): a component of its own costs Yew's
/// per-component code, about 2 kB of wasm.
pub fn starters(s: &'static Strings, state: &StartersState) -> Html {
    let StartersState { status, refs } = state.clone();
    let items = s.starters.iter().enumerate().map(|(i, (label, words))| {
        let onclick = {
            let (status, target) = (status.clone(), refs[i].clone());
            let text = words.to_string();
            Callback::from(move |_| {
                let (status, target) = (status.clone(), target.clone());
                copy_text(
                    text.clone(),
                    Callback::from(move |ok: bool| {
                        if ok {
                            status.set(s.copied.to_string());
                        } else {
                            if let Some(el) = target.cast::<Element>() {
                                select_text(&el);
                            }
                            status.set(s.copy_fallback.to_string());
                        }
                    }),
                );
            })
        };
        html! {
            <li class="nearer-starter">
                <p class="nearer-label">{ *label }</p>
                <p class="nearer-starter__words" ref={refs[i].clone()}>{ *words }</p>
                <button type="button" class="nearer-button nearer-button--small" {onclick}
                    aria-label={[s.copy, " – ", label].concat()}>
                    { s.copy }
                </button>
            </li>
        }
    });
    more_section(
        "nearer-starters-title",
        s.starters_title,
        html! {
            <>
                <p class="nearer-hint">{ s.starters_lead }</p>
                <ul class="nearer-starters">{ for items }</ul>
                <p class="nearer-status" role="status">{ (*status).clone() }</p>
            </>
        },
    )
}
