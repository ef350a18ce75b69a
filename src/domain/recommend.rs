//! Top sources of distance → the small moments that fit them, best first.

use super::assessment::{Answers, Results, Standing};
use super::content::SourceId;
use super::moments::{moment, Kind, Moment, MOMENTS};
use super::plan::What;

/// How many moments the picker opens with: three, as many as a person can
/// weigh at a glance ("pick one or two"); the rest are a click away, grouped
/// by kind, and a phone's first view of the picker stays short.
pub const SUGGESTION_COUNT: usize = 3;

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
    /// No reflection yet: the whole catalogue, unranked.
    None,
    /// Moments ranked for the sources that weigh most.
    Ranked(Vec<Suggestion>),
    /// A reflection where nothing stands out (every source level, or every
    /// score low): small, broad first steps, claiming no "helps with".
    General(Vec<Suggestion>),
    /// The person feels unsafe: no reconnection is pushed, only moments
    /// done alone, for themselves (never anything towards the partner).
    SelfCareOnly(Vec<usize>),
}

/// Ranks the catalogue for `results` (docs/results-and-safety.md).
///
/// - feeling unsafe: only moments done alone, for oneself
///   (`Moment::for_oneself`);
/// - living apart (a partner moved out or asked for space): moments for that
///   situation first, and no moment that asks anything of the partner;
/// - otherwise a moment earns weight for each source it helps with among
///   those the results name (`Standing`): in a ranking, more for a higher
///   one (30, 20, 10); level sources alike (10 each); plus 2 when it is the
///   moment's main source and 1 when its second. With nothing standing out,
///   every source counts alike, which favours broad, small first steps.
///   Ties go to the smaller effort (small and steady first), then catalogue
///   order.
pub fn recommend(answers: &Answers, results: &Results) -> Recommendations {
    if answers.feels_unsafe() {
        return Recommendations::SelfCareOnly(
            indexed()
                .filter(|(_, m)| m.for_oneself())
                .map(|(i, _)| i)
                .collect(),
        );
    }
    let apart = answers.living_apart();
    let alike = |sources: &[SourceId]| sources.iter().map(|&s| (s, 10)).collect::<Vec<_>>();
    let (weights, general) = match &results.standing {
        Standing::Clear { top, level: false } => (
            top.iter()
                .enumerate()
                .map(|(rank, &s)| (s, 10 * (top.len() - rank) as u32))
                .collect(),
            false,
        ),
        Standing::Clear { top, level: true } => (alike(top), false),
        Standing::Level { sources, all } => (alike(sources), *all),
        Standing::Low if results.answered > 0 => (alike(&SourceId::ALL), true),
        Standing::Low => (Vec::new(), false),
    };
    if weights.is_empty() && !apart {
        return Recommendations::None;
    }
    // living apart with nothing standing out: that situation's moments alone
    let (weights, general) = if apart && general {
        (Vec::new(), false)
    } else {
        (weights, general)
    };
    let mut scored: Vec<(u32, &Moment, Suggestion)> = indexed()
        .filter(|(_, m)| !(apart && m.presses()))
        .filter_map(|(index, m)| {
            let mut weight = 0;
            let mut helps = Vec::new();
            for &(source, w) in &weights {
                if let Some(pos) = m.sources.iter().position(|&s| s == source) {
                    // the moment's main source +2, its second +1
                    weight += w + 2u32.saturating_sub(pos as u32);
                    if !general {
                        helps.push(source);
                    }
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
    let list = scored
        .into_iter()
        .take(SUGGESTION_COUNT)
        .map(|(_, _, s)| s)
        .collect();
    if general {
        Recommendations::General(list)
    } else {
        Recommendations::Ranked(list)
    }
}

/// Whether the list may show a saved item's how-to and offer a reminder for
/// it. The item itself always stays: the list is the person's own. Their own
/// moments are their own words, so always; a catalogue moment unless the
/// person feels unsafe and it is not done alone, for themselves.
pub fn may_guide(answers: &Answers, what: &What) -> bool {
    match what {
        What::Custom { .. } => true,
        What::Moment(id) => {
            !answers.feels_unsafe() || moment(id).is_some_and(|(_, m)| m.for_oneself())
        }
    }
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
    use crate::domain::moments::{Effort, Partner};

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
        assert!(s.iter().all(|x| !MOMENTS[x.index].presses()));
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
    fn feeling_unsafe_offers_only_moments_done_alone() {
        for safety in [Safety::Yes, Safety::Sometimes] {
            for apart in [Apart::Yes, Apart::No] {
                let mut a = answers_with(&[SourceId::Trust, SourceId::Unspoken]);
                a.safety = Some(safety);
                a.apart = Some(apart);
                match recommend(&a, &score(&a)) {
                    Recommendations::SelfCareOnly(v) => {
                        let ids: Vec<_> = v.iter().map(|&i| MOMENTS[i].id).collect();
                        assert_eq!(
                            ids,
                            [
                                "old-joy",
                                "rest-and-body",
                                "someone-on-your-side",
                                "your-own-life"
                            ],
                            "{safety:?}"
                        );
                        // nothing towards the partner: "check your own tone"
                        // before a talk is left out too
                        assert!(v.iter().all(|&i| MOMENTS[i].partner == Partner::Alone));
                    }
                    other => panic!("{safety:?}: {other:?}"),
                }
            }
        }
        // "I'd rather not say" and "No" are not the safety path
        for safety in [Safety::No, Safety::Private] {
            let mut a = answers_with(&[SourceId::Trust]);
            a.safety = Some(safety);
            assert!(matches!(
                recommend(&a, &score(&a)),
                Recommendations::Ranked(_)
            ));
        }
    }

    #[test]
    fn feeling_unsafe_keeps_the_list_but_guides_only_what_is_done_alone() {
        let mut a = answers_with(&[SourceId::Trust]);
        let own = What::Custom {
            title: "Call my sister".into(),
            how_to: String::new(),
        };
        let towards = What::Moment("thank-specific".into());
        let asks = What::Moment("small-ritual".into());
        let alone = What::Moment("rest-and-body".into());
        let gone = What::Moment("retired-moment".into());
        for what in [&own, &towards, &asks, &alone, &gone] {
            assert!(may_guide(&a, what), "{what:?}");
        }
        for safety in [Safety::Yes, Safety::Sometimes] {
            a.safety = Some(safety);
            assert!(may_guide(&a, &own) && may_guide(&a, &alone));
            for what in [&towards, &asks, &gone] {
                assert!(!may_guide(&a, what), "{safety:?} {what:?}");
            }
        }
    }

    #[test]
    fn no_reflection_recommends_nothing_and_nothing_standing_out_gives_general_steps() {
        let empty = Answers::default();
        assert_eq!(recommend(&empty, &score(&empty)), Recommendations::None);
        // every answer "not at all", or every answer "somewhat": broad, small
        // first steps, claiming no "helps with"
        for value in [0, 2, 4] {
            let mut a = Answers::default();
            for s in &STATEMENTS {
                a.ratings.insert(s.id, value);
            }
            let Recommendations::General(v) = recommend(&a, &score(&a)) else {
                panic!("{value}: general steps");
            };
            assert_eq!(v.len(), SUGGESTION_COUNT);
            assert!(v.iter().all(|x| x.helps.is_empty()));
            // the broadest come first: three sources each
            assert_eq!(MOMENTS[v[0].index].sources.len(), 3);
            assert_eq!(MOMENTS[v[0].index].effort, Effort::Tiny);
        }
    }

    #[test]
    fn level_sources_weigh_alike_so_catalogue_order_does_not_rank_them() {
        // routine and reactive level at the top: a moment for reactive
        // (named second in the catalogue's source order) is not behind one
        // for routine merely because of where routine sits
        let mut a = answers_with(&[SourceId::Reactive, SourceId::Routine]);
        let r = score(&a);
        assert!(matches!(r.standing, Standing::Clear { level: true, .. }));
        let s = ranked(recommend(&a, &r));
        assert_eq!(s[0].helps.len(), 2, "one that helps both comes first");
        // each helps list names only those two
        for x in &s {
            assert!(x
                .helps
                .iter()
                .all(|h| [SourceId::Reactive, SourceId::Routine].contains(h)));
        }
        // a ranking (reactive clearly first) weights by rank instead
        a.ratings.insert("routine-granted", 2);
        a.ratings.insert("routine-fun", 2);
        let r = score(&a);
        assert_eq!(r.top[0], SourceId::Reactive);
        assert!(matches!(r.standing, Standing::Clear { level: false, .. }));
        let first = &ranked(recommend(&a, &r))[0];
        assert!(first.helps.contains(&SourceId::Reactive));
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
