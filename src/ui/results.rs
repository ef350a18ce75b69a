use yew::prelude::*;

use super::act;

use super::chart::score_chart;
use crate::domain::assessment::{score, Answers};
use crate::domain::content::STATEMENT_COUNT;
use crate::domain::i18n::Strings;
use crate::domain::state::{Action, View};

/// The results screen's own state, held by the app (a plain function instead
/// of a component saves Yew's per-component code, about 2 kB of wasm): whether
/// the retake confirmation is open, and the buttons focus returns to.
/// The results screen's own state, held by the app (a plain function instead
/// of a component saves Yew's per-component code, about 2 kB of wasm):
/// whether the retake confirmation is open, and the buttons focus moves to
/// as it opens and closes (the app's focus effect does that).
#[derive(Clone, PartialEq)]
pub struct ResultsUi {
    pub confirming: UseStateHandle<bool>,
    pub retake_ref: NodeRef,
    pub keep_ref: NodeRef,
}

#[hook]
pub fn use_results_ui() -> ResultsUi {
    ResultsUi {
        confirming: use_state(|| false),
        retake_ref: use_node_ref(),
        keep_ref: use_node_ref(),
    }
}

/// Scores, the sources that weigh most with a kind explanation, and the
/// safety path that replaces suggestions when the person feels unsafe.
pub fn results_view(
    s: &'static Strings,
    answers: &Answers,
    ui: &ResultsUi,
    d: &Callback<Action>,
) -> Html {
    let results = score(answers);
    let ResultsUi {
        confirming,
        retake_ref,
        keep_ref,
    } = ui.clone();
    let unsafe_ = answers.feels_unsafe();

    let safety = html! {
        <section class="nearer-card nearer-card--safety" aria-labelledby="nearer-safety-title">
            <h3 class="nearer-subtitle" id="nearer-safety-title">{ s.safety_title }</h3>
            <p>{ s.safety_text }</p>
            <p class="nearer-resources">{ s.safety_resources }</p>
        </section>
    };
    let apart = html! {
        <section class="nearer-card nearer-card--quiet" aria-labelledby="nearer-apart-title">
            <h3 class="nearer-subtitle" id="nearer-apart-title">{ s.apart_title }</h3>
            <p>{ s.apart_text }</p>
        </section>
    };
    let top = if results.top.is_empty() {
        html! { <p class="nearer-card nearer-card--quiet">{ s.none_stand_out }</p> }
    } else {
        let cards = results.top.iter().map(|&source| {
            let text = s.source(source);
            let value = results
                .ranked
                .iter()
                .find(|r| r.source == source)
                .and_then(|r| r.score)
                .unwrap_or(0);
            html! {
                <li class="nearer-card nearer-top__item" data-source={source.key()}>
                    <h4 class="nearer-top__name">{ text.name }</h4>
                    <p class="nearer-top__score">{ (s.score_of)(value) }</p>
                    <p class="nearer-label">{ s.looks_like_label }</p>
                    <p>{ text.looks_like }</p>
                    <p class="nearer-label">{ s.first_step_label }</p>
                    <p>{ text.first_step }</p>
                </li>
            }
        });
        html! {
            <section class="nearer-section" aria-labelledby="nearer-top-title">
                <h3 class="nearer-subtitle" id="nearer-top-title">{ s.top_title }</h3>
                <ol class="nearer-top">{ for cards }</ol>
            </section>
        }
    };

    let retake = if *confirming {
        html! {
            <div class="nearer-confirm" role="group" aria-labelledby="nearer-confirm-text">
                <p id="nearer-confirm-text">{ s.retake_confirm }</p>
                <div class="nearer-nav">
                    <button type="button" class="nearer-button" ref={keep_ref}
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
            }
            <p class="nearer-note">{ (s.skipped)(results.skipped, STATEMENT_COUNT) }</p>
            <div class="nearer-nav nearer-nav--single">
                <button type="button" class="nearer-button nearer-button--primary"
                    data-view="moments" onclick={act(d, Action::Show(View::Moments))}>
                    { s.see_moments }
                </button>
            </div>
            if !unsafe_ {
                <p class="nearer-note nearer-note--safety">{ s.safety_footer }</p>
            }
            { retake }
        </div>
    }
}
