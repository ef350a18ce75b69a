use yew::prelude::*;

use super::use_strings;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub onback: Callback<MouseEvent>,
    pub onnext: Callback<MouseEvent>,
    pub next_label: AttrValue,
}

/// Back and Next (or "See my results") at the foot of a step.
#[function_component(StepNav)]
pub fn step_nav(props: &StepNavProps) -> Html {
    let s = use_strings();
    html! {
        <div class="nearer-nav">
            <button type="button" class="nearer-button" onclick={props.onback.clone()}>
                { s.back }
            </button>
            <button type="button" class="nearer-button nearer-button--primary" onclick={props.onnext.clone()}>
                { props.next_label.clone() }
            </button>
        </div>
    }
}
