//! Top sources of distance → the small moments that fit them, best first.

use super::assessment::{Answers, Results};
use super::content::SourceId;
use super::moments::{Kind, Moment, MOMENTS};

/// How many moments the picker opens with.
pub const SUGGESTION_COUNT: usize = 6;

/// A moment suggested for this person, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Index into `MOMENTS`.
    pub index: usize,
    /// The person's top sources this moment helps with, in their ranked order.
    pub helps: Vec<SourceId>,
}

/// What the picker opens with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recommendations {
    /// No results yet, or nothing stands out: the whole catalogue, unranked.
    None,
    /// Moments ranked for the person's top sources.
    Ranked(Vec<Suggestion>),
    /// The person feels unsafe: no reconnection is pushed, only care for
    /// themselves (never anything that asks something of the partner).
    SelfCareOnly(Vec<usize>),
}

/// Ranks the catalogue for `results`.
///
/// - feeling unsafe: only "yourself first" moments, nothing asking anything
///   of the partner;
/// - living apart (a partner moved out or asked for space): moments for that
///   situation first, and no moment that puts pressure on the partner;
/// - otherwise: a moment earns more for helping a higher-ranked top source,
///   and for naming it as its main source; ties go to the smaller effort
///   (small and steady first), then catalogue order.
pub fn recommend(answers: &Answers, results: &Results) -> Recommendations {
    if answers.feels_unsafe() {
        return Recommendations::SelfCareOnly(
            indexed()
                .filter(|(_, m)| m.kind == Kind::YourselfFirst && !m.pressure)
                .map(|(i, _)| i)
                .collect(),
        );
    }
    let apart = answers.living_apart();
    if results.top.is_empty() && !apart {
        return Recommendations::None;
    }
    let mut scored: Vec<(u32, &Moment, Suggestion)> = indexed()
        .filter(|(_, m)| !(apart && m.pressure))
        .filter_map(|(index, m)| {
            let mut weight = 0;
            let mut helps = Vec::new();
            for (rank, &source) in results.top.iter().enumerate() {
                if let Some(pos) = m.sources.iter().position(|&s| s == source) {
                    // rank 0 → 30, 1 → 20, 2 → 10; the moment's main source +2, second +1
                    weight +=
                        10 * (results.top.len() - rank) as u32 + 2u32.saturating_sub(pos as u32);
                    helps.push(source);
                }
            }
            if apart && m.kind == Kind::SteppedAway {
                weight += 100;
                if !helps.contains(&SourceId::Apart) {
                    helps.insert(0, SourceId::Apart);
                }
            }
            (weight > 0).then_some((weight, m, Suggestion { index, helps }))
        })
        .collect();
    // Insertion sort: a few dozen items, and no slice sort machinery in wasm.
    let before = |a: &(u32, &Moment, Suggestion), b: &(u32, &Moment, Suggestion)| {
        (b.0, a.1.effort, a.2.index) < (a.0, b.1.effort, b.2.index)
    };
    for i in 1..scored.len() {
        let mut j = i;
        while j > 0 && before(&scored[j], &scored[j - 1]) {
            scored.swap(j, j - 1);
            j -= 1;
        }
    }
    Recommendations::Ranked(
        scored
            .into_iter()
            .take(SUGGESTION_COUNT)
            .map(|(_, _, s)| s)
            .collect(),
    )
}

fn indexed() -> impl Iterator<Item = (usize, &'static Moment)> {
    MOMENTS.iter().enumerate()
}

/// A filter over the catalogue; `None` matches everything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub source: Option<SourceId>,
    pub kind: Option<Kind>,
    pub effort: Option<super::moments::Effort>,
}

impl Filter {
    pub fn matches(&self, m: &Moment) -> bool {
        self.source.is_none_or(|s| m.sources.contains(&s))
            && self.kind.is_none_or(|k| m.kind == k)
            && self.effort.is_none_or(|e| m.effort == e)
    }

