//! The saved envelope `{"v": N, "state": {...}}` and what decoding can find.
//!
//! Decoding never panics and never guesses: a value it cannot read is
//! reported as corrupt (so the caller keeps a copy before writing anything),
//! and a value from a newer version of the widget is reported as such (so the
//! caller never overwrites it). Older versions are migrated step by step.
//!
//! The format is written and read by hand over `json`, which keeps the wasm
//! small. `Screen` and `Answers` also derive serde's traits: that derived
//! shape is the reference, and the tests check against serde_json that this
//! codec writes exactly it and reads it back.

use super::assessment::{Answers, Apart, Ratings, Safety, RATING_MAX};
use super::content::SourceId;
use super::date::Date;
use super::history::{Snapshot, HISTORY_MAX};
use super::json::{self, write_str, write_u64, Json};
use super::plan::{custom_number, decode_days, encode_days, Item, Plan, What};
use super::state::{AppState, Screen, View};

/// The schema version this build writes. Bump it with a migration from the
/// previous version (`migrate`) and a fixture of the previous version under
/// `tests/fixtures/`.
///
/// - 1: the assessment (screen, answers).
/// - 2: adds the current view and the action list (plan).
/// - 3: adds the history of completed assessments (day and per-source scores).
pub const CURRENT_VERSION: u64 = 3;

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
    let mut out = String::with_capacity(256 + state.answers.ratings.len() * 28);
    out.push_str("{\"v\":");
    write_u64(&mut out, CURRENT_VERSION);
    out.push_str(",\"state\":{\"view\":");
    write_str(&mut out, state.view.key());
    out.push_str(",\"screen\":");
    write_screen(&mut out, state.screen);
    out.push_str(",\"answers\":");
    write_answers(&mut out, &state.answers);
    out.push_str(",\"plan\":");
    write_plan(&mut out, &state.plan);
    out.push_str(",\"history\":");
    write_history(&mut out, &state.history);
    out.push_str("}}");
    out
}

/// `[{"on": "YYYY-MM-DD", "scores": {"<source>": 0-100, ...}}, ...]`, oldest
/// first; an unrated source is left out.
fn write_history(out: &mut String, history: &[Snapshot]) {
    out.push('[');
    for (i, snapshot) in history.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"on\":");
        write_str(out, &snapshot.on.iso());
        out.push_str(",\"scores\":{");
        let mut first = true;
        for source in SourceId::ALL {
            if let Some(score) = snapshot.score(source) {
                if !first {
                    out.push(',');
                }
                first = false;
                write_str(out, source.key());
                out.push(':');
                write_u64(out, u64::from(score));
            }
        }
        out.push_str("}}");
    }
    out.push(']');
}

fn write_screen(out: &mut String, screen: Screen) {
    out.push_str("{\"at\":");
    write_str(out, screen.key());
    if let Screen::Statements(page) = screen {
        out.push_str(",\"page\":");
        write_u64(out, page as u64);
    }
    out.push('}');
}

fn write_answers(out: &mut String, answers: &Answers) {
    out.push('{');
    if let Some(apart) = answers.apart {
        out.push_str("\"apart\":");
        write_str(out, apart.key());
        out.push(',');
    }
    if let Some(safety) = answers.safety {
        out.push_str("\"safety\":");
        write_str(out, safety.key());
        out.push(',');
    }
    out.push_str("\"ratings\":{");
    for (i, (id, rating)) in answers.ratings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, id);
        out.push(':');
        write_u64(out, u64::from(rating));
    }
    out.push_str("}}");
}

