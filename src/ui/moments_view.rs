use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::safety::safety_resources;
use crate::domain::config::SafetyResources;

use super::reveal::{use_reveal, Reveal};
use super::{act, more_section};

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
#[derive(Clone)]
pub struct MomentsUi {
    filter: UseStateHandle<Filter>,
    /// The picker's announcement line ("Added to your list: ...").
    status: UseStateHandle<String>,
    starters: StartersState,
    /// The custom moment's title input and how-to textarea.
    custom: [NodeRef; 2],
    /// Which kinds are open in "browse all" (bit `Kind::index`); `None`
    /// until the person opens or closes one (`open_kinds`).
    open: UseStateHandle<Option<u16>>,
    /// How much of the picker is made: opened by a click, its first
    /// screenful (the heading and the suggested moments) in that click, the
    /// rest (browsing by kind, filters, one's own moment, words to start)
    /// after the paint. Made whole at once, its first opening from a long
    /// list took about 200 ms to paint at 4x CPU slowdown.
    reveal: Reveal,
}

impl MomentsUi {
    /// The picker is not kept: the next opening starts again from its
    /// first screenful.
    pub fn dropped(&self) {
        self.reveal.dropped();
    }

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
        open: use_state(|| None),
        reveal: use_reveal(),
    }
}

/// The picker: suggestions for the person's top sources (or care for
/// themselves when they feel unsafe), the whole catalogue with filters, a
/// moment of their own, and message starters. `on_screen` false: kept
/// while the person is in the list, skipped by the browser (`data-away`),
/// so coming back shows it at once, with what they typed or opened.
pub fn moments_view(
    s: &'static Strings,
    answers: &Answers,
    plan: &Plan,
    ui: &MomentsUi,
    on_screen: bool,
    host_safety: &SafetyResources,
    d: &Callback<Action>,
) -> Html {
    let MomentsUi {
        filter,
        status,
        starters: starter_state,
        custom: custom_refs,
        open,
        ..
    } = ui.clone();
    // two parts: the first screenful, and the rest
    let whole = ui.reveal.this_render(2, 1, 1) == 2;
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

    // What the picker opens with; on the safety path, care for oneself
    // under the coach's safety resources.
    let lead = |general: bool| match (answers.living_apart(), general) {
        (true, _) => s.suggested_apart_lead,
        (false, true) => s.suggested_general_lead,
        (false, false) => s.suggested_lead,
    };
    let opening = match &recs {
        Recommendations::Ranked(list) | Recommendations::General(list) => Some((
            false,
            "nearer-suggested-title",
            s.suggested_title,
            lead(matches!(recs, Recommendations::General(_))),
            list.iter()
                .map(|x| card(x.index, &x.helps))
                .collect::<Html>(),
        )),
        Recommendations::SelfCareOnly(list) => Some((
            true,
            "nearer-selfcare-title",
            s.selfcare_title,
            s.selfcare_lead,
            list.iter().map(|&i| card(i, &[])).collect::<Html>(),
        )),
        Recommendations::None => None,
    };
    let suggested = match opening {
        Some((safety, id, title, lead, cards)) => html! {
            <section class="nearer-section" aria-labelledby={id}>
                if safety {
                    <div class="nearer-card nearer-card--safety">
                        <h3 class="nearer-subtitle">{ s.safety_title }</h3>
                        { safety_resources(s, host_safety) }
                    </div>
                }
                <h3 class="nearer-subtitle" {id}>{ title }</h3>
                <p class="nearer-hint">{ lead }</p>
                <ul class="nearer-moments">{ cards }</ul>
            </section>
        },
        None => html! {
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
    // The safety path: no words to send the partner, and no catalogue to
    // browse (nearly all of it is done with or towards the partner). The
    // person's own moment stays possible.
    let reconnection = !matches!(recs, Recommendations::SelfCareOnly(_));

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
    // Unfiltered, the catalogue is grouped by kind, each group closed until
    // opened (its cards are rendered only then: a short page, and a small
    // DOM to update on every click). Filtered, the matches are listed.
    let catalogue = if !f.is_empty() {
        html! {
            <>
                if shown.is_empty() {
                    <div class="nearer-card nearer-card--quiet">
                        <p>{ s.filter_empty }</p>
                    </div>
                } else {
                    <ul class="nearer-moments">{ for shown.iter().map(|&i| card(i, &[])) }</ul>
                }
                <div class="nearer-nav nearer-nav--single">
                    <button type="button" class="nearer-button nearer-button--small" onclick={clear}>
                        { s.clear_filters }
                    </button>
                </div>
            </>
        }
    } else {
        let mask = open_kinds(*open, &recs);
        let groups = Kind::ALL.iter().map(|&kind| {
            let members: Vec<usize> = shown
                .iter()
                .copied()
                .filter(|&i| MOMENTS[i].kind == kind)
                .collect();
            let bit = 1u16 << kind.index();
            let is_open = mask & bit != 0;
            let ontoggle = {
                let open = open.clone();
                let recs_mask = mask;
                Callback::from(move |e: Event| {
                    if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
                        let now = el.has_attribute("open");
                        if now != (recs_mask & bit != 0) {
                            open.set(Some(if now { recs_mask | bit } else { recs_mask & !bit }));
                        }
                    }
                })
            };
            html! {
                <li class="nearer-group" data-kind={kind.key()}>
                    <details class="nearer-details" open={is_open} {ontoggle}>
                        <summary class="nearer-details__summary nearer-group__summary">
                            <span class="nearer-group__name">{ s.kind_names[kind.index()] }</span>
                            <span class="nearer-group__count">{ s.moment_count(members.len()) }</span>
                        </summary>
                        if is_open {
                            <ul class="nearer-moments">{ for members.iter().map(|&i| card(i, &[])) }</ul>
                        }
                    </details>
                </li>
            }
        });
        html! { <ul class="nearer-groups">{ for groups }</ul> }
    };
    // one live line, so narrowing and widening are both announced
    let count_line = if f.is_empty() {
        s.browse_hint.to_string()
    } else {
        s.showing(shown.len(), MOMENTS.len())
    };

    html! {
        <div class="nearer-screen nearer-moments-view" data-safety={(!reconnection).then_some("")}
            data-away={(!on_screen).then_some("")}>
            <h2 class="nearer-title" tabindex="-1" data-step-heading={on_screen.then_some("")}>
                { s.moments_title }
            </h2>
            if reconnection {
                <p class="nearer-lead">{ s.moments_lead }</p>
            }
            <p class="nearer-status" role="status">{ (*status).clone() }</p>
            { suggested }
            if whole {
                if reconnection {
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
                        <p class="nearer-hint" aria-live="polite">{ count_line }</p>
                        { catalogue }
                    </section>
                }
                { more_section("nearer-custom-title", s.custom_title, html! {
                    <>
                        { custom_form(s, &custom_refs, full, d, &onannounce) }
                        if full { <p class="nearer-hint">{ s.list_full }</p> }
                    </>
                }) }
                if reconnection {
                    { starters(s, &starter_state) }
                }
            }
        </div>
    }
}

/// The kinds open in "browse all": the person's own choice once they made
/// one; before that, the first kind when there are no suggestions (so the
/// picker never opens on an empty page), else none.
fn open_kinds(chosen: Option<u16>, recs: &Recommendations) -> u16 {
    chosen.unwrap_or(u16::from(matches!(recs, Recommendations::None)))
}
