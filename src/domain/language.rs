//! Languages as data. English is built in (`i18n::EN`); every other
//! language is a JSON file with the same texts, `lang/<tag>.json` beside the
//! bundle (fetched only when chosen) or a coach's content pack's `language`
//! section. The file holds words and templates only:
//!
//! ```json
//! {
//!   "tag": "nl",
//!   "begin": "Beginnen",
//!   "scale": ["Helemaal niet", "…"],
//!   "statements": { "overwhelm-energy": "…" },
//!   "answered_of": { "one": "{n} van {total} uitspraak beantwoord", "other": "…" }
//! }
//! ```
//!
//! A template names its placeholders (`{n}`); a text with a count may give
//! a form per CLDR plural category (`zero`, `one`, `two`, `few`, `many`,
//! `other`), and the browser's `Intl.PluralRules` picks one. Lists and dates
//! come from `Intl` too (`i18n::Grammar`). The English file, the template a
//! translator starts from, is `export(&EN)` (`make lang/en.json`).
//!
//! A file is checked as strictly as a content pack: every key present, no
//! unknown or repeated key, every text a non-empty single line of at most
//! `TEXT_MAX` characters, templates using only their own placeholders and
//! keeping each one English keeps. A file with any problem is refused as a
//! whole, with every problem named; the widget then speaks English.

use super::i18n::{path_name, Category, Grammar, Plural, Seg, Slot, Strings, EN};
use super::json::{self, Json};

/// The longest text a language file may hold, in characters.
pub const TEXT_MAX: usize = 1000;

/// A text with plural forms in English needs a form for every plural
/// category a count from 0 to this takes in the language (Polish: one, few,
/// many; Arabic: all six). Larger counts never appear on screen.
const COUNT_MAX: usize = 1000;

/// A checked language file: its tag and one entry per text of `Strings`,
/// in `Strings::visit` order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    /// The primary language subtag, lower case ("nl").
    pub tag: String,
    entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Entry {
    Text(String),
    /// A count's text written once: the same for every number.
    Same(String),
    /// A count's forms: (category, template), "other" among them.
    Forms(Vec<(Category, String)>),
}

/// A primary language subtag as a language file writes it: 2 or 3
/// lower-case ASCII letters ("de", "fil").
pub fn is_tag(tag: &str) -> bool {
    (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase())
}

impl Language {
    /// Parses and checks a language file; `Err` names every problem.
    pub fn parse(text: &str) -> Result<Language, Vec<String>> {
        let root = json::parse(text).map_err(|e| {
            vec![format!(
                "is not valid JSON (stopped at character {})",
                e.offset
            )]
        })?;
        Language::from_json(&root)
    }

    /// Checks a parsed language file (also a content pack's `language`):
    /// an object of texts by key, or the compact list the build writes a
    /// bundled file as (`scripts/compact-lang.mjs`): the tag, then every
    /// text in `Strings::visit` order, keys left out (2.4 kB gzip less for
    /// each visitor in that language).
    pub fn from_json(root: &Json) -> Result<Language, Vec<String>> {
        let list = match root {
            Json::Arr(items) => Some(items),
            Json::Obj(_) => None,
            _ => return Err(vec!["must be a JSON object".to_string()]),
        };
        let mut errors = Vec::new();
        let tag = match list.map_or_else(|| root.get("tag"), |items| items.first()) {
            Some(Json::Str(t)) if is_tag(t) => t.clone(),
            Some(Json::Str(t)) => {
                errors.push(format!(
                    "tag: \"{}\" is not a language tag (2 or 3 lower-case letters, as \"nl\")",
                    clip(t)
                ));
                String::new()
            }
            Some(_) => {
                errors.push("tag: must be a string (the language's tag, as \"nl\")".to_string());
                String::new()
            }
            None => {
                errors.push("tag: missing (the language's tag, as \"nl\")".to_string());
                String::new()
            }
        };
        let mut known = vec!["tag".to_string()];
        let mut entries = Vec::new();
        let mut english = EN;
        english.visit(&mut |path, slot| {
            let name = path_name(path);
            // (in a list, the texts follow the tag)
            let value = list.map_or_else(|| lookup(root, path), |items| items.get(known.len()));
            let entry = match (value, slot) {
                (None, _) => Err("missing".to_string()),
                (Some(v), Slot::Text(en)) => line(v, &[], en).map(Entry::Text),
                (Some(v), Slot::Template(en, names)) => line(v, names, en).map(Entry::Text),
                (Some(v), Slot::Plural(en, names)) => forms(v, names, *en),
            };
            match entry {
                Ok(e) => entries.push(e),
                Err(why) => errors.push(format!("{name}: {why}")),
            }
            known.push(name);
        });
        match list {
            Some(items) if items.len() > known.len() => errors.push(format!(
                "holds {} entries, {} more than the tag and the {} texts",
                items.len(),
                items.len() - known.len(),
                known.len() - 1
            )),
            Some(_) => {}
            None => unknown(root, "", &known, &mut errors),
        }
        if errors.is_empty() {
            Ok(Language { tag, entries })
        } else {
            Err(errors)
        }
    }