fn write_plan(out: &mut String, plan: &Plan) {
    out.push_str("{\"next\":");
    write_u64(out, u64::from(plan.next_custom));
    out.push_str(",\"items\":[");
    for (i, item) in plan.items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"key\":");
        write_str(out, &item.key);
        match &item.what {
            What::Moment(id) => {
                out.push_str(",\"moment\":");
                write_str(out, id);
            }
            What::Custom { title, how_to } => {
                out.push_str(",\"title\":");
                write_str(out, title);
                out.push_str(",\"how_to\":");
                write_str(out, how_to);
            }
        }
        out.push_str(",\"note\":");
        write_str(out, &item.note);
        if let Some((from, days)) = encode_days(&item.done) {
            out.push_str(",\"done\":{\"from\":");
            write_str(out, &from.iso());
            out.push_str(",\"days\":");
            write_str(out, &days);
            out.push('}');
        }
        out.push('}');
    }
    out.push_str("]}");
}

pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    let corrupt = |reason| Decoded::Corrupt { reason };
    // A newer version may write what this build cannot parse strictly (a
    // deeper nesting, a lone surrogate from JSON.stringify, "v": 3.0): its
    // leading version number alone decides that it must not be touched.
    if let Some(version) = sniff_version(raw).filter(|v| *v > CURRENT_VERSION) {
        return Decoded::Newer { version };
    }
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
    let Some(state) = root.get("state").filter(|s| s.as_object().is_some()) else {
        return corrupt("no saved state object");
    };
    match read_state(&migrate(version, state.clone())) {
        Ok(state) => Decoded::Loaded(state.normalized()),
        Err(reason) => corrupt(reason),
    }
}

/// The whole-number part of a leading `{"v": N` member, read leniently.
fn sniff_version(raw: &str) -> Option<u64> {
    let rest = raw.trim_start().strip_prefix('{')?.trim_start();
    let rest = rest
        .strip_prefix("\"v\"")?
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 18 {
        return (digits > 18).then_some(u64::MAX);
    }
    rest[..digits].parse().ok()
}

/// Brings a saved state object from `version` up to `CURRENT_VERSION`.
fn migrate(version: u64, mut state: Json) -> Json {
    for from in version..CURRENT_VERSION {
        state = match from {
            1 => v1_to_v2(state),
            2 => v2_to_v3(state),
            _ => state,
        };
    }
    state
}

/// Version 1 had no views and no list: open on the reflection, list empty.
fn v1_to_v2(state: Json) -> Json {
    let Json::Obj(mut members) = state else {
        return state;
    };
    members.push(("view".into(), Json::Str(View::Reflect.key().into())));
    members.push((
        "plan".into(),
        Json::Obj(vec![
            ("next".into(), Json::Num(Some(0))),
            ("items".into(), Json::Arr(Vec::new())),
        ]),
    ));
    Json::Obj(members)
}

/// Version 2 kept no history: it starts empty (a saved set of answers has
/// no day of completion to file it under).
fn v2_to_v3(state: Json) -> Json {
    let Json::Obj(mut members) = state else {
        return state;
    };
    members.push(("history".into(), Json::Arr(Vec::new())));
    Json::Obj(members)
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
        view: field(state, "view", |v| {
            v.as_str().and_then(View::from_key).ok_or("unknown view")
        })?,
        screen: field(state, "screen", read_screen)?,
        answers: field(state, "answers", read_answers)?,
        plan: field(state, "plan", read_plan)?,
        history: field(state, "history", read_history)?,
        from_elsewhere: false,
        replaced: false,
        session_only: false,
    })
}

fn read_screen(screen: &Json) -> Result<Screen, &'static str> {
    let at = screen.get("at").and_then(Json::as_str);
    if at == Some("statements") {
        return screen
            .get("page")
            .and_then(Json::as_i64)
            .filter(|p| *p >= 0)
            // clamped to the last page by `normalized`, on 32-bit targets too
            .map(|p| Screen::Statements(usize::try_from(p).unwrap_or(usize::MAX)))
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
            // A repeated id keeps its last value, as JSON.parse would: read
            // from the end and skip an id already taken, so only the values
            // that count are checked.
            let mut out = Ratings::default();
            for (id, value) in members.iter().rev() {
                if out.get(id).is_none() {
                    let rating = value
                        .as_i64()
                        .and_then(|r| u8::try_from(r).ok())
                        .filter(|r| *r <= RATING_MAX)
                        .ok_or("a rating is out of range")?;
                    out.insert(id, rating);
                }
            }
            Ok(out)
        })?,
    })
}

