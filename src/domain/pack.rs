//! A coach's content pack: their own wording for statements, moments and
//! message starters, as JSON the host page holds in a
//! `<script type="application/json" id="...">` named by `data-pack`:
//!
//! ```json
//! {
//!   "statements": { "overwhelm-energy": "Lately I am too tired to ..." },
//!   "moments": { "<moment id>": { "title": "...", "how_to": "..." } },
//!   "starters": [ { "label": "A check-in", "text": "Thinking of you ..." } ],
//!   "language": { "tag": "nl", ... }
//! }
//! ```
//!
//! `language` is a whole language the widget does not bundle: a complete
//! language file (`language.rs`; every key of `lang/en.json`, translated),
//! used when the widget's language (`data-lang`, or the page's `lang`) is
//! its tag. The other sections are then laid over it.
//!
//! Every part is optional, and anything a pack does not name keeps the
//! built-in words: a pack *replaces* the wording of the statements and
//! moments it names (by their stable ids) and the first starters, in order.
//! It cannot add statements or moments, or a fifth starter: scoring, the
//! saved answers and the list refer to the built-in catalogue by id.
//!
//! A pack with any error is refused as a whole, with every error listed,
//! and the built-in content is used.

use super::content::STATEMENTS;
use super::i18n::Strings;
use super::json::{self, Json};
use super::language::Language;
use super::moments::{MomentText, MOMENTS};

const STATEMENT_MAX: usize = 300;
const TITLE_MAX: usize = 100;
const HOW_TO_MAX: usize = 500;
const STARTER_LABEL_MAX: usize = 80;
const STARTER_TEXT_MAX: usize = 400;
const STARTERS: usize = 4;

/// A validated pack: indices into the catalogue and the words for them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pack {
    pub statements: Vec<(usize, String)>,
    /// (index, title, how-to); either may be left as built in.
    pub moments: Vec<(usize, Option<String>, Option<String>)>,
    pub starters: Vec<(String, String)>,
    /// A whole language the coach supplies.
    pub language: Option<Language>,
}

/// A locale's words with a pack laid over them, for the whole life of the
/// page (compared by address, so props holding it compare cheaply).
#[derive(Clone, Copy)]
pub struct Texts(pub &'static Strings);

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({:p})", self.0)
    }
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Pack {
    /// Parses and validates `text`; `Err` lists every problem found.
    pub fn parse(text: &str) -> Result<Pack, Vec<String>> {
        let root = json::parse(text).map_err(|e| {
            vec![format!(
                "is not valid JSON (stopped at character {})",
                e.offset
            )]
        })?;
        let Some(members) = root.as_object() else {
            return Err(vec!["must be a JSON object".to_string()]);
        };
        let mut pack = Pack::default();
        let mut errors = Vec::new();
        for (key, value) in members {
            match key.as_str() {
                "statements" => statements(value, &mut pack, &mut errors),
                "moments" => moments(value, &mut pack, &mut errors),
                "starters" => starters(value, &mut pack, &mut errors),
                "language" => match Language::from_json(value) {
                    Ok(language) => pack.language = Some(language),
                    Err(problems) => {
                        errors.extend(problems.into_iter().map(|p| ["language: ", &p].concat()))
                    }
                },
                other => errors.push(format!(
                    "has an unknown section \"{}\" (statements, moments, starters, language)",
                    clip(other)
                )),
            }
        }
        if errors.is_empty() {
            Ok(pack)
        } else {
            Err(errors)
        }
    }

    /// `base` with this pack's words in place. The new text lives as long
    /// as the page (it is leaked: a few kilobytes at most, once per pack and
    /// language, as `embed::load_pack` keeps what it made).
    pub fn over(&self, base: &'static Strings) -> Texts {
        let leak = |s: &String| -> &'static str { Box::leak(s.clone().into_boxed_str()) };
        let mut strings = *base;
        for (i, text) in &self.statements {
            strings.statements[*i] = leak(text);
        }
        for (i, title, how_to) in &self.moments {
            let old = strings.moments[*i];
            strings.moments[*i] = MomentText {
                title: title.as_ref().map_or(old.title, leak),
                how_to: how_to.as_ref().map_or(old.how_to, leak),
            };
        }
        for (i, (label, text)) in self.starters.iter().enumerate() {
            strings.starters[i] = (leak(label), leak(text));
        }
        Texts(Box::leak(Box::new(strings)))
    }
}