    /// The words as a table with `grammar` (the browser's for this
    /// language), to live as long as the page: their text is leaked, once
    /// per language and page (`embed` keeps what it made). Refused when a
    /// text English writes in plural forms lacks a form this language uses.
    pub fn strings(&self, grammar: &'static dyn Grammar) -> Result<&'static Strings, Vec<String>> {
        // the forms a count the widget shows (0 to 1000) can take here
        let taken: Vec<Category> = (0..=COUNT_MAX).map(|n| grammar.plural(n)).collect();
        let needed: Vec<Category> = Category::ALL
            .into_iter()
            .filter(|c| taken.contains(c))
            .collect();
        let leak = |s: &String| -> &'static str { Box::leak(s.clone().into_boxed_str()) };
        let mut errors = Vec::new();
        let mut strings = EN;
        let mut entries = self.entries.iter();
        strings.visit(&mut |path, slot| {
            let Some(entry) = entries.next() else { return };
            match (slot, entry) {
                (Slot::Text(t) | Slot::Template(t, _), Entry::Text(s)) => *t = leak(s),
                (Slot::Plural(p, _), Entry::Same(s)) => {
                    *p = Plural(Box::leak(Box::new([(Category::Other, leak(s))])));
                }
                (Slot::Plural(p, _), Entry::Forms(forms)) => {
                    let counted = p.0.len() > 1;
                    let missing: Vec<&str> = needed
                        .iter()
                        .filter(|c| counted && !forms.iter().any(|(k, _)| k == *c))
                        .map(|c| c.key())
                        .collect();
                    if !missing.is_empty() {
                        errors.push(format!(
                            "{}: needs a form for each plural category a count takes in \"{}\" ({}); missing {}",
                            path_name(path),
                            self.tag,
                            needed.iter().map(|c| c.key()).collect::<Vec<_>>().join(", "),
                            missing.join(", ")
                        ));
                    }
                    let forms: Vec<(Category, &'static str)> =
                        forms.iter().map(|(c, s)| (*c, leak(s))).collect();
                    *p = Plural(Box::leak(forms.into_boxed_slice()));
                }
                // entries follow the same visit order as when parsed
                _ => errors.push(format!("{}: out of order", path_name(path))),
            }
        });
        if !errors.is_empty() {
            return Err(errors);
        }
        strings.tag = leak(&self.tag);
        strings.grammar = grammar;
        Ok(Box::leak(Box::new(strings)))
    }
}

/// The value at `path`, if every step is there.
fn lookup<'a>(root: &'a Json, path: &[Seg]) -> Option<&'a Json> {
    path.iter().try_fold(root, |v, seg| match (seg, v) {
        (Seg::Key(k), Json::Obj(_)) => v.get(k),
        (Seg::Index(i), Json::Arr(items)) => items.get(*i),
        _ => None,
    })
}

/// One line of text: a trimmed, non-empty string of at most `TEXT_MAX`
/// characters without control characters, whose `{...}` are all among
/// `names` and which keeps every placeholder `english` has.
fn line(value: &Json, names: &[&str], english: &str) -> Result<String, String> {
    let Some(text) = value.as_str() else {
        return Err("must be a string".to_string());
    };
    let t = text.trim();
    if t.is_empty() {
        return Err("is empty".to_string());
    }
    if t.chars().count() > TEXT_MAX {
        return Err(format!("is longer than {TEXT_MAX} characters"));
    }
    if t.chars().any(char::is_control) {
        return Err("contains a line break or control character".to_string());
    }
    let used = placeholders(t).ok_or_else(|| {
        if names.is_empty() {
            "has a { or }, which only a template may have".to_string()
        } else {
            "has a { or } that is not part of a {placeholder}".to_string()
        }
    })?;
    if let Some(bad) = used.iter().find(|u| !names.contains(u)) {
        return Err(if names.is_empty() {
            format!("has {{{}}}, but this text takes no placeholder", clip(bad))
        } else {
            format!(
                "has {{{}}}, which is not one of its placeholders ({})",
                clip(bad),
                braced(names)
            )
        });
    }
    let needed = placeholders(english).unwrap_or_default();
    if let Some(lost) = needed.iter().find(|n| !used.contains(n)) {
        return Err(format!("leaves out {{{lost}}}"));
    }
    Ok(t.to_string())
}

