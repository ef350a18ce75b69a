use yew::prelude::*;

use crate::domain::i18n::Strings;

/// What this is, that it stays on this device, and that it is not therapy.
/// `kept`: whether what the person does here outlives the page (it does
/// not with blocked storage or "don't keep anything"), so the introduction
/// never promises that their place is kept when it is not.
pub fn intro(
    s: &Strings,
    kept: bool,
    onbegin: Callback<MouseEvent>,
    ondata: Callback<MouseEvent>,
) -> Html {
    let [first, second, last] = s.intro_points;
    let last = if kept { last } else { s.intro_point_not_kept };
    html! {
        <div class="nearer-screen nearer-intro">
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">{ s.intro_title }</h2>
            <p class="nearer-lead">{ s.intro_lead }</p>
            <ul class="nearer-points">
                { for [first, second, last].iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
            <p class="nearer-privacy">
                <svg class="nearer-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M7 10V7a5 5 0 0 1 10 0v3" />
                    <rect x="5" y="10" width="14" height="10" rx="2" />
                </svg>
                <span>{ s.intro_privacy }</span>
            </p>
            <p class="nearer-note nearer-shared">
                { s.intro_shared }{ " " }
                <button type="button" class="nearer-link-button" data-view="data" onclick={ondata}>
                    { s.intro_shared_link }
                </button>
            </p>
            <div class="nearer-nav nearer-nav--single">
                <button type="button" class="nearer-button nearer-button--primary" onclick={onbegin}>
                    { s.begin }
                </button>
            </div>
        </div>
    }
}