fn read_history(history: &Json) -> Result<Vec<Snapshot>, &'static str> {
    let Json::Arr(entries) = history else {
        return Err("the history is not a list");
    };
    if entries.len() > HISTORY_MAX {
        return Err("the history is longer than a history can be");
    }
    let mut out: Vec<Snapshot> = Vec::with_capacity(entries.len());
    for entry in entries {
        let on = entry
            .get("on")
            .and_then(Json::as_str)
            .and_then(Date::parse_iso)
            .ok_or("a past assessment has no day")?;
        if out.last().is_some_and(|last| last.on >= on) {
            return Err("past assessments are out of order");
        }
        let members = entry
            .get("scores")
            .and_then(Json::as_object)
            .ok_or("a past assessment has no scores")?;
        let mut scores = [None; 9];
        for (key, value) in members {
            // a source this build does not know is left out
            if let Some(source) = SourceId::ALL.into_iter().find(|s| s.key() == key) {
                let score = value
                    .as_i64()
                    .and_then(|v| u8::try_from(v).ok())
                    .filter(|v| *v <= 100)
                    .ok_or("a past score is out of range")?;
                scores[source.index()] = Some(score);
            }
        }
        out.push(Snapshot { on, scores });
    }
    Ok(out)
}

fn text(obj: &Json, key: &str) -> Result<String, &'static str> {
    field(obj, key, |v| {
        v.as_str()
            .map(str::to_string)
            .ok_or("a text field is not text")
    })
}

fn read_plan(plan: &Json) -> Result<Plan, &'static str> {
    if plan.as_object().is_none() {
        return Err("the plan is not an object");
    }
    let mut next_custom = field(plan, "next", |v| {
        v.as_i64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or("bad next number")
    })?;
    let items = field(plan, "items", |v| match v {
        Json::Arr(items) => items.iter().map(read_item).collect(),
        _ => Err("the items are not a list"),
    })?;
    let items: Vec<Item> = items;
    for (i, item) in items.iter().enumerate() {
        if items[..i].iter().any(|other| other.key == item.key) {
            return Err("two items share a key");
        }
        // never hand out a custom key that is already taken
        if let Some(n) = custom_number(&item.key) {
            next_custom = next_custom.max(n);
        }
    }
    Ok(Plan { items, next_custom })
}

