use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::act;

use super::cta::cta;
use super::data_view::{data_view, use_data_ui};
use super::hooks::{use_focus, use_host_events, use_other_tabs, use_save, Screens};
use super::intro::intro;
use super::list_view::{list_view, use_list_ui};
use super::moments_view::{moments_view, use_moments_ui};
use super::nav::nav;
use super::notice::notice_bar;
use super::progress::progress;
use super::quick_exit::use_quick_exit;
use super::results::{results_view, use_results_ui};
use super::safety::safety_resources;
use super::situation::situation;
use super::statements::statements_page;
use crate::domain::config::WidgetConfig;
use crate::domain::content::STATEMENT_COUNT;
use crate::domain::i18n::EN;
use crate::domain::pack::Texts;
use crate::domain::state::{apply, Action, AppState, Screen, View};
use crate::persist::{Persist, Told};

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
    /// Where the person's data is kept: the app's one way to it.
    pub persist: Persist,
    /// The host's configuration (src/embed.rs).
    #[prop_or_default]
    pub config: Rc<WidgetConfig>,
    /// Told "assessment-completed" and "moment-added"; the embed turns
    /// them into DOM events on the host element.
    #[prop_or_default]
    pub onevent: Callback<&'static str>,
    /// The language's words, with the coach's content pack laid over them.
    #[prop_or(Texts(&EN))]
    pub texts: Texts,
    /// Filled on every render with a way to read what is on screen, so a
    /// remount (the host changed an attribute) continues from it instead of
    /// from storage, which may not hold it (blocked, full, session-only,
    /// read-only). What this page knows of storage stays in `persist`.
    #[prop_or_default]
    pub carry: Carry,
    /// `initial` was carried over from a replaced app, not read from
    /// storage: the first render saves it (see `hooks::use_save`).
    #[prop_or_default]
    pub carried: bool,
}

/// What a mounted app hands over when it is replaced (see `AppProps::carry`).
#[derive(Clone, Default)]
pub struct Carry(Rc<RefCell<Option<ReadState>>>);

/// Reads what a rendered app shows now.
type ReadState = Box<dyn Fn() -> AppState>;

impl PartialEq for Carry {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Carry {
    /// Holding `state` until the app it is handed to first renders (which
    /// waits for the style sheet), so a second remount before then still
    /// carries it.
    pub fn holding(state: AppState) -> Carry {
        let read: ReadState = Box::new(move || state.clone());
        Carry(Rc::new(RefCell::new(Some(read))))
    }

