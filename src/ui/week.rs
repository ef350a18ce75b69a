use yew::prelude::*;

use crate::domain::date::Date;
use crate::domain::i18n::Strings;

/// Monday to Sunday of this week, each day marked when it was practised.
/// Days without practice are simply plain: no gaps are pointed out.
pub fn week(s: &Strings, days: &[bool; 7], today: Date) -> Html {
    let today = today.weekday().index();
    let practised: Vec<&str> = days
        .iter()
        .enumerate()
        .filter(|(_, done)| **done)
        .map(|(i, _)| s.weekday_long[i])
        .collect();
    let cells = days.iter().enumerate().map(|(i, &done)| {
        html! {
            <li class="nearer-week__day"
                data-done={done.then_some("")}
                data-today={(i == today).then_some("")}>
                { s.weekday_short[i] }
            </li>
        }
    });
    html! {
        <div class="nearer-week">
            <p class="nearer-label">{ s.this_week }</p>
            <ol class="nearer-week__days" aria-hidden="true">{ for cells }</ol>
            <p class="nearer-week__summary">{ s.practised_on(&practised) }</p>
        </div>
    }
}
