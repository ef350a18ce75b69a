use yew::prelude::*;

use super::safety::safety_resources;
use crate::domain::config::SafetyResources;

use super::{act, today};

use super::chart::score_chart;
use crate::domain::assessment::{score, Results, Standing};
use crate::domain::content::SourceId;
use crate::domain::content::STATEMENT_COUNT;
use crate::domain::history::{compare, earlier, Snapshot, Trend};
use crate::domain::i18n::{SourceText, Strings};
use crate::domain::state::{Action, AppState, View};

/// The results screen's own state, held by the app (a plain function instead
/// of a component saves Yew's per-component code, about 2 kB of wasm):
/// whether the retake confirmation is open, and the buttons focus moves to
/// as it opens and closes (the app's focus effect does that).
#[derive(Clone, PartialEq)]
pub struct ResultsUi {
    pub confirming: UseStateHandle<bool>,
    pub retake_ref: NodeRef,
    pub keep_ref: NodeRef,
    /// Which earlier reflection the comparison uses: an index into
    /// `history::earlier` (0, the one before the latest, by default).
    pub compare_with: UseStateHandle<usize>,
}

#[hook]
pub fn use_results_ui() -> ResultsUi {
    ResultsUi {
        confirming: use_state(|| false),
        retake_ref: use_node_ref(),
        keep_ref: use_node_ref(),
        compare_with: use_state(|| 0),
    }
}

/// Scores, the sources that weigh most with a kind explanation, and the
/// safety path that replaces suggestions when the person feels unsafe.
pub fn results_view(
    s: &'static Strings,
    state: &AppState,
    ui: &ResultsUi,
    host_safety: &SafetyResources,
    d: &Callback<Action>,
) -> Html {
    let answers = &state.answers;
    let results = score(answers);
    let ResultsUi {
        confirming,
        retake_ref,
        keep_ref,
        compare_with,
    } = ui.clone();
    let comparison = comparison(s, &state.history, &results, &compare_with);
    let unsafe_ = answers.feels_unsafe();

    let safety = html! {
        <section class="nearer-card nearer-card--safety" aria-labelledby="nearer-safety-title">
            <h3 class="nearer-subtitle" id="nearer-safety-title">{ s.safety_title }</h3>
            <p>{ s.safety_text }</p>
            { safety_resources(s, host_safety) }
        </section>
    };
    let apart = html! {
        <section class="nearer-card nearer-card--quiet" aria-labelledby="nearer-apart-title">
            <h3 class="nearer-subtitle" id="nearer-apart-title">{ s.apart_title }</h3>
            <p>{ s.apart_text }</p>
        </section>
    };
    let top = standing_view(s, &results);
    // Retaking clears the answers; the day's result in the history is
    // replaced only when the new one is finished (one a day: history::record).
    let retake_text = if state.history.iter().any(|h| h.on == today()) {
        s.retake_confirm_today
    } else {
        s.retake_confirm
    };

    let retake = if *confirming {
        html! {
            <div class="nearer-confirm" role="group" aria-labelledby="nearer-confirm-text">
                <p id="nearer-confirm-text">{ retake_text }</p>
                <div class="nearer-nav">
                    <button type="button" class="nearer-button" ref={keep_ref} data-cancel=""
                        onclick={let c = confirming.clone(); move |_| c.set(false)}>
                        { s.retake_no }
                    </button>
                    <button type="button" class="nearer-button nearer-button--primary"
                        onclick={
                            let (c, d) = (confirming.clone(), d.clone());
                            move |_| {
                                c.set(false);
                                d.emit(Action::Restart);
                            }
                        }>
                        { s.retake_yes }
                    </button>
                </div>
            </div>
        }
    } else {
        html! {
            <div class="nearer-nav">
                <button type="button" class="nearer-button" onclick={act(d, Action::Back)}>
                    { s.back }
                </button>
                <button type="button" class="nearer-button" ref={retake_ref}
                    onclick={let c = confirming.clone(); move |_| c.set(true)}>
                    { s.retake }
                </button>
            </div>
        }
    };

    html! {
        <div class="nearer-screen nearer-results" data-safety={unsafe_.then_some("")}>
            <h2 class="nearer-title" tabindex="-1" data-step-heading="">{ s.results_title }</h2>
            if unsafe_ {
                { safety }
                { score_chart(s, &results, s.safety_reference_title) }
            } else {
                <p class="nearer-lead">{ s.results_lead }</p>
                if answers.living_apart() { { apart } }
                { top }
                { score_chart(s, &results, s.all_title) }
                { comparison }
            }
            <p class="nearer-note">{ s.skipped(results.skipped, STATEMENT_COUNT) }</p>
            <div class="nearer-nav nearer-nav--single">
                // on the safety path the picker offers care for oneself only
                <button type="button" class="nearer-button nearer-button--primary"
                    data-view="moments" onclick={act(d, Action::Show(View::Moments))}>
                    { if unsafe_ { s.see_selfcare } else { s.see_moments } }
                </button>
            </div>
            if !unsafe_ {
                <p class="nearer-note nearer-note--safety">{ s.safety_footer }</p>
            }
            { retake }
        </div>
    }
}