    /// The state as the app last rendered it (or as it was handed over).
    pub fn take(&self) -> Option<AppState> {
        self.0.borrow_mut().take().map(|now| now())
    }
}

/// The root: layout, and dispatch to one reducer over the domain state.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let initial = props.initial.clone();
        use_reducer(move || (*initial).clone())
    };
    let persist = &props.persist;
    let notice = {
        let persist = persist.clone();
        use_state(move || persist.notice())
    };
    let root = use_node_ref();
    // The action list's announcements ("Added", "Note saved", ...).
    let list_status = use_state(String::new);
    let results_ui = use_results_ui();
    let moments_ui = use_moments_ui();
    let data_ui = use_data_ui();
    let list_ui = use_list_ui();
    // The picker, once opened, stays made while the person switches
    // between it and the list: away, it is skipped by the browser
    // (`data-away`), so coming back changes an attribute instead of
    // rebuilding it. Left for another section, it goes. (The list is made
    // again each time, a screenful first: see `list_view`.)
    let picker_kept = use_mut_ref(|| false);
    {
        // cheap: the handle is reference-counted; the state is copied only
        // when a remount asks for it
        let state = state.clone();
        props
            .carry
            .0
            .replace(Some(Box::new(move || (*state).clone())));
    }

    let deps = (state.clone(), *results_ui.confirming);
    use_save(persist, deps.clone(), props.carried);
    use_host_events(&props.onevent, deps.clone());
    let screens = Screens {
        root: root.clone(),
        results: results_ui.clone(),
        moments: moments_ui.clone(),
        data: data_ui.clone(),
        list_status: list_status.clone(),
        persist: persist.clone(),
    };
    use_focus(deps, screens);
    use_other_tabs(persist);
    let (exited, onexit) = use_quick_exit(&root, props.config.quick_exit.clone());

    // Both callbacks keep their identity across renders, so a ListItem (a
    // component, compared by props) re-renders only when its own item
    // changes: with fifty items a fresh callback each time re-rendered all.
    // The same memo connects the persistence layer: what it learns (a
    // notice, another tab's value) comes back here.
    let wiring = {
        let (dispatcher, notice) = (state.dispatcher(), notice.setter());
        let setter = list_status.setter();
        let persist = persist.clone();
        use_memo((), move |_| {
            let put = dispatcher.clone();
            persist.connect(Callback::from(move |told| match told {
                Told::Notice(now) => notice.set(now),
                Told::Put(action) => put.dispatch(action),
            }));
            (
                Callback::from(move |action: Action| dispatcher.dispatch(action)),
                Callback::from(move |message: String| setter.set(message)),
            )
        })
    };
    let (ondispatch, list_announce) = (wiring.0.clone(), wiring.1.clone());
    let texts = props.texts;
    let s = texts.0;
    if exited {
        // nothing of the widget stays on screen while the page goes
        return html! { <section class="nearer" data-exited="" aria-hidden="true"></section> };
    }
    let on = ondispatch.clone();
    // a section the host left out is never shown, whatever was saved
    let parts = props.config.parts;
    let view = parts.view_or_first(state.view);
    let picker_kept = {
        let mut kept = picker_kept.borrow_mut();
        *kept = match view {
            View::Moments => true,
            View::List => *kept,
            View::Reflect | View::Data => false,
        };
        if !*kept {
            moments_ui.dropped();
        }
        *kept
    };
    if view != View::List {
        list_ui.dropped();
    }
    let body = match (view, state.screen) {
        (View::Moments | View::List, _) => {
            let picker = picker_kept.then(|| {
                moments_view(
                    s,
                    &state.answers,
                    &state.plan,
                    &moments_ui,
                    view == View::Moments,
                    &props.config.safety,
                    &on,
                )
            });
            let list = (view == View::List)
                .then(|| list_view(texts, &state, &list_ui, &list_status, &list_announce, &on));
            // the list first: a query for its controls (the first
            // summary, the first button) finds them before the picker's
            html! { <>{ for list }{ for picker }</> }
        }
        (View::Data, _) => data_view(s, &state, &data_ui, persist, &on),
        (View::Reflect, Screen::Intro) => intro(
            s,
            persist.keeps_place(),
            act(&on, Action::Begin),
            act(&on, Action::Show(View::Data)),
        ),
        (View::Reflect, Screen::Situation) => situation(s, &state.answers, &on),
        (View::Reflect, Screen::Statements(page)) => statements_page(s, page, &state.answers, &on),
        (View::Reflect, Screen::Results) => {
            results_view(s, &state, &results_ui, &props.config.safety, &on)
        }
    };
    let cta = match (view, state.screen) {
        (View::Reflect, Screen::Results) | (View::List, _) => cta(props.config.cta.as_ref()),
        _ => Html::default(),
    };
    let progress = (view == View::Reflect)
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
            lang={s.tag}
            aria-label={s.widget_label}
            data-screen={state.screen.key()}
            data-view={view.key()}
            data-parts={parts.key()}
            ref={root}
        >
            <div class="nearer-top-bar">
                <button type="button" class="nearer-button nearer-exit" onclick={onexit}
                    aria-describedby="nearer-exit-hint">
                    { s.quick_exit }
                </button>
                <span class="nearer-sr-only" id="nearer-exit-hint">{ s.quick_exit_hint }</span>
                if state.session_only {
                    <span class="nearer-badge" data-session-only-badge="">{ s.session_only_badge }</span>
                }
            </div>
            { notice_bar(s, *notice, &ondispatch) }
            { nav(s, view, state.plan.items.len(), &ondispatch) }
            { for progress }
            { body }
            { cta }
            <footer class="nearer-footer" aria-label={s.footer_label}>
                <details class="nearer-unsafe">
                    <summary class="nearer-unsafe__summary">{ s.unsafe_summary }</summary>
                    { safety_resources(s, &props.config.safety) }
                </details>
                if state.view != View::Data {
                    <button type="button" class="nearer-link-button" data-view="data"
                        onclick={act(&ondispatch, Action::Show(View::Data))}>
                        { s.data_link }
                    </button>
                }
                <p class="nearer-disclaimer">{ s.disclaimer }</p>
            </footer>
        </section>
    }
}
