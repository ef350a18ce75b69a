//! Export and import of the person's data, so nothing is ever lost with a
//! browser: a readable, versioned JSON file written and read entirely in the
//! page.
//!
//! - `export` writes `{"format": "nearer-export", "v": N, "exported":
//!   "YYYY-MM-DD", "state": {...}}`, pretty-printed, where `state` has exactly
//!   the shape of the saved envelope's (`schema::encode`).
//! - `parse_import` reads such a file, or a raw saved envelope `{"v": N,
//!   "state": {...}}` as local storage holds it, through `schema::decode`
//!   (so older versions are migrated the same way), then holds the list to
//!   the limits the widget itself keeps. It never panics; every failure is a
//!   specific `ImportError`.
//! - `preview` summarises what an import would change; `apply_import`
//!   replaces or merges.

use super::date::Date;
use super::history::record;
use super::json::{self, write_str, write_u64, Json};
use super::plan::{
    clean, custom_number, moment_key, single_line, Item, Plan, What, HOW_TO_MAX, ITEMS_MAX,
    NOTE_MAX, TITLE_MAX,
};
use super::schema::{self, Decoded, CURRENT_VERSION};
use super::state::AppState;

/// The `"format"` of an export file.
pub const FORMAT: &str = "nearer-export";

/// A larger file is refused before it is read: a full list with years of
/// practice is a few tens of kilobytes.
pub const IMPORT_MAX_BYTES: usize = 1_000_000;

/// Why a file cannot be imported. Nothing is applied when there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Over `IMPORT_MAX_BYTES`; not read at all.
    TooLarge { bytes: usize },
    /// Nothing in the file (or only white space).
    Empty,
    /// Not JSON at all: some other kind of file, or a damaged one.
    NotJson,
    /// JSON, but neither a Nearer export nor a saved Nearer state.
    NotNearer,
    /// Written by a newer version of the widget than this one.
    FromNewerVersion { version: u64 },
    /// A Nearer file whose contents cannot be read; the reason is for the
    /// console, not the person.
    Unreadable { reason: &'static str },
    /// More items than a list holds (`ITEMS_MAX`), so some would be lost.
    TooManyItems { items: usize },
}

/// The export file: pretty-printed (two-space indent, one member per line)
/// and ending with a newline.
pub fn export(state: &AppState, exported_on: Date) -> String {
    let envelope = schema::encode(state);
    let mut out = String::with_capacity(envelope.len() * 2 + 96);
    out.push_str("{\n  \"format\": ");
    write_str(&mut out, FORMAT);
    out.push_str(",\n  \"v\": ");
    write_u64(&mut out, CURRENT_VERSION);
    out.push_str(",\n  \"exported\": ");
    write_str(&mut out, &exported_on.iso());
    out.push_str(",\n  \"state\": ");
    // `encode` always writes valid JSON of a small depth, so this parses.
    match json::parse(&envelope) {
        Ok(root) => pretty(&mut out, root.get("state").unwrap_or(&Json::Null), 1),
        Err(_) => out.push_str("null"),
    }
    out.push_str("\n}\n");
    out
}

/// "nearer-export-YYYY-MM-DD.json".
pub fn export_file_name(exported_on: Date) -> String {
    let mut name = String::from("nearer-export-");
    name.push_str(&exported_on.iso());
    name.push_str(".json");
    name
}

/// Appends `value` pretty-printed, its closing bracket at `depth` levels of
/// indent. Members keep their order; empty objects and arrays stay `{}`/`[]`.
fn pretty(out: &mut String, value: &Json, depth: usize) {
    match value {
        Json::Arr(items) if !items.is_empty() => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                separator(out, i, depth + 1);
                pretty(out, item, depth + 1);
            }
            newline(out, depth);
            out.push(']');
        }
        Json::Obj(members) if !members.is_empty() => {
            out.push('{');
            for (i, (key, member)) in members.iter().enumerate() {
                separator(out, i, depth + 1);
                write_str(out, key);
                out.push_str(": ");
                pretty(out, member, depth + 1);
            }
            newline(out, depth);
            out.push('}');
        }
        other => json::write(out, other),
    }
}

