use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The radio group's name; unique on the page.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub options: Vec<&'static str>,
    pub selected: Option<usize>,
    pub onselect: Callback<usize>,
    /// Lay the options out as a five-point scale rather than a list.
    #[prop_or_default]
    pub scale: bool,
}

/// One question: a fieldset whose legend is the question and whose options
/// are labelled radio buttons (arrow keys move within, Tab moves on).
#[function_component(ChoiceGroup)]
pub fn choice_group(props: &ChoiceGroupProps) -> Html {
    let options = props.options.iter().enumerate().map(|(i, label)| {
        let onchange = props.onselect.reform(move |_: Event| i);
        html! {
            <label class="nearer-option">
                <input
                    type="radio"
                    name={props.name.clone()}
                    value={i.to_string()}
                    checked={props.selected == Some(i)}
                    {onchange}
                />
                <span class="nearer-option__label">{ *label }</span>
            </label>
        }
    });
    html! {
        <fieldset
            class={classes!("nearer-choice", props.scale.then_some("nearer-choice--scale"))}
            data-answered={props.selected.is_some().to_string()}
        >
            <legend class="nearer-choice__legend">{ props.legend.clone() }</legend>
            <div class="nearer-choice__options">{ for options }</div>
        </fieldset>
    }
}
