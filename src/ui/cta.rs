use yew::prelude::*;

use crate::domain::config::Cta;

/// The coach's call to action ("Book a free consultation"), at the end of
/// the results and under the list. Its address was checked to be http(s)
/// (or relative) in `config`; it comes from the host, never from the person.
pub fn cta(cta: Option<&Cta>) -> Html {
    let Some(cta) = cta else {
        return Html::default();
    };
    html! {
        <p class="nearer-cta">
            <a class="nearer-cta__link" href={cta.url.clone()}>{ cta.label.clone() }</a>
        </p>
    }
}
