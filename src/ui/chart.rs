use yew::prelude::*;

use crate::domain::assessment::Results;
use crate::domain::i18n::Strings;

/// Every source as a labelled bar. The list itself is the text alternative:
/// a screen reader reads each name with its score; the SVG bars are
/// decoration for sighted readers and hidden from assistive technology.
pub fn score_chart(s: &Strings, results: &Results, title: &'static str) -> Html {
    let rows = results.ranked.iter().map(|row| {
        let top = results.top.contains(&row.source);
        let value = row.score.map_or_else(|| s.not_rated.to_string(), |v| s.score_of(v));
        let width = row.score.unwrap_or(0).to_string();
        html! {
            <li
                class="nearer-chart__row"
                data-top={top.then_some("")}
                data-source={row.source.key()}
            >
                <span class="nearer-chart__name">{ s.source(row.source).name }</span>
                <span class="nearer-chart__value">{ value }</span>
                <svg class="nearer-chart__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="nearer-chart__track" x="0" y="0" width="100" height="8" />
                    <rect class="nearer-chart__fill" x="0" y="0" width={width} height="8" />
                </svg>
            </li>
        }
    });
    html! {
        <section class="nearer-section" aria-labelledby="nearer-chart-title">
            <h3 class="nearer-subtitle" id="nearer-chart-title">{ title }</h3>
            <ol class="nearer-chart">{ for rows }</ol>
        </section>
    }
}
