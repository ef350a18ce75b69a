//! The saved envelope `{"v": N, "state": {...}}` and what decoding can find.
//!
//! Decoding never panics and never guesses: a value it cannot read is
//! reported as corrupt (so the caller keeps a copy before writing anything),
//! and a value from a newer version of the widget is reported as such (so the
//! caller never overwrites it).
//!
//! The format is written and read by hand over `json`, which keeps the wasm
//! small. The domain types also derive serde's traits: that derived shape is
//! the reference, and the tests check, against serde_json, that this codec
//! writes exactly it and reads it back.

use std::collections::BTreeMap;

use super::assessment::{Answers, Apart, Safety, RATING_MAX};
use super::json::{self, write_str, write_u64, Json};
use super::state::{AppState, Screen};

/// The schema version this build writes. Bump it with a migration from the
/// previous version and a fixture of that version under `tests/fixtures/`.
pub const CURRENT_VERSION: u64 = 1;

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
        reason: &'static str,
    },
}

pub fn encode(state: &AppState) -> String {
    let answers = &state.answers;
    let mut out = String::with_capacity(160 + answers.ratings.len() * 28);
    out.push_str("{\"v\":");
    write_u64(&mut out, CURRENT_VERSION);
    out.push_str(",\"state\":{\"screen\":{\"at\":");
    write_str(&mut out, state.screen.key());
    if let Screen::Statements(page) = state.screen {
        out.push_str(",\"page\":");
        write_u64(&mut out, page as u64);
    }
    out.push_str("},\"answers\":{");
    if let Some(apart) = answers.apart {
        out.push_str("\"apart\":");
        write_str(&mut out, apart.key());
        out.push(',');
    }
    if let Some(safety) = answers.safety {
        out.push_str("\"safety\":");
        write_str(&mut out, safety.key());
        out.push(',');
    }
    out.push_str("\"ratings\":{");
    for (i, (id, rating)) in answers.ratings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(&mut out, id);
        out.push(':');
        write_u64(&mut out, u64::from(*rating));
    }
    out.push_str("}}}}");
    out
}

pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    let corrupt = |reason| Decoded::Corrupt { reason };
    let Ok(root) = json::parse(raw) else {
        return corrupt("not valid JSON");
    };
    let Some(version) = root.get("v").and_then(Json::as_i64) else {
        return corrupt("no schema version");
    };
    if version < 1 {
        return corrupt("schema versions start at 1");
    }
    let version = version as u64;
    if version > CURRENT_VERSION {
        return Decoded::Newer { version };
    }
    // Version 1 is the first; later versions migrate step by step up to
    // CURRENT_VERSION here before the shape is read.
    let Some(state) = root.get("state").filter(|s| s.as_object().is_some()) else {
        return corrupt("no saved state object");
    };
    match read_state(state) {
        Ok(state) => Decoded::Loaded(state.normalized()),
        Err(reason) => corrupt(reason),
    }
}

/// A member that may be absent (then the default), but not malformed.
fn field<T: Default>(
    obj: &Json,
    key: &str,
    read: impl FnOnce(&Json) -> Result<T, &'static str>,
) -> Result<T, &'static str> {
    obj.get(key).map_or(Ok(T::default()), read)
}

fn read_state(state: &Json) -> Result<AppState, &'static str> {
    Ok(AppState {
        screen: field(state, "screen", read_screen)?,
        answers: field(state, "answers", read_answers)?,
    })
}

fn read_screen(screen: &Json) -> Result<Screen, &'static str> {
    let at = screen.get("at").and_then(Json::as_str);
    if at == Some("statements") {
        return screen
            .get("page")
            .and_then(Json::as_i64)
            .and_then(|p| usize::try_from(p).ok())
            .map(Screen::Statements)
            .ok_or("a statements screen needs a page number");
    }
    [Screen::Intro, Screen::Situation, Screen::Results]
        .into_iter()
        .find(|s| Some(s.key()) == at)
        .ok_or("unknown screen")
}

/// `null` or absent is unanswered; anything else must be a known answer.
fn optional<T>(
    value: Option<&Json>,
    from_key: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, &'static str> {
    match value {
        None | Some(Json::Null) => Ok(None),
        Some(v) => v
            .as_str()
            .and_then(from_key)
            .map(Some)
            .ok_or("unknown answer"),
    }
}

