//! Answers, per-source scores on a 0-100 scale, ranking and the top sources.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::content::{statement, SourceId, SCALE_POINTS, STATEMENTS};

/// The highest rating ("a great deal").
pub const RATING_MAX: u8 = SCALE_POINTS - 1;

/// A source needs at least this score to be highlighted as weighing most.
/// 25 is "a little" on average: below that, nothing is singled out.
pub const TOP_MIN_SCORE: u8 = 25;

/// At most this many sources are highlighted.
pub const TOP_COUNT: usize = 3;

/// Scores closer than this are level: one step on one statement moves a
/// source of three statements by 8 (a source of two by 12 or 13), and that is
/// not a difference worth naming (docs/results-and-safety.md).
pub const LEVEL_MARGIN: u8 = 10;

/// "Are you living apart right now because one of you moved out or asked for space?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Apart {
    Yes,
    No,
    Unsure,
}

/// "Do you ever feel afraid, unsafe, controlled or hurt in this relationship?"
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Safety {
    No,
    Sometimes,
    Yes,
    Private,
}

impl Apart {
    pub const ALL: [Apart; 3] = [Apart::Yes, Apart::No, Apart::Unsure];

    /// The stable id in saved data.
    pub fn key(self) -> &'static str {
        match self {
            Apart::Yes => "yes",
            Apart::No => "no",
            Apart::Unsure => "unsure",
        }
    }

    pub fn from_key(key: &str) -> Option<Apart> {
        Apart::ALL.into_iter().find(|a| a.key() == key)
    }
}

impl Safety {
    pub const ALL: [Safety; 4] = [Safety::No, Safety::Sometimes, Safety::Yes, Safety::Private];

    /// The stable id in saved data.
    pub fn key(self) -> &'static str {
        match self {
            Safety::No => "no",
            Safety::Sometimes => "sometimes",
            Safety::Yes => "yes",
            Safety::Private => "private",
        }
    }

    pub fn from_key(key: &str) -> Option<Safety> {
        Safety::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Everything the person has answered so far. Unanswered means absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apart: Option<Apart>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<Safety>,
    /// Statement id → rating 0..=RATING_MAX. Keyed by id (not position) so the
    /// saved answers survive a reordering of the catalogue.
    #[serde(default)]
    pub ratings: Ratings,
}

/// Statement id → rating, kept sorted by id with no id twice. Ids the current
/// catalogue no longer has are kept, so they survive a load and save. A sorted
/// `Vec` instead of a `BTreeMap`, whose code costs about 9 kB of wasm; found
/// by binary search and kept in order by inserting in place (no slice sort).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ratings(Vec<(String, u8)>);

impl Ratings {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<u8> {
        self.find(id).ok().map(|i| self.0[i].1)
    }

    /// Sets the rating of `id`, replacing the one it had.
    pub fn insert(&mut self, id: &str, value: u8) {
        match self.find(id) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (id.to_string(), value)),
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// In ascending id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u8)> {
        self.0.iter().map(|(id, r)| (id.as_str(), *r))
    }
}

/// A map `{"id": rating, ...}` in ascending id order, as a `BTreeMap` writes it.
impl Serialize for Ratings {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// A repeated id keeps its last value, as JSON.parse would.
impl<'de> Deserialize<'de> for Ratings {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Map;
        impl<'de> Visitor<'de> for Map {
            type Value = Ratings;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of ratings")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ratings, A::Error> {
                let mut out = Ratings::default();
                while let Some((id, value)) = map.next_entry::<String, u8>()? {
                    out.insert(&id, value);
                }
                Ok(out)
            }
        }
        d.deserialize_map(Map)
    }
}

impl Answers {
    pub fn rating(&self, id: &str) -> Option<u8> {
        self.ratings.get(id)
    }