/// A count's text: one string (the same for every number: a translation
/// may word it so that nothing agrees with the count), or an object of
/// plural forms with "other" among them. Only "other" must keep English's
/// placeholders (a language may write "one" as a word).
fn forms(value: &Json, names: &[&str], english: Plural) -> Result<Entry, String> {
    let other = english.form(Category::Other);
    match value {
        Json::Str(_) => Ok(Entry::Same(line(value, names, other)?)),
        Json::Obj(members) => {
            let mut out = Vec::new();
            let mut problems = Vec::new();
            for (key, text) in members {
                let Some(category) = Category::from_key(key) else {
                    problems.push(format!(
                        "\"{}\" is not a plural category (zero, one, two, few, many, other)",
                        clip(key)
                    ));
                    continue;
                };
                if out.iter().any(|(c, _)| *c == category) {
                    problems.push(format!("the form \"{key}\" appears twice"));
                    continue;
                }
                let keep = if category == Category::Other {
                    other
                } else {
                    ""
                };
                match line(text, names, keep) {
                    Ok(t) => out.push((category, t)),
                    Err(why) => problems.push(format!("its form \"{key}\" {why}")),
                }
            }
            if !out.iter().any(|(c, _)| *c == Category::Other) && problems.is_empty() {
                problems.push("has no \"other\" form".to_string());
            }
            if problems.is_empty() {
                Ok(Entry::Forms(out))
            } else {
                Err(problems.join("; "))
            }
        }
        _ => Err("must be a string, or an object of plural forms".to_string()),
    }
}

/// The `{name}`s in `text`, or `None` when a brace is not part of one.
fn placeholders(text: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        if rest.as_bytes()[i] == b'}' {
            return None;
        }
        let after = &rest[i + 1..];
        let close = after.find('}')?;
        let name = &after[..close];
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return None;
        }
        out.push(name);
        rest = &after[close + 1..];
    }
    Some(out)
}

fn braced(names: &[&str]) -> String {
    let all: Vec<String> = names.iter().map(|n| ["{", n, "}"].concat()).collect();
    all.join(", ")
}

/// Names every member of `value` that is not a text of the language (or a
/// step towards one), and every member given twice.
fn unknown(value: &Json, path: &str, known: &[String], errors: &mut Vec<String>) {
    if known.iter().any(|k| k == path) {
        return;
    }
    let leads = |p: &str| {
        known.iter().any(|k| {
            k.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        })
    };
    match value {
        Json::Obj(members) => {
            for (i, (key, child)) in members.iter().enumerate() {
                let p = if path.is_empty() {
                    key.clone()
                } else {
                    [path, ".", key].concat()
                };
                if members[..i].iter().any(|(k, _)| k == key) {
                    errors.push(format!("{}: appears twice", clip(&p)));
                } else if leads(&p) {
                    unknown(child, &p, known, errors);
                } else {
                    errors.push(format!("{}: unknown key", clip(&p)));
                }
            }
        }
        Json::Arr(items) => {
            for (i, child) in items.iter().enumerate() {
                let p = [path, "[", &i.to_string(), "]"].concat();
                if leads(&p) {
                    unknown(child, &p, known, errors);
                } else {
                    errors.push(format!("{p}: one entry too many"));
                }
            }
        }
        // a string or number where an object or a list belongs: the texts
        // under it are reported missing
        _ => {}
    }
}

fn clip(s: &str) -> String {
    s.chars().take(60).collect()
}