fn statements(value: &Json, pack: &mut Pack, errors: &mut Vec<String>) {
    let Some(members) = value.as_object() else {
        errors.push("statements: must be an object of statement id → text".to_string());
        return;
    };
    for (id, text) in members {
        let Some(i) = STATEMENTS.iter().position(|s| s.id == id) else {
            errors.push(format!(
                "statements: no statement has the id \"{}\"",
                clip(id)
            ));
            continue;
        };
        match words(text, STATEMENT_MAX) {
            Ok(t) => pack.statements.push((i, t)),
            Err(why) => errors.push(format!("statements.{id}: {why}")),
        }
    }
}

fn moments(value: &Json, pack: &mut Pack, errors: &mut Vec<String>) {
    let Some(members) = value.as_object() else {
        errors.push("moments: must be an object of moment id → {title, how_to}".to_string());
        return;
    };
    for (id, entry) in members {
        let Some(i) = MOMENTS.iter().position(|m| m.id == id) else {
            errors.push(format!("moments: no moment has the id \"{}\"", clip(id)));
            continue;
        };
        let Some(fields) = entry.as_object() else {
            errors.push(format!(
                "moments.{id}: must be an object with title and/or how_to"
            ));
            continue;
        };
        let (mut title, mut how_to) = (None, None);
        for (field, text) in fields {
            let (slot, max) = match field.as_str() {
                "title" => (&mut title, TITLE_MAX),
                "how_to" => (&mut how_to, HOW_TO_MAX),
                other => {
                    errors.push(format!(
                        "moments.{id}: unknown field \"{}\" (title, how_to)",
                        clip(other)
                    ));
                    continue;
                }
            };
            match words(text, max) {
                Ok(t) => *slot = Some(t),
                Err(why) => errors.push(format!("moments.{id}.{field}: {why}")),
            }
        }
        if title.is_none() && how_to.is_none() {
            errors.push(format!("moments.{id}: gives neither title nor how_to"));
        } else {
            pack.moments.push((i, title, how_to));
        }
    }
}

fn starters(value: &Json, pack: &mut Pack, errors: &mut Vec<String>) {
    let Json::Arr(items) = value else {
        errors.push("starters: must be a list of {label, text}".to_string());
        return;
    };
    if items.len() > STARTERS {
        errors.push(format!(
            "starters: has {} entries; at most {STARTERS} (they replace the built-in ones in order)",
            items.len()
        ));
        return;
    }
    for (n, item) in items.iter().enumerate() {
        let field = |name: &str, max: usize| match item.get(name) {
            None => Err(format!("starters[{n}]: has no {name}")),
            Some(v) => words(v, max).map_err(|why| format!("starters[{n}].{name}: {why}")),
        };
        if item.as_object().is_none() {
            errors.push(format!(
                "starters[{n}]: must be an object with label and text"
            ));
            continue;
        }
        match (
            field("label", STARTER_LABEL_MAX),
            field("text", STARTER_TEXT_MAX),
        ) {
            (Ok(label), Ok(text)) => pack.starters.push((label, text)),
            (l, t) => errors.extend(l.err().into_iter().chain(t.err())),
        }
    }
}

/// A trimmed, non-empty string of at most `max` characters without control
/// characters (line breaks included: every place shows one paragraph).
fn words(value: &Json, max: usize) -> Result<String, String> {
    let Some(text) = value.as_str() else {
        return Err("must be a string".to_string());
    };
    let t = text.trim();
    if t.is_empty() {
        Err("is empty".to_string())
    } else if t.chars().count() > max {
        Err(format!("is longer than {max} characters"))
    } else if t.chars().any(char::is_control) {
        Err("contains a line break or control character".to_string())
    } else {
        Ok(t.to_string())
    }
}

fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::EN;

    #[test]
    fn a_pack_replaces_only_what_it_names() {
        let json = r#"{
            "statements": { "overwhelm-energy": "  Lately I am too tired to be close.  " },
            "moments": { "MOMENT": { "title": "Look up, really look" } },
            "starters": [ { "label": "A check-in", "text": "Thinking of you. How is your day going?" } ]
        }"#
        .replace("MOMENT", MOMENTS[0].id);
        let pack = Pack::parse(&json).unwrap();
        assert_eq!(
            pack.statements,
            vec![(0, "Lately I am too tired to be close.".into())]
        );
        let base = &EN;
        let texts = pack.over(base);
        let s = texts.0;
        assert_eq!(s.statements[0], "Lately I am too tired to be close.");
        assert_eq!(s.statements[1], base.statements[1]);
        assert_eq!(s.moments[0].title, "Look up, really look");
        assert_eq!(s.moments[0].how_to, base.moments[0].how_to, "how_to kept");
        assert_eq!(s.moments[1], base.moments[1]);
        assert_eq!(
            s.starters[0],
            ("A check-in", "Thinking of you. How is your day going?")
        );
        assert_eq!(s.starters[1], base.starters[1]);
        assert_eq!(s.intro_title, base.intro_title);
        // the built-in table is untouched, and each overlay is its own
        assert_ne!(base.statements[0], s.statements[0]);
        assert_ne!(texts, pack.over(base));
        assert_eq!(texts, texts);
    }

    #[test]
    fn an_empty_pack_is_valid() {
        assert_eq!(Pack::parse("{}"), Ok(Pack::default()));
        assert_eq!(Pack::parse(r#"{"starters": []}"#), Ok(Pack::default()));
    }

    fn errors(json: &str) -> Vec<String> {
        Pack::parse(json).unwrap_err()
    }

    #[test]
    fn every_error_is_specific_and_all_are_listed() {
        assert_eq!(
            errors("{\"statements\": "),
            vec!["is not valid JSON (stopped at character 15)"]
        );
        assert_eq!(errors("[1]"), vec!["must be a JSON object"]);
        let e = errors(
            r#"{
                "statement": {},
                "statements": { "no-such-id": "x", "overwhelm-energy": "", "demands-time": 3 },
                "moments": { "nope": { "title": "x" } },
                "starters": [ { "label": "Hi" }, "text" ]
            }"#,
        );
        assert_eq!(
            e,
            vec![
                "has an unknown section \"statement\" (statements, moments, starters, language)",
                "statements: no statement has the id \"no-such-id\"",
                "statements.overwhelm-energy: is empty",
                "statements.demands-time: must be a string",
                "moments: no moment has the id \"nope\"",
                "starters[0]: has no text",
                "starters[1]: must be an object with label and text",
            ]
        );
    }

    #[test]
    fn moments_and_starters_are_checked_field_by_field() {
        let id = MOMENTS[3].id;
        let e = errors(&format!(
            r#"{{"moments": {{"{id}": {{"titel": "x", "how_to": "{long}"}}}}}}"#,
            long = "x".repeat(501)
        ));
        assert_eq!(
            e,
            vec![
                format!("moments.{id}: unknown field \"titel\" (title, how_to)"),
                format!("moments.{id}.how_to: is longer than 500 characters"),
                format!("moments.{id}: gives neither title nor how_to"),
            ]
        );
        let five = r#"{"label": "a", "text": "b"}"#;
        let e = errors(&format!(
            r#"{{"starters": [{five},{five},{five},{five},{five}]}}"#
        ));
        assert!(
            e[0].starts_with("starters: has 5 entries; at most 4"),
            "{e:?}"
        );
        let e = errors(r#"{"starters": [{"label": "a", "text": "line\nbreak"}]}"#);
        assert_eq!(
            e,
            vec!["starters[0].text: contains a line break or control character"]
        );
        let e = errors(r#"{"moments": []}"#);
        assert!(e[0].starts_with("moments: must be an object"));
    }
}