    /// How many of the current catalogue's statements have a rating.
    pub fn answered_count(&self) -> usize {
        STATEMENTS
            .iter()
            .filter(|s| self.rating(s.id).is_some_and(|r| r <= RATING_MAX))
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.apart.is_none() && self.safety.is_none() && self.ratings.is_empty()
    }

    /// The person said they sometimes or always feel unsafe.
    pub fn feels_unsafe(&self) -> bool {
        matches!(self.safety, Some(Safety::Yes | Safety::Sometimes))
    }

    pub fn living_apart(&self) -> bool {
        self.apart == Some(Apart::Yes)
    }
}

/// One source's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceScore {
    pub source: SourceId,
    /// 0-100, or `None` when none of its statements was answered.
    pub score: Option<u8>,
    pub answered: u8,
    pub total: u8,
}

/// The assessment's outcome, derived from the answers on demand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    /// Every source, highest score first; unrated sources last.
    pub ranked: Vec<SourceScore>,
    /// The one to three sources that clearly stand out (`Standing::Clear`),
    /// in order; empty when none does.
    pub top: Vec<SourceId>,
    /// What the scores allow the results to say (`standing`).
    pub standing: Standing,
    pub answered: usize,
    pub skipped: usize,
}

/// What the highest scores honestly allow the results to single out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Nothing rated, or no score reaches `TOP_MIN_SCORE`: nothing stands out.
    Low,
    /// One to three sources stand clearly above every other (by at least
    /// `LEVEL_MARGIN`), highest first. `level`: they are level with each
    /// other, so they are shown side by side, not as a ranking.
    Clear { top: Vec<SourceId>, level: bool },
    /// No small group stands clearly above the rest: the sources level with
    /// the highest (within `LEVEL_MARGIN` of it; two or more), in ranked
    /// order. `all`: every rated source is among them.
    Level { sources: Vec<SourceId>, all: bool },
}

/// How the rated sources in `ranked` (highest first, as `score` orders
/// them) stand. The largest group of one to three whose last member reaches
/// `TOP_MIN_SCORE` and is at least `LEVEL_MARGIN` above the next rated
/// source (or has none after it) stands out clearly; failing that, the
/// sources level with the highest are named as level, if the highest
/// reaches `TOP_MIN_SCORE`; else nothing stands out.
pub fn standing(ranked: &[SourceScore]) -> Standing {
    let rated: Vec<(SourceId, u8)> = ranked
        .iter()
        .filter_map(|s| s.score.map(|v| (s.source, v)))
        .collect();
    let Some(&(_, highest)) = rated.first() else {
        return Standing::Low;
    };
    if highest < TOP_MIN_SCORE {
        return Standing::Low;
    }
    let clear = (1..=TOP_COUNT.min(rated.len())).rev().find(|&k| {
        let last = rated[k - 1].1;
        last >= TOP_MIN_SCORE
            && rated
                .get(k)
                .is_none_or(|next| last - next.1 >= LEVEL_MARGIN)
    });
    if let Some(k) = clear {
        return Standing::Clear {
            top: rated[..k].iter().map(|r| r.0).collect(),
            level: k > 1 && highest - rated[k - 1].1 < LEVEL_MARGIN,
        };
    }
    let sources: Vec<SourceId> = rated
        .iter()
        .take_while(|r| highest - r.1 < LEVEL_MARGIN)
        .map(|r| r.0)
        .collect();
    Standing::Level {
        all: sources.len() == rated.len(),
        sources,
    }
}

