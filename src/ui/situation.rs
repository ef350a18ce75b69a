use yew::prelude::*;

use super::choice::ChoiceGroup;
use super::step_nav::StepNav;
use super::use_strings;
use crate::domain::assessment::{Answers, Apart, Safety};
use crate::domain::state::Action;

const APART: [Apart; 3] = Apart::ALL;
const SAFETY: [Safety; 4] = Safety::ALL;

#[derive(Properties, PartialEq)]
pub struct SituationProps {
    pub answers: Answers,
    pub ondispatch: Callback<Action>,
}

/// The situation question and the safety question, before the statements.
#[function_component(Situation)]
pub fn situation(props: &SituationProps) -> Html {
    let s = use_strings();
    let d = &props.ondispatch;
    let apart = props
        .answers
        .apart
        .and_then(|a| APART.iter().position(|x| *x == a));
    let safety = props
        .answers
        .safety
        .and_then(|a| SAFETY.iter().position(|x| *x == a));
    html! {
        <div class="nearer-screen">
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">{ s.situation_title }</h2>
            <p class="nearer-hint">{ s.situation_hint }</p>
            <ChoiceGroup
                name="nearer-apart"
                legend={s.apart_question}
                options={vec![s.apart_yes, s.apart_no, s.apart_unsure]}
                selected={apart}
                onselect={d.reform(|i: usize| Action::SetApart(APART[i.min(APART.len() - 1)]))}
            />
            <ChoiceGroup
                name="nearer-safety"
                legend={s.safety_question}
                options={vec![s.safety_no, s.safety_sometimes, s.safety_yes, s.safety_private]}
                selected={safety}
                onselect={d.reform(|i: usize| Action::SetSafety(SAFETY[i.min(SAFETY.len() - 1)]))}
            />
            <StepNav
                onback={d.reform(|_| Action::Back)}
                onnext={d.reform(|_| Action::Next)}
                next_label={s.next}
            />
        </div>
    }
}
