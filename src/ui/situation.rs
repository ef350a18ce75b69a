use yew::prelude::*;

use super::act;

use super::choice::choice_group;
use super::step_nav::step_nav;
use crate::domain::assessment::{Answers, Apart, Safety};
use crate::domain::i18n::Strings;
use crate::domain::state::Action;

const APART: [Apart; 3] = Apart::ALL;
const SAFETY: [Safety; 4] = Safety::ALL;

/// The situation question and the safety question, before the statements.
pub fn situation(s: &Strings, answers: &Answers, d: &Callback<Action>) -> Html {
    let apart = answers
        .apart
        .and_then(|a| APART.iter().position(|x| *x == a));
    let safety = answers
        .safety
        .and_then(|a| SAFETY.iter().position(|x| *x == a));
    html! {
        <div class="nearer-screen">
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">{ s.situation_title }</h2>
            <p class="nearer-hint">{ s.situation_hint }</p>
            { choice_group(
                "nearer-apart",
                s.apart_question,
                &[s.apart_yes, s.apart_no, s.apart_unsure],
                apart,
                &d.reform(|i: usize| Action::SetApart(APART[i.min(APART.len() - 1)])),
                false,
            ) }
            { choice_group(
                "nearer-safety",
                s.safety_question,
                &[s.safety_no, s.safety_sometimes, s.safety_yes, s.safety_private],
                safety,
                &d.reform(|i: usize| Action::SetSafety(SAFETY[i.min(SAFETY.len() - 1)])),
                false,
            ) }
            { step_nav(s, act(d, Action::Back), act(d, Action::Next), s.next) }
        </div>
    }
}
