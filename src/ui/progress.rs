use yew::prelude::*;

use super::use_strings;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub step: usize,
    pub total: usize,
    pub answered: usize,
    pub statements: usize,
}

/// "Step 3 of 7" with a bar, and how many statements have an answer.
#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let s = use_strings();
    html! {
        <div class="nearer-progress">
            <p class="nearer-progress__text">
                <span class="nearer-progress__step">{ (s.step_of)(props.step, props.total) }</span>
                <span class="nearer-progress__answered">{ (s.answered_of)(props.answered, props.statements) }</span>
            </p>
            <progress
                class="nearer-progress__bar"
                max={props.total.to_string()}
                value={props.step.to_string()}
                aria-label={s.progress_label}
            />
        </div>
    }
}