/// Scores each source from the statements that were answered: the mean rating
/// as a share of the maximum, rounded to the nearest whole number (halves up).
/// Skipped statements neither raise nor lower a score.
pub fn score(answers: &Answers) -> Results {
    let mut sums = [(0u32, 0u8, 0u8); SourceId::ALL.len()]; // (sum, answered, total)
    for s in &STATEMENTS {
        let slot = &mut sums[s.source.index()];
        slot.2 += 1;
        if let Some(r) = answers.rating(s.id).filter(|r| *r <= RATING_MAX) {
            slot.0 += u32::from(r);
            slot.1 += 1;
        }
    }
    let mut ranked: Vec<SourceScore> = SourceId::ALL
        .iter()
        .map(|&source| {
            let (sum, answered, total) = sums[source.index()];
            let score = (answered > 0).then(|| {
                let max = u32::from(answered) * u32::from(RATING_MAX);
                // round(sum * 100 / max), halves up, in integers
                ((sum * 200 + max) / (2 * max)) as u8
            });
            SourceScore {
                source,
                score,
                answered,
                total,
            }
        })
        .collect();
    // Highest score first; among equal scores the one resting on more answers
    // first; then catalogue order, so ties always rank the same way. An
    // insertion sort: nine items, and it keeps the slice sort machinery
    // (about 4 kB) out of the wasm.
    let before = |a: &SourceScore, b: &SourceScore| {
        (b.score, b.answered, a.source) < (a.score, a.answered, b.source)
    };
    for i in 1..ranked.len() {
        let mut j = i;
        while j > 0 && before(&ranked[j], &ranked[j - 1]) {
            ranked.swap(j, j - 1);
            j -= 1;
        }
    }
    let standing = standing(&ranked);
    let top = match &standing {
        Standing::Clear { top, .. } => top.clone(),
        _ => Vec::new(),
    };
    let answered = answers.answered_count();
    Results {
        ranked,
        top,
        standing,
        answered,
        skipped: STATEMENTS.len() - answered,
    }
}