fn separator(out: &mut String, i: usize, depth: usize) {
    if i > 0 {
        out.push(',');
    }
    newline(out, depth);
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Reads an export file or a raw saved envelope. The size is checked before
/// anything is parsed; older versions are migrated by `schema::decode`; texts
/// are trimmed and cut to the list's limits as the widget's own forms do
/// (markup and quotes stay plain text: rendering escapes them).
pub fn parse_import(text: &str) -> Result<AppState, ImportError> {
    if text.len() > IMPORT_MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let Ok(root) = json::parse(text) else {
        // A newer version may write what this build cannot parse strictly;
        // `decode` recognises a leading `{"v": N` of a newer version.
        return Err(match schema::decode(Some(text)) {
            Decoded::Newer { version } => ImportError::FromNewerVersion { version },
            _ => ImportError::NotJson,
        });
    };
    let decoded = match (root.get("format"), root.get("v"), root.get("state")) {
        (Some(format), _, Some(state)) if format.as_str() == Some(FORMAT) => {
            // Hand the export's version and state to the envelope reader.
            let mut envelope = String::with_capacity(text.len());
            envelope.push_str("{\"v\":");
            json::write(&mut envelope, root.get("v").unwrap_or(&Json::Null));
            envelope.push_str(",\"state\":");
            json::write(&mut envelope, state);
            envelope.push('}');
            schema::decode(Some(&envelope))
        }
        // A raw envelope: read exactly as local storage's value is.
        (None, Some(_), Some(_)) => schema::decode(Some(text)),
        _ => return Err(ImportError::NotNearer),
    };
    match decoded {
        Decoded::Loaded(state) => within_limits(state),
        Decoded::Newer { version } => Err(ImportError::FromNewerVersion { version }),
        Decoded::Corrupt { reason } => Err(ImportError::Unreadable { reason }),
        Decoded::Empty => Err(ImportError::Empty),
    }
}

/// Holds an imported list to what the widget itself allows: at most
/// `ITEMS_MAX` items, texts trimmed and cut to their limits (a title on one
/// line and not blank), and a catalogue moment under its own key `m-<id>`.
/// `schema::decode` checks none of these.
fn within_limits(mut state: AppState) -> Result<AppState, ImportError> {
    let items = state.plan.items.len();
    if items > ITEMS_MAX {
        return Err(ImportError::TooManyItems { items });
    }
    for item in &mut state.plan.items {
        // keys name elements on the page (ids, labels): only what the
        // widget itself writes, `m-<catalogue id>` or `c-<number>`
        if !is_plain_key(&item.key) {
            return Err(ImportError::Unreadable {
                reason: "an item's key has characters a key never has",
            });
        }
        item.note = clean(&item.note, NOTE_MAX);
        match &mut item.what {
            What::Moment(id) => {
                if item.key != moment_key(id) {
                    return Err(ImportError::Unreadable {
                        reason: "an item's key does not match its moment",
                    });
                }
            }
            What::Custom { title, how_to } => {
                if custom_number(&item.key).is_none() {
                    return Err(ImportError::Unreadable {
                        reason: "an item of one's own has a key the widget never gives",
                    });
                }
                *title = clean(&single_line(title), TITLE_MAX);
                if title.is_empty() {
                    return Err(ImportError::Unreadable {
                        reason: "an item of one's own has no title",
                    });
                }
                *how_to = clean(how_to, HOW_TO_MAX);
            }
        }
    }
    Ok(state)
}

/// A key as the widget writes them: lower-case letters, digits and
/// hyphens, at most 64.
fn is_plain_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 64
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// What an import would change, for the person to confirm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// Statements of the current catalogue answered on this device.
    pub answered_now: usize,
    /// … and in the file.
    pub answered_in_file: usize,
    /// The situation or safety answer in the file is not this device's.
    pub situation_differs: bool,
    /// Keys (in the file) of items only the file has.
    pub only_in_file: Vec<String>,
    /// Keys (on this device) of items only this device has.
    pub only_here: Vec<String>,
    /// Keys (on this device) of items both have.
    pub on_both: Vec<String>,
    /// Practised days over all items on this device.
    pub practised_now: usize,
    /// … and in the file.
    pub practised_in_file: usize,
}

/// Whether `a` and `b` are the same item: the same catalogue moment (key
/// `m-<id>`), or items of one's own with the same key and the same title
/// (`c-<n>` numbers are per device, so a key alone proves nothing).
fn same_item(a: &Item, b: &Item) -> bool {
    match (&a.what, &b.what) {
        (What::Moment(x), What::Moment(y)) => x == y,
        (What::Custom { title: x, .. }, What::Custom { title: y, .. }) => a.key == b.key && x == y,
        _ => false,
    }
}

fn find_same<'a>(plan: &'a Plan, item: &Item) -> Option<&'a Item> {
    plan.items.iter().find(|other| same_item(other, item))
}

fn practised(plan: &Plan) -> usize {
    plan.items.iter().map(|i| i.done.len()).sum()
}