/// What the scores honestly allow (`assessment::Standing`): the sources
/// that clearly stand out, each explained with a first step (side by side
/// when level with each other); sources level at the top, with a general
/// first step and each one to open; or a kind word that nothing stands out.
fn standing_view(s: &'static Strings, results: &Results) -> Html {
    let score = |source: SourceId| {
        results
            .ranked
            .iter()
            .find(|r| r.source == source)
            .and_then(|r| r.score)
            .unwrap_or(0)
    };
    match &results.standing {
        Standing::Low => {
            html! { <p class="nearer-card nearer-card--quiet">{ s.none_stand_out }</p> }
        }
        Standing::Clear { top, level } => {
            let cards = top.iter().map(|&source| {
                let text = s.source(source);
                html! {
                    <li class="nearer-card nearer-top__item" data-source={source.key()}>
                        <h4 class="nearer-top__name">{ text.name }</h4>
                        <p class="nearer-top__score">{ s.score_of(score(source)) }</p>
                        { explained(s, text) }
                    </li>
                }
            });
            html! {
                <section class="nearer-section" aria-labelledby="nearer-top-title" data-standing="clear">
                    <h3 class="nearer-subtitle" id="nearer-top-title">{ s.top_title }</h3>
                    if *level {
                        <p class="nearer-hint" data-level="">{ s.top_level_note }</p>
                        <ul class="nearer-top">{ for cards }</ul>
                    } else {
                        <ol class="nearer-top">{ for cards }</ol>
                    }
                </section>
            }
        }
        Standing::Level { sources, all } => {
            let items = sources.iter().map(|&source| {
                let text = s.source(source);
                html! {
                    <li data-source={source.key()}>
                        <details class="nearer-details nearer-level__item">
                            <summary class="nearer-details__summary">
                                { text.name }{ " · " }{ s.score_of(score(source)) }
                            </summary>
                            { explained(s, text) }
                        </details>
                    </li>
                }
            });
            html! {
                <section class="nearer-section" aria-labelledby="nearer-top-title" data-standing="level">
                    <h3 class="nearer-subtitle" id="nearer-top-title">{ s.level_title }</h3>
                    <div class="nearer-card nearer-card--quiet nearer-level">
                        <p>{ if *all { s.level_all } else { s.level_some } }</p>
                        <p class="nearer-label">{ s.first_step_label }</p>
                        <p>{ s.level_step }</p>
                        <ul class="nearer-level__list">{ for items }</ul>
                    </div>
                </section>
            }
        }
    }
}

/// What a source often looks like, and a first small step.
fn explained(s: &Strings, text: &SourceText) -> Html {
    html! {
        <>
            <p class="nearer-label">{ s.looks_like_label }</p>
            <p>{ text.looks_like }</p>
            <p class="nearer-label">{ s.first_step_label }</p>
            <p>{ text.first_step }</p>
        </>
    }
}

/// How each source moved between an earlier reflection (chosen from a list
/// of days) and the results on screen, as a list of plain sentences: the
/// text is its own alternative, with a mark for the eye. Nothing when there
/// is no earlier reflection to compare with (`history::earlier`).
fn comparison(
    s: &'static Strings,
    history: &[Snapshot],
    results: &Results,
    chosen: &UseStateHandle<usize>,
) -> Html {
    let Some(now) = Snapshot::from_results(results, today()) else {
        return Html::default();
    };
    let Some(first) = earlier(history, &now).next() else {
        return Html::default();
    };
    let then = earlier(history, &now).nth(**chosen).unwrap_or(first);
    let day = |snapshot: &Snapshot| {
        let (y, m, d) = snapshot.on.ymd();
        s.date(y, m, d)
    };
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                chosen.set(select.selected_index().max(0) as usize);
            }
        })
    };
    let lines = compare(then, &now).into_iter().map(|c| {
        let name = s.source(c.source).name;
        let (mark, text) = match (c.trend, c.then, c.now) {
            (Trend::Higher, Some(a), Some(b)) => ("↑", s.trend_higher(name, a, b)),
            (Trend::Lower, Some(a), Some(b)) => ("↓", s.trend_lower(name, a, b)),
            (Trend::Same, Some(a), _) => ("=", s.trend_same(name, a)),
            _ => ("·", s.trend_not_comparable(name)),
        };
        html! {
            <li class="nearer-compare__row" data-trend={trend_key(c.trend)}>
                <span class="nearer-compare__mark" aria-hidden="true">{ mark }</span>
                <span>{ text }</span>
            </li>
        }
    });
    html! {
        <section class="nearer-section nearer-compare" aria-labelledby="nearer-compare-title">
            <h3 class="nearer-subtitle" id="nearer-compare-title">{ s.compare_title }</h3>
            <label class="nearer-field">
                <span class="nearer-field__label">{ s.compare_with }</span>
                <select class="nearer-input" {onchange}>
                    { for earlier(history, &now).enumerate().map(|(i, snap)| html! {
                        <option selected={i == **chosen}>{ day(snap) }</option>
                    }) }
                </select>
            </label>
            <p class="nearer-note">{ s.compare_lead }</p>
            <ul class="nearer-compare__list">{ for lines }</ul>
        </section>
    }
}

fn trend_key(trend: Trend) -> &'static str {
    match trend {
        Trend::Higher => "higher",
        Trend::Lower => "lower",
        Trend::Same => "same",
        Trend::NotComparable => "none",
    }
}
