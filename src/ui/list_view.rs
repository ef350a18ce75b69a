use yew::prelude::*;

use super::list_item::ListItem;
use super::{act, today};
use crate::domain::pack::Texts;
use crate::domain::recommend::may_guide;
use crate::domain::state::{Action, AppState, View};

/// The personal action list the person comes back to. A plain function: the
/// announcement line (`status`) is held by the app, each item is a component.
/// On the safety path every item stays, but a moment that involves the
/// partner shows neither its how-to nor a reminder (`recommend::may_guide`).
pub fn list_view(
    texts: Texts,
    state: &AppState,
    status: &str,
    onannounce: &Callback<String>,
    d: &Callback<Action>,
) -> Html {
    let s = texts.0;
    let (plan, answers) = (&state.plan, &state.answers);
    let day = today();
    let onprint = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="nearer-screen nearer-list-view">
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">{ s.list_title }</h2>
            <p class="nearer-status" role="status">{ status.to_string() }</p>
            if plan.items.is_empty() {
                <div class="nearer-card nearer-card--quiet">
                    <p>{ s.list_empty }</p>
                    <div class="nearer-nav nearer-nav--single">
                        <button type="button" class="nearer-button nearer-button--primary"
                            data-view="moments" onclick={act(d, Action::Show(View::Moments))}>
                            { s.browse_moments }
                        </button>
                    </div>
                </div>
            } else {
                <p class="nearer-lead">{ s.list_lead }</p>
                if plan.items.iter().any(|i| !may_guide(answers, &i.what)) {
                    <p class="nearer-card nearer-card--quiet" data-safety="">{ s.list_safety_note }</p>
                }
                <ul class="nearer-items">
                    { for plan.items.iter().map(|item| html! {
                        <ListItem key={item.key.clone()} texts={texts} item={item.shown(day)} today={day}
                            guide={may_guide(answers, &item.what)}
                            ondispatch={d.clone()} onannounce={onannounce.clone()} />
                    }) }
                </ul>
                <div class="nearer-nav nearer-nav--single nearer-print-hide">
                    <button type="button" class="nearer-button" onclick={onprint}>{ s.print_plan }</button>
                </div>
            }
        </div>
    }
}
