//! Every decision about keeping the person's data, as pure functions over
//! what this page knows of its key (`Known`). The web edge (`src/persist.rs`)
//! reads and writes storage and carries these out; it decides nothing.
//!
//! - `to_save`: whether the state on screen is written, held back, or not
//!   worth a write;
//! - `write_over`: whether the key may be written, given what it holds now;
//! - `saved`: what a save's outcome changes, and the notice it shows;
//! - `take`: whether another tab's value is adopted or what is on screen is
//!   kept (and the notice either way);
//! - `deleted` and `session_only`: what "delete everything" and "don't keep
//!   anything" leave behind.

use super::schema::{decode, Decoded};
use super::state::{Action, AppState, Notice};

/// What this page knows of its key in storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Known {
    /// False once saving could overwrite data this page must not touch.
    pub writable: bool,
    /// Something on screen is not in storage: a save failed or was not allowed.
    pub unsaved: bool,
    /// What the key held when this page last read or wrote it.
    pub last: Option<String>,
    /// "Don't keep anything on this device" is on: nothing is written or
    /// taken from other tabs.
    pub session_only: bool,
    /// What the person is told about their data now.
    pub notice: Option<Notice>,
}

/// What to do with the state on screen after it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Save {
    /// Nothing to keep: nothing of the person's yet, the person asked for
    /// nothing to be kept, or the state was just taken from storage.
    Skip,
    /// Worth keeping, but this page may not write: it stays unsaved.
    Hold,
    /// Write it (over exactly `Known::last`).
    Write,
}

/// Whether `state`, just rendered, is written.
pub fn to_save(known: &Known, state: &AppState) -> Save {
    if state.session_only || state.from_elsewhere || (known.last.is_none() && state.is_pristine()) {
        Save::Skip
    } else if !known.writable {
        Save::Hold
    } else {
        Save::Write
    }
}

/// What writing `text` over a key that should hold `expected` comes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write {
    /// The key no longer holds what this page last read or wrote.
    Conflict,
    /// It already holds `text`: nothing to write.
    Unchanged,
    Write,
}

/// Never overwrites a value that changed since this page saw it.
pub fn write_over(current: Option<&str>, expected: Option<&str>, text: &str) -> Write {
    if current != expected {
        Write::Conflict
    } else if current == Some(text) {
        Write::Unchanged
    } else {
        Write::Write
    }
}

/// How a save (or a held-back one) ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// This page may not write (`Save::Hold`).
    Held,
    /// The key now holds this text.
    Written(String),
    /// Another tab (or a newer version) saved since: nothing was written.
    ChangedElsewhere,
    /// Storage refused (full, blocked, not verified).
    Failed,
}

/// What `outcome` changes in what this page knows, and the notice it shows.
pub fn saved(known: &Known, outcome: Outcome) -> Known {
    let mut next = known.clone();
    match outcome {
        Outcome::Held => next.unsaved = true,
        Outcome::Written(text) => {
            next.last = Some(text);
            next.unsaved = false;
            // a failure told earlier is over; anything else still holds
            if next.notice == Some(Notice::SaveFailed) {
                next.notice = None;
            }
        }
        Outcome::ChangedElsewhere => {
            // stop writing for the rest of this page's life
            next.writable = false;
            next.unsaved = true;
            next.notice = Some(Notice::ChangedElsewhere);
        }
        Outcome::Failed => {
            next.unsaved = true;
            next.notice = Some(Notice::SaveFailed);
        }
    }
    next
}

/// `raw` is now in the key, written by another tab (or found on coming back
/// from the back/forward cache). Its answers and list are taken, unless this
/// page holds changes it could not save; then what is on screen is kept and
/// nothing is written over the other's. Returns what this page then knows,
/// and the action that puts the other's value on screen, if any.
pub fn take(known: &Known, raw: Option<String>) -> (Known, Option<Action>) {
    let mut next = known.clone();
    if raw == known.last || known.session_only {
        return (next, None);
    }
    let free = known.writable && !known.unsaved;
    let action = match decode(raw.as_deref()) {
        // everything deleted there: nothing of it stays on screen here
        Decoded::Empty if free => {
            next.last = None;
            next.notice = Some(Notice::DeletedElsewhere);
            Some(Action::Replace(Box::default()))
        }
        Decoded::Loaded(other) if free => {
            next.last = raw;
            Some(Action::Adopt(Box::new(other)))
        }
        Decoded::Newer { .. } => {
            next.writable = false;
            next.notice = Some(Notice::Newer);
            None
        }
        // unsaved changes here, or the key emptied or unreadable there
        _ => {
            next.writable = false;
            next.notice = Some(Notice::ChangedElsewhere);
            None
        }
    };
    (next, action)
}

/// After "delete everything" (whether or not every key went): nothing is
/// left that this page must not overwrite, and nothing to warn about. Even
/// after a failed removal a save still compares the key with `last` (now
/// empty) and never writes over what is left there.
pub fn deleted(known: &Known) -> Known {
    Known {
        writable: true,
        unsaved: false,
        last: None,
        notice: None,
        session_only: known.session_only,
    }
}

