use yew::prelude::*;

use super::use_strings;
use crate::domain::state::{Action, View};

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub view: View,
    pub list_len: usize,
    pub ondispatch: Callback<Action>,
}

/// The widget's three places. Switching never touches the host page's URL
/// or history.
#[function_component(Nav)]
pub fn nav(props: &NavProps) -> Html {
    let s = use_strings();
    let tab = |view: View, label: String| {
        let current = props.view == view;
        html! {
            <button
                type="button"
                class={classes!("nearer-tab", current.then_some("nearer-tab--current"))}
                aria-current={current.then_some("page")}
                data-view={view.key()}
                onclick={props.ondispatch.reform(move |_| Action::Show(view))}
            >
                { label }
            </button>
        }
    };
    html! {
        <nav class="nearer-tabs" aria-label={s.nav_label}>
            { tab(View::Reflect, s.nav_reflect.to_string()) }
            { tab(View::Moments, s.nav_moments.to_string()) }
            { tab(View::List, (s.nav_list)(props.list_len)) }
        </nav>
    }
}
