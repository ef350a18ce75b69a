use yew::prelude::*;

use crate::domain::i18n::Strings;

/// Back and Next (or "See my results") at the foot of a step. A plain
/// function rather than a component: it holds no state, and each component
/// costs about 1.5 kB of wasm in Yew's per-component machinery.
pub fn step_nav(
    s: &Strings,
    onback: Callback<MouseEvent>,
    onnext: Callback<MouseEvent>,
    next_label: &'static str,
) -> Html {
    html! {
        <div class="nearer-nav">
            <button type="button" class="nearer-button" onclick={onback}>{ s.back }</button>
            <button type="button" class="nearer-button nearer-button--primary" onclick={onnext}>
                { next_label }
            </button>
        </div>
    }
}