pub fn preview(current: &AppState, incoming: &AppState) -> ImportPreview {
    let (here, file) = (&current.answers, &incoming.answers);
    let mut p = ImportPreview {
        answered_now: here.answered_count(),
        answered_in_file: file.answered_count(),
        situation_differs: here.apart != file.apart || here.safety != file.safety,
        practised_now: practised(&current.plan),
        practised_in_file: practised(&incoming.plan),
        ..ImportPreview::default()
    };
    for item in &current.plan.items {
        let list = match find_same(&incoming.plan, item) {
            Some(_) => &mut p.on_both,
            None => &mut p.only_here,
        };
        list.push(item.key.clone());
    }
    for item in &incoming.plan.items {
        if find_same(&current.plan, item).is_none() {
            p.only_in_file.push(item.key.clone());
        }
    }
    p
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// The file's data instead of this device's.
    Replace,
    /// This device's data and the file's together.
    Merge,
}

/// The outcome of `apply_import`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub state: AppState,
    /// Items of the file not added to the list because it was full
    /// (`ITEMS_MAX`), or, in a hand-edited list, because their key was
    /// taken. Always 0 for `Replace`.
    pub left_out: usize,
}

/// Applies an imported state (from `parse_import`, so only ever a readable
/// one). The current view (the widget's section) is kept in both modes.
///
/// `Replace`: the file's answers, place in the assessment and list.
///
/// `Merge`:
/// - Answers: the file's answers (and place in the assessment) are taken
///   only if this device has no answers at all; otherwise this device's
///   answers are kept whole, never mixed with the file's.
/// - History: the past assessments of both, by day; on a day both have,
///   this device's (the oldest go beyond `HISTORY_MAX`).
/// - List: every item of this device stays, in its order. An item on both
///   (see `preview`) gets the union of both sets of practised days, and
///   keeps this device's note unless that is empty (then the file's). Items
///   only in the file are appended in the file's order; items of one's own
///   get fresh keys from this list's counter, so keys never clash. Once the
///   list holds `ITEMS_MAX` items, the rest are left out and counted.
pub fn apply_import(current: &AppState, incoming: AppState, mode: ImportMode) -> Imported {
    let view = current.view;
    if mode == ImportMode::Replace {
        return Imported {
            state: AppState { view, ..incoming },
            left_out: 0,
        };
    }
    let mut state = current.clone();
    if current.answers.is_empty() && !incoming.answers.is_empty() {
        state.answers = incoming.answers;
        state.screen = incoming.screen;
    }
    // past assessments of both, by day; on a day both have, this device's
    for snapshot in incoming.history {
        if !state.history.iter().any(|mine| mine.on == snapshot.on) {
            record(&mut state.history, snapshot);
        }
    }
    let plan = &mut state.plan;
    // only this device's own items are matched: two alike items of the
    // file's own both come across
    let mine_count = plan.items.len();
    let mut left_out = 0;
    for item in incoming.plan.items {
        if let Some(mine) = plan.items[..mine_count]
            .iter_mut()
            .find(|mine| same_item(mine, &item))
        {
            mine.done = union_days(&mine.done, &item.done);
            if mine.note.is_empty() {
                mine.note = item.note;
            }
            continue;
        }
        if plan.is_full() {
            left_out += 1;
            continue;
        }
        let key = match item.what {
            What::Moment(_) => Some(item.key.clone()).filter(|k| plan.item(k).is_none()),
            What::Custom { .. } => plan.next_custom_key(),
        };
        match key {
            Some(key) => plan.items.push(Item { key, ..item }),
            None => left_out += 1,
        }
    }
    Imported { state, left_out }
}

