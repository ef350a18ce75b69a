use yew::prelude::*;

/// One question: a fieldset whose legend is the question and whose options
/// are labelled radio buttons (arrow keys move within, Tab moves on).
/// `name` must be unique on the page; `scale` lays the options out as a
/// five-point scale rather than a list.
pub fn choice_group(
    name: &str,
    legend: &'static str,
    options: &[&'static str],
    selected: Option<usize>,
    onselect: &Callback<usize>,
    scale: bool,
) -> Html {
    let options = options.iter().enumerate().map(|(i, label)| {
        html! {
            <label class="nearer-option">
                <input
                    type="radio"
                    name={name.to_string()}
                    value={i.to_string()}
                    checked={selected == Some(i)}
                    onchange={onselect.reform(move |_: Event| i)}
                />
                <span class="nearer-option__label">{ *label }</span>
            </label>
        }
    });
    html! {
        // Keyed by question: Yew must never reuse one question's radios for
        // another's (renaming a radio group while setting `checked` loses answers).
        <fieldset
            key={name.to_string()}
            class="nearer-choice"
            data-scale={scale.then_some("")}
            data-answered={selected.is_some().to_string()}
        >
            <legend class="nearer-choice__legend">{ legend }</legend>
            <div class="nearer-choice__options">{ for options }</div>
        </fieldset>
    }
}