/// Whether `id` names a statement and `value` is on the scale.
pub fn is_valid_rating(id: &str, value: u8) -> bool {
    statement(id).is_some() && value <= RATING_MAX
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(value: u8) -> Answers {
        let mut a = Answers::default();
        for s in &STATEMENTS {
            a.ratings.insert(s.id, value);
        }
        a
    }

    fn score_of(r: &Results, source: SourceId) -> Option<u8> {
        r.ranked.iter().find(|s| s.source == source).unwrap().score
    }

    #[test]
    fn nothing_answered_gives_no_scores_and_no_top() {
        let r = score(&Answers::default());
        assert!(r.ranked.iter().all(|s| s.score.is_none()));
        assert!(r.top.is_empty());
        assert_eq!(r.answered, 0);
        assert_eq!(r.skipped, STATEMENTS.len());
        // unrated sources keep catalogue order
        let order: Vec<_> = r.ranked.iter().map(|s| s.source).collect();
        assert_eq!(order, SourceId::ALL.to_vec());
    }

    #[test]
    fn all_zero_scores_zero_and_highlights_nothing() {
        let r = score(&all(0));
        assert!(r.ranked.iter().all(|s| s.score == Some(0)));
        assert!(r.top.is_empty());
        assert_eq!(r.skipped, 0);
        assert_eq!(r.answered, STATEMENTS.len());
    }

    #[test]
    fn all_max_scores_hundred_ranks_ties_the_same_way_and_singles_none_out() {
        let r = score(&all(RATING_MAX));
        assert!(r.ranked.iter().all(|s| s.score == Some(100)));
        // every score ties: sources with three statements answered come
        // first (more evidence), each group in catalogue order
        let order: Vec<_> = r.ranked.iter().map(|s| s.source).collect();
        use SourceId::*;
        assert_eq!(
            order,
            vec![Overwhelm, Demands, Unspoken, Reactive, Routine, Trust, Avoided, SelfLoss, Apart]
        );
        // ... but that order is not a ranking to show: all nine are level
        assert!(r.top.is_empty());
        assert_eq!(
            r.standing,
            Standing::Level {
                sources: order,
                all: true
            }
        );
    }

    #[test]
    fn middle_ratings_scale_to_quarters() {
        for (value, expected) in [(1, 25), (2, 50), (3, 75)] {
            let r = score(&all(value));
            assert!(r.ranked.iter().all(|s| s.score == Some(expected)));
        }
    }

    #[test]
    fn skipped_statements_are_left_out_not_counted_as_zero() {
        let mut a = Answers::default();
        // one of three overwhelm statements, rated the maximum
        a.ratings.insert("overwhelm-energy", RATING_MAX);
        let r = score(&a);
        assert_eq!(score_of(&r, SourceId::Overwhelm), Some(100));
        let o = r
            .ranked
            .iter()
            .find(|s| s.source == SourceId::Overwhelm)
            .unwrap();
        assert_eq!((o.answered, o.total), (1, 3));
        assert_eq!(r.answered, 1);
        assert_eq!(r.skipped, STATEMENTS.len() - 1);
        assert_eq!(r.top, vec![SourceId::Overwhelm]);
        assert_eq!(score_of(&r, SourceId::Demands), None);
    }

    #[test]
    fn rounding_is_to_nearest_with_halves_up() {
        let mut a = Answers::default();
        // overwhelm: 4 + 3 + 3 = 10 of 12 → 83.33 → 83
        a.ratings.insert("overwhelm-energy", 4);
        a.ratings.insert("overwhelm-spillover", 3);
        a.ratings.insert("overwhelm-rest", 3);
        // demands: 1 + 2 = 3 of 8 → 37.5 → 38
        a.ratings.insert("demands-time", 1);
        a.ratings.insert("demands-postponed", 2);
        // unspoken: 1 of 12 → 8.33 → 8
        a.ratings.insert("unspoken-needs", 1);
        a.ratings.insert("unspoken-hurts", 0);
        a.ratings.insert("unspoken-quiet", 0);
        let r = score(&a);
        assert_eq!(score_of(&r, SourceId::Overwhelm), Some(83));
        assert_eq!(score_of(&r, SourceId::Demands), Some(38));
        assert_eq!(score_of(&r, SourceId::Unspoken), Some(8));
        // unspoken is below the threshold, so only two are highlighted
        assert_eq!(r.top, vec![SourceId::Overwhelm, SourceId::Demands]);
    }

    #[test]
    fn a_tie_on_score_prefers_more_answers_then_catalogue_order() {
        let mut a = Answers::default();
        a.ratings.insert("apart-stepped-back", 2); // 50 from 1 answer
        a.ratings.insert("trust-agreements", 2); // 50 from 2 answers
        a.ratings.insert("trust-repair", 2);
        a.ratings.insert("avoided-subjects", 2); // 50 from 1 answer
        let r = score(&a);
        let first: Vec<_> = r.ranked.iter().take(3).map(|s| s.source).collect();
        assert_eq!(
            first,
            vec![SourceId::Trust, SourceId::Avoided, SourceId::Apart]
        );
        assert_eq!(r.top, first);
    }

    /// Builds `ranked` from scores in catalogue order (`None`: not rated),
    /// the way `score` orders them.
    fn standing_of(scores: [Option<u8>; 9]) -> Standing {
        let mut ranked: Vec<SourceScore> = SourceId::ALL
            .iter()
            .map(|&source| SourceScore {
                source,
                score: scores[source.index()],
                answered: 3,
                total: 3,
            })
            .collect();
        ranked.sort_by_key(|s| std::cmp::Reverse(s.score));
        standing(&ranked)
    }

    use SourceId::{
        Apart as Ap, Avoided as Av, Demands as De, Overwhelm as Ov, Reactive as Re, Routine as Ro,
        SelfLoss as Se, Trust as Tr, Unspoken as Un,
    };

    #[test]
    fn every_source_level_is_said_as_such_at_any_height() {
        // "Somewhat" everywhere: 50 each, nothing singled out
        for value in 1..=RATING_MAX {
            let r = score(&all(value));
            assert!(r.top.is_empty(), "{value}");
            assert!(
                matches!(&r.standing, Standing::Level { sources, all: true } if sources.len() == 9),
                "{value}: {:?}",
                r.standing
            );
        }
    }

    #[test]
    fn all_zero_or_nothing_rated_or_all_low_stands_out_as_nothing() {
        assert_eq!(score(&all(0)).standing, Standing::Low);
        assert_eq!(score(&Answers::default()).standing, Standing::Low);
        // every score under TOP_MIN_SCORE, one a little higher than the rest
        let mut low = [Some(0); 9];
        low[Tr.index()] = Some(TOP_MIN_SCORE - 1);
        assert_eq!(standing_of(low), Standing::Low);
    }

    #[test]
    fn a_clear_leader_stands_out_alone_even_when_the_rest_tie() {
        // one source at 100, the other eight level at 25: only the one
        let mut s = [Some(25); 9];
        s[Tr.index()] = Some(100);
        assert_eq!(
            standing_of(s),
            Standing::Clear {
                top: vec![Tr],
                level: false
            }
        );
    }

    #[test]
    fn an_exact_tie_at_the_top_is_shown_side_by_side() {
        let mut s = [Some(25); 9];
        s[Re.index()] = Some(75);
        s[Ro.index()] = Some(75);
        assert_eq!(
            standing_of(s),
            Standing::Clear {
                top: vec![Re, Ro],
                level: true
            }
        );
    }

    #[test]
    fn a_near_tie_counts_as_level_and_a_real_gap_does_not() {
        // 83 and 75: one step apart on one statement, so level; 58 is far below
        let mut s = [Some(8); 9];
        s[Un.index()] = Some(83);
        s[Av.index()] = Some(75);
        s[De.index()] = Some(58);
        assert_eq!(
            standing_of(s),
            Standing::Clear {
                top: vec![Un, Av, De],
                level: false
            }
        );
        // 83, 75, 67, 60: no gap to cut at anywhere among the first four, so
        // no group stands out; the two level with the highest are named level
        s[De.index()] = Some(67);
        s[Se.index()] = Some(60);
        assert_eq!(
            standing_of(s),
            Standing::Level {
                sources: vec![Un, Av],
                all: false
            }
        );
        // exactly LEVEL_MARGIN apart is a real difference
        let mut s = [Some(0); 9];
        s[Ov.index()] = Some(60);
        s[Ap.index()] = Some(50);
        assert_eq!(
            standing_of(s),
            Standing::Clear {
                top: vec![Ov, Ap],
                level: false
            }
        );
    }

    #[test]
    fn four_or_more_level_at_the_top_are_named_level_not_ranked() {
        let mut s = [Some(25); 9];
        for x in [Ov, De, Re, Tr] {
            s[x.index()] = Some(75);
        }
        s[Ap.index()] = Some(67); // a near-tie joins them
        assert_eq!(
            standing_of(s),
            Standing::Level {
                sources: vec![Ov, De, Re, Tr, Ap],
                all: false
            }
        );
        // a smooth slope with no gap anywhere: the level ones at its head
        let slope = [100, 92, 84, 76, 68, 60, 52, 44, 36].map(Some);
        assert_eq!(
            standing_of(slope),
            Standing::Level {
                sources: vec![Ov, De],
                all: false
            }
        );
    }

    #[test]
    fn unrated_sources_never_count_as_level_or_as_a_gap() {
        // two rated, level with each other: they stand out together
        let mut s = [None; 9];
        s[Ov.index()] = Some(50);
        s[Se.index()] = Some(50);
        assert_eq!(
            standing_of(s),
            Standing::Clear {
                top: vec![Ov, Se],
                level: true
            }
        );
        // four rated, all level: every rated one
        s[Ap.index()] = Some(50);
        s[Tr.index()] = Some(42);
        assert!(matches!(
            standing_of(s),
            Standing::Level { sources, all: true } if sources.len() == 4
        ));
    }

    #[test]
    fn never_more_than_three_are_highlighted() {
        for value in 0..=RATING_MAX {
            assert!(score(&all(value)).top.len() <= TOP_COUNT);
        }
        let many = [100, 100, 100, 100, 0, 0, 0, 0, 0].map(Some);
        assert!(matches!(standing_of(many), Standing::Level { .. }));
    }

    #[test]
    fn unknown_ids_and_out_of_range_values_are_ignored() {
        let mut a = Answers::default();
        a.ratings.insert("retired-statement", 4);
        a.ratings.insert("overwhelm-energy", 9);
        let r = score(&a);
        assert_eq!(r.answered, 0);
        assert_eq!(score_of(&r, SourceId::Overwhelm), None);
        assert!(r.top.is_empty());
    }

    #[test]
    fn safety_and_situation_flags() {
        let mut a = Answers::default();
        assert!(!a.feels_unsafe() && !a.living_apart());
        for (s, unsafe_) in [
            (Safety::No, false),
            (Safety::Private, false),
            (Safety::Sometimes, true),
            (Safety::Yes, true),
        ] {
            a.safety = Some(s);
            assert_eq!(a.feels_unsafe(), unsafe_, "{s:?}");
        }
        a.apart = Some(Apart::Unsure);
        assert!(!a.living_apart());
        a.apart = Some(Apart::Yes);
        assert!(a.living_apart());
    }

    #[test]
    fn ratings_stay_sorted_replace_in_place_and_keep_unknown_ids() {
        let mut r = Ratings::default();
        assert!(r.is_empty() && r.get("trust-repair").is_none());
        for (id, value) in [
            ("trust-repair", 1),
            ("b", 2),
            ("zz", 3),
            ("a", 4),
            ("trust", 5),
        ] {
            r.insert(id, value);
        }
        r.insert("trust-repair", 0); // replaces, never duplicates
        r.insert("zz", 9); // no range check here: `is_valid_rating` is the gate
        let all: Vec<_> = r.iter().collect();
        assert_eq!(
            all,
            [
                ("a", 4),
                ("b", 2),
                ("trust", 5),
                ("trust-repair", 0),
                ("zz", 9)
            ]
        );
        assert_eq!(
            (r.len(), r.get("trust-repair"), r.get("c")),
            (5, Some(0), None)
        );
        // byte order, as a `BTreeMap<String, _>` has it
        let mut r = Ratings::default();
        for id in ["é", "Z", "a", "", "a b"] {
            r.insert(id, 1);
        }
        let ids: Vec<_> = r.iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["", "Z", "a", "a b", "é"]);
    }

    #[test]
    fn ratings_serialize_as_an_object_in_id_order_and_the_last_repeat_wins() {
        let mut a = Answers::default();
        a.ratings.insert("trust-repair", 3);
        a.ratings.insert("retired-statement", 4);
        a.ratings.insert("apart-stepped-back", 0);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            r#"{"ratings":{"apart-stepped-back":0,"retired-statement":4,"trust-repair":3}}"#
        );
        assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
        let back: Ratings = serde_json::from_str(r#"{"b":1,"a":2,"b":3}"#).unwrap();
        assert_eq!(back.iter().collect::<Vec<_>>(), [("a", 2), ("b", 3)]);
        assert!(serde_json::from_str::<Ratings>("[]").is_err());
        assert!(serde_json::from_str::<Ratings>(r#"{"a":256}"#).is_err());
        let empty: Answers = serde_json::from_str("{}").unwrap();
        assert!(empty.ratings.is_empty());
    }

    #[test]
    fn valid_ratings() {
        assert!(is_valid_rating("trust-repair", 0));
        assert!(is_valid_rating("trust-repair", RATING_MAX));
        assert!(!is_valid_rating("trust-repair", RATING_MAX + 1));
        assert!(!is_valid_rating("no-such-statement", 1));
    }
}