/// Two ascending day lists as one, ascending and without repeats (a linear
/// merge: both are already sorted).
fn union_days(a: &[Date], b: &[Date]) -> Vec<Date> {
    let mut out: Vec<Date> = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(&&x), Some(&&y)) if x <= y => a.next(),
            (_, Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, None) => return out,
        };
        if let Some(&day) = next {
            if out.last() != Some(&day) {
                out.push(day);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Apart, Safety};
    use crate::domain::content::STATEMENTS;
    use crate::domain::moments::MOMENTS;
    use crate::domain::state::{Screen, View};
    use crate::domain::test_rng::Rng;
    use serde_json::Value;

    fn keys(state: &AppState) -> Vec<&str> {
        state.plan.items.iter().map(|i| i.key.as_str()).collect()
    }

    fn notes(state: &AppState) -> Vec<&str> {
        state.plan.items.iter().map(|i| i.note.as_str()).collect()
    }

    #[test]
    fn two_alike_items_of_the_files_own_both_come_across() {
        let mut here = AppState::default();
        assert!(here.plan.add_custom("A", ""));
        let mut file = AppState::default();
        assert!(file.plan.add_custom("B", ""));
        assert!(file.plan.add_custom("B", ""));
        file.plan.set_note("c-1", "first");
        file.plan.set_note("c-2", "second");
        let merged = apply_import(&here, file, ImportMode::Merge);
        assert_eq!(merged.left_out, 0);
        let notes = notes(&merged.state);
        assert_eq!(notes, ["", "first", "second"]);
        let keys = keys(&merged.state);
        assert_eq!(keys, ["c-1", "c-2", "c-3"]);
    }

    fn day(n: i32) -> Date {
        Date::from_ymd(2026, 11, 1).unwrap().add_days(n)
    }

    fn today() -> Date {
        Date::from_ymd(2026, 11, 24).unwrap()
    }

    fn mkey(i: usize) -> String {
        moment_key(MOMENTS[i].id)
    }

    fn rich() -> AppState {
        let mut s = AppState {
            view: View::List,
            screen: Screen::Statements(2),
            ..AppState::default()
        };
        s.answers.apart = Some(Apart::Unsure);
        s.answers.safety = Some(Safety::Private);
        for (i, st) in STATEMENTS.iter().enumerate().step_by(2) {
            s.answers.ratings.insert(st.id, (i % 5) as u8);
        }
        s.answers.ratings.insert("retired-id", 1);
        let p = &mut s.plan;
        assert!(p.add_moment(MOMENTS[0].id));
        assert!(p.add_custom(
            "Sunday walk <b>& coffee</b>",
            "Just the two of us, \"no plans\".\nSlowly."
        ));
        assert!(p.add_custom("gone", ""));
        assert!(p.remove("c-2"));
        assert!(p.add_moment(MOMENTS[3].id));
        assert!(p.add_custom("Évening 🙂 call", "ring at 8 \\ or 9"));
        p.set_note(
            &mkey(0),
            "Tried it at breakfast.\n\"Again\" on Tuesday \\ ok",
        );
        p.set_note("c-3", "</script><img src=x onerror=alert(1)>");
        for d in [0, 1, 3, 40, 400] {
            p.toggle_done(&mkey(0), day(d));
        }
        for d in [-30, 2, 3] {
            p.toggle_done("c-1", day(d));
        }
        s
    }

    fn custom(key: &str, title: &str) -> Item {
        Item {
            key: key.into(),
            what: What::Custom {
                title: title.into(),
                how_to: String::new(),
            },
            note: String::new(),
            done: Vec::new(),
        }
    }

    fn moment_item(i: usize, note: &str, done: &[i32]) -> Item {
        Item {
            key: mkey(i),
            what: What::Moment(MOMENTS[i].id.into()),
            note: note.into(),
            done: done.iter().map(|&d| day(d)).collect(),
        }
    }

    #[test]
    fn an_export_imports_back_exactly() {
        for s in [rich(), AppState::default()] {
            assert_eq!(parse_import(&export(&s, today())), Ok(s.clone()));
            // and so does the raw saved envelope
            assert_eq!(parse_import(&schema::encode(&s)), Ok(s));
        }
    }

    #[test]
    fn the_export_is_readable_versioned_json() {
        let s = rich();
        let text = export(&s, today());
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["format"], "nearer-export");
        assert_eq!(doc["v"], CURRENT_VERSION);
        assert_eq!(doc["exported"], "2026-11-24");
        let saved: Value = serde_json::from_str(&schema::encode(&s)).unwrap();
        assert_eq!(doc["state"], saved["state"]);
        assert_eq!(doc.as_object().unwrap().len(), 4);
        assert!(text.starts_with(
            "{\n  \"format\": \"nearer-export\",\n  \"v\": 3,\n  \"exported\": \"2026-11-24\",\n  \"state\": {\n    \"view\": \"list\",\n    \"screen\": {\n      \"at\": \"statements\",\n      \"page\": 2\n    },\n"
        ));
        assert!(text.ends_with("\n}\n"));
        // one member or value per line, each indented by two spaces a level
        assert!(text.lines().count() > 40);
        for line in text.lines() {
            let indent = line.len() - line.trim_start().len();
            assert_eq!(indent % 2, 0, "{line:?}");
            assert!(!line.trim().is_empty());
        }
        assert_eq!(export_file_name(today()), "nearer-export-2026-11-24.json");
        let empty = export(&AppState::default(), today());
        assert!(empty.contains("\"ratings\": {}"));
        assert!(empty.contains("\"items\": []"));
    }

    #[test]
    fn the_pretty_writer_keeps_order_and_every_kind_of_value() {
        let v = json::parse(r#"{"z":[1,-2,[],{}],"a":{"s":"q\"\n","t":true,"f":false,"n":null}}"#)
            .unwrap();
        let mut out = String::new();
        pretty(&mut out, &v, 0);
        assert_eq!(
            out,
            "{\n  \"z\": [\n    1,\n    -2,\n    [],\n    {}\n  ],\n  \"a\": {\n    \"s\": \"q\\\"\\n\",\n    \"t\": true,\n    \"f\": false,\n    \"n\": null\n  }\n}"
        );
        assert_eq!(json::parse(&out), Ok(v));
    }

    #[test]
    fn older_saved_versions_import_migrated() {
        for raw in [
            include_str!("../../tests/fixtures/v1.json"),
            include_str!("../../tests/fixtures/v2.json"),
        ] {
            let Decoded::Loaded(expected) = schema::decode(Some(raw)) else {
                panic!("fixture");
            };
            let s = parse_import(raw).unwrap();
            assert_eq!(s, expected);
            assert!(s.answers.answered_count() > 0);
            // and as an export of that version
            let wrapped = format!(
                r#"{{"format":"nearer-export","v":{},"exported":"2026-01-01","state":{}}}"#,
                &raw[5..6],
                &raw[15..raw.trim_end().len() - 1]
            );
            assert_eq!(parse_import(&wrapped), Ok(expected));
        }
        let v1 = parse_import(include_str!("../../tests/fixtures/v1.json")).unwrap();
        assert_eq!(v1.plan, Plan::default());
        assert_eq!(v1.answers.answered_count(), 9);
        let v2 = parse_import(include_str!("../../tests/fixtures/v2.json")).unwrap();
        assert_eq!(v2.plan.items.len(), 2);
        assert_eq!(v2.plan.next_custom, 4);
    }

    #[test]
    fn too_large_is_refused_before_parsing() {
        let bytes = IMPORT_MAX_BYTES + 1;
        // would be NotJson (or refused for depth) if it were parsed
        for text in ["x".repeat(bytes), "[".repeat(bytes)] {
            assert_eq!(parse_import(&text), Err(ImportError::TooLarge { bytes }));
        }
        let valid = export(&rich(), today());
        let mut padded = valid.clone();
        padded.push_str(&" ".repeat(IMPORT_MAX_BYTES - valid.len()));
        assert_eq!(parse_import(&padded), Ok(rich()));
        padded.push(' ');
        assert_eq!(parse_import(&padded), Err(ImportError::TooLarge { bytes }));
    }

    #[test]
    fn every_error_has_a_fitting_input() {
        use ImportError::*;
        let cases: &[(&str, ImportError)] = &[
            ("", Empty),
            (" \n\t ", Empty),
            ("\u{feff}", Empty),
            ("not json", NotJson),
            ("<html><body>hi</body></html>", NotJson),
            ("{\"v\":2,\"state\":{", NotJson),
            ("{'v':2}", NotJson),
            ("[]", NotNearer),
            ("42", NotNearer),
            ("\"nearer-export\"", NotNearer),
            ("null", NotNearer),
            ("{}", NotNearer),
            (r#"{"name":"a list","items":[]}"#, NotNearer),
            (r#"{"format":"other-app","v":2,"state":{}}"#, NotNearer),
            (r#"{"format":1,"v":2,"state":{}}"#, NotNearer),
            (
                r#"{"format":"nearer-export","v":2,"exported":"2026-11-24"}"#,
                NotNearer,
            ),
            (r#"{"v":2}"#, NotNearer),
            (r#"{"state":{}}"#, NotNearer),
            (r#"{"v":4,"state":{}}"#, FromNewerVersion { version: 4 }),
            (
                r#"{"format":"nearer-export","v":7,"exported":"2031-01-01","state":{"new":[]}}"#,
                FromNewerVersion { version: 7 },
            ),
            // a newer version's value this build cannot parse strictly
            (
                r#"{"v":4,"state":{"note":"\ud83d"}}"#,
                FromNewerVersion { version: 4 },
            ),
            (
                r#"{"v":0,"state":{}}"#,
                Unreadable {
                    reason: "schema versions start at 1",
                },
            ),
            (
                r#"{"format":"nearer-export","state":{}}"#,
                Unreadable {
                    reason: "no schema version",
                },
            ),
            (
                r#"{"format":"nearer-export","v":2,"state":[]}"#,
                Unreadable {
                    reason: "no saved state object",
                },
            ),
            (
                r#"{"format":"nearer-export","v":2,"state":{"answers":{"ratings":{"trust-repair":9}}}}"#,
                Unreadable {
                    reason: "a rating is out of range",
                },
            ),
            (
                r#"{"v":2,"state":{"plan":{"items":[{"key":"c-1","moment":"eye-contact"}]}}}"#,
                Unreadable {
                    reason: "an item's key does not match its moment",
                },
            ),
            (
                r#"{"v":2,"state":{"plan":{"items":[{"key":"c-1","title":" \n\t "}]}}}"#,
                Unreadable {
                    reason: "an item of one's own has no title",
                },
            ),
            // keys become element ids on the page
            (
                r#"{"v":2,"state":{"plan":{"items":[{"key":"c 1\" x","title":"a"}]}}}"#,
                Unreadable {
                    reason: "an item's key has characters a key never has",
                },
            ),
            (
                r#"{"v":2,"state":{"plan":{"items":[{"key":"m-a b","moment":"a b"}]}}}"#,
                Unreadable {
                    reason: "an item's key has characters a key never has",
                },
            ),
            (
                r#"{"v":2,"state":{"plan":{"items":[{"key":"mine","title":"a"}]}}}"#,
                Unreadable {
                    reason: "an item of one's own has a key the widget never gives",
                },
            ),
        ];
        for (text, error) in cases {
            assert_eq!(parse_import(text), Err(*error), "{text}");
            // what the saved-state reader says is passed on as it is
            if let (Unreadable { reason }, Decoded::Corrupt { reason: theirs }) =
                (error, schema::decode(Some(text)))
            {
                assert_eq!(*reason, theirs);
            }
        }
        let mut full = AppState::default();
        full.plan.items = (1..=ITEMS_MAX + 1)
            .map(|n| custom(&format!("c-{n}"), "x"))
            .collect();
        assert_eq!(
            parse_import(&export(&full, today())),
            Err(TooManyItems {
                items: ITEMS_MAX + 1
            })
        );
        full.plan.items.pop();
        assert!(parse_import(&export(&full, today())).is_ok());
    }

    fn assert_within_limits(s: &AppState) {
        assert!(s.plan.items.len() <= ITEMS_MAX);
        for item in &s.plan.items {
            assert!(item.note.chars().count() <= NOTE_MAX);
            assert!(item.done.windows(2).all(|w| w[0] < w[1]));
            match &item.what {
                What::Moment(id) => assert_eq!(item.key, moment_key(id)),
                What::Custom { title, how_to } => {
                    assert!(!title.is_empty() && title.chars().count() <= TITLE_MAX);
                    assert!(!title.contains(['\n', '\r', '\t']));
                    assert!(how_to.chars().count() <= HOW_TO_MAX);
                }
            }
        }
    }

    #[test]
    fn damaged_files_never_panic() {
        let mut rng = Rng(0x5eed_0fca_11ab_1e77);
        let valids = [export(&rich(), today()), schema::encode(&rich())];
        for valid in &valids {
            for end in 0..valid.len() {
                if let Some(prefix) = valid.get(..end) {
                    let _ = parse_import(prefix);
                }
            }
        }
        for n in 0..6_000 {
            let mut bytes = valids[n % 2].clone().into_bytes();
            for _ in 0..=rng.below(4) {
                let at = rng.below(bytes.len() as u64) as usize;
                match rng.below(4) {
                    0 => bytes[at] = rng.below(256) as u8,
                    1 => {
                        bytes.remove(at);
                    }
                    2 => bytes.truncate(at),
                    _ => bytes.insert(at, b"{}[]\",:0-9e\\ \n"[rng.below(14) as usize]),
                }
                if bytes.is_empty() {
                    break;
                }
            }
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(s) = parse_import(&text) {
                assert_within_limits(&s);
            }
        }
        let alphabet: &[u8] = b"{}[]:,\"\\ 0123456789-vstateformatnearer-export\x01\xc3\xa9";
        for _ in 0..3_000 {
            let len = rng.below(64) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
                .collect();
            let _ = parse_import(&String::from_utf8_lossy(&bytes));
        }
    }

    #[test]
    fn hostile_texts_stay_plain_text_cut_to_the_limits() {
        let title = format!(
            "  <script>alert(\"hi\")</script>\n\t&amp; \u{7}{}",
            "é".repeat(300)
        );
        let how_to = format!("{}\"'<b>", "w".repeat(HOW_TO_MAX));
        let note = format!(" \u{1}{} ", "🙂".repeat(NOTE_MAX * 2));
        let (mut t, mut h, mut n) = (String::new(), String::new(), String::new());
        write_str(&mut t, &title);
        write_str(&mut h, &how_to);
        write_str(&mut n, &note);
        let raw = format!(
            r#"{{"format":"nearer-export","v":2,"exported":"2026-11-24","state":{{"plan":{{"next":0,"items":[{{"key":"c-9","title":{t},"how_to":{h},"note":{n}}}]}}}}}}"#
        );
        let s = parse_import(&raw).unwrap();
        assert_within_limits(&s);
        let item = &s.plan.items[0];
        let What::Custom { title, how_to } = &item.what else {
            panic!()
        };
        assert!(title.starts_with("<script>alert(\"hi\")</script>  &amp; \u{7}é"));
        assert_eq!(title.chars().count(), TITLE_MAX);
        assert_eq!(how_to, &"w".repeat(HOW_TO_MAX));
        assert!(item.note.starts_with('\u{1}'));
        assert_eq!(item.note.chars().count(), NOTE_MAX);
        assert_eq!(s.plan.next_custom, 9);
        // cleaning is settled: it exports and imports back unchanged
        assert_eq!(parse_import(&export(&s, today())), Ok(s.clone()));
    }

    fn device() -> AppState {
        let mut s = AppState {
            view: View::Moments,
            screen: Screen::Results,
            ..AppState::default()
        };
        s.answers.safety = Some(Safety::No);
        for st in &STATEMENTS[..3] {
            s.answers.ratings.insert(st.id, 2);
        }
        let mut walk = custom("c-1", "Walk");
        walk.note = "mine".into();
        walk.done = vec![day(5)];
        s.plan.items = vec![moment_item(0, "", &[1, 3, 5]), walk, custom("c-2", "Call")];
        s.plan.next_custom = 2;
        s
    }

    fn file() -> AppState {
        let mut s = AppState {
            view: View::Reflect,
            screen: Screen::Statements(1),
            ..AppState::default()
        };
        s.answers.safety = Some(Safety::Yes);
        for st in &STATEMENTS[..5] {
            s.answers.ratings.insert(st.id, 4);
        }
        let mut walk = custom("c-1", "Walk");
        walk.note = "from the file".into();
        walk.done = vec![day(2), day(5), day(9)];
        let mut tea = custom("c-2", "Tea");
        tea.note = "green".into();
        tea.done = vec![day(7)];
        s.plan.items = vec![
            moment_item(0, "theirs", &[2, 3, 6, 7]),
            moment_item(1, "", &[4]),
            walk,
            tea,
            custom("c-7", "Dance"),
        ];
        s.plan.next_custom = 7;
        s
    }

    #[test]
    fn the_preview_counts_what_would_change() {
        let p = preview(&device(), &file());
        assert_eq!(
            p,
            ImportPreview {
                answered_now: 3,
                answered_in_file: 5,
                situation_differs: true,
                only_in_file: vec![mkey(1), "c-2".into(), "c-7".into()],
                only_here: vec!["c-2".into()],
                on_both: vec![mkey(0), "c-1".into()],
                practised_now: 4,
                practised_in_file: 9,
            }
        );
        let same = preview(&device(), &device());
        assert!(!same.situation_differs);
        assert!(same.only_in_file.is_empty() && same.only_here.is_empty());
        assert_eq!(same.on_both.len(), 3);
        let none = preview(&AppState::default(), &AppState::default());
        assert_eq!(none, ImportPreview::default());
    }

    #[test]
    fn replace_takes_the_file_and_keeps_the_view() {
        let out = apply_import(&device(), file(), ImportMode::Replace);
        assert_eq!(out.left_out, 0);
        assert_eq!(out.state.view, View::Moments);
        assert_eq!(
            out.state,
            AppState {
                view: View::Moments,
                ..file()
            }
        );
    }

    #[test]
    fn merge_joins_the_lists_and_keeps_this_devices_answers() {
        let out = apply_import(&device(), file(), ImportMode::Merge);
        assert_eq!(out.left_out, 0);
        let s = &out.state;
        assert_eq!(s.view, View::Moments);
        assert_eq!(s.screen, Screen::Results);
        assert_eq!(s.answers, device().answers);
        let keys = keys(s);
        let (m0, m1) = (mkey(0), mkey(1));
        assert_eq!(keys, [&m0, "c-1", "c-2", &m1, "c-3", "c-4"]);
        // on both: days joined, this device's note unless it is empty
        let days = |i: usize| -> Vec<Date> { s.plan.items[i].done.clone() };
        assert_eq!(days(0), [1, 2, 3, 5, 6, 7].map(day));
        assert_eq!(s.plan.items[0].note, "theirs");
        assert_eq!(days(1), [2, 5, 9].map(day));
        assert_eq!(s.plan.items[1].note, "mine");
        // the file's "c-2" is another item: it comes in under a fresh key
        assert_eq!(s.plan.items[2], custom("c-2", "Call"));
        assert_eq!(s.plan.items[4].what, file().plan.items[3].what);
        assert_eq!(s.plan.items[4].note, "green");
        assert_eq!(days(4), [day(7)]);
        assert_eq!(s.plan.items[5].what, file().plan.items[4].what);
        assert_eq!(s.plan.next_custom, 4);
        assert_within_limits(s);

        // a device without answers takes the file's, and where they stood
        let blank = AppState {
            answers: Default::default(),
            screen: Screen::Intro,
            ..device()
        };
        let out = apply_import(&blank, file(), ImportMode::Merge);
        assert_eq!(out.state.answers, file().answers);
        assert_eq!(out.state.screen, Screen::Statements(1));
        // a file without answers changes none
        let out = apply_import(&blank, AppState::default(), ImportMode::Merge);
        assert_eq!(out.state, blank);
        // merging a state into itself changes nothing
        let out = apply_import(&device(), device(), ImportMode::Merge);
        assert_eq!((out.state, out.left_out), (device(), 0));
    }

    #[test]
    fn merge_never_grows_the_list_past_its_ceiling() {
        let mut full = AppState::default();
        full.plan.items = (1..=ITEMS_MAX as u32 - 2)
            .map(|n| custom(&format!("c-{n}"), "mine"))
            .collect();
        full.plan.next_custom = ITEMS_MAX as u32 - 2;
        let out = apply_import(&full, file(), ImportMode::Merge);
        assert_eq!(out.state.plan.items.len(), ITEMS_MAX);
        assert_eq!(out.left_out, 3);
        // the two moments fit; no key was spent on the items left out
        assert_eq!(out.state.plan.items[ITEMS_MAX - 1].key, mkey(1));
        assert_eq!(out.state.plan.next_custom, ITEMS_MAX as u32 - 2);
        let again = apply_import(&out.state, file(), ImportMode::Merge);
        assert_eq!(again.state.plan.items.len(), ITEMS_MAX);
        // the moments are on both now and merge; the file's own three stay out
        assert_eq!(again.left_out, 3);
        assert_eq!(again.state.plan.items[ITEMS_MAX - 2].note, "theirs");
    }

    #[test]
    fn fresh_keys_skip_taken_ones_and_a_spent_counter_adds_nothing() {
        let mut odd = AppState::default();
        odd.plan.items = vec![custom("c-1", "hand-edited")];
        let out = apply_import(&odd, file(), ImportMode::Merge);
        let keys = keys(&out.state);
        assert_eq!(&keys[1..], [&mkey(0), &mkey(1), "c-2", "c-3", "c-4"]);
        odd.plan.next_custom = u32::MAX;
        let out = apply_import(&odd, file(), ImportMode::Merge);
        assert_eq!(out.left_out, 3);
        assert_eq!(out.state.plan.items.len(), 3);
    }

    #[test]
    fn day_lists_merge_linearly_without_repeats() {
        let d = |v: &[i32]| -> Vec<Date> { v.iter().map(|&n| day(n)).collect() };
        assert_eq!(union_days(&[], &[]), d(&[]));
        assert_eq!(union_days(&d(&[1, 2]), &[]), d(&[1, 2]));
        assert_eq!(union_days(&[], &d(&[1, 2])), d(&[1, 2]));
        assert_eq!(
            union_days(&d(&[1, 3, 5, 9]), &d(&[2, 3, 6, 7])),
            d(&[1, 2, 3, 5, 6, 7, 9])
        );
        assert_eq!(union_days(&d(&[4, 4, 5]), &d(&[4, 5, 5])), d(&[4, 5]));
    }

    #[test]
    fn merging_joins_both_histories_by_day() {
        use crate::domain::history::Snapshot;
        let day = |d| Date::from_ymd(2026, 10, d).unwrap();
        let snap = |d, v| Snapshot {
            on: day(d),
            scores: [Some(v); 9],
        };
        let here = AppState {
            history: vec![snap(1, 10), snap(20, 20)],
            ..AppState::default()
        };
        let file = AppState {
            history: vec![snap(5, 50), snap(20, 99), snap(25, 60)],
            ..AppState::default()
        };
        let merged = apply_import(&here, file.clone(), ImportMode::Merge).state;
        let got: Vec<_> = merged.history.iter().map(|s| (s.on, s.scores[0])).collect();
        assert_eq!(
            got,
            vec![
                (day(1), Some(10)),
                (day(5), Some(50)),
                (day(20), Some(20)),
                (day(25), Some(60))
            ]
        );
        let replaced = apply_import(&here, file.clone(), ImportMode::Replace).state;
        assert_eq!(replaced.history, file.history);
    }
}