fn read_answers(answers: &Json) -> Result<Answers, &'static str> {
    if answers.as_object().is_none() {
        return Err("answers are not an object");
    }
    Ok(Answers {
        apart: optional(answers.get("apart"), Apart::from_key)?,
        safety: optional(answers.get("safety"), Safety::from_key)?,
        ratings: field(answers, "ratings", |ratings| {
            let members = ratings.as_object().ok_or("ratings are not an object")?;
            let mut out = BTreeMap::new();
            // Insert one by one: collecting would build the map through a
            // sort, which costs wasm bytes for nothing here.
            for (id, value) in members {
                let rating = value
                    .as_i64()
                    .and_then(|r| u8::try_from(r).ok())
                    .filter(|r| *r <= RATING_MAX)
                    .ok_or("a rating is out of range")?;
                out.insert(id.clone(), rating);
            }
            Ok(out)
        })?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Apart, Safety};
    use crate::domain::content::{page_count, STATEMENTS};
    use crate::domain::state::Screen;
    use crate::domain::test_rng::Rng;
    use serde::{Deserialize, Serialize};
    use serde_json::Value;

    /// The reference shape, as serde derives it.
    #[derive(Serialize)]
    struct EnvelopeOut<'a> {
        v: u64,
        state: &'a AppState,
    }

    #[derive(Deserialize)]
    struct EnvelopeIn {
        v: u64,
        state: AppState,
    }

    fn random_state(rng: &mut Rng) -> AppState {
        const ODD_IDS: [&str; 5] = [
            "retired-id",
            "quo\"te",
            "back\\slash",
            "ctl\u{1}\u{8}\u{c}\n\t",
            "é 🙂 /",
        ];
        let screen = match rng.below(4) {
            0 => Screen::Intro,
            1 => Screen::Situation,
            2 => Screen::Statements(rng.below(page_count() as u64) as usize),
            _ => Screen::Results,
        };
        let mut s = AppState {
            screen,
            ..AppState::default()
        };
        s.answers.apart = match rng.below(4) {
            3 => None,
            i => Some(Apart::ALL[i as usize]),
        };
        s.answers.safety = match rng.below(5) {
            4 => None,
            i => Some(Safety::ALL[i as usize]),
        };
        for st in &STATEMENTS {
            if rng.below(3) > 0 {
                s.answers
                    .ratings
                    .insert(st.id.to_string(), rng.below(5) as u8);
            }
        }
        if rng.below(4) == 0 {
            let id = ODD_IDS[rng.below(ODD_IDS.len() as u64) as usize];
            s.answers.ratings.insert(id.to_string(), rng.below(5) as u8);
        }
        s
    }

    #[test]
    fn the_codec_writes_and_reads_exactly_the_serde_shape() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..3_000 {
            let s = random_state(&mut rng);
            let ours = encode(&s);
            let reference = serde_json::to_string(&EnvelopeOut {
                v: CURRENT_VERSION,
                state: &s,
            })
            .unwrap();
            assert_eq!(ours, reference);
            let back: EnvelopeIn = serde_json::from_str(&ours).unwrap();
            assert_eq!((back.v, &back.state), (CURRENT_VERSION, &s));
            assert_eq!(decode(Some(&reference)), Decoded::Loaded(s));
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let mut rng = Rng(0xdead_beef_cafe_f00d);
        let valid = encode(&sample());
        for _ in 0..20_000 {
            // mutate a valid envelope: flip, drop or insert bytes
            let mut bytes = valid.clone().into_bytes();
            for _ in 0..=rng.below(4) {
                let at = rng.below(bytes.len() as u64) as usize;
                match rng.below(3) {
                    0 => bytes[at] = rng.below(128) as u8,
                    1 => {
                        bytes.remove(at);
                    }
                    _ => bytes.insert(at, b"{}[]\",:0-9e\\"[rng.below(12) as usize]),
                }
            }
            if let Ok(text) = std::str::from_utf8(&bytes) {
                let _ = decode(Some(text));
            }
        }
    }

    #[test]
    fn null_answers_are_unanswered_and_other_odd_values_are_corrupt() {
        let raw = r#"{"v":1,"state":{"answers":{"apart":null,"safety":null}}}"#;
        assert_eq!(decode(Some(raw)), Decoded::Loaded(AppState::default()));
        for raw in [
            r#"{"v":1,"state":{"answers":{"apart":"maybe"}}}"#,
            r#"{"v":1,"state":{"answers":{"safety":3}}}"#,
            r#"{"v":1,"state":{"answers":[]}}"#,
            r#"{"v":1,"state":{"answers":{"ratings":[]}}}"#,
            r#"{"v":1,"state":{"answers":{"ratings":{"trust-repair":2.5}}}}"#,
            r#"{"v":1,"state":{"answers":{"ratings":{"trust-repair":-1}}}}"#,
            r#"{"v":1,"state":{"screen":{"at":"statements"}}}"#,
            r#"{"v":1,"state":{"screen":{"at":"statements","page":-2}}}"#,
            r#"{"v":1,"state":{"screen":"intro"}}"#,
            r#"{"v":1.5,"state":{}}"#,
        ] {
            assert!(
                matches!(decode(Some(raw)), Decoded::Corrupt { .. }),
                "{raw}"
            );
        }
    }

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
