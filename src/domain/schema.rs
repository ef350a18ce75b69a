//! The saved envelope `{"v": N, "state": {...}}` and what decoding can find.
//!
//! Decoding never panics and never guesses: a value it cannot read is
//! reported as corrupt (so the caller keeps a copy before writing anything),
//! and a value from a newer version of the widget is reported as such (so the
//! caller never overwrites it).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::assessment::RATING_MAX;
use super::state::AppState;

/// The schema version this build writes. Bump it with a migration from the
/// previous version and a fixture of that version under `tests/fixtures/`.
pub const CURRENT_VERSION: u64 = 1;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    v: u64,
    state: &'a AppState,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    state: AppState,
}

/// What was found under the widget's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Nothing saved yet.
    Empty,
    Loaded(AppState),
    /// Saved by a newer version of the widget: read nothing, write nothing.
    Newer {
        version: u64,
    },
    /// Present but unreadable; the reason is for the console, not the person.
    Corrupt {
        reason: String,
    },
}

pub fn encode(state: &AppState) -> String {
    // Serialising plain data structs with string keys cannot fail.
    serde_json::to_string(&EnvelopeOut {
        v: CURRENT_VERSION,
        state,
    })
    .unwrap_or_default()
}

pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    let corrupt = |reason: &str| Decoded::Corrupt {
        reason: reason.to_string(),
    };
    let value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(_) => return corrupt("not valid JSON"),
    };
    let Some(version) = value.get("v").and_then(Value::as_u64) else {
        return corrupt("no schema version");
    };
    if version > CURRENT_VERSION {
        return Decoded::Newer { version };
    }
    if version == 0 {
        return corrupt("schema version 0 does not exist");
    }
    if !value.get("state").is_some_and(Value::is_object) {
        return corrupt("no saved state object");
    }
    // Version 1 is the first; later versions migrate step by step up to
    // CURRENT_VERSION here before the shape is read.
    let envelope: EnvelopeIn = match serde_json::from_value(value) {
        Ok(e) => e,
        Err(_) => return corrupt("the saved state has an unexpected shape"),
    };
    if envelope
        .state
        .answers
        .ratings
        .values()
        .any(|r| *r > RATING_MAX)
    {
        return corrupt("a rating is out of range");
    }
    Decoded::Loaded(envelope.state.normalized())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Apart, Safety};
    use crate::domain::content::{page_count, STATEMENTS};
    use crate::domain::state::Screen;

    fn sample() -> AppState {
        let mut s = AppState {
            screen: Screen::Statements(3),
            ..AppState::default()
        };
        s.answers.apart = Some(Apart::Unsure);
        s.answers.safety = Some(Safety::Private);
        for (i, st) in STATEMENTS.iter().enumerate().step_by(3) {
            s.answers.ratings.insert(st.id.to_string(), (i % 5) as u8);
        }
        s
    }

    #[test]
    fn round_trips_every_screen() {
        for screen in [
            Screen::Intro,
            Screen::Situation,
            Screen::Statements(0),
            Screen::Statements(page_count() - 1),
            Screen::Results,
        ] {
            let s = AppState { screen, ..sample() };
            assert_eq!(decode(Some(&encode(&s))), Decoded::Loaded(s));
        }
        let empty = AppState::default();
        assert_eq!(decode(Some(&encode(&empty))), Decoded::Loaded(empty));
    }

    #[test]
    fn the_envelope_carries_the_version() {
        let json: Value = serde_json::from_str(&encode(&sample())).unwrap();
        assert_eq!(json["v"], CURRENT_VERSION);
        assert_eq!(json["state"]["screen"]["at"], "statements");
        assert_eq!(json["state"]["screen"]["page"], 3);
        assert_eq!(json["state"]["answers"]["apart"], "unsure");
    }

    #[test]
    fn nothing_saved_is_empty() {
        assert_eq!(decode(None), Decoded::Empty);
    }

    #[test]
    fn the_version_1_fixture_loads() {
        let raw = include_str!("../../tests/fixtures/v1.json");
        let Decoded::Loaded(s) = decode(Some(raw)) else {
            panic!("fixture did not load: {:?}", decode(Some(raw)));
        };
        assert_eq!(s.screen, Screen::Statements(2));
        assert_eq!(s.answers.safety, Some(Safety::No));
        assert_eq!(s.answers.apart, Some(Apart::No));
        assert_eq!(s.answers.rating("overwhelm-energy"), Some(3));
        assert_eq!(s.answers.answered_count(), 9);
    }

    #[test]
    fn a_newer_version_is_never_read() {
        assert_eq!(
            decode(Some(r#"{"v":7,"state":"whatever shape v7 has"}"#)),
            Decoded::Newer { version: 7 }
        );
    }

    #[test]
    fn unreadable_values_are_corrupt() {
        for raw in [
            "",
            "not json",
            "{\"v\":1,\"state\":{\"screen\":",
            "[]",
            "{}",
            "{\"v\":\"1\"}",
            "{\"v\":0,\"state\":{}}",
            "{\"v\":-1,\"state\":{}}",
            "{\"v\":1}",
            "{\"v\":1,\"state\":[]}",
            "{\"v\":1,\"state\":{\"screen\":{\"at\":\"elsewhere\"}}}",
            "{\"v\":1,\"state\":{\"answers\":{\"ratings\":{\"trust-repair\":\"a lot\"}}}}",
            "{\"v\":1,\"state\":{\"answers\":{\"ratings\":{\"trust-repair\":5}}}}",
            "{\"v\":1,\"state\":{\"answers\":{\"ratings\":{\"trust-repair\":300}}}}",
        ] {
            assert!(
                matches!(decode(Some(raw)), Decoded::Corrupt { .. }),
                "{raw:?} should be corrupt"
            );
        }
    }

    #[test]
    fn missing_fields_take_defaults() {
        assert_eq!(
            decode(Some(r#"{"v":1,"state":{}}"#)),
            Decoded::Loaded(AppState::default())
        );
    }

    #[test]
    fn a_saved_page_past_the_end_is_repaired() {
        let raw = r#"{"v":1,"state":{"screen":{"at":"statements","page":40}}}"#;
        let Decoded::Loaded(s) = decode(Some(raw)) else {
            panic!()
        };
        assert_eq!(s.screen, Screen::Statements(page_count() - 1));
    }

    #[test]
    fn arbitrary_prefixes_of_a_valid_value_never_panic() {
        let full = encode(&sample());
        for end in 0..full.len() {
            let _ = decode(Some(&full[..end]));
        }
    }
}
