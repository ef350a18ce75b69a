use yew::prelude::*;

use crate::domain::i18n::Strings;

/// "Step 3 of 7" with a bar, and how many statements have an answer.
pub fn progress(
    s: &Strings,
    step: usize,
    total: usize,
    answered: usize,
    statements: usize,
) -> Html {
    html! {
        <div class="nearer-progress">
            <p class="nearer-progress__text">
                <span class="nearer-progress__step">{ s.step_of(step, total) }</span>
                <span class="nearer-progress__answered">{ s.answered_of(answered, statements) }</span>
            </p>
            <progress
                class="nearer-progress__bar"
                max={total.to_string()}
                value={step.to_string()}
                aria-label={s.progress_label}
            />
        </div>
    }
}
