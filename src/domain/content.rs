//! The built-in catalogue's structure: the sources of distance and the
//! assessment's statements. Every word a person reads lives in `i18n`; this
//! file holds only ids and the shape that scoring relies on.

use serde::{Deserialize, Serialize};

/// One source of distance: a dimension of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceId {
    Overwhelm,
    Demands,
    Unspoken,
    Reactive,
    Avoided,
    Routine,
    #[serde(rename = "self")]
    SelfLoss,
    Trust,
    Apart,
}

impl SourceId {
    /// Catalogue order; also the index into per-source text tables.
    pub const ALL: [SourceId; 9] = [
        SourceId::Overwhelm,
        SourceId::Demands,
        SourceId::Unspoken,
        SourceId::Reactive,
        SourceId::Avoided,
        SourceId::Routine,
        SourceId::SelfLoss,
        SourceId::Trust,
        SourceId::Apart,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The stable id used in saved data and in the page's markup.
    pub fn key(self) -> &'static str {
        match self {
            SourceId::Overwhelm => "overwhelm",
            SourceId::Demands => "demands",
            SourceId::Unspoken => "unspoken",
            SourceId::Reactive => "reactive",
            SourceId::Avoided => "avoided",
            SourceId::Routine => "routine",
            SourceId::SelfLoss => "self",
            SourceId::Trust => "trust",
            SourceId::Apart => "apart",
        }
    }
}

/// A statement the person rates from "not at all" to "a great deal".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable id, stored with the answer; never reuse one for other wording.
    pub id: &'static str,
    pub source: SourceId,
}

const fn st(id: &'static str, source: SourceId) -> Statement {
    Statement { id, source }
}

use SourceId::*;

/// The statements in the order they are asked. The order interleaves sources
/// so that no page dwells on one theme; `i18n` has one text per entry, in the
/// same order (the array lengths are checked by the compiler).
pub const STATEMENTS: [Statement; STATEMENT_COUNT] = [
    // page 1
    st("overwhelm-energy", Overwhelm),
    st("demands-time", Demands),
    st("unspoken-needs", Unspoken),
    st("routine-choice", Routine),
    // page 2
    st("reactive-rushed", Reactive),
    st("self-joy", SelfLoss),
    st("trust-agreements", Trust),
    st("avoided-subjects", Avoided),
    // page 3
    st("apart-stepped-back", Apart),
    st("overwhelm-spillover", Overwhelm),
    st("unspoken-hurts", Unspoken),
    st("routine-fun", Routine),
    // page 4
    st("demands-postponed", Demands),
    st("reactive-tense", Reactive),
    st("trust-repair", Trust),
    st("self-showing-up", SelfLoss),
    // page 5
    st("avoided-heavy", Avoided),
    st("overwhelm-rest", Overwhelm),
    st("apart-far-away", Apart),
    st("unspoken-quiet", Unspoken),
    // page 6
    st("routine-granted", Routine),
    st("demands-logistics", Demands),
    st("reactive-defending", Reactive),
    st("trust-listened", Trust),
];

pub const STATEMENT_COUNT: usize = 24;

/// Statements shown together on one step.
pub const PER_PAGE: usize = 4;

/// How many pages of statements there are.
pub const fn page_count() -> usize {
    STATEMENT_COUNT.div_ceil(PER_PAGE)
}

/// The statements on page `page` (0-based) with their index in `STATEMENTS`;
/// empty when out of range.
pub fn page(page: usize) -> impl Iterator<Item = (usize, &'static Statement)> {
    STATEMENTS
        .iter()
        .enumerate()
        .skip(page.saturating_mul(PER_PAGE))
        .take(if page < page_count() { PER_PAGE } else { 0 })
}

pub fn statement(id: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|s| s.id == id)
}

/// The five points of the rating scale, 0 ("not at all") to 4 ("a great deal").
pub const SCALE_POINTS: u8 = 5;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn statement_ids_are_unique() {
        let ids: HashSet<_> = STATEMENTS.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), STATEMENTS.len());
    }

    #[test]
    fn every_source_has_two_or_three_statements() {
        for source in SourceId::ALL {
            let n = STATEMENTS.iter().filter(|s| s.source == source).count();
            assert!((2..=3).contains(&n), "{source:?} has {n} statements");
        }
    }

    #[test]
    fn source_order_matches_indices() {
        for (i, source) in SourceId::ALL.iter().enumerate() {
            assert_eq!(source.index(), i);
        }
    }

    #[test]
    fn pages_cover_every_statement_once_and_mix_sources() {
        let mut seen = Vec::new();
        for p in 0..page_count() {
            let sources: HashSet<_> = page(p).map(|(_, s)| s.source).collect();
            let count = page(p).count();
            assert!(count > 0 && count <= PER_PAGE);
            assert_eq!(sources.len(), count, "page {p} repeats a source");
            seen.extend(page(p).map(|(i, _)| i));
        }
        assert_eq!(seen, (0..STATEMENT_COUNT).collect::<Vec<_>>());
        assert_eq!(page(page_count()).count(), 0);
        assert_eq!(page(usize::MAX).count(), 0);
    }

    #[test]
    fn source_keys_round_trip_through_serde() {
        for source in SourceId::ALL {
            let json = serde_json::to_string(&source).unwrap();
            assert_eq!(json, format!("\"{}\"", source.key()));
            let back: SourceId = serde_json::from_str(&json).unwrap();
            assert_eq!(back, source);
        }
    }
}
