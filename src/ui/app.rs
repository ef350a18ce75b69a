use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::act;

use super::intro::intro;
use super::list_view::list_view;
use super::moments_view::{moments_view, use_moments_ui};
use super::nav::nav;
use super::notice::notice_bar;
use super::progress::progress;
use super::results::{results_view, use_results_ui, ResultsUi};
use super::situation::situation;
use super::statements::statements_page;
use super::FOCUS_SELECTOR;
use crate::domain::content::STATEMENT_COUNT;
use crate::domain::i18n::Locale;
use crate::domain::schema::{decode, Decoded};
use crate::domain::state::{apply, Action, AppState, Notice, Screen, View};
use crate::storage::{self, SaveError, StoreHandle};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = apply(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state loaded at start-up; the reducer never reads storage.
    pub initial: Rc<AppState>,
    pub store: StoreHandle,
    pub state_key: AttrValue,
    pub locale: Locale,
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// False when saving could overwrite data this build cannot read.
    #[prop_or(true)]
    pub writable: bool,
    /// What the key held at start-up; saves replace only this.
    #[prop_or_default]
    pub raw: Option<String>,
}

/// The root: one reducer over the domain state, one effect that saves it.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let initial = props.initial.clone();
        use_reducer(move || (*initial).clone())
    };
    let notice = {
        let initial = props.notice;
        use_state(move || initial)
    };
    let root = use_node_ref();
    // The action list's announcements ("Added", "Note saved", ...).
    let list_status = use_state(String::new);
    let results_ui = use_results_ui();
    let moments_ui = use_moments_ui();

    // False once saving could overwrite data this page must not touch.
    let writable = use_mut_ref(|| props.writable);
    // What the key held when this page last read or wrote it.
    let last = {
        let raw = props.raw.clone();
        use_mut_ref(move || raw)
    };

    // Save after each change. Opening the widget writes nothing.
    {
        let store = props.store.clone();
        let key = props.state_key.clone();
        let notice = notice.clone();
        let first = use_mut_ref(|| true);
        let (writable, last) = (writable.clone(), last.clone());
        use_effect_with(state.clone(), move |state| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            if first || state.from_elsewhere || !*writable.borrow() {
                return;
            }
            let expected = last.borrow().clone();
            match storage::timed("nearer:save", || {
                storage::save(&*store, &key, state, expected.as_deref())
            }) {
                Ok(text) => {
                    *last.borrow_mut() = Some(text);
                    if *notice == Some(Notice::SaveFailed) {
                        notice.set(None);
                    }
                }
                Err(SaveError::ChangedElsewhere) => {
                    // stop writing for the rest of this page's life
                    *writable.borrow_mut() = false;
                    notice.set(Some(Notice::ChangedElsewhere));
                }
                Err(SaveError::Store(_)) => notice.set(Some(Notice::SaveFailed)),
            }
        });
    }

    // Focus follows the person: to the new heading when the screen changes,
    // and between "Take it again" and "Keep my answers" as the retake
    // confirmation opens and closes. Never on the first render: the host
    // page keeps its focus until the person acts. (One effect for both:
    // each effect costs about 2.5 kB of wasm.)
    {
        let root = root.clone();
        let ResultsUi {
            confirming,
            retake_ref,
            keep_ref,
        } = results_ui.clone();
        let before = use_mut_ref(|| None);
        use_effect_with((state.view, state.screen, *confirming), move |now| {
            let Some((view, screen, _)) = before.borrow_mut().replace(*now) else {
                return;
            };
            let target = if (view, screen) != (now.0, now.1) {
                // a retake question left open is closed on the way out
                if now.2 {
                    confirming.set(false);
                }
                root.cast::<Element>()
                    .and_then(|r| r.query_selector(FOCUS_SELECTOR).ok().flatten())
            } else if now.2 {
                keep_ref.cast::<Element>()
            } else {
                retake_ref.cast::<Element>()
            };
            if let Some(el) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
                let _ = el.focus();
            }
        });
    }

    // Both callbacks keep their identity across renders, so a ListItem (a
    // component, compared by props) re-renders only when its own item
    // changes: with fifty items a fresh callback each time re-rendered all.
    //
    // The same memo holds, for the app's lifetime, a `storage` listener: when
    // another tab or window of this origin saves, this page takes its answers
    // and list (keeping its own section and step), so neither overwrites the
    // other. Dropped, and so unlistened, with the app.
    let wiring = {
        let dispatcher = state.dispatcher();
        let setter = list_status.setter();
        let key = props.state_key.clone();
        let (writable, last) = (writable.clone(), last.clone());
        let notice = notice.setter();
        let listen = props.store.is_persistent();
        use_memo((), move |_| {
            let adopt = dispatcher.clone();
            let storage = web_sys::window().filter(|_| listen).map(|window| {
                gloo::events::EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if event.key().as_deref() != Some(&*key) || !storage::is_local(event) {
                        return;
                    }
                    let raw = event.new_value();
                    match decode(raw.as_deref()) {
                        Decoded::Loaded(other) => {
                            *last.borrow_mut() = raw;
                            adopt.dispatch(Action::Adopt(Box::new(other)));
                        }
                        // everything was deleted there: start afresh here too
                        Decoded::Empty => {
                            *last.borrow_mut() = None;
                            adopt.dispatch(Action::Adopt(Box::default()));
                        }
                        Decoded::Newer { .. } => {
                            *writable.borrow_mut() = false;
                            notice.set(Some(Notice::Newer));
                        }
                        // unreadable: the next save sees the change and stops
                        Decoded::Corrupt { .. } => {}
                    }
                })
            });
            (
                Callback::from(move |action: Action| dispatcher.dispatch(action)),
                Callback::from(move |message: String| setter.set(message)),
                storage,
            )
        })
    };
    let (ondispatch, list_announce) = (wiring.0.clone(), wiring.1.clone());
    let s = props.locale.strings();
    let on = ondispatch.clone();
    let body = match (state.view, state.screen) {
        (View::Moments, _) => moments_view(s, &state.answers, &state.plan, &moments_ui, &on),
        (View::List, _) => list_view(props.locale, &state.plan, &list_status, &list_announce, &on),
        (View::Reflect, Screen::Intro) => intro(s, act(&on, Action::Begin)),
        (View::Reflect, Screen::Situation) => situation(s, &state.answers, &on),
        (View::Reflect, Screen::Statements(page)) => statements_page(s, page, &state.answers, &on),
        (View::Reflect, Screen::Results) => results_view(s, &state.answers, &results_ui, &on),
    };
    let progress = (state.view == View::Reflect)
        .then(|| state.screen.step())
        .flatten()
        .map(|step| {
            progress(
                s,
                step,
                Screen::step_count(),
                state.answers.answered_count(),
                STATEMENT_COUNT,
            )
        });
    html! {
        <section
            class="nearer"
            lang={props.locale.tag()}
            aria-label={s.widget_label}
            data-screen={state.screen.key()}
            data-view={state.view.key()}
            ref={root}
        >
            { notice_bar(s, *notice) }
            { nav(s, state.view, state.plan.items.len(), &ondispatch) }
            { for progress }
            { body }
            <p class="nearer-disclaimer">{ s.disclaimer }</p>
        </section>
    }
}
