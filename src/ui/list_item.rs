use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::reminder::{reminder_form, use_reminder};
use super::week::week;
use super::{focus_soon, FOCUS_SELECTOR};
use crate::domain::date::Date;
use crate::domain::moments::moment;
use crate::domain::pack::Texts;
use crate::domain::plan::{Shown, What, NOTE_MAX};
use crate::domain::state::Action;

#[derive(Properties, PartialEq)]
pub struct ListItemProps {
    /// The locale's words, with the coach's content pack if any.
    pub texts: Texts,
    /// The item as shown today (`Item::shown`): no history to copy or compare.
    pub item: Shown,
    pub today: Date,
    /// Its how-to and a reminder may be shown (`recommend::may_guide`).
    pub guide: bool,
    pub ondispatch: Callback<Action>,
    pub onannounce: Callback<String>,
}

/// One item on the list: what it is, done today (and undo), this week, a
/// private note, a calendar reminder, and removal after a confirmation.
#[function_component(ListItem)]
pub fn list_item(props: &ListItemProps) -> Html {
    let s = props.texts.0;
    let confirming = use_state(|| false);
    let reminder = use_reminder();
    let li = use_node_ref();
    let item = &props.item;
    let (title, how_to, kind) = match &item.what {
        What::Moment(id) => match moment(id) {
            Some((i, m)) => (
                s.moments[i].title,
                s.moments[i].how_to,
                s.kind_names[m.kind.index()],
            ),
            None => (s.unknown_moment, "", ""),
        },
        What::Custom { title, how_to } => (title.as_str(), how_to.as_str(), s.custom_kind),
    };
    let done = item.done;
    let key = item.key.clone();
    let d = &props.ondispatch;
    let ontoggle = {
        let (d, announce, key, day) = (
            d.clone(),
            props.onannounce.clone(),
            key.clone(),
            props.today,
        );
        Callback::from(move |_| {
            d.emit(Action::ToggleDone {
                key: key.clone(),
                day,
            });
            announce.emit(if done { s.unmarked_done } else { s.marked_done }.to_string());
        })
    };
    let onnote = {
        let (d, announce, key) = (d.clone(), props.onannounce.clone(), key.clone());
        let current = item.note.clone();
        Callback::from(move |e: Event| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                if t.value().trim() != current {
                    d.emit(Action::SetNote {
                        key: key.clone(),
                        note: t.value(),
                    });
                    announce.emit(s.note_saved.to_string());
                }
            }
        })
    };
    // Focus follows the question: into it on opening (its safe answer),
    // back to "Remove" on "Keep it", and to the list's heading once the
    // item is gone, so it never falls back to the top of the page.
    let onremove = {
        let (d, announce, key) = (d.clone(), props.onannounce.clone(), key.clone());
        let li = li.clone();
        Callback::from(move |_| {
            let list = li
                .cast::<web_sys::Element>()
                .and_then(|el| el.closest(".nearer").ok().flatten());
            d.emit(Action::RemoveItem(key.clone()));
            announce.emit(s.removed.to_string());
            focus_soon(list, FOCUS_SELECTOR);
        })
    };
    let ask = |open: bool, then: &'static str| {
        let (confirming, li) = (confirming.clone(), li.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(open);
            focus_soon(li.cast::<web_sys::Element>(), then);
        })
    };
    // The reminder form (seven day boxes and a time field) is made when it
    // is first opened, and then kept: fifty closed forms made the list
    // slow to open.
    let onreminder = {
        let shown = reminder.shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(true))
    };
    let note_id = ["nearer-note-", &key].concat();
    let title_id = ["nearer-item-", &key].concat();
    html! {
        <li class="nearer-item" data-item={key.clone()} aria-labelledby={title_id.clone()} ref={li.clone()}>
            <div class="nearer-item__head">
                <h3 class="nearer-item__title" id={title_id}>{ title.to_string() }</h3>
                <p class="nearer-item__kind">{ kind }</p>
            </div>
            if props.guide && !how_to.is_empty() {
                <p class="nearer-item__how">{ how_to.to_string() }</p>
            }
            <div class="nearer-item__done">
                <button type="button"
                    class="nearer-button nearer-button--small nearer-toggle"
                    aria-pressed={if done { "true" } else { "false" }} onclick={ontoggle}>
                    <span class="nearer-toggle__box" aria-hidden="true"></span>
                    { s.done_today }
                </button>
            </div>
            { week(s, &item.week, props.today) }
            <div class="nearer-field nearer-item__note">
                <label class="nearer-field__label" for={note_id.clone()}>{ s.note_label }</label>
                <textarea id={note_id} class="nearer-input" rows="2" maxlength={NOTE_MAX.to_string()}
                    value={item.note.clone()} onchange={onnote} />
                if !item.note.is_empty() {
                    <p class="nearer-item__note-print">{ item.note.clone() }</p>
                }
            </div>
            if props.guide {
                <details class="nearer-details">
                    <summary class="nearer-details__summary" onclick={onreminder}>{ s.reminder_summary }</summary>
                    if *reminder.shown {
                        { reminder_form(s, &reminder, &key, title) }
                    }
                </details>
            }
            if *confirming {
                <div class="nearer-confirm" role="group" aria-label={s.remove_confirm}>
                    <p>{ s.remove_confirm }</p>
                    <div class="nearer-nav">
                        <button type="button" class="nearer-button nearer-button--small" data-cancel=""
                            onclick={ask(false, "[data-remove]")}>
                            { s.remove_no }
                        </button>
                        <button type="button" class="nearer-button nearer-button--small nearer-button--primary" onclick={onremove}>
                            { s.remove_yes }
                        </button>
                    </div>
                </div>
            } else {
                <div class="nearer-item__actions">
                    <button type="button" class="nearer-link-button" data-remove=""
                        onclick={ask(true, "[data-cancel]")}>
                        { s.remove }
                    </button>
                </div>
            }
        </li>
    }
}