/// Turning "don't keep anything" on deletes everything first (`deleted`);
/// turning it off leaves the rest as it is: the next save finds the key as
/// this page left it (empty) or another tab's save, which it won't overwrite.
pub fn session_only(known: &Known, on: bool) -> Known {
    let mut next = if on { deleted(known) } else { known.clone() };
    next.session_only = on;
    next
}

/// Whether the introduction may say the person's place is kept.
pub fn keeps_place(known: &Known, persistent: bool) -> bool {
    persistent && known.writable && !known.session_only
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schema::encode;
    use crate::domain::state::Screen;

    const NOTICES: [Option<Notice>; 8] = [
        None,
        Some(Notice::StorageUnavailable),
        Some(Notice::SaveFailed),
        Some(Notice::Corrupt),
        Some(Notice::CorruptNotKept),
        Some(Notice::ChangedElsewhere),
        Some(Notice::Newer),
        Some(Notice::DeletedElsewhere),
    ];

    fn answered() -> AppState {
        AppState {
            screen: Screen::Situation,
            ..AppState::default()
        }
    }

    /// Every `Known` worth telling apart: each flag, last empty or not, and
    /// every notice.
    fn every_known() -> Vec<Known> {
        let mut all = Vec::new();
        for bits in 0..8u8 {
            for last in [None, Some(encode(&answered()))] {
                for notice in NOTICES {
                    all.push(Known {
                        writable: bits & 1 != 0,
                        unsaved: bits & 2 != 0,
                        session_only: bits & 4 != 0,
                        last: last.clone(),
                        notice,
                    });
                }
            }
        }
        all
    }

    #[test]
    fn to_save_covers_every_combination() {
        // (session_only, from_elsewhere, pristine, last saved, writable) -> decision
        for bits in 0..32u8 {
            let [session_only, from_elsewhere, pristine, has_last, writable] =
                [0, 1, 2, 3, 4].map(|b| bits & (1 << b) != 0);
            let mut state = if pristine {
                AppState::default()
            } else {
                answered()
            };
            state.session_only = session_only;
            state.from_elsewhere = from_elsewhere;
            let known = Known {
                writable,
                last: has_last.then(|| "x".to_string()),
                ..Known::default()
            };
            let expected = if session_only || from_elsewhere || (pristine && !has_last) {
                Save::Skip
            } else if writable {
                Save::Write
            } else {
                Save::Hold
            };
            assert_eq!(to_save(&known, &state), expected, "bits {bits:05b}");
        }
    }

    #[test]
    fn opening_the_widget_writes_nothing_but_emptying_a_saved_one_does() {
        let fresh = Known {
            writable: true,
            ..Known::default()
        };
        assert_eq!(to_save(&fresh, &AppState::default()), Save::Skip);
        let saved_before = Known {
            last: Some("{}".into()),
            ..fresh
        };
        assert_eq!(to_save(&saved_before, &AppState::default()), Save::Write);
    }

    #[test]
    fn write_over_never_replaces_what_changed_elsewhere() {
        let table: [(Option<&str>, Option<&str>, &str, Write); 7] = [
            (None, None, "a", Write::Write),
            (Some("a"), Some("a"), "b", Write::Write),
            (Some("a"), Some("a"), "a", Write::Unchanged),
            (Some("theirs"), Some("a"), "b", Write::Conflict),
            (Some("theirs"), None, "b", Write::Conflict),
            (None, Some("a"), "b", Write::Conflict),
            (Some("b"), Some("a"), "b", Write::Conflict),
        ];
        for (current, expected, text, want) in table {
            assert_eq!(
                write_over(current, expected, text),
                want,
                "{current:?} {expected:?} {text}"
            );
        }
    }

    #[test]
    fn saved_covers_every_outcome_from_every_known() {
        for known in every_known() {
            for outcome in [
                Outcome::Held,
                Outcome::Written("new".into()),
                Outcome::ChangedElsewhere,
                Outcome::Failed,
            ] {
                let next = saved(&known, outcome.clone());
                let case = format!("{known:?} {outcome:?}");
                // never touched by a save
                assert_eq!(next.session_only, known.session_only, "{case}");
                match outcome {
                    Outcome::Held => {
                        assert_eq!(
                            next,
                            Known {
                                unsaved: true,
                                ..known.clone()
                            },
                            "{case}"
                        );
                    }
                    Outcome::Written(text) => {
                        assert_eq!(next.last, Some(text), "{case}");
                        assert!(!next.unsaved, "{case}");
                        assert_eq!(next.writable, known.writable, "{case}");
                        let notice = match known.notice {
                            Some(Notice::SaveFailed) => None,
                            other => other,
                        };
                        assert_eq!(next.notice, notice, "{case}");
                    }
                    Outcome::ChangedElsewhere => {
                        assert!(!next.writable && next.unsaved, "{case}");
                        assert_eq!(next.last, known.last, "{case}");
                        assert_eq!(next.notice, Some(Notice::ChangedElsewhere), "{case}");
                    }
                    Outcome::Failed => {
                        assert!(next.unsaved, "{case}");
                        assert_eq!(next.writable, known.writable, "{case}");
                        assert_eq!(next.last, known.last, "{case}");
                        assert_eq!(next.notice, Some(Notice::SaveFailed), "{case}");
                    }
                }
            }
        }
    }

    /// What another tab can leave in the key.
    fn values() -> Vec<(&'static str, Option<String>)> {
        let mut theirs = AppState::default();
        theirs
            .plan
            .add_moment(crate::domain::moments::MOMENTS[0].id);
        vec![
            ("emptied", None),
            ("theirs", Some(encode(&theirs))),
            ("newer", Some(r#"{"v":99,"state":{}}"#.to_string())),
            ("corrupt", Some("not json {".to_string())),
        ]
    }

    #[test]
    fn take_covers_every_combination() {
        for known in every_known() {
            for (what, raw) in values() {
                let (next, action) = take(&known, raw.clone());
                let case = format!("{what} into {known:?}");
                if known.session_only || raw == known.last {
                    assert_eq!((next, action), (known.clone(), None), "{case}");
                    continue;
                }
                assert_eq!(next.session_only, known.session_only, "{case}");
                assert_eq!(next.unsaved, known.unsaved, "{case}");
                let free = known.writable && !known.unsaved;
                match (what, free) {
                    ("emptied", true) => {
                        assert_eq!(action, Some(Action::Replace(Box::default())), "{case}");
                        assert_eq!(next.last, None, "{case}");
                        assert!(next.writable, "{case}");
                        assert_eq!(next.notice, Some(Notice::DeletedElsewhere), "{case}");
                    }
                    ("theirs", true) => {
                        assert!(matches!(action, Some(Action::Adopt(_))), "{case}");
                        assert_eq!(next.last, raw, "{case}");
                        assert!(next.writable, "{case}");
                        assert_eq!(next.notice, known.notice, "{case}");
                    }
                    ("newer", _) => {
                        assert_eq!(action, None, "{case}");
                        assert!(!next.writable, "{case}");
                        assert_eq!(next.last, known.last, "{case}");
                        assert_eq!(next.notice, Some(Notice::Newer), "{case}");
                    }
                    _ => {
                        // unsaved or read-only here, or unreadable there: keep
                        // what is on screen, write nothing more
                        assert_eq!(action, None, "{case}");
                        assert!(!next.writable, "{case}");
                        assert_eq!(next.last, known.last, "{case}");
                        assert_eq!(next.notice, Some(Notice::ChangedElsewhere), "{case}");
                    }
                }
            }
        }
    }

    #[test]
    fn an_adopted_value_is_the_one_saved_over_next() {
        let known = Known {
            writable: true,
            ..Known::default()
        };
        let (_, raw) = values().swap_remove(1);
        let (next, action) = take(&known, raw.clone());
        let Some(Action::Adopt(state)) = action else {
            panic!("not adopted: {action:?}");
        };
        assert_eq!(next.last, raw);
        // the adopted state itself is not written back
        let adopted = crate::domain::state::apply(&AppState::default(), Action::Adopt(state));
        assert_eq!(to_save(&next, &adopted), Save::Skip);
        // and the same value told twice changes nothing more
        assert_eq!(take(&next, raw), (next.clone(), None));
    }

    #[test]
    fn delete_and_session_only_leave_nothing_to_guard_or_warn_about() {
        for known in every_known() {
            let gone = deleted(&known);
            assert_eq!(
                gone,
                Known {
                    writable: true,
                    unsaved: false,
                    last: None,
                    notice: None,
                    session_only: known.session_only,
                },
                "{known:?}"
            );
            assert_eq!(
                session_only(&known, true),
                Known {
                    session_only: true,
                    ..gone
                },
                "{known:?}"
            );
            assert_eq!(
                session_only(&known, false),
                Known {
                    session_only: false,
                    ..known.clone()
                },
                "{known:?}"
            );
            // after either, a fresh start is not written, and a real change is
            let kept = session_only(&known, false);
            let fresh = deleted(&kept);
            assert_eq!(to_save(&fresh, &AppState::default()), Save::Skip);
            assert_eq!(to_save(&fresh, &answered()), Save::Write);
            // while nothing is kept, nothing is written or taken
            let off = session_only(&known, true);
            let mut state = answered();
            state.session_only = true;
            assert_eq!(to_save(&off, &state), Save::Skip);
            assert_eq!(take(&off, None), (off.clone(), None));
        }
    }

    #[test]
    fn keeps_place_only_when_writes_outlive_the_page() {
        for bits in 0..8u8 {
            let [persistent, writable, session] = [0, 1, 2].map(|b| bits & (1 << b) != 0);
            let known = Known {
                writable,
                session_only: session,
                ..Known::default()
            };
            assert_eq!(
                keeps_place(&known, persistent),
                persistent && writable && !session,
                "bits {bits:03b}"
            );
        }
    }
}