/// `strings` as a language file (the English one is the template a
/// translator starts from): every text in `Strings::visit` order, plural
/// texts as objects of forms, two-space indents.
pub fn export(strings: &Strings) -> String {
    let mut w = Writer {
        out: String::from("{"),
        open: Vec::new(),
        counts: vec![1],
    };
    w.out.push_str("\n  \"tag\": ");
    json::write_str(&mut w.out, strings.tag);
    let mut copy = *strings;
    copy.visit(&mut |path, slot| {
        w.enter(path);
        w.member(path[path.len() - 1]);
        match slot {
            Slot::Text(t) | Slot::Template(t, _) => json::write_str(&mut w.out, t),
            Slot::Plural(p, _) => {
                w.out.push('{');
                for (i, (category, text)) in p.0.iter().enumerate() {
                    w.out.push_str(if i == 0 { " " } else { ", " });
                    json::write_str(&mut w.out, category.key());
                    w.out.push_str(": ");
                    json::write_str(&mut w.out, text);
                }
                w.out.push_str(" }");
            }
        }
    });
    w.enter(&[]);
    w.out.push_str("\n}\n");
    w.out
}

/// Writes nested members from flat paths that come grouped.
struct Writer {
    out: String,
    /// The containers open below the root, as the segs that opened them,
    /// and whether each is a list.
    open: Vec<(Seg, bool)>,
    /// Members written so far in the root and in each open container.
    counts: Vec<usize>,
}

impl Writer {
    /// Closes containers until the open ones are a prefix of the
    /// containers of the text at `path`, then opens the rest.
    fn enter(&mut self, path: &[Seg]) {
        let parents = &path[..path.len().saturating_sub(1)];
        let shared = self
            .open
            .iter()
            .zip(parents)
            .take_while(|((a, _), b)| a == *b)
            .count();
        while self.open.len() > shared {
            let Some((_, list)) = self.open.pop() else {
                break;
            };
            self.counts.pop();
            self.newline();
            self.out.push(if list { ']' } else { '}' });
        }
        for (i, seg) in parents.iter().enumerate().skip(shared) {
            let list = matches!(path.get(i + 1), Some(Seg::Index(_)));
            self.member(*seg);
            self.out.push(if list { '[' } else { '{' });
            self.open.push((*seg, list));
            self.counts.push(0);
        }
    }

