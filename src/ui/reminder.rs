use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{download, today};
use crate::domain::date::{Date, Weekday};
use crate::domain::i18n::Strings;
use crate::domain::ics::{file_name, reminder_ics, Reminder};

/// The reminder form's state, held by the list item that shows it (a plain
/// function rather than a component of its own saves Yew's per-component
/// code, about 2 kB of wasm).
#[derive(Clone, PartialEq)]
pub struct ReminderState {
    /// Monday first.
    pub days: UseStateHandle<[bool; 7]>,
    pub time: NodeRef,
    pub status: UseStateHandle<String>,
    /// The form has been opened once (it is made only then).
    pub shown: UseStateHandle<bool>,
}

/// The hooks behind a reminder form; call from the component that shows it.
#[hook]
pub fn use_reminder() -> ReminderState {
    ReminderState {
        days: use_state(|| [false; 7]),
        time: use_node_ref(),
        status: use_state(String::new),
        shown: use_state(|| false),
    }
}

/// Days and a time, then a calendar file made in the browser (RFC 5545). No
/// notifications, no permissions, nothing sent anywhere. `item_key` gives the
/// calendar entry a stable UID.
pub fn reminder_form(s: &'static Strings, r: &ReminderState, item_key: &str, title: &str) -> Html {
    let ReminderState {
        days, time, status, ..
    } = r.clone();
    let id = ["nearer-reminder-", item_key].concat();
    let boxes = Weekday::ALL.iter().map(|&day| {
        let i = day.index();
        let onchange = {
            let days = days.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                    let mut next = *days;
                    next[i] = input.checked();
                    days.set(next);
                }
            })
        };
        html! {
            <label class="nearer-day">
                <input type="checkbox" checked={days[i]} {onchange} />
                <span>{ s.weekday_short[i] }</span>
            </label>
        }
    });
    let onsubmit = {
        let (days, time, status) = (days.clone(), time.clone(), status.clone());
        let (key, title) = (item_key.to_string(), title.to_string());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let chosen: Vec<Weekday> = Weekday::ALL
                .into_iter()
                .filter(|d| days[d.index()])
                .collect();
            if chosen.is_empty() {
                status.set(s.reminder_no_days.to_string());
                return;
            }
            let (hour, minute) = time
                .cast::<HtmlInputElement>()
                .and_then(|t| parse_time(&t.value()))
                .unwrap_or((19, 0));
            let (stamp_day, seconds) = Date::from_epoch_ms(js_sys::Date::now());
            let reminder = Reminder {
                uid: &key,
                title: &title,
                description: s.reminder_description,
                days: &chosen,
                hour,
                minute,
                from: today(),
                stamp: (stamp_day, seconds),
            };
            match reminder_ics(&reminder) {
                Ok(text) if download(&file_name(&title), "text/calendar", &text) => {
                    status.set(s.reminder_ready.to_string());
                }
                _ => status.set(s.reminder_no_days.to_string()),
            }
        })
    };
    html! {
        <form class="nearer-form nearer-reminder" {onsubmit}>
            <p class="nearer-hint">{ s.reminder_hint }</p>
            <fieldset class="nearer-days">
                <legend class="nearer-field__label">{ s.reminder_days }</legend>
                { for boxes }
            </fieldset>
            <label class="nearer-field" for={id.clone()}>
                <span class="nearer-field__label">{ s.reminder_time }</span>
                <input ref={time} id={id} type="time" class="nearer-input nearer-input--time" value="19:00" />
            </label>
            <div class="nearer-nav nearer-nav--single">
                <button type="submit" class="nearer-button nearer-button--small">{ s.reminder_download }</button>
            </div>
            <p class="nearer-status" role="status">{ (*status).clone() }</p>
        </form>
    }
}

/// "HH:MM" (what a time input gives) → (hour, minute).
fn parse_time(value: &str) -> Option<(u8, u8)> {
    let (h, m) = value.split_once(':')?;
    let (h, m) = (h.parse::<u8>().ok()?, m.get(..2)?.parse::<u8>().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}
