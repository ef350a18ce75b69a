use yew::prelude::*;

use super::act;

use crate::domain::i18n::Strings;
use crate::domain::state::{Action, View};

/// The widget's three places. Switching never touches the host page's URL
/// or history.
pub fn nav(s: &Strings, view: View, list_len: usize, ondispatch: &Callback<Action>) -> Html {
    let tab = |v: View, label: String| {
        let current = view == v;
        html! {
            <button
                type="button"
                class="nearer-tab"
                aria-current={current.then_some("page")}
                data-view={v.key()}
                onclick={act(ondispatch, Action::Show(v))}
            >
                { label }
            </button>
        }
    };
    html! {
        <nav class="nearer-tabs" aria-label={s.nav_label}>
            { tab(View::Reflect, s.nav_reflect.to_string()) }
            { tab(View::Moments, s.nav_moments.to_string()) }
            { tab(View::List, s.nav_list(list_len)) }
        </nav>
    }
}