    fn member(&mut self, seg: Seg) {
        if let Some(n) = self.counts.last_mut() {
            if *n > 0 {
                self.out.push(',');
            }
            *n += 1;
        }
        self.newline();
        if let Seg::Key(k) = seg {
            json::write_str(&mut self.out, k);
            self.out.push_str(": ");
        }
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.counts.len() {
            self.out.push_str("  ");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::Category::{Few, Many, One, Other};

    /// A grammar with Polish-like plurals (1: one; 2-4, 22-24, ...: few;
    /// the rest: many), lists joined with " + " and dates as D/M/Y, so a
    /// test sees which form and which joining were used.
    struct Fake;

    impl Grammar for Fake {
        fn plural(&self, n: usize) -> Category {
            match (n, n % 10, n % 100) {
                (1, _, _) => One,
                (_, 2..=4, p) if !(12..=14).contains(&p) => Few,
                _ => Many,
            }
        }
        fn list(&self, items: &[String]) -> String {
            items.join(" + ")
        }
        fn date(&self, year: i32, month: u32, day: u32) -> String {
            format!("{day}/{month}/{year}")
        }
    }

    /// English's grammar (one, other) with the fake's joining.
    struct FakeEnglish;

    impl Grammar for FakeEnglish {
        fn plural(&self, n: usize) -> Category {
            if n == 1 {
                One
            } else {
                Other
            }
        }
        fn list(&self, items: &[String]) -> String {
            items.join(" + ")
        }
        fn date(&self, year: i32, month: u32, day: u32) -> String {
            format!("{day}/{month}/{year}")
        }
    }

    static FAKE: Fake = Fake;
    static FAKE_EN: FakeEnglish = FakeEnglish;

    const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lang");

    /// Every bundled language file: (tag from its name, its text).
    fn bundled() -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = std::fs::read_dir(DIR)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                let tag = p.file_stem().unwrap().to_string_lossy().into_owned();
                (tag, std::fs::read_to_string(&p).unwrap())
            })
            .filter(|(tag, _)| tag != "en")
            .collect();
        out.sort();
        out
    }

    fn english() -> String {
        export(&EN)
    }

    /// The English file with `edit` applied to its JSON (as serde_json).
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut v: serde_json::Value = serde_json::from_str(&english()).unwrap();
        edit(&mut v);
        serde_json::to_string(&v).unwrap()
    }

    fn problems(text: &str) -> Vec<String> {
        Language::parse(text).unwrap_err()
    }

    /// Every string in a JSON value, with its place.
    fn strings_in(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::String(s) => out.push((path, s.clone())),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    strings_in(item, format!("{path}[{i}]"), out);
                }
            }
            serde_json::Value::Object(members) => {
                for (k, item) in members {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    strings_in(item, p, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn the_english_file_is_the_export_of_the_built_in_table() {
        let file = std::fs::read_to_string(format!("{DIR}/en.json")).unwrap();
        assert!(
            file == english(),
            "lang/en.json differs from the built-in English: run `make lang/en.json`"
        );
        let en = Language::parse(&file).unwrap();
        assert_eq!(en.tag, "en");
        // read back, it is the same table
        let back = en.strings(&FAKE_EN).unwrap();
        assert_eq!(export(back), file);
    }

    #[test]
    fn there_are_bundled_languages() {
        let tags: Vec<String> = bundled().into_iter().map(|(t, _)| t).collect();
        for tag in ["es", "fr", "de"] {
            assert!(tags.iter().any(|t| t == tag), "lang/{tag}.json: {tags:?}");
        }
    }

    /// The compiler no longer refuses a missing entry, so this does: every
    /// bundled language has every key, in its own words, trimmed.
    #[test]
    fn every_bundled_language_is_complete_clean_and_translated() {
        let mut en_texts = Vec::new();
        strings_in(
            &serde_json::from_str(&english()).unwrap(),
            String::new(),
            &mut en_texts,
        );
        for (tag, text) in bundled() {
            let language =
                Language::parse(&text).unwrap_or_else(|e| panic!("lang/{tag}.json: {e:#?}"));
            assert_eq!(language.tag, tag, "lang/{tag}.json names another language");
            let s = language
                .strings(&FAKE_EN)
                .unwrap_or_else(|e| panic!("{tag}: {e:#?}"));
            let mut texts = Vec::new();
            strings_in(
                &serde_json::from_str(&text).unwrap(),
                String::new(),
                &mut texts,
            );
            for (path, t) in &texts {
                assert!(!t.trim().is_empty(), "{tag}: {path} is empty");
                assert_eq!(t, t.trim(), "{tag}: {path} is padded");
                assert!(!t.contains("  "), "{tag}: {path} has a double space");
            }
            // no text left in English: anything longer than a word or two
            // differs from the English in the same place
            for (path, t) in &texts {
                if let Some((_, en)) = en_texts.iter().find(|(p, _)| p == path) {
                    // (placeholders are not words: "{n} moment" is French too)
                    let words = en.split(['{', '}']).step_by(2).collect::<String>();
                    if words.trim().chars().count() > 8 && path != "tag" {
                        assert_ne!(t, en, "{tag}: {path} is still English");
                    }
                }
            }
            let set: std::collections::HashSet<_> = s.statements.iter().collect();
            assert_eq!(set.len(), s.statements.len(), "{tag}: statements repeat");
            let titles: std::collections::HashSet<_> = s.moments.iter().map(|m| m.title).collect();
            assert_eq!(titles.len(), s.moments.len(), "{tag}: moment titles repeat");
            // cards and the week strip lay out as in English
            for m in &s.moments {
                assert!(m.title.chars().count() <= 60, "{tag}: {}", m.title);
                assert!(m.how_to.chars().count() <= 240, "{tag}: {}", m.how_to);
            }
            for (short, long) in s.weekday_short.iter().zip(&s.weekday_long) {
                assert!(short.chars().count() <= 3, "{tag}: {short}");
                assert_eq!(
                    short.chars().next(),
                    long.chars().next(),
                    "{tag}: {short} / {long}"
                );
            }
            // counts and lists come out whole, without a stray brace
            for n in [0, 1, 2, 5, 24] {
                for t in [
                    s.step_of(n, 7),
                    s.answered_of(n, 24),
                    s.skipped(n, 24),
                    s.nav_list(n),
                    s.showing(n, 42),
                    s.import_left_out(n),
                    s.import_preview_list(n, 1, 2),
                ] {
                    assert!(!t.contains(['{', '}']) && !t.is_empty(), "{tag}: {t}");
                }
            }
            let days = s.practised_on(&[s.weekday_long[0], s.weekday_long[6]]);
            assert!(
                days.contains(" + "),
                "{tag}: the days are joined by the grammar: {days}"
            );
        }
    }

    #[test]
    fn spanish_counts_and_lists_properly() {
        let (_, text) = bundled().into_iter().find(|(t, _)| t == "es").unwrap();
        let s = Language::parse(&text).unwrap().strings(&FAKE_EN).unwrap();
        assert_eq!(s.tag, "es");
        assert_eq!(s.step_of(2, 7), "Paso 2 de 7");
        assert_eq!(s.answered_of(1, 24), "1 de 24 afirmaciones respondidas");
        assert_eq!(s.answered_of(0, 1), "0 de 1 afirmación respondida");
        assert_eq!(s.score_of(75), "75 de 100");
        assert_eq!(s.skipped(0, 24), "Has respondido las 24 afirmaciones.");
        assert!(s
            .skipped(1, 24)
            .starts_with("Te has saltado 1 de 24 afirmaciones."));
        assert!(s.skipped(24, 24).contains("nada que puntuar"));
        assert_eq!(s.nav_list(0), "Mi lista");
        assert_eq!(s.nav_list(3), "Mi lista (3)");
        assert_eq!(s.showing(1, 1), "Mostrando 1 de 1 momento");
        assert_eq!(s.practised_on(&[]), "Aún no hay nada marcado esta semana.");
        assert_eq!(s.practised_on(&["lunes"]), "Practicado el lunes.");
        assert_eq!(
            s.practised_on(&["lunes", "miércoles", "domingo"]),
            "Practicado el lunes + el miércoles + el domingo."
        );
        assert_eq!(s.date(2026, 11, 25), "25/11/2026");
        assert!(s
            .weekday_long
            .iter()
            .all(|d| d.chars().all(char::is_lowercase)));
    }

    /// A language with more than two plural forms: the grammar picks the
    /// category, the file gives the words for each.
    #[test]
    fn plural_forms_follow_the_grammars_categories() {
        let file = edited(|v| {
            v["tag"] = "pl".into();
            v["answered_of"] = serde_json::json!({
                "one": "{n} z {total} stwierdzenia",
                "few": "{n} z {total} stwierdzeń (few)",
                "many": "{n} z {total} stwierdzeń (many)",
                "other": "{n} z {total} (other)"
            });
            v["import_left_out"] = serde_json::json!({
                "one": "one moment", "few": "{n} few", "many": "{n} many", "other": "{n} other"
            });
        });
        let language = Language::parse(&file).unwrap();
        // English's one/other forms are not enough for this grammar
        let Err(e) = language.strings(&FAKE) else {
            panic!("refused")
        };
        assert!(e.iter().any(|p| p.starts_with("skipped_some: needs a form for each plural category a count takes in \"pl\" (one, few, many); missing few, many")), "{e:#?}");
        assert!(
            !e.iter()
                .any(|p| p.starts_with("answered_of") || p.starts_with("import_left_out")),
            "{e:#?}"
        );
        // a text English writes in one form needs no more
        assert!(!e.iter().any(|p| p.starts_with("nav_list_count")), "{e:#?}");

        let complete = edited(|v| {
            for (key, value) in v.as_object_mut().unwrap() {
                if let Some(forms) = value.as_object_mut().filter(|f| f.contains_key("one")) {
                    let other = forms["other"].clone();
                    forms.insert("few".into(), other.clone());
                    forms.insert("many".into(), other);
                    let _ = key;
                }
            }
            v["answered_of"] = serde_json::json!({
                "one": "{n} z {total} (one)", "few": "{n} z {total} (few)", "many": "{n} z {total} (many)", "other": "{n} z {total} (other)"
            });
        });
        let s = Language::parse(&complete).unwrap().strings(&FAKE).unwrap();
        assert_eq!(s.answered_of(0, 1), "0 z 1 (one)");
        assert_eq!(s.answered_of(3, 24), "3 z 24 (few)");
        assert_eq!(s.answered_of(3, 25), "3 z 25 (many)");
        assert_eq!(s.answered_of(3, 12), "3 z 12 (many)");
        assert_eq!(s.answered_of(3, 22), "3 z 22 (few)");
        assert_eq!(s.date(2026, 1, 5), "5/1/2026");
    }

    #[test]
    fn every_missing_key_is_named() {
        let file = edited(|v| {
            let o = v.as_object_mut().unwrap();
            o.remove("begin");
            o["sources"].as_object_mut().unwrap().remove("trust");
            o["moments"]["eye-contact"]
                .as_object_mut()
                .unwrap()
                .remove("how_to");
            o["scale"].as_array_mut().unwrap().pop();
        });
        let e = problems(&file);
        assert_eq!(
            e,
            vec![
                "begin: missing",
                "scale[4]: missing",
                "sources.trust.name: missing",
                "sources.trust.looks_like: missing",
                "sources.trust.first_step: missing",
                "moments.eye-contact.how_to: missing",
            ]
        );
        // an empty object misses everything, each named
        let e = problems("{}");
        assert_eq!(e.len(), all_paths().len());
        assert_eq!(e[0], "tag: missing (the language's tag, as \"nl\")");
        assert!(
            e.contains(&"moments.let-quiet-be.title: missing".to_string())
                || e.iter().filter(|p| p.starts_with("moments.")).count()
                    == 2 * crate::domain::moments::MOMENT_COUNT
        );
    }

    /// A file as the build writes it (scripts/compact-lang.mjs): the tag,
    /// then every text in `Strings::visit` order, without keys.
    fn compact(text: &str) -> Json {
        let root = json::parse(text).unwrap();
        let mut items = vec![root.get("tag").unwrap().clone()];
        let mut en = EN;
        en.visit(&mut |path, _| items.push(lookup(&root, path).unwrap().clone()));
        Json::Arr(items)
    }

    #[test]
    fn the_builds_compact_list_reads_as_the_keyed_file() {
        for (tag, text) in bundled() {
            let keyed = Language::parse(&text).unwrap();
            let list = compact(&text);
            assert_eq!(Language::from_json(&list), Ok(keyed), "lang/{tag}.json");
            // and it is written shorter: the keys are gone
            let mut written = String::new();
            json::write(&mut written, &list);
            assert!(
                written.len() * 10 < text.len() * 9,
                "{tag}: {} of {}",
                written.len(),
                text.len()
            );
        }
    }

    #[test]
    fn a_compact_list_of_the_wrong_length_or_kind_is_refused_by_name() {
        let Json::Arr(full) = compact(&english()) else {
            unreachable!()
        };
        let n = full.len();
        // one text short: the last one is named
        let short = Json::Arr(full[..n - 1].to_vec());
        let last = all_paths().pop().unwrap();
        assert_eq!(
            Language::from_json(&short),
            Err(vec![format!("{last}: missing")])
        );
        // one too many
        let mut long = full.clone();
        long.push(Json::Str("extra".into()));
        assert_eq!(
            Language::from_json(&Json::Arr(long)),
            Err(vec![format!(
                "holds {} entries, 1 more than the tag and the {} texts",
                n + 1,
                n - 1
            )])
        );
        // a list is read in order, and each text is checked for its place:
        // a template moved into a plain text's place is refused, by name
        let paths = all_paths();
        let at = |name: &str| paths.iter().position(|p| p == name).unwrap();
        let mut swapped = full.clone();
        swapped.swap(at("back"), at("step_of"));
        let e = Language::from_json(&Json::Arr(swapped)).unwrap_err();
        assert!(e.iter().any(|p| p.starts_with("back: has {")), "{e:#?}");
        assert!(
            e.iter().any(|p| p.starts_with("step_of: leaves out {")),
            "{e:#?}"
        );
        let mut wrong = full.clone();
        wrong[0] = Json::Num(Some(3));
        assert_eq!(
            Language::from_json(&Json::Arr(wrong)),
            Err(vec![
                "tag: must be a string (the language's tag, as \"nl\")".to_string()
            ])
        );
        // an empty list misses the tag and every text, each named
        assert_eq!(problems("[]").len(), all_paths().len());
    }

    fn all_paths() -> Vec<String> {
        let mut out = vec!["tag".to_string()];
        let mut en = EN;
        en.visit(&mut |path, _| out.push(path_name(path)));
        out
    }

    /// A broken or hostile file is refused whole, every problem named.
    #[test]
    fn a_broken_or_hostile_file_is_refused_with_its_problems_named() {
        assert_eq!(
            problems("{\"tag\": "),
            vec!["is not valid JSON (stopped at character 8)"]
        );
        assert_eq!(problems("3"), vec!["must be a JSON object"]);
        assert_eq!(problems("\"es\""), vec!["must be a JSON object"]);
        assert_eq!(
            problems(""),
            vec!["is not valid JSON (stopped at character 0)"]
        );
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(problems(&deep)[0].starts_with("is not valid JSON"));

        let file = edited(|v| {
            v["tag"] = "Dutch!".into();
            v["begin"] = "   ".into();
            v["next"] = 3.into();
            v["back"] = "Line\nbreak".into();
            v["intro_title"] = "x".repeat(TEXT_MAX + 1).into();
            v["retake"] = "Again {n}".into();
            v["cancel"] = "Stop }".into();
            v["added"] = "Added {titel}".into();
            v["safety_call"] = "Call us".into();
            v["answered_of"] =
                serde_json::json!({ "one": "{n}", "lots": "{n}", "other": "{n} of {total} <b>" });
            v["showing"] = serde_json::json!({ "one": "{n} of {total}" });
            v["nav_list_count"] = serde_json::json!(["{n}"]);
            v["scale"].as_array_mut().unwrap().push("Too many".into());
            v["sourcess"] = serde_json::json!({});
            v["moments"]["no-such-moment"] = serde_json::json!({ "title": "x", "how_to": "y" });
            v["sources"]["trust"]["colour"] = "red".into();
        });
        let e = problems(&file);
        let expected = [
            "tag: \"Dutch!\" is not a language tag (2 or 3 lower-case letters, as \"nl\")",
            "intro_title: is longer than 1000 characters",
            "begin: is empty",
            "next: must be a string",
            "back: contains a line break or control character",
            "answered_of: \"lots\" is not a plural category (zero, one, two, few, many, other)",
            "retake: has {n}, but this text takes no placeholder",
            "nav_list_count: must be a string, or an object of plural forms",
            "showing: has no \"other\" form",
            "added: has {titel}, which is not one of its placeholders ({title})",
            "cancel: has a { or }, which only a template may have",
            "safety_call: leaves out {phone}",
            "scale[5]: one entry too many",
            "sources.trust.colour: unknown key",
            "moments.no-such-moment: unknown key",
            "sourcess: unknown key",
        ];
        for want in expected {
            assert!(
                e.iter().any(|p| p == want),
                "missing problem {want:?} in {e:#?}"
            );
        }
        assert_eq!(e.len(), expected.len(), "{e:#?}");
        // a key given twice
        let twice = english().replacen(
            "\"begin\": \"Begin\",",
            "\"begin\": \"Begin\", \"begin\": \"Go\",",
            1,
        );
        assert_eq!(problems(&twice), vec!["begin: appears twice"]);
        // markup is only text: it is never interpreted, so it is allowed
        let markup = edited(|v| v["begin"] = "<img src=x onerror=alert(1)>".into());
        let s = Language::parse(&markup).unwrap().strings(&FAKE_EN).unwrap();
        assert_eq!(s.begin, "<img src=x onerror=alert(1)>");
    }

    /// examples/host-nl.html: a coach's whole Dutch language in a content
    /// pack, complete and in its own words.
    #[test]
    fn the_example_coachs_dutch_pack_is_complete() {
        use crate::domain::pack::Pack;
        let page = include_str!("../../examples/host-nl.html");
        let start = page.find(r#"id="sanne-pack">"#).unwrap() + r#"id="sanne-pack">"#.len();
        let end = start + page[start..].find("</script>").unwrap();
        let pack = Pack::parse(&page[start..end]).unwrap_or_else(|e| panic!("{e:#?}"));
        let dutch = pack.language.unwrap();
        assert_eq!(dutch.tag, "nl");
        let s = dutch.strings(&FAKE_EN).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(s.begin, "Beginnen");
        assert_eq!(s.nav_list(2), "Mijn lijst (2)");
        assert_eq!(s.showing(1, 1), "1 van 1 moment getoond");
    }

    /// A pack's language missing keys is refused, each one named.
    #[test]
    fn a_packs_incomplete_language_is_refused_with_each_missing_key_named() {
        use crate::domain::pack::Pack;
        let language = edited(|v| {
            v["tag"] = "nl".into();
            let o = v.as_object_mut().unwrap();
            o.remove("begin");
            o["moments"].as_object_mut().unwrap().remove("give-room");
        });
        let e = Pack::parse(&format!(r#"{{"language": {language}}}"#)).unwrap_err();
        assert_eq!(
            e,
            vec![
                "language: begin: missing",
                "language: moments.give-room.title: missing",
                "language: moments.give-room.how_to: missing",
            ]
        );
    }

    #[test]
    fn padding_is_trimmed_as_in_content_packs() {
        let file = edited(|v| v["begin"] = "  Los  ".into());
        let s = Language::parse(&file).unwrap().strings(&FAKE_EN).unwrap();
        assert_eq!(s.begin, "Los");
    }

    #[test]
    fn placeholders_are_found_and_stray_braces_refused() {
        assert_eq!(placeholders("a {n} of {total}"), Some(vec!["n", "total"]));
        assert_eq!(placeholders("plain"), Some(vec![]));
        for bad in ["a } b", "a { b", "{}", "{N}", "{a b}", "{{n}}"] {
            assert_eq!(placeholders(bad), None, "{bad}");
        }
    }
}
