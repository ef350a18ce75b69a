use yew::prelude::*;

use crate::domain::config::SafetyResources;
use crate::domain::i18n::Strings;

/// Where to turn when someone feels unsafe: the built-in words, then what
/// the coach configured (their own text, a phone number to call, a link).
/// Links go in the same tab and send no referrer, so the helpline is not
/// told where the person came from.
pub fn safety_resources(s: &Strings, host: &SafetyResources) -> Html {
    let call = host.phone.as_ref().map(|phone| {
        let mut dial = String::from("tel:");
        dial.extend(phone.chars().filter(|c| c.is_ascii_digit() || *c == '+'));
        html! {
            <li><a class="nearer-resource-link" href={dial}>{ s.safety_call(phone) }</a></li>
        }
    });
    let link = host.link.as_ref().map(|href| html! {
        <li><a class="nearer-resource-link" href={href.clone()} rel="noreferrer">{ s.safety_more }</a></li>
    });
    html! {
        <>
            <p class="nearer-resources">{ s.safety_resources }</p>
            if let Some(text) = &host.text {
                <p class="nearer-resources">{ text.clone() }</p>
            }
            if call.is_some() || link.is_some() {
                <ul class="nearer-resource-links">{ for call }{ for link }</ul>
            }
        </>
    }
}
