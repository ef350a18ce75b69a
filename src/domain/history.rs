//! Past assessments: each completed one is kept with its day and its
//! per-source scores (not the answers themselves: scores stay comparable
//! when statement wording changes, and a snapshot is small), so the results
//! screen can show how each source has moved since an earlier time.

use super::assessment::{score, Answers, Results};
use super::content::SourceId;
use super::date::Date;

/// At most this many snapshots are kept; the oldest go first. Two years of
/// monthly check-ins, a few kilobytes saved.
pub const HISTORY_MAX: usize = 24;

/// One completed assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub on: Date,
    /// Indexed by `SourceId::index()`; `None` when none of the source's
    /// statements was answered.
    pub scores: [Option<u8>; 9],
}

impl Snapshot {
    /// The scores of `answers`, or `None` when nothing was rated (there is
    /// nothing to compare then).
    pub fn of(answers: &Answers, on: Date) -> Option<Snapshot> {
        Snapshot::from_results(&score(answers), on)
    }

    /// The same, from results already scored.
    pub fn from_results(results: &Results, on: Date) -> Option<Snapshot> {
        if results.answered == 0 {
            return None;
        }
        let mut scores = [None; 9];
        for r in &results.ranked {
            scores[r.source.index()] = r.score;
        }
        Some(Snapshot { on, scores })
    }

    pub fn score(&self, source: SourceId) -> Option<u8> {
        self.scores[source.index()]
    }
}

/// Keeps `snapshot` as the latest: a second completion on the same day
/// replaces that day's (going back to change an answer is not a new
/// check-in); the list stays in day order and within `HISTORY_MAX`.
pub fn record(history: &mut Vec<Snapshot>, snapshot: Snapshot) {
    history.retain(|s| s.on != snapshot.on);
    let at = history.partition_point(|s| s.on < snapshot.on);
    history.insert(at, snapshot);
    if history.len() > HISTORY_MAX {
        history.drain(..history.len() - HISTORY_MAX);
    }
}

/// How a source moved between an earlier snapshot and now. A higher score
/// means the source weighs more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Higher,
    Lower,
    Same,
    /// Rated in only one of the two.
    NotComparable,
}

/// One line of a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub source: SourceId,
    pub then: Option<u8>,
    pub now: Option<u8>,
    pub trend: Trend,
}

/// Every source, in catalogue order, from `then` to `now`.
pub fn compare(then: &Snapshot, now: &Snapshot) -> Vec<Change> {
    SourceId::ALL
        .iter()
        .map(|&source| {
            let (a, b) = (then.score(source), now.score(source));
            let trend = match (a, b) {
                (Some(a), Some(b)) if b > a => Trend::Higher,
                (Some(a), Some(b)) if b < a => Trend::Lower,
                (Some(_), Some(_)) => Trend::Same,
                _ => Trend::NotComparable,
            };
            Change {
                source,
                then: a,
                now: b,
                trend,
            }
        })
        .collect()
}

/// The kept reflections the results `now` can be compared with, the most
/// recent first: those dated up to `now.on` (one from a device whose clock
/// ran ahead is not "earlier"). The latest of them usually is `now` (kept
/// when it was finished), and is left out then; it stays when the answers
/// changed since, or came with an import.
pub fn earlier<'a>(history: &'a [Snapshot], now: &Snapshot) -> impl Iterator<Item = &'a Snapshot> {
    let upto = history.partition_point(|s| s.on <= now.on);
    let past = &history[..upto];
    let skip = usize::from(past.last().is_some_and(|last| last.scores == now.scores));
    past.iter().rev().skip(skip)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::STATEMENTS;

    fn day(d: u32) -> Date {
        Date::from_ymd(2026, 11, d).unwrap()
    }

    fn snap(on: Date, first: Option<u8>) -> Snapshot {
        let mut scores = [Some(50); 9];
        scores[0] = first;
        Snapshot { on, scores }
    }

    #[test]
    fn nothing_rated_gives_no_snapshot() {
        assert_eq!(Snapshot::of(&Answers::default(), day(1)), None);
    }

    #[test]
    fn a_snapshot_holds_each_sources_score() {
        let mut answers = Answers::default();
        for st in &STATEMENTS {
            answers.ratings.insert(st.id, 4);
        }
        let s = Snapshot::of(&answers, day(2)).unwrap();
        assert_eq!(s.on, day(2));
        assert!(s.scores.iter().all(|v| *v == Some(100)));
        // a source with no answers has no score
        let mut one = Answers::default();
        one.ratings.insert(STATEMENTS[0].id, 2);
        let s = Snapshot::of(&one, day(2)).unwrap();
        assert_eq!(s.score(STATEMENTS[0].source), Some(50));
        assert_eq!(s.scores.iter().filter(|v| v.is_some()).count(), 1);
    }

    #[test]
    fn the_same_day_replaces_and_order_is_by_day() {
        let mut h = Vec::new();
        record(&mut h, snap(day(5), Some(10)));
        record(&mut h, snap(day(3), Some(20)));
        record(&mut h, snap(day(5), Some(30)));
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].on, day(3));
        assert_eq!(h[1].on, day(5));
        assert_eq!(h[1].scores[0], Some(30));
    }

    #[test]
    fn the_oldest_go_once_full() {
        let mut h = Vec::new();
        let start = Date::from_ymd(2024, 1, 1).unwrap();
        for i in 0..(HISTORY_MAX as i32 + 5) {
            record(&mut h, snap(start.add_days(i * 30), Some(1)));
        }
        assert_eq!(h.len(), HISTORY_MAX);
        assert_eq!(h[0].on, start.add_days(5 * 30));
        assert!(h.windows(2).all(|w| w[0].on < w[1].on));
    }

    #[test]
    fn compare_says_higher_lower_same_or_not_comparable() {
        let mut then = snap(day(1), Some(40));
        let mut now = snap(day(9), Some(60));
        then.scores[1] = Some(70);
        now.scores[1] = Some(30);
        then.scores[3] = None;
        let c = compare(&then, &now);
        assert_eq!(c.len(), 9);
        assert_eq!(c[0].trend, Trend::Higher);
        assert_eq!((c[0].then, c[0].now), (Some(40), Some(60)));
        assert_eq!(c[1].trend, Trend::Lower);
        assert_eq!(c[2].trend, Trend::Same);
        assert_eq!(c[3].trend, Trend::NotComparable);
        assert_eq!(c[3].now, Some(50));
    }

    #[test]
    fn earlier_leaves_out_the_latest_when_it_is_now_and_runs_backwards() {
        let h = vec![
            snap(day(1), None),
            snap(day(2), Some(5)),
            snap(day(3), None),
        ];
        let now = snap(day(9), None);
        let days: Vec<_> = earlier(&h, &now).map(|s| s.on).collect();
        assert_eq!(days, vec![day(2), day(1)]);
        assert_eq!(earlier(&h[..1], &now).count(), 0);
        // answers changed since the latest was kept: it is offered too
        let changed = snap(day(9), Some(80));
        assert_eq!(earlier(&h, &changed).count(), 3);
        assert_eq!(earlier(&[], &now).count(), 0);
        // one dated after now (a clock that ran ahead) is not earlier
        let today = snap(day(2), Some(5));
        let days: Vec<_> = earlier(&h, &today).map(|s| s.on).collect();
        assert_eq!(days, vec![day(1)]);
    }
}
