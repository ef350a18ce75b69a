use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::safety::safety_resources;
use crate::domain::config::SafetyResources;

use super::act;

use super::custom_form::custom_form;
use super::moment_card::moment_card;
use super::starters::{starters, use_starters, StartersState};
use crate::domain::assessment::{score, Answers};
use crate::domain::content::SourceId;
use crate::domain::i18n::Strings;
use crate::domain::moments::{Effort, Kind, MOMENTS};
use crate::domain::plan::Plan;
use crate::domain::recommend::{recommend, Filter, Recommendations};
use crate::domain::state::{Action, View};

/// The picker's own state, held by the app (a plain function instead of a
/// component saves Yew's per-component code, about 2 kB of wasm).
#[derive(Clone, PartialEq)]
pub struct MomentsUi {
    filter: UseStateHandle<Filter>,
    /// The picker's announcement line ("Added to your list: ...").
    status: UseStateHandle<String>,
    starters: StartersState,
    /// The custom moment's title input and how-to textarea.
    custom: [NodeRef; 2],
}

impl MomentsUi {
    /// Clears the picker's announcement lines (when the person leaves it).
    pub fn clear_status(&self) {
        for status in [&self.status, &self.starters.status] {
            if !status.is_empty() {
                status.set(String::new());
            }
        }
    }
}

#[hook]
pub fn use_moments_ui() -> MomentsUi {
    MomentsUi {
        filter: use_state(Filter::default),
        status: use_state(String::new),
        starters: use_starters(),
        custom: [use_node_ref(), use_node_ref()],
    }
}

/// The picker: suggestions for the person's top sources (or care for
/// themselves when they feel unsafe), the whole catalogue with filters, a
/// moment of their own, and message starters.
pub fn moments_view(
    s: &'static Strings,
    answers: &Answers,
    plan: &Plan,
    ui: &MomentsUi,
    host_safety: &SafetyResources,
    d: &Callback<Action>,
) -> Html {
    let MomentsUi {
        filter,
        status,
        starters: starter_state,
        custom: custom_refs,
    } = ui.clone();
    let recs = recommend(answers, &score(answers));
    let onannounce = {
        let status = status.clone();
        Callback::from(move |msg: String| status.set(msg))
    };
    let full = plan.is_full();
    let card = |index: usize, helps: &[SourceId]| {
        let on_list = MOMENTS.get(index).is_some_and(|m| plan.has_moment(m.id));
        moment_card(s, index, helps, on_list, full, d, &onannounce)
    };

    let suggested = match &recs {
        Recommendations::Ranked(list) => html! {
            <section class="nearer-section" aria-labelledby="nearer-suggested-title">
                <h3 class="nearer-subtitle" id="nearer-suggested-title">{ s.suggested_title }</h3>
                <p class="nearer-hint">
                    { if answers.living_apart() { s.suggested_apart_lead } else { s.suggested_lead } }
                </p>
                <ul class="nearer-moments">{ for list.iter().map(|x| card(x.index, &x.helps)) }</ul>
            </section>
        },
        Recommendations::SelfCareOnly(list) => html! {
            <section class="nearer-section" aria-labelledby="nearer-selfcare-title">
                <div class="nearer-card nearer-card--safety">
                    <h3 class="nearer-subtitle">{ s.safety_title }</h3>
                    { safety_resources(s, host_safety) }
                </div>
                <h3 class="nearer-subtitle" id="nearer-selfcare-title">{ s.selfcare_title }</h3>
                <p class="nearer-hint">{ s.selfcare_lead }</p>
                <ul class="nearer-moments">{ for list.iter().map(|&i| card(i, &[])) }</ul>
            </section>
        },
        Recommendations::None => html! {
            <div class="nearer-card nearer-card--quiet">
                <p>{ s.no_results_hint }</p>
                <div class="nearer-nav nearer-nav--single">
                    <button type="button" class="nearer-button nearer-button--small"
                        data-view="reflect" onclick={act(d, Action::Show(View::Reflect))}>
                        { s.start_reflection }
                    </button>
                </div>
            </div>
        },
    };

    let f = *filter;
    let select = |id: &'static str,
                  label: &'static str,
                  options: Vec<(&'static str, &'static str)>,
                  current: &'static str,
                  set: fn(&mut Filter, &str)| {
        let filter = filter.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                let mut next = *filter;
                set(&mut next, &sel.value());
                filter.set(next);
            }
        });
        html! {
            <label class="nearer-field nearer-field--select" for={id}>
                <span class="nearer-field__label">{ label }</span>
                <select id={id} class="nearer-input" {onchange}>
                    <option value="" selected={current.is_empty()}>{ s.filter_any }</option>
                    { for options.into_iter().map(|(key, name)| html! {
                        <option value={key} selected={key == current}>{ name }</option>
                    }) }
                </select>
            </label>
        }
    };
    let sources = SourceId::ALL
        .iter()
        .map(|&x| (x.key(), s.source(x).name))
        .collect();
    let kinds = Kind::ALL
        .iter()
        .map(|&k| (k.key(), s.kind_names[k.index()]))
        .collect();
    let efforts = Effort::ALL
        .iter()
        .map(|&e| (e.key(), s.effort_names[e.index()]))
        .collect();
    let shown = f.apply();
    let clear = {
        let filter = filter.clone();
        Callback::from(move |_| filter.set(Filter::default()))
    };

    html! {
        <div class="nearer-screen nearer-moments-view">
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">{ s.moments_title }</h2>
            <p class="nearer-lead">{ s.moments_lead }</p>
            <p class="nearer-status" role="status">{ (*status).clone() }</p>
            { suggested }
            { starters(s, &starter_state) }
            <section class="nearer-section" aria-labelledby="nearer-custom-title">
                <h3 class="nearer-subtitle" id="nearer-custom-title">{ s.custom_title }</h3>
                { custom_form(s, &custom_refs, full, d, &onannounce) }
                if full { <p class="nearer-hint">{ s.list_full }</p> }
            </section>
            <section class="nearer-section" aria-labelledby="nearer-browse-title">
                <h3 class="nearer-subtitle" id="nearer-browse-title">{ s.browse_title }</h3>
                <div class="nearer-filters">
                    { select("nearer-filter-source", s.filter_source, sources, f.source.map_or("", SourceId::key),
                        |f, v| f.source = SourceId::ALL.into_iter().find(|x| x.key() == v)) }
                    { select("nearer-filter-kind", s.filter_kind, kinds, f.kind.map_or("", Kind::key),
                        |f, v| f.kind = Kind::from_key(v)) }
                    { select("nearer-filter-effort", s.filter_effort, efforts, f.effort.map_or("", Effort::key),
                        |f, v| f.effort = Effort::from_key(v)) }
                </div>
                <p class="nearer-hint" aria-live="polite">{ s.showing(shown.len(), MOMENTS.len()) }</p>
                if shown.is_empty() {
                    <div class="nearer-card nearer-card--quiet">
                        <p>{ s.filter_empty }</p>
                    </div>
                } else {
                    <ul class="nearer-moments">{ for shown.iter().map(|&i| card(i, &[])) }</ul>
                }
                if !f.is_empty() {
                    <div class="nearer-nav nearer-nav--single">
                        <button type="button" class="nearer-button nearer-button--small" onclick={clear}>
                            { s.clear_filters }
                        </button>
                    </div>
                }
            </section>
        </div>
    }
}