fn read_item(item: &Json) -> Result<Item, &'static str> {
    if item.as_object().is_none() {
        return Err("an item is not an object");
    }
    let key = text(item, "key")?;
    if key.is_empty() {
        return Err("an item has no key");
    }
    let what = match (item.get("moment"), item.get("title")) {
        (Some(id), None) => What::Moment(id.as_str().ok_or("a moment id is not text")?.to_string()),
        (None, Some(_)) => What::Custom {
            title: text(item, "title")?,
            how_to: text(item, "how_to")?,
        },
        _ => return Err("an item is neither a moment nor one's own"),
    };
    let done = match item.get("done") {
        None | Some(Json::Null) => Vec::new(),
        Some(done) => {
            let from = done
                .get("from")
                .and_then(Json::as_str)
                .and_then(Date::parse_iso)
                .ok_or("a done list has no start day")?;
            let days = done.get("days").and_then(Json::as_str).unwrap_or("");
            decode_days(from, days).ok_or("a done list is malformed")?
        }
    };
    Ok(Item {
        key,
        what,
        note: text(item, "note")?,
        done,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Apart, Safety};
    use crate::domain::content::{page_count, STATEMENTS};
    use crate::domain::moments::MOMENTS;
    use crate::domain::state::Screen;
    use crate::domain::test_rng::Rng;
    use serde_json::Value;

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
                s.answers.ratings.insert(st.id, rng.below(5) as u8);
            }
        }
        if rng.below(4) == 0 {
            let id = ODD_IDS[rng.below(ODD_IDS.len() as u64) as usize];
            s.answers.ratings.insert(id, rng.below(5) as u8);
        }
        s.view = View::ALL[rng.below(3) as usize];
        for _ in 0..rng.below(4) {
            s.plan
                .add_moment(MOMENTS[rng.below(MOMENTS.len() as u64) as usize].id);
        }
        if rng.below(2) == 0 {
            let title = ODD_IDS[rng.below(ODD_IDS.len() as u64) as usize];
            s.plan
                .add_custom(title, ODD_IDS[rng.below(ODD_IDS.len() as u64) as usize]);
        }
        let today = Date::from_ymd(2026, 11, 24).unwrap();
        for i in 0..rng.below(4) {
            let mut scores = [None; 9];
            for score in &mut scores {
                if rng.below(4) > 0 {
                    *score = Some(rng.below(101) as u8);
                }
            }
            s.history.push(crate::domain::history::Snapshot {
                on: today.add_days(i as i32 * 31 - 400),
                scores,
            });
        }
        for item in 0..s.plan.items.len() {
            let key = s.plan.items[item].key.clone();
            s.plan
                .set_note(&key, ODD_IDS[rng.below(ODD_IDS.len() as u64) as usize]);
            for _ in 0..rng.below(20) {
                s.plan
                    .toggle_done(&key, today.add_days(rng.below(3000) as i32 - 1500));
            }
        }
        s
    }

    #[test]
    fn the_codec_writes_and_reads_exactly_the_serde_shape() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..3_000 {
            let s = random_state(&mut rng);
            let (mut screen, mut answers) = (String::new(), String::new());
            write_screen(&mut screen, s.screen);
            write_answers(&mut answers, &s.answers);
            assert_eq!(screen, serde_json::to_string(&s.screen).unwrap());
            assert_eq!(answers, serde_json::to_string(&s.answers).unwrap());
            let back: Answers = serde_json::from_str(&answers).unwrap();
            assert_eq!(back, s.answers);
            let back: Screen = serde_json::from_str(&screen).unwrap();
            assert_eq!(back, s.screen);
            assert_eq!(decode(Some(&encode(&s))), Decoded::Loaded(s));
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
    fn a_repeated_rating_keeps_its_last_value() {
        let raw = r#"{"v":2,"state":{"answers":{"ratings":{"trust-repair":9,"trust-repair":3}}}}"#;
        let Decoded::Loaded(s) = decode(Some(raw)) else {
            panic!("{:?}", decode(Some(raw)))
        };
        assert_eq!(s.answers.rating("trust-repair"), Some(3));
        let raw = r#"{"v":2,"state":{"answers":{"ratings":{"trust-repair":3,"trust-repair":9}}}}"#;
        assert!(matches!(decode(Some(raw)), Decoded::Corrupt { .. }));
    }

    #[test]
    fn ratings_are_written_as_serde_writes_them_and_unknown_ids_survive() {
        let mut s = AppState::default();
        for (id, value) in [("zz-retired", 1), ("trust-repair", 4), ("a-retired", 2)] {
            s.answers.ratings.insert(id, value);
        }
        s.answers.ratings.insert("trust-repair", 0);
        let mut answers = String::new();
        write_answers(&mut answers, &s.answers);
        assert_eq!(
            answers,
            r#"{"ratings":{"a-retired":2,"trust-repair":0,"zz-retired":1}}"#
        );
        assert_eq!(answers, serde_json::to_string(&s.answers).unwrap());
        let Decoded::Loaded(back) = decode(Some(&encode(&s))) else {
            panic!("{:?}", decode(Some(&encode(&s))))
        };
        assert_eq!(back, s);
        assert_eq!(back.answers.ratings.len(), 3);
        assert_eq!(back.answers.rating("zz-retired"), Some(1));
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
            s.answers.ratings.insert(st.id, (i % 5) as u8);
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
    fn the_version_1_fixture_migrates_to_the_current_version() {
        let raw = include_str!("../../tests/fixtures/v1.json");
        let Decoded::Loaded(s) = decode(Some(raw)) else {
            panic!("fixture did not load: {:?}", decode(Some(raw)));
        };
        assert_eq!(s.view, View::Reflect);
        assert_eq!(s.plan, Plan::default());
        assert_eq!(s.screen, Screen::Statements(2));
        assert_eq!(s.answers.safety, Some(Safety::No));
        assert_eq!(s.answers.apart, Some(Apart::No));
        assert_eq!(s.answers.rating("overwhelm-energy"), Some(3));
        assert_eq!(s.answers.answered_count(), 9);
    }

    #[test]
    fn the_version_2_fixture_loads_its_list() {
        let raw = include_str!("../../tests/fixtures/v2.json");
        let Decoded::Loaded(s) = decode(Some(raw)) else {
            panic!("fixture did not load: {:?}", decode(Some(raw)));
        };
        assert_eq!(s.view, View::List);
        assert_eq!(s.screen, Screen::Results);
        assert!(s.history.is_empty(), "version 2 kept no history");
        assert!(encode(&s).starts_with("{\"v\":3,"));
        assert_eq!(s.plan.items.len(), 2);
        let first = &s.plan.items[0];
        assert_eq!(first.what, What::Moment(MOMENTS[0].id.into()));
        assert_eq!(first.note, "Tried it at breakfast.");
        let d = |day| Date::from_ymd(2026, 11, day).unwrap();
        assert_eq!(first.done, vec![d(20), d(21), d(23)]);
        let custom = &s.plan.items[1];
        assert_eq!(
            custom.what,
            What::Custom {
                title: "Sunday walk <b>& coffee</b>".into(),
                how_to: "Just the two of us, \"no plans\".".into()
            }
        );
        assert!(custom.done.is_empty());
        // a later custom item never takes c-4 again, whatever "next" said
        assert_eq!(s.plan.next_custom, 4);
        // and what it loads, it writes back the same way
        assert_eq!(decode(Some(&encode(&s))), Decoded::Loaded(s));
    }

    #[test]
    fn malformed_lists_are_corrupt() {
        for raw in [
            r#"{"v":2,"state":{"plan":[]}}"#,
            r#"{"v":2,"state":{"plan":{"items":{}}}}"#,
            r#"{"v":2,"state":{"plan":{"items":[{"key":"m-a"}]}}}"#,
            r#"{"v":2,"state":{"plan":{"items":[{"key":"","moment":"a"}]}}}"#,
            r#"{"v":2,"state":{"plan":{"items":[{"key":"x","moment":"a","title":"b"}]}}}"#,
            r#"{"v":2,"state":{"plan":{"items":[{"key":"x","moment":"a"},{"key":"x","moment":"b"}]}}}"#,
            r#"{"v":2,"state":{"plan":{"items":[{"key":"x","moment":"a","done":{"from":"2026-13-01","days":"8"}}]}}}"#,
            r#"{"v":2,"state":{"plan":{"items":[{"key":"x","moment":"a","done":{"from":"2026-11-01","days":"zz"}}]}}}"#,
            r#"{"v":2,"state":{"plan":{"next":-1}}}"#,
            r#"{"v":2,"state":{"view":"settings"}}"#,
        ] {
            assert!(
                matches!(decode(Some(raw)), Decoded::Corrupt { .. }),
                "{raw}"
            );
        }
    }

    #[test]
    fn a_newer_version_is_never_read() {
        assert_eq!(
            decode(Some(r#"{"v":7,"state":"whatever shape v7 has"}"#)),
            Decoded::Newer { version: 7 }
        );
        // even when this build could not parse the rest strictly
        let deep = format!(
            r#"{{"v":4,"state":{}{}}}"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        for raw in [
            r#"{"v":4,"state":{"note":"\ud83d"}}"#,
            r#" { "v" : 4.0 , "state": {}}"#,
            r#"{"v":4,"state":"#,
            deep.as_str(),
        ] {
            assert_eq!(decode(Some(raw)), Decoded::Newer { version: 4 }, "{raw}");
        }
        assert_eq!(
            decode(Some(r#"{"v":99999999999999999999999,"state":{}}"#)),
            Decoded::Newer { version: u64::MAX }
        );
        // the current version with the same problems is corrupt, not newer
        assert!(matches!(
            decode(Some(r#"{"v":2,"state":{"note":"\ud83d"}}"#)),
            Decoded::Corrupt { .. }
        ));
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
        let raw = r#"{"v":1,"state":{"screen":{"at":"statements","page":40000000000}}}"#;
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

    #[test]
    fn every_fixture_loads_to_the_current_version() {
        let fixtures = [
            include_str!("../../tests/fixtures/v1.json"),
            include_str!("../../tests/fixtures/v2.json"),
            include_str!("../../tests/fixtures/v3.json"),
        ];
        assert_eq!(
            fixtures.len() as u64,
            CURRENT_VERSION,
            "one fixture a version"
        );
        for (i, raw) in fixtures.iter().enumerate() {
            let Decoded::Loaded(s) = decode(Some(raw)) else {
                panic!("fixture v{} did not load: {:?}", i + 1, decode(Some(raw)));
            };
            // and what it becomes is read back the same
            assert_eq!(decode(Some(&encode(&s))), Decoded::Loaded(s));
        }
    }

    #[test]
    fn the_version_3_fixture_keeps_its_history() {
        let Decoded::Loaded(s) = decode(Some(include_str!("../../tests/fixtures/v3.json"))) else {
            panic!("v3 fixture did not load");
        };
        assert_eq!(s.history.len(), 2);
        assert_eq!(s.history[0].on, Date::from_ymd(2026, 9, 14).unwrap());
        assert_eq!(s.history[0].score(SourceId::Overwhelm), Some(75));
        assert_eq!(s.history[0].score(SourceId::Apart), None);
        assert_eq!(s.history[1].score(SourceId::Reactive), Some(50));
        assert_eq!(s.history[1].score(SourceId::Overwhelm), None);
    }

    #[test]
    fn a_malformed_history_is_corrupt_not_guessed() {
        let with = |history: &str| format!(r#"{{"v":3,"state":{{"history":{history}}}}}"#);
        for (history, reason) in [
            ("{}", "the history is not a list"),
            (r#"[{"scores":{}}]"#, "a past assessment has no day"),
            (
                r#"[{"on":"2026-02-30","scores":{}}]"#,
                "a past assessment has no day",
            ),
            (
                r#"[{"on":"2026-02-03"}]"#,
                "a past assessment has no scores",
            ),
            (
                r#"[{"on":"2026-02-03","scores":{"overwhelm":101}}]"#,
                "a past score is out of range",
            ),
            (
                r#"[{"on":"2026-02-03","scores":{"overwhelm":-1}}]"#,
                "a past score is out of range",
            ),
            (
                r#"[{"on":"2026-02-03","scores":{}},{"on":"2026-02-03","scores":{}}]"#,
                "past assessments are out of order",
            ),
        ] {
            assert_eq!(
                decode(Some(&with(history))),
                Decoded::Corrupt { reason },
                "{history}"
            );
        }
        let long = format!(
            "[{}]",
            (0..=HISTORY_MAX)
                .map(|i| format!(
                    r#"{{"on":"{}","scores":{{}}}}"#,
                    Date::from_ymd(2020, 1, 1).unwrap().add_days(i as i32).iso()
                ))
                .collect::<Vec<_>>()
                .join(",")
        );
        assert!(matches!(
            decode(Some(&with(&long))),
            Decoded::Corrupt { .. }
        ));
        // a source this build does not know is dropped, the rest kept
        let Decoded::Loaded(s) = decode(Some(&with(
            r#"[{"on":"2026-02-03","scores":{"retired":5,"trust":40}}]"#,
        ))) else {
            panic!("should load");
        };
        assert_eq!(s.history[0].score(SourceId::Trust), Some(40));
    }
}
