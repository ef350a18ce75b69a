use yew::prelude::*;

use crate::domain::content::SourceId;
use crate::domain::i18n::Strings;
use crate::domain::moments::MOMENTS;
use crate::domain::state::Action;

/// One small moment (by index into `MOMENTS`): what to do, how, what it
/// takes, why it was suggested (`helps`: the person's top sources it helps
/// with), and an Add button that reports through `announce`.
pub fn moment_card(
    s: &'static Strings,
    index: usize,
    helps: &[SourceId],
    on_list: bool,
    list_full: bool,
    d: &Callback<Action>,
    announce: &Callback<String>,
) -> Html {
    let Some(m) = MOMENTS.get(index) else {
        return Html::default();
    };
    let text = &s.moments[index];
    let why = (!helps.is_empty()).then(|| {
        let names: Vec<&str> = helps.iter().map(|&h| s.source(h).name).collect();
        html! {
            <p class="nearer-moment__why">
                <span class="nearer-moment__why-label">{ s.helps_with }</span>
                { " " }{ names.join(", ") }
            </p>
        }
    });
    let button = if on_list {
        html! {
            // aria-disabled, not disabled: the button that was just pressed
            // keeps focus (a disabled one drops it to the top of the page)
            <button type="button" class="nearer-button nearer-button--small" aria-disabled="true">
                { s.on_list }
            </button>
        }
    } else {
        let (d, announce, id, title) = (d.clone(), announce.clone(), m.id, text.title);
        let onclick = Callback::from(move |_: MouseEvent| {
            d.emit(Action::AddMoment(id));
            announce.emit(s.added(title));
        });
        html! {
            <button type="button" class="nearer-button nearer-button--small nearer-button--primary"
                disabled={list_full} {onclick}>
                { s.add_to_list }
            </button>
        }
    };
    html! {
        <li class="nearer-moment" key={m.id} data-moment={m.id}>
            <h4 class="nearer-moment__title">{ text.title }</h4>
            <p class="nearer-moment__how">{ text.how_to }</p>
            { for why }
            <p class="nearer-moment__meta">
                { s.kind_names[m.kind.index()] }{ " · " }
                { s.effort_names[m.effort.index()] }{ " · " }
                { s.time_names[m.time.index()] }
            </p>
            { button }
        </li>
    }
}