    /// Indices of the matching moments, in catalogue order.
    pub fn apply(&self) -> Vec<usize> {
        indexed()
            .filter(|(_, m)| self.matches(m))
            .map(|(i, _)| i)
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{score, Apart, Safety};
    use crate::domain::content::STATEMENTS;
    use crate::domain::moments::Effort;

    /// Answers where `high` sources are rated the maximum and the rest "a little".
    fn answers_with(high: &[SourceId]) -> Answers {
        let mut a = Answers::default();
        for s in &STATEMENTS {
            let v = if high.contains(&s.source) { 4 } else { 0 };
            a.ratings.insert(s.id, v);
        }
        a.safety = Some(Safety::No);
        a
    }

    fn ranked(r: Recommendations) -> Vec<Suggestion> {
        match r {
            Recommendations::Ranked(v) => v,
            other => panic!("expected a ranking, got {other:?}"),
        }
    }

    #[test]
    fn suggestions_fit_the_top_sources_best_first() {
        let a = answers_with(&[SourceId::Reactive]);
        let r = score(&a);
        assert_eq!(r.top, vec![SourceId::Reactive]);
        let s = ranked(recommend(&a, &r));
        assert!(!s.is_empty() && s.len() <= SUGGESTION_COUNT);
        for sug in &s {
            assert_eq!(sug.helps, vec![SourceId::Reactive]);
            assert!(MOMENTS[sug.index].sources.contains(&SourceId::Reactive));
        }
        // moments naming the source first come before those naming it second
        let pos: Vec<_> = s
            .iter()
            .map(|x| {
                MOMENTS[x.index]
                    .sources
                    .iter()
                    .position(|&y| y == SourceId::Reactive)
            })
            .collect();
        assert!(pos.windows(2).all(|w| w[0] <= w[1]), "{pos:?}");
    }

    #[test]
    fn a_moment_helping_two_top_sources_outranks_one_helping_one() {
        // find a moment with two sources and make exactly those the top two
        let (i, m) = indexed().find(|(_, m)| m.sources.len() >= 2).unwrap();
        let a = answers_with(&m.sources[..2]);
        let r = score(&a);
        let s = ranked(recommend(&a, &r));
        let first = &s[0];
        assert_eq!(first.helps.len(), 2, "first suggestion helps both");
        assert!(s.iter().any(|x| x.index == i));
    }

    #[test]
    fn ties_prefer_smaller_effort_then_catalogue_order() {
        let a = answers_with(&[SourceId::Routine]);
        let s = ranked(recommend(&a, &score(&a)));
        for w in s.windows(2) {
            let (x, y) = (&MOMENTS[w[0].index], &MOMENTS[w[1].index]);
            let px = x.sources.iter().position(|&z| z == SourceId::Routine);
            let py = y.sources.iter().position(|&z| z == SourceId::Routine);
            if px == py {
                assert!(
                    (x.effort, w[0].index) < (y.effort, w[1].index),
                    "{} before {}",
                    x.id,
                    y.id
                );
            }
        }
    }

    #[test]
    fn living_apart_puts_that_situation_first_and_drops_pressure() {
        let mut a = answers_with(&[SourceId::Routine, SourceId::Demands]);
        a.apart = Some(Apart::Yes);
        let s = ranked(recommend(&a, &score(&a)));
        assert!(!s.is_empty());
        assert_eq!(MOMENTS[s[0].index].kind, Kind::SteppedAway);
        assert!(s.iter().all(|x| !MOMENTS[x.index].pressure));
        let stepped = s
            .iter()
            .take_while(|x| MOMENTS[x.index].kind == Kind::SteppedAway)
            .count();
        let total_stepped = MOMENTS
            .iter()
            .filter(|m| m.kind == Kind::SteppedAway)
            .count()
            .min(SUGGESTION_COUNT);
        assert_eq!(stepped, total_stepped, "all stepped-away moments lead");
        assert!(s[0].helps.contains(&SourceId::Apart));
    }

    #[test]
    fn living_apart_without_any_top_source_still_suggests_that_situation() {
        let mut a = answers_with(&[]);
        a.apart = Some(Apart::Yes);
        let s = ranked(recommend(&a, &score(&a)));
        assert!(!s.is_empty());
        assert!(s.iter().all(|x| MOMENTS[x.index].kind == Kind::SteppedAway));
    }

    #[test]
    fn feeling_unsafe_pushes_no_reconnection() {
        for safety in [Safety::Yes, Safety::Sometimes] {
            let mut a = answers_with(&[SourceId::Trust, SourceId::Unspoken]);
            a.safety = Some(safety);
            match recommend(&a, &score(&a)) {
                Recommendations::SelfCareOnly(v) => {
                    assert!(!v.is_empty());
                    for i in v {
                        assert_eq!(MOMENTS[i].kind, Kind::YourselfFirst);
                        assert!(!MOMENTS[i].pressure);
                    }
                }
                other => panic!("{safety:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn nothing_standing_out_recommends_nothing() {
        let a = answers_with(&[]);
        assert_eq!(recommend(&a, &score(&a)), Recommendations::None);
        let empty = Answers::default();
        assert_eq!(recommend(&empty, &score(&empty)), Recommendations::None);
    }

    #[test]
    fn filters_combine_and_can_leave_nothing() {
        assert_eq!(Filter::default().apply().len(), MOMENTS.len());
        assert!(Filter::default().is_empty());
        let f = Filter {
            source: Some(SourceId::Apart),
            ..Filter::default()
        };
        let v = f.apply();
        assert!(v.len() >= 3);
        assert!(v
            .iter()
            .all(|&i| MOMENTS[i].sources.contains(&SourceId::Apart)));
        let f = Filter {
            kind: Some(Kind::YourselfFirst),
            effort: Some(Effort::Tiny),
            source: None,
        };
        assert!(f
            .apply()
            .iter()
            .all(|&i| MOMENTS[i].kind == Kind::YourselfFirst && MOMENTS[i].effort == Effort::Tiny));
        // some combination leaves nothing: stepped-away moments never help routine
        let none = Filter {
            kind: Some(Kind::SteppedAway),
            source: Some(SourceId::Routine),
            effort: None,
        };
        let expected: Vec<usize> = indexed()
            .filter(|(_, m)| m.kind == Kind::SteppedAway && m.sources.contains(&SourceId::Routine))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(none.apply(), expected);
    }
}
