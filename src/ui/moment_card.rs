use yew::prelude::*;

use super::use_strings;
use crate::domain::content::SourceId;
use crate::domain::moments::MOMENTS;
use crate::domain::state::Action;

#[derive(Properties, PartialEq)]
pub struct MomentCardProps {
    /// Index into `MOMENTS`.
    pub index: usize,
    /// The person's top sources it helps with (shown as "why suggested").
    #[prop_or_default]
    pub helps: Vec<SourceId>,
    pub on_list: bool,
    pub list_full: bool,
    pub ondispatch: Callback<Action>,
    /// Tells the person what happened, through the view's status line.
    pub onannounce: Callback<String>,
}

/// One small moment: what to do, how, what it takes, and an Add button.
#[function_component(MomentCard)]
pub fn moment_card(props: &MomentCardProps) -> Html {
    let s = use_strings();
    let Some(m) = MOMENTS.get(props.index) else {
        return Html::default();
    };
    let text = &s.moments[props.index];
    let helps = (!props.helps.is_empty()).then(|| {
        let names: Vec<&str> = props.helps.iter().map(|&h| s.source(h).name).collect();
        html! {
            <p class="nearer-moment__why">
                <span class="nearer-moment__why-label">{ s.helps_with }</span>
                { " " }{ names.join(", ") }
            </p>
        }
    });
    let onadd = {
        let (d, announce, id, title) = (
            props.ondispatch.clone(),
            props.onannounce.clone(),
            m.id,
            text.title,
        );
        Callback::from(move |_| {
            d.emit(Action::AddMoment(id));
            announce.emit((s.added)(title));
        })
    };
    let button = if props.on_list {
        html! {
            <button type="button" class="nearer-button nearer-button--small" disabled=true>
                { s.on_list }
            </button>
        }
    } else {
        html! {
            <button type="button" class="nearer-button nearer-button--small nearer-button--primary"
                disabled={props.list_full} onclick={onadd}>
                { s.add_to_list }
            </button>
        }
    };
    html! {
        <li class="nearer-moment" data-moment={m.id}>
            <h4 class="nearer-moment__title">{ text.title }</h4>
            <p class="nearer-moment__how">{ text.how_to }</p>
            { for helps }
            <p class="nearer-moment__meta">
                { s.kind_names[m.kind.index()] }{ " · " }
                { s.effort_names[m.effort.index()] }{ " · " }
                { s.time_names[m.time.index()] }
            </p>
            { button }
        </li>
    }
}
