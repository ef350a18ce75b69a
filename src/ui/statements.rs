use yew::prelude::*;

use super::{act, today};

use super::choice::choice_group;
use super::step_nav::step_nav;
use crate::domain::assessment::Answers;
use crate::domain::content::{self, page_count};
use crate::domain::i18n::Strings;
use crate::domain::state::{Action, Screen};

/// A few statements (page `page`, 0-based), each rated on the five-point scale.
pub fn statements_page(s: &Strings, page: usize, answers: &Answers, d: &Callback<Action>) -> Html {
    let groups = content::page(page).map(|(index, statement)| {
        let id = statement.id;
        choice_group(
            &["nearer-", id].concat(),
            s.statements[index],
            &s.scale,
            answers.rating(id).map(usize::from),
            &d.reform(move |v: usize| Action::Rate {
                id,
                value: v.min(255) as u8,
            }),
            true,
        )
    });
    let last = page + 1 >= page_count();
    html! {
        <div class="nearer-screen">
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">
                { s.statements_title }
                // every page shares the question, so the step tells a screen reader the page changed
                <span class="nearer-sr-only">{ " " }{ s.step_of(page + 2, Screen::step_count()) }</span>
            </h2>
            <p class="nearer-hint">{ s.statements_hint }</p>
            { for groups }
            { step_nav(
                s,
                act(d, Action::Back),
                if last {
                    // the day of the click (a page may stay open past midnight)
                    let d = d.clone();
                    Callback::from(move |_: MouseEvent| d.emit(Action::Finish(today())))
                } else {
                    act(d, Action::Next)
                },
                if last { s.see_results } else { s.next },
            ) }
        </div>
    }
}
