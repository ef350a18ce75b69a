use yew::prelude::*;

use super::choice::ChoiceGroup;
use super::step_nav::StepNav;
use super::use_strings;
use crate::domain::assessment::Answers;
use crate::domain::content::{self, page_count};
use crate::domain::state::{Action, Screen};

#[derive(Properties, PartialEq)]
pub struct StatementsPageProps {
    /// 0-based page of statements.
    pub page: usize,
    pub answers: Answers,
    pub ondispatch: Callback<Action>,
}

/// A few statements, each rated on the five-point scale.
#[function_component(StatementsPage)]
pub fn statements_page(props: &StatementsPageProps) -> Html {
    let s = use_strings();
    let d = &props.ondispatch;
    let groups = content::page(props.page).map(|(index, statement)| {
        let id = statement.id;
        html! {
            <ChoiceGroup
                key={id}
                name={format!("nearer-{id}")}
                legend={s.statements[index]}
                options={s.scale.to_vec()}
                selected={props.answers.rating(id).map(usize::from)}
                onselect={d.reform(move |v: usize| Action::Rate { id, value: v.min(255) as u8 })}
                scale=true
            />
        }
    });
    let last = props.page + 1 >= page_count();
    html! {
        <div class="nearer-screen">
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">
                { s.statements_title }
                // every page shares the question, so the step tells a screen reader the page changed
                <span class="nearer-sr-only">{ " " }{ (s.step_of)(props.page + 2, Screen::step_count()) }</span>
            </h2>
            <p class="nearer-hint">{ s.statements_hint }</p>
            { for groups }
            <StepNav
                onback={d.reform(|_| Action::Back)}
                onnext={d.reform(|_| Action::Next)}
                next_label={if last { s.see_results } else { s.next }}
            />
        </div>
    }
}
