//! Every word the widget shows. Components never hold literals; they read a
//! `Strings` table. English is built in (`EN`), and is every other
//! language's fallback; the others are data files (`lang/<tag>.json`, read
//! by `language.rs`) holding words and templates with named placeholders
//! (`{n}`), nothing else. Plural forms, lists and dates come from the
//! language's `Grammar` (the browser's `Intl`). Per-statement and per-source
//! tables are fixed arrays in catalogue order, so a missing English entry
//! does not compile; `language.rs` checks the data files against English.

use super::content::{SourceId, STATEMENTS, STATEMENT_COUNT};
use super::moments::{
    Effort, Kind, MomentText, TimeNeeded, EFFORT_NAMES_EN, KIND_NAMES_EN, MOMENTS, MOMENTS_EN,
    MOMENT_COUNT, TIME_NAMES_EN,
};

/// A CLDR plural category (<https://cldr.unicode.org/index/cldr-spec/plural-rules>):
/// which form of a counted word a language uses for a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

use Category::{One, Other};

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The name `Intl.PluralRules` gives it, and a language file's key.
    pub fn key(self) -> &'static str {
        ["zero", "one", "two", "few", "many", "other"][self as usize]
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// The grammar a language file cannot hold as words: which plural form a
/// number takes, how a list is joined, how a date is written. The browser
/// knows this for every language (`Intl`, in `src/intl.rs`); native tests
/// use a fake. `Sync` so that a built-in table can be a `static`.
pub trait Grammar: Sync {
    /// The cardinal plural category of `n`.
    fn plural(&self, n: usize) -> Category;
    /// `items` joined as a list with "and" ("a, b and c").
    fn list(&self, items: &[String]) -> String;
    /// A day (month 1-12), written out ("25 November 2026").
    fn date(&self, year: i32, month: u32, day: u32) -> String;
}

/// The built-in English table's grammar until the edge gives it the
/// browser's (`Strings::with_grammar`): English plurals and lists, ISO dates.
pub struct Plain;

impl Grammar for Plain {
    fn plural(&self, n: usize) -> Category {
        if n == 1 {
            One
        } else {
            Other
        }
    }

    fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => [&rest.join(", "), " and ", last].concat(),
        }
    }

    fn date(&self, year: i32, month: u32, day: u32) -> String {
        let mut out = year.to_string();
        for n in [month, day] {
            out.push('-');
            super::date::push_padded(&mut out, n, 2);
        }
        out
    }
}

/// A text with a count in it, in each plural form the language needs:
/// (category, template). "other" is always there; a form missing for a
/// category uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural(pub &'static [(Category, &'static str)]);

impl Plural {
    pub fn form(&self, category: Category) -> &'static str {
        let find = |c| self.0.iter().find(|(k, _)| *k == c).map(|(_, t)| *t);
        find(category).or_else(|| find(Other)).unwrap_or("")
    }
}

/// `template` with each `{name}` replaced by its value in `args`; an
/// unknown name is left as it is (a language file cannot contain one).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            rest = &rest[open..];
            break;
        };
        let name = &after[..close];
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A source of distance, explained.
#[derive(Clone, Copy)]
pub struct SourceText {
    pub name: &'static str,
    /// What the pattern usually looks like, without blame.
    pub looks_like: &'static str,
    /// One first idea of what helps, something the person can do alone.
    pub first_step: &'static str,
}

/// Copy: a language file (`language.rs`) and a coach's content pack
/// (`pack.rs`) copy a table and replace fields; every field is a reference,
/// so a copy is one memcpy (a field-by-field clone cost 6 kB of wasm).
#[derive(Clone, Copy)]
pub struct Strings {
    /// The language's primary subtag ("en"), for the widget's `lang`.
    pub tag: &'static str,
    /// Plurals, lists and dates for this language (the browser's `Intl`).
    pub grammar: &'static dyn Grammar,

    pub widget_label: &'static str,
    pub disclaimer: &'static str,

    pub intro_title: &'static str,
    pub intro_lead: &'static str,
    pub intro_points: [&'static str; 3],
    pub intro_privacy: &'static str,
    pub begin: &'static str,

    pub situation_title: &'static str,
    pub situation_hint: &'static str,
    pub apart_question: &'static str,
    pub apart_yes: &'static str,
    pub apart_no: &'static str,
    pub apart_unsure: &'static str,
    pub safety_question: &'static str,
    pub safety_no: &'static str,
    pub safety_sometimes: &'static str,
    pub safety_yes: &'static str,
    pub safety_private: &'static str,

    pub statements_title: &'static str,
    pub statements_hint: &'static str,
    /// The five points of the scale, "not at all" to "a great deal".
    pub scale: [&'static str; 5],
    pub statements: [&'static str; STATEMENT_COUNT],

    pub back: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub progress_label: &'static str,
    /// {n}, {total}
    pub step_of: &'static str,
    /// {n}, {total}; the plural form follows {total}
    pub answered_of: Plural,

    pub results_title: &'static str,
    pub results_lead: &'static str,
    pub top_title: &'static str,
    pub looks_like_label: &'static str,
    pub first_step_label: &'static str,
    pub none_stand_out: &'static str,
    pub top_level_note: &'static str,
    pub level_title: &'static str,
    pub level_all: &'static str,
    pub level_some: &'static str,
    pub level_step: &'static str,
    pub all_title: &'static str,
    /// {score}
    pub score_of: &'static str,
    pub not_rated: &'static str,
    /// {total}: nothing was skipped
    pub skipped_none: Plural,
    /// {n}, {total}; the form follows {total}
    pub skipped_some: Plural,
    /// {total}: everything was skipped
    pub skipped_all: Plural,
    pub apart_title: &'static str,
    pub apart_text: &'static str,
    pub safety_title: &'static str,
    pub safety_text: &'static str,
    pub safety_resources: &'static str,
    pub safety_reference_title: &'static str,
    pub safety_footer: &'static str,
    pub retake: &'static str,
    pub retake_confirm: &'static str,
    pub retake_confirm_today: &'static str,
    pub retake_yes: &'static str,
    pub retake_no: &'static str,

    pub notice_storage_unavailable: &'static str,
    pub notice_save_failed: &'static str,
    pub notice_corrupt: &'static str,
    pub notice_newer: &'static str,
    pub notice_corrupt_not_kept: &'static str,
    pub notice_changed_elsewhere: &'static str,

    /// Indexed by `SourceId::index()`.
    pub sources: [SourceText; 9],

    pub nav_label: &'static str,
    pub nav_reflect: &'static str,
    pub nav_moments: &'static str,
    pub nav_list: &'static str,
    /// {n}: the list's tab with the number of moments on it
    pub nav_list_count: Plural,
    pub see_moments: &'static str,
    pub see_selfcare: &'static str,

    pub moments_title: &'static str,
    pub moments_lead: &'static str,
    pub suggested_title: &'static str,
    pub suggested_lead: &'static str,
    pub suggested_apart_lead: &'static str,
    pub suggested_general_lead: &'static str,
    pub selfcare_title: &'static str,
    pub selfcare_lead: &'static str,
    pub helps_with: &'static str,
    pub no_results_hint: &'static str,
    pub start_reflection: &'static str,
    pub browse_title: &'static str,
    pub browse_hint: &'static str,
    /// {n}: how many moments a group holds
    pub moment_count: Plural,
    pub filter_source: &'static str,
    pub filter_kind: &'static str,
    pub filter_effort: &'static str,
    pub filter_any: &'static str,
    /// {n}, {total}; the form follows {total}
    pub showing: Plural,
    pub filter_empty: &'static str,
    pub clear_filters: &'static str,
    pub add_to_list: &'static str,
    pub on_list: &'static str,
    /// {title}
    pub added: &'static str,
    pub list_full: &'static str,
    pub custom_title: &'static str,
    pub custom_what: &'static str,
    pub custom_how: &'static str,
    pub custom_needs_title: &'static str,
    pub custom_kind: &'static str,

    pub starters_title: &'static str,
    pub starters_lead: &'static str,
    /// (what it is for, the words)
    pub starters: [(&'static str, &'static str); 4],
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_fallback: &'static str,

    pub list_title: &'static str,
    pub list_lead: &'static str,
    pub list_safety_note: &'static str,
    pub list_empty: &'static str,
    pub browse_moments: &'static str,
    pub done_today: &'static str,
    pub marked_done: &'static str,
    pub unmarked_done: &'static str,
    pub this_week: &'static str,
    pub practised_none: &'static str,
    /// {days}: the practised days, each written with `practised_day`,
    /// joined as the language joins a list
    pub practised_on: &'static str,
    /// {day}: one weekday's long name
    pub practised_day: &'static str,
    pub weekday_short: [&'static str; 7],
    pub weekday_long: [&'static str; 7],
    pub today: &'static str,
    pub note_label: &'static str,
    pub note_saved: &'static str,
    pub reminder_summary: &'static str,
    pub reminder_hint: &'static str,
    pub reminder_days: &'static str,
    pub reminder_time: &'static str,
    pub reminder_download: &'static str,
    pub reminder_no_days: &'static str,
    pub reminder_ready: &'static str,
    pub reminder_description: &'static str,
    pub remove: &'static str,
    pub remove_confirm: &'static str,
    pub remove_yes: &'static str,
    pub remove_no: &'static str,
    pub removed: &'static str,
    pub print_plan: &'static str,
    pub unknown_moment: &'static str,

    /// The catalogue's words, in `MOMENTS` order.
    pub moments: [MomentText; MOMENT_COUNT],
    /// Indexed by `Kind::index`, `Effort::index`, `TimeNeeded::index`.
    pub kind_names: [&'static str; 11],
    pub effort_names: [&'static str; 3],
    pub time_names: [&'static str; 3],

    // Past results compared (the results screen).
    pub compare_title: &'static str,
    pub compare_with: &'static str,
    pub compare_lead: &'static str,
    /// {name} (a source), {then}, {now} (its scores)
    pub trend_higher: &'static str,
    pub trend_lower: &'static str,
    /// {name}, {score}
    pub trend_same: &'static str,
    /// {name}
    pub trend_not_comparable: &'static str,

    // Your data on this device (the data panel) and the footer.
    pub footer_label: &'static str,
    pub data_link: &'static str,
    pub data_title: &'static str,
    pub data_lead: &'static str,
    pub shared_device_title: &'static str,
    pub shared_device_note: &'static str,
    pub keeping_saving: &'static str,
    pub keeping_session: &'static str,
    pub keeping_unavailable: &'static str,
    pub session_only_badge: &'static str,
    /// The introduction's last point when nothing is kept (storage blocked,
    /// or "don't keep anything" chosen): instead of "your place is kept".
    pub intro_point_not_kept: &'static str,
    pub session_only_start: &'static str,
    pub session_only_confirm: &'static str,
    pub session_only_yes: &'static str,
    pub session_only_stop: &'static str,
    pub session_only_on: &'static str,
    pub session_only_off: &'static str,
    pub cancel: &'static str,
    pub persist_title: &'static str,
    pub persist_granted: &'static str,
    pub persist_not_yet: &'static str,
    pub persist_ask: &'static str,
    pub persist_refused: &'static str,
    pub export_title: &'static str,
    pub export_lead: &'static str,
    pub export_button: &'static str,
    pub export_started: &'static str,
    pub export_failed: &'static str,
    pub backup_title: &'static str,
    pub backup_lead: &'static str,
    pub backup_button: &'static str,
    pub import_title: &'static str,
    pub import_lead: &'static str,
    pub import_choose: &'static str,
    /// {size}: in kB
    pub import_too_large: &'static str,
    pub import_empty: &'static str,
    pub import_not_nearer: &'static str,
    pub import_newer: &'static str,
    pub import_damaged: &'static str,
    /// {items}, {max}; the form follows {items}
    pub import_too_many: Plural,
    pub import_read_failed: &'static str,
    pub import_preview_title: &'static str,
    /// {file} (answered in the file), {here} (answered here), {total}
    /// (statements); the form follows {total}
    pub import_preview_answers: Plural,
    /// {file} (items in the file), {new} (of them not on this device's
    /// list), {here} (items here); the form follows {file}
    pub import_preview_list: Plural,
    /// {file}, {here}: practised days; the form follows {file}
    pub import_preview_practised: Plural,
    /// {file}, {here}: past results; the form follows {file}
    pub import_preview_history: Plural,
    pub import_replace: &'static str,
    pub import_replace_hint: &'static str,
    pub import_merge: &'static str,
    pub import_merge_hint: &'static str,
    pub import_done: &'static str,
    /// {n}
    pub import_left_out: Plural,
    pub delete_title: &'static str,
    pub delete_lead: &'static str,
    pub delete_button: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub delete_no: &'static str,
    pub deleted: &'static str,
    pub delete_failed: &'static str,
    pub notice_deleted_elsewhere: &'static str,
    pub notice_see_data: &'static str,

    // Safety on a shared device.
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    pub unsafe_summary: &'static str,
    pub intro_shared: &'static str,
    pub intro_shared_link: &'static str,
    /// A link to the coach's safety resources.
    pub safety_more: &'static str,
    /// {phone}: the number as the coach wrote it
    pub safety_call: &'static str,
}

/// A step in a text's place in a language file: a member or an array index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(&'static str),
    Index(usize),
}

/// A text's place written as a path: `sources.overwhelm.name`, `scale[0]`.
pub fn path_name(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// One text of a `Strings` table, as `Strings::visit` hands it out.
pub enum Slot<'a> {
    /// Words only, no placeholder.
    Text(&'a mut &'static str),
    /// Words with these placeholders, each written `{name}`.
    Template(&'a mut &'static str, &'static [&'static str]),
    /// A count's plural forms with these placeholders; the first one is the
    /// count that chooses the form.
    Plural(&'a mut Plural, &'static [&'static str]),
}

impl Strings {
    pub fn source(&self, id: SourceId) -> &SourceText {
        &self.sources[id.index()]
    }

    /// This table with `grammar` (the browser's, for `tag`), to live as long
    /// as the page.
    pub fn with_grammar(&self, grammar: &'static dyn Grammar) -> &'static Strings {
        Box::leak(Box::new(Strings { grammar, ..*self }))
    }

    /// The form of `plural` for `count`, filled in.
    fn counted(&self, plural: Plural, count: usize, args: &[(&str, &str)]) -> String {
        fill(plural.form(self.grammar.plural(count)), args)
    }

    pub fn step_of(&self, n: usize, total: usize) -> String {
        let (n, total) = (n.to_string(), total.to_string());
        fill(self.step_of, &[("n", &n), ("total", &total)])
    }

    pub fn answered_of(&self, n: usize, total: usize) -> String {
        let (a, b) = (n.to_string(), total.to_string());
        self.counted(self.answered_of, total, &[("n", &a), ("total", &b)])
    }

    pub fn score_of(&self, score: u8) -> String {
        fill(self.score_of, &[("score", &score.to_string())])
    }

    /// How many of `total` statements were skipped, and what that means.
    pub fn skipped(&self, skipped: usize, total: usize) -> String {
        let (n, t) = (skipped.to_string(), total.to_string());
        let plural = match skipped {
            0 => self.skipped_none,
            s if s == total => self.skipped_all,
            _ => self.skipped_some,
        };
        self.counted(plural, total, &[("n", &n), ("total", &t)])
    }

    /// The list's tab: its name, with the number of moments once there are any.
    pub fn nav_list(&self, n: usize) -> String {
        match n {
            0 => self.nav_list.to_string(),
            n => self.counted(self.nav_list_count, n, &[("n", &n.to_string())]),
        }
    }

    pub fn showing(&self, n: usize, total: usize) -> String {
        let (a, b) = (n.to_string(), total.to_string());
        self.counted(self.showing, total, &[("n", &a), ("total", &b)])
    }

    /// How many moments a group of the picker holds.
    pub fn moment_count(&self, n: usize) -> String {
        self.counted(self.moment_count, n, &[("n", &n.to_string())])
    }

    pub fn added(&self, title: &str) -> String {
        fill(self.added, &[("title", title)])
    }

    /// The practised days of this week (long names), or that there are none.
    pub fn practised_on(&self, days: &[&str]) -> String {
        if days.is_empty() {
            return self.practised_none.to_string();
        }
        let days: Vec<String> = days
            .iter()
            .map(|d| fill(self.practised_day, &[("day", d)]))
            .collect();
        fill(self.practised_on, &[("days", &self.grammar.list(&days))])
    }

    /// A day (month 1-12), written for this language.
    pub fn date(&self, year: i32, month: u32, day: u32) -> String {
        self.grammar.date(year, month, day)
    }

    /// (source name, earlier score, score now)
    pub fn trend_higher(&self, name: &str, then: u8, now: u8) -> String {
        trend(self.trend_higher, name, then, now)
    }

    pub fn trend_lower(&self, name: &str, then: u8, now: u8) -> String {
        trend(self.trend_lower, name, then, now)
    }

    pub fn trend_same(&self, name: &str, score: u8) -> String {
        fill(
            self.trend_same,
            &[("name", name), ("score", &score.to_string())],
        )
    }

    pub fn trend_not_comparable(&self, name: &str) -> String {
        fill(self.trend_not_comparable, &[("name", name)])
    }

    pub fn import_too_large(&self, bytes: usize) -> String {
        let size = bytes.div_ceil(1000).to_string();
        fill(self.import_too_large, &[("size", &size)])
    }

    pub fn import_too_many(&self, items: usize, max: usize) -> String {
        let (a, b) = (items.to_string(), max.to_string());
        self.counted(self.import_too_many, items, &[("items", &a), ("max", &b)])
    }

    /// (answered in the file, answered here, statements)
    pub fn import_preview_answers(&self, file: usize, here: usize, total: usize) -> String {
        let (f, h, t) = (file.to_string(), here.to_string(), total.to_string());
        let args = [("file", &*f), ("here", &*h), ("total", &*t)];
        self.counted(self.import_preview_answers, total, &args)
    }

    /// (items in the file, of them not on this device's list, items here)
    pub fn import_preview_list(&self, file: usize, new: usize, here: usize) -> String {
        let (f, n, h) = (file.to_string(), new.to_string(), here.to_string());
        let args = [("file", &*f), ("new", &*n), ("here", &*h)];
        self.counted(self.import_preview_list, file, &args)
    }

    /// (practised days in the file, here)
    pub fn import_preview_practised(&self, file: usize, here: usize) -> String {
        let (f, h) = (file.to_string(), here.to_string());
        self.counted(
            self.import_preview_practised,
            file,
            &[("file", &f), ("here", &h)],
        )
    }

    /// (past results in the file, here)
    pub fn import_preview_history(&self, file: usize, here: usize) -> String {
        let (f, h) = (file.to_string(), here.to_string());
        self.counted(
            self.import_preview_history,
            file,
            &[("file", &f), ("here", &h)],
        )
    }

    pub fn import_left_out(&self, n: usize) -> String {
        self.counted(self.import_left_out, n, &[("n", &n.to_string())])
    }

    /// (the phone number as the coach wrote it)
    pub fn safety_call(&self, phone: &str) -> String {
        fill(self.safety_call, &[("phone", phone)])
    }

    /// Calls `f` with every text's place in a language file and a handle to
    /// it, in the order a language file lists them. The pattern names every
    /// field, so a new field that is not visited does not compile.
    /// Never inlined: each caller's closure then stays one function behind
    /// one indirect call, instead of being copied into each of ~330 calls
    /// (that cost 40 kB of wasm).
    #[inline(never)]
    pub fn visit(&mut self, f: &mut dyn FnMut(&[Seg], Slot<'_>)) {
        use Seg::{Index, Key};
        let Strings {
            tag: _,
            grammar: _,
            widget_label,
            disclaimer,
            intro_title,
            intro_lead,
            intro_points,
            intro_privacy,
            begin,
            situation_title,
            situation_hint,
            apart_question,
            apart_yes,
            apart_no,
            apart_unsure,
            safety_question,
            safety_no,
            safety_sometimes,
            safety_yes,
            safety_private,
            statements_title,
            statements_hint,
            scale,
            statements,
            back,
            next,
            see_results,
            progress_label,
            step_of,
            answered_of,
            results_title,
            results_lead,
            top_title,
            looks_like_label,
            first_step_label,
            none_stand_out,
            top_level_note,
            level_title,
            level_all,
            level_some,
            level_step,
            all_title,
            score_of,
            not_rated,
            skipped_none,
            skipped_some,
            skipped_all,
            apart_title,
            apart_text,
            safety_title,
            safety_text,
            safety_resources,
            safety_reference_title,
            safety_footer,
            retake,
            retake_confirm,
            retake_confirm_today,
            retake_yes,
            retake_no,
            notice_storage_unavailable,
            notice_save_failed,
            notice_corrupt,
            notice_newer,
            notice_corrupt_not_kept,
            notice_changed_elsewhere,
            sources,
            nav_label,
            nav_reflect,
            nav_moments,
            nav_list,
            nav_list_count,
            see_moments,
            see_selfcare,
            moments_title,
            moments_lead,
            suggested_title,
            suggested_lead,
            suggested_apart_lead,
            suggested_general_lead,
            selfcare_title,
            selfcare_lead,
            helps_with,
            no_results_hint,
            start_reflection,
            browse_title,
            browse_hint,
            moment_count,
            filter_source,
            filter_kind,
            filter_effort,
            filter_any,
            showing,
            filter_empty,
            clear_filters,
            add_to_list,
            on_list,
            added,
            list_full,
            custom_title,
            custom_what,
            custom_how,
            custom_needs_title,
            custom_kind,
            starters_title,
            starters_lead,
            starters,
            copy,
            copied,
            copy_fallback,
            list_title,
            list_lead,
            list_safety_note,
            list_empty,
            browse_moments,
            done_today,
            marked_done,
            unmarked_done,
            this_week,
            practised_none,
            practised_on,
            practised_day,
            weekday_short,
            weekday_long,
            today,
            note_label,
            note_saved,
            reminder_summary,
            reminder_hint,
            reminder_days,
            reminder_time,
            reminder_download,
            reminder_no_days,
            reminder_ready,
            reminder_description,
            remove,
            remove_confirm,
            remove_yes,
            remove_no,
            removed,
            print_plan,
            unknown_moment,
            moments,
            kind_names,
            effort_names,
            time_names,
            compare_title,
            compare_with,
            compare_lead,
            trend_higher,
            trend_lower,
            trend_same,
            trend_not_comparable,
            footer_label,
            data_link,
            data_title,
            data_lead,
            shared_device_title,
            shared_device_note,
            keeping_saving,
            keeping_session,
            keeping_unavailable,
            session_only_badge,
            intro_point_not_kept,
            session_only_start,
            session_only_confirm,
            session_only_yes,
            session_only_stop,
            session_only_on,
            session_only_off,
            cancel,
            persist_title,
            persist_granted,
            persist_not_yet,
            persist_ask,
            persist_refused,
            export_title,
            export_lead,
            export_button,
            export_started,
            export_failed,
            backup_title,
            backup_lead,
            backup_button,
            import_title,
            import_lead,
            import_choose,
            import_too_large,
            import_empty,
            import_not_nearer,
            import_newer,
            import_damaged,
            import_too_many,
            import_read_failed,
            import_preview_title,
            import_preview_answers,
            import_preview_list,
            import_preview_practised,
            import_preview_history,
            import_replace,
            import_replace_hint,
            import_merge,
            import_merge_hint,
            import_done,
            import_left_out,
            delete_title,
            delete_lead,
            delete_button,
            delete_confirm,
            delete_yes,
            delete_no,
            deleted,
            delete_failed,
            notice_deleted_elsewhere,
            notice_see_data,
            quick_exit,
            quick_exit_hint,
            unsafe_summary,
            intro_shared,
            intro_shared_link,
            safety_more,
            safety_call,
        } = self;
        text(f, "widget_label", widget_label);
        text(f, "disclaimer", disclaimer);
        text(f, "intro_title", intro_title);
        text(f, "intro_lead", intro_lead);
        for (i, slot) in intro_points.iter_mut().enumerate() {
            f(&[Key("intro_points"), Index(i)], Slot::Text(slot));
        }
        text(f, "intro_privacy", intro_privacy);
        text(f, "begin", begin);
        text(f, "situation_title", situation_title);
        text(f, "situation_hint", situation_hint);
        text(f, "apart_question", apart_question);
        text(f, "apart_yes", apart_yes);
        text(f, "apart_no", apart_no);
        text(f, "apart_unsure", apart_unsure);
        text(f, "safety_question", safety_question);
        text(f, "safety_no", safety_no);
        text(f, "safety_sometimes", safety_sometimes);
        text(f, "safety_yes", safety_yes);
        text(f, "safety_private", safety_private);
        text(f, "statements_title", statements_title);
        text(f, "statements_hint", statements_hint);
        for (i, slot) in scale.iter_mut().enumerate() {
            f(&[Key("scale"), Index(i)], Slot::Text(slot));
        }
        for (st, slot) in STATEMENTS.iter().zip(statements.iter_mut()) {
            f(&[Key("statements"), Key(st.id)], Slot::Text(slot));
        }
        text(f, "back", back);
        text(f, "next", next);
        text(f, "see_results", see_results);
        text(f, "progress_label", progress_label);
        f(&[Key("step_of")], Slot::Template(step_of, &["n", "total"]));
        f(
            &[Key("answered_of")],
            Slot::Plural(answered_of, &["total", "n"]),
        );
        text(f, "results_title", results_title);
        text(f, "results_lead", results_lead);
        text(f, "top_title", top_title);
        text(f, "looks_like_label", looks_like_label);
        text(f, "first_step_label", first_step_label);
        text(f, "none_stand_out", none_stand_out);
        text(f, "top_level_note", top_level_note);
        text(f, "level_title", level_title);
        text(f, "level_all", level_all);
        text(f, "level_some", level_some);
        text(f, "level_step", level_step);
        text(f, "all_title", all_title);
        f(&[Key("score_of")], Slot::Template(score_of, &["score"]));
        text(f, "not_rated", not_rated);
        f(
            &[Key("skipped_none")],
            Slot::Plural(skipped_none, &["total"]),
        );
        f(
            &[Key("skipped_some")],
            Slot::Plural(skipped_some, &["total", "n"]),
        );
        f(&[Key("skipped_all")], Slot::Plural(skipped_all, &["total"]));
        text(f, "apart_title", apart_title);
        text(f, "apart_text", apart_text);
        text(f, "safety_title", safety_title);
        text(f, "safety_text", safety_text);
        text(f, "safety_resources", safety_resources);
        text(f, "safety_reference_title", safety_reference_title);
        text(f, "safety_footer", safety_footer);
        text(f, "retake", retake);
        text(f, "retake_confirm", retake_confirm);
        text(f, "retake_confirm_today", retake_confirm_today);
        text(f, "retake_yes", retake_yes);
        text(f, "retake_no", retake_no);
        text(f, "notice_storage_unavailable", notice_storage_unavailable);
        text(f, "notice_save_failed", notice_save_failed);
        text(f, "notice_corrupt", notice_corrupt);
        text(f, "notice_newer", notice_newer);
        text(f, "notice_corrupt_not_kept", notice_corrupt_not_kept);
        text(f, "notice_changed_elsewhere", notice_changed_elsewhere);
        for (id, text) in SourceId::ALL.iter().zip(sources.iter_mut()) {
            let SourceText {
                name,
                looks_like,
                first_step,
            } = text;
            for (field, slot) in [
                ("name", name),
                ("looks_like", looks_like),
                ("first_step", first_step),
            ] {
                f(
                    &[Key("sources"), Key(id.key()), Key(field)],
                    Slot::Text(slot),
                );
            }
        }
        text(f, "nav_label", nav_label);
        text(f, "nav_reflect", nav_reflect);
        text(f, "nav_moments", nav_moments);
        text(f, "nav_list", nav_list);
        f(
            &[Key("nav_list_count")],
            Slot::Plural(nav_list_count, &["n"]),
        );
        text(f, "see_moments", see_moments);
        text(f, "see_selfcare", see_selfcare);
        text(f, "moments_title", moments_title);
        text(f, "moments_lead", moments_lead);
        text(f, "suggested_title", suggested_title);
        text(f, "suggested_lead", suggested_lead);
        text(f, "suggested_apart_lead", suggested_apart_lead);
        text(f, "suggested_general_lead", suggested_general_lead);
        text(f, "selfcare_title", selfcare_title);
        text(f, "selfcare_lead", selfcare_lead);
        text(f, "helps_with", helps_with);
        text(f, "no_results_hint", no_results_hint);
        text(f, "start_reflection", start_reflection);
        text(f, "browse_title", browse_title);
        text(f, "browse_hint", browse_hint);
        f(&[Key("moment_count")], Slot::Plural(moment_count, &["n"]));
        text(f, "filter_source", filter_source);
        text(f, "filter_kind", filter_kind);
        text(f, "filter_effort", filter_effort);
        text(f, "filter_any", filter_any);
        f(&[Key("showing")], Slot::Plural(showing, &["total", "n"]));
        text(f, "filter_empty", filter_empty);
        text(f, "clear_filters", clear_filters);
        text(f, "add_to_list", add_to_list);
        text(f, "on_list", on_list);
        f(&[Key("added")], Slot::Template(added, &["title"]));
        text(f, "list_full", list_full);
        text(f, "custom_title", custom_title);
        text(f, "custom_what", custom_what);
        text(f, "custom_how", custom_how);
        text(f, "custom_needs_title", custom_needs_title);
        text(f, "custom_kind", custom_kind);
        text(f, "starters_title", starters_title);
        text(f, "starters_lead", starters_lead);
        for (i, (label, text)) in starters.iter_mut().enumerate() {
            f(
                &[Key("starters"), Index(i), Key("label")],
                Slot::Text(label),
            );
            f(&[Key("starters"), Index(i), Key("text")], Slot::Text(text));
        }
        text(f, "copy", copy);
        text(f, "copied", copied);
        text(f, "copy_fallback", copy_fallback);
        text(f, "list_title", list_title);
        text(f, "list_lead", list_lead);
        text(f, "list_safety_note", list_safety_note);
        text(f, "list_empty", list_empty);
        text(f, "browse_moments", browse_moments);
        text(f, "done_today", done_today);
        text(f, "marked_done", marked_done);
        text(f, "unmarked_done", unmarked_done);
        text(f, "this_week", this_week);
        text(f, "practised_none", practised_none);
        f(
            &[Key("practised_on")],
            Slot::Template(practised_on, &["days"]),
        );
        f(
            &[Key("practised_day")],
            Slot::Template(practised_day, &["day"]),
        );
        for (i, slot) in weekday_short.iter_mut().enumerate() {
            f(&[Key("weekday_short"), Index(i)], Slot::Text(slot));
        }
        for (i, slot) in weekday_long.iter_mut().enumerate() {
            f(&[Key("weekday_long"), Index(i)], Slot::Text(slot));
        }
        text(f, "today", today);
        text(f, "note_label", note_label);
        text(f, "note_saved", note_saved);
        text(f, "reminder_summary", reminder_summary);
        text(f, "reminder_hint", reminder_hint);
        text(f, "reminder_days", reminder_days);
        text(f, "reminder_time", reminder_time);
        text(f, "reminder_download", reminder_download);
        text(f, "reminder_no_days", reminder_no_days);
        text(f, "reminder_ready", reminder_ready);
        text(f, "reminder_description", reminder_description);
        text(f, "remove", remove);
        text(f, "remove_confirm", remove_confirm);
        text(f, "remove_yes", remove_yes);
        text(f, "remove_no", remove_no);
        text(f, "removed", removed);
        text(f, "print_plan", print_plan);
        text(f, "unknown_moment", unknown_moment);
        for (m, text) in MOMENTS.iter().zip(moments.iter_mut()) {
            let MomentText { title, how_to } = text;
            f(
                &[Key("moments"), Key(m.id), Key("title")],
                Slot::Text(title),
            );
            f(
                &[Key("moments"), Key(m.id), Key("how_to")],
                Slot::Text(how_to),
            );
        }
        for (k, slot) in Kind::ALL.iter().zip(kind_names.iter_mut()) {
            f(&[Key("kinds"), Key(k.key())], Slot::Text(slot));
        }
        for (e, slot) in Effort::ALL.iter().zip(effort_names.iter_mut()) {
            f(&[Key("efforts"), Key(e.key())], Slot::Text(slot));
        }
        for (t, slot) in TimeNeeded::ALL.iter().zip(time_names.iter_mut()) {
            f(&[Key("times"), Key(t.key())], Slot::Text(slot));
        }
        text(f, "compare_title", compare_title);
        text(f, "compare_with", compare_with);
        text(f, "compare_lead", compare_lead);
        f(
            &[Key("trend_higher")],
            Slot::Template(trend_higher, &["name", "then", "now"]),
        );
        f(
            &[Key("trend_lower")],
            Slot::Template(trend_lower, &["name", "then", "now"]),
        );
        f(
            &[Key("trend_same")],
            Slot::Template(trend_same, &["name", "score"]),
        );
        f(
            &[Key("trend_not_comparable")],
            Slot::Template(trend_not_comparable, &["name"]),
        );
        text(f, "footer_label", footer_label);
        text(f, "data_link", data_link);
        text(f, "data_title", data_title);
        text(f, "data_lead", data_lead);
        text(f, "shared_device_title", shared_device_title);
        text(f, "shared_device_note", shared_device_note);
        text(f, "keeping_saving", keeping_saving);
        text(f, "keeping_session", keeping_session);
        text(f, "keeping_unavailable", keeping_unavailable);
        text(f, "session_only_badge", session_only_badge);
        text(f, "intro_point_not_kept", intro_point_not_kept);
        text(f, "session_only_start", session_only_start);
        text(f, "session_only_confirm", session_only_confirm);
        text(f, "session_only_yes", session_only_yes);
        text(f, "session_only_stop", session_only_stop);
        text(f, "session_only_on", session_only_on);
        text(f, "session_only_off", session_only_off);
        text(f, "cancel", cancel);
        text(f, "persist_title", persist_title);
        text(f, "persist_granted", persist_granted);
        text(f, "persist_not_yet", persist_not_yet);
        text(f, "persist_ask", persist_ask);
        text(f, "persist_refused", persist_refused);
        text(f, "export_title", export_title);
        text(f, "export_lead", export_lead);
        text(f, "export_button", export_button);
        text(f, "export_started", export_started);
        text(f, "export_failed", export_failed);
        text(f, "backup_title", backup_title);
        text(f, "backup_lead", backup_lead);
        text(f, "backup_button", backup_button);
        text(f, "import_title", import_title);
        text(f, "import_lead", import_lead);
        text(f, "import_choose", import_choose);
        f(
            &[Key("import_too_large")],
            Slot::Template(import_too_large, &["size"]),
        );
        text(f, "import_empty", import_empty);
        text(f, "import_not_nearer", import_not_nearer);
        text(f, "import_newer", import_newer);
        text(f, "import_damaged", import_damaged);
        f(
            &[Key("import_too_many")],
            Slot::Plural(import_too_many, &["items", "max"]),
        );
        text(f, "import_read_failed", import_read_failed);
        text(f, "import_preview_title", import_preview_title);
        f(
            &[Key("import_preview_answers")],
            Slot::Plural(import_preview_answers, &["total", "file", "here"]),
        );
        f(
            &[Key("import_preview_list")],
            Slot::Plural(import_preview_list, &["file", "new", "here"]),
        );
        f(
            &[Key("import_preview_practised")],
            Slot::Plural(import_preview_practised, &["file", "here"]),
        );
        f(
            &[Key("import_preview_history")],
            Slot::Plural(import_preview_history, &["file", "here"]),
        );
        text(f, "import_replace", import_replace);
        text(f, "import_replace_hint", import_replace_hint);
        text(f, "import_merge", import_merge);
        text(f, "import_merge_hint", import_merge_hint);
        text(f, "import_done", import_done);
        f(
            &[Key("import_left_out")],
            Slot::Plural(import_left_out, &["n"]),
        );
        text(f, "delete_title", delete_title);
        text(f, "delete_lead", delete_lead);
        text(f, "delete_button", delete_button);
        text(f, "delete_confirm", delete_confirm);
        text(f, "delete_yes", delete_yes);
        text(f, "delete_no", delete_no);
        text(f, "deleted", deleted);
        text(f, "delete_failed", delete_failed);
        text(f, "notice_deleted_elsewhere", notice_deleted_elsewhere);
        text(f, "notice_see_data", notice_see_data);
        text(f, "quick_exit", quick_exit);
        text(f, "quick_exit_hint", quick_exit_hint);
        text(f, "unsafe_summary", unsafe_summary);
        text(f, "intro_shared", intro_shared);
        text(f, "intro_shared_link", intro_shared_link);
        text(f, "safety_more", safety_more);
        f(
            &[Key("safety_call")],
            Slot::Template(safety_call, &["phone"]),
        );
    }
}

/// One plain text for `Strings::visit`: a call here is a few bytes of wasm
/// where building the path and the slot in place was about 30, 200 times.
#[inline(never)]
fn text(f: &mut dyn FnMut(&[Seg], Slot<'_>), key: &'static str, slot: &mut &'static str) {
    f(&[Seg::Key(key)], Slot::Text(slot))
}

fn trend(template: &str, name: &str, then: u8, now: u8) -> String {
    let (a, b) = (then.to_string(), now.to_string());
    fill(template, &[("name", name), ("then", &a), ("now", &b)])
}

pub static EN: Strings = Strings {
    tag: "en",
    grammar: &Plain,

    widget_label: "Nearer: a private reflection on closeness",
    disclaimer: "This is a space for self-reflection. It is not therapy or a diagnosis, and it passes no judgement on either of you.",

    intro_title: "Where did the distance come from?",
    intro_lead: "Closeness rarely fades for one reason. This short reflection helps you notice which everyday pressures have been pulling the two of you apart, so you can choose a gentle place to begin.",
    intro_points: [
        "It takes about five minutes: a few questions about your situation, then 24 short statements.",
        "Answer for how things have felt lately. You can skip anything you would rather not answer.",
        "Stop whenever you like. Your place is kept, and you can come back to it later.",
    ],
    intro_privacy: "Your answers stay in this browser, on this device. Nothing is sent anywhere.",
    begin: "Begin",

    situation_title: "First, a little about your situation",
    situation_hint: "These answers shape what you see at the end. They stay on this device.",
    apart_question: "Are you living apart right now because one of you moved out or asked for space?",
    apart_yes: "Yes",
    apart_no: "No",
    apart_unsure: "Not sure",
    safety_question: "Do you ever feel afraid of your partner, or unsafe, controlled or hurt in this relationship?",
    safety_no: "No",
    safety_sometimes: "Sometimes",
    safety_yes: "Yes",
    safety_private: "I'd rather not say",

    statements_title: "How true has this felt lately?",
    statements_hint: "Choose the answer that fits best. There are no right answers, and you can skip any statement.",
    scale: ["Not at all", "A little", "Somewhat", "Quite a lot", "A great deal"],
    statements: [
        // page 1
        "By the end of most days, I have little energy left for us.",
        "Work, children, chores or family take up nearly all of our time.",
        "There are things I need from us that I haven't said out loud.",
        "Our days together feel more like a routine than a choice.",
        // page 2
        "Important conversations between us tend to happen in a rush, between other things.",
        "I've stopped doing things that used to make me happy.",
        "Small agreements between us haven't always been kept.",
        "There are subjects we both seem to step around.",
        // page 3
        "One of us has stepped back from the relationship: asked for space, moved out, or gone quiet.",
        "Stress from other parts of life follows me into our time together.",
        "Small hurts have piled up without being talked through.",
        "It's been a while since we simply had fun together.",
        // page 4
        "Time for just the two of us keeps being pushed back.",
        "Talks between us can turn tense quickly.",
        "After a misunderstanding, it takes us a long time to find our way back.",
        "How I feel about myself lately changes how I show up with my partner.",
        // page 5
        "Some topics feel too heavy to bring up, so they wait.",
        "It has been a long time since either of us felt truly rested.",
        "Even when we're in the same room, my partner can feel far away.",
        "I sometimes keep the peace by staying quiet about what I feel.",
        // page 6
        "I sometimes feel taken for granted, or sense that my partner does.",
        "Most of what we talk about is logistics: who does what, and when.",
        "In hard moments, one of us ends up defending rather than listening.",
        "I don't always feel listened to when something matters to me.",
    ],

    back: "Back",
    next: "Next",
    see_results: "See my results",
    progress_label: "Progress",
    step_of: "Step {n} of {total}",
    answered_of: Plural(&[
        (One, "{n} of {total} statement answered"),
        (Other, "{n} of {total} statements answered"),
    ]),

    results_title: "Where the distance seems to come from",
    results_lead: "Here is what stood out in your answers. These are patterns many couples meet, not verdicts about either of you.",
    top_title: "Weighing most right now",
    looks_like_label: "What this often looks like",
    first_step_label: "A first small step",
    none_stand_out: "No single source stands out strongly in your answers. That is worth noticing too: the distance may be small, or spread thinly across many everyday things.",
    top_level_note: "These weigh about the same for you, so they are shown side by side, in no particular order.",
    level_title: "Weighing about the same",
    level_all: "Every source weighs about the same in your answers, so none is singled out here. That often means the distance is spread across many everyday things rather than coming from one place.",
    level_some: "These weigh about the same in your answers, and more than the rest. None stands out over the others, so none is singled out here.",
    level_step: "A first small step that suits any of them: each day, give one small moment of real attention, like a warm greeting or ten minutes without screens, and keep it up for a week. Or open whichever feels closest to your life.",
    all_title: "Every source, highest first",
    score_of: "{score} out of 100",
    not_rated: "Not rated",
    skipped_none: Plural(&[
        (One, "You answered the one statement."),
        (Other, "You answered all {total} statements."),
    ]),
    skipped_some: Plural(&[
        (One, "You skipped {n} of {total} statement. Scores use only the statements you answered."),
        (Other, "You skipped {n} of {total} statements. Scores use only the statements you answered."),
    ]),
    skipped_all: Plural(&[
        (One, "You skipped the one statement, so there is nothing to score yet. You can go back and answer it."),
        (Other, "You skipped all {total} statements, so there is nothing to score yet. You can go back and answer any of them."),
    ]),
    apart_title: "While you are living apart",
    apart_text: "When a partner has stepped away, chasing or pressing for answers usually widens the gap. Steadying your own days first, giving room, and keeping any contact small, warm and free of pressure tends to help more. Expect mixed signals along the way, and be patient with both of you.",
    safety_title: "Your safety comes first",
    safety_text: "You said that, at least some of the time, you feel afraid, unsafe, controlled or hurt. The ideas in this tool are meant for ordinary distance between two people who feel safe with each other, so it won't suggest ways to reconnect here. You deserve support from people who can help.",
    safety_resources: "If you are in danger right now, call your local emergency number. A domestic abuse helpline, a doctor, or someone you trust can listen in confidence and help you think through your options.",
    safety_reference_title: "Your answers, for reference",
    safety_footer: "If you ever feel unsafe in your relationship, you don't have to face it alone: in an emergency call your local emergency number, or reach out to a local helpline to talk in confidence.",
    retake: "Take it again",
    retake_confirm: "Start again? Your current answers are cleared. Results from earlier days stay, so you can compare the new one with them.",
    retake_confirm_today: "Start again? Your current answers are cleared, and when you finish, the new result replaces today's (one is kept per day). Results from earlier days stay, for comparing.",
    retake_yes: "Yes, start again",
    retake_no: "Keep my answers",

    notice_storage_unavailable: "This browser isn't letting the page save, so your answers will be gone when you close it.",
    notice_save_failed: "Your latest answers couldn't be saved on this device (its storage may be full). They are still here while this page stays open.",
    notice_corrupt: "What was saved here before couldn't be read, so you are starting fresh. A copy of it has been kept on this device, and you can download it.",
    notice_newer: "Your answers were saved by a newer version of this tool. To keep them safe, nothing you do here will be saved until this page is updated.",
    notice_corrupt_not_kept: "What was saved here before couldn't be read, and there was no room to keep a copy. To keep it safe, nothing you do here will be saved.",
    notice_changed_elsewhere: "This was also changed in another tab or window. So that neither overwrites the other, nothing more is saved here: reload this page to continue with the latest.",

    sources: [
        SourceText {
            name: "Overwhelm and stress",
            looks_like: "Long stretches of tiredness and pressure leave little energy for each other. Evenings become about getting through, and closeness waits for a calmer week that doesn't quite arrive.",
            first_step: "Find one five-minute pocket this week to sit together with nothing to get done. Resting side by side counts as connection too.",
        },
        SourceText {
            name: "Competing demands",
            looks_like: "Work, children, household jobs and family can claim nearly every hour. You may run the logistics well as a team while time as a couple keeps being postponed.",
            first_step: "Protect one small, regular slot that is just for the two of you, even fifteen minutes, and keep it the way you would keep any other commitment.",
        },
        SourceText {
            name: "Unspoken needs and resentments",
            looks_like: "Needs that were never said aloud, and small hurts let go without being talked through, can settle into a quiet distance that is hard to name.",
            first_step: "Notice one small need and say it early and gently, as a wish rather than a complaint: \"I'd love it if we…\"",
        },
        SourceText {
            name: "Rushed or reactive conversations",
            looks_like: "Talks that happen on the run can heat up quickly or end with both of you defending yourselves, so the things that matter stay unsettled.",
            first_step: "When you feel a conversation heating up, pause and offer to come back to it at a set time. Slower talks tend to reach further.",
        },
        SourceText {
            name: "Avoided topics",
            looks_like: "Some subjects feel too heavy, so you both step around them. The silence keeps the peace for now, but it also keeps part of each of you out of reach.",
            first_step: "In a calm moment, name the topic without trying to solve it: \"I'd like us to talk about this sometime, gently.\"",
        },
        SourceText {
            name: "Drifting into routine",
            looks_like: "Days settle into habits and it becomes easy to take each other for granted. Shared fun and curiosity slip away without either of you deciding they should.",
            first_step: "Thank your partner for one specific thing today, or suggest something small you used to enjoy together.",
        },
        SourceText {
            name: "Losing yourself",
            looks_like: "When you stop doing what made you happy, or feel unsure of yourself, it changes how you show up: more tired, more guarded, sometimes quietly resentful.",
            first_step: "Return to one thing that used to light you up, just for you. Looking after yourself is part of looking after the relationship.",
        },
        SourceText {
            name: "Shaken reliability",
            looks_like: "When small agreements slip, or you don't feel heard, trust wears thin, and misunderstandings take longer to mend.",
            first_step: "Keep one small promise exactly this week, and after a misunderstanding, reach out to repair it within the hour if you can.",
        },
        SourceText {
            name: "Physical or emotional separation",
            looks_like: "A partner who has moved out, asked for space or gone quiet can leave you unsure what to do. Pushing for closeness often widens the gap.",
            first_step: "Give room rather than chasing. Put your energy into steadying your own days, and keep any contact brief, warm and free of pressure.",
        },
    ],

    nav_label: "Sections",
    nav_reflect: "Reflect",
    nav_moments: "Moments",
    nav_list: "My list",
    nav_list_count: Plural(&[(Other, "My list ({n})")]),
    see_moments: "Find small moments for this",
    see_selfcare: "See ways to care for yourself",

    moments_title: "Small moments",
    moments_lead: "Small, concrete things you can do on your own, whether or not your partner joins in. Pick one or two that feel possible this week.",
    suggested_title: "Suggested for you",
    suggested_lead: "Chosen for what weighs most in your reflection. Small and steady tends to help more than big and rare.",
    suggested_apart_lead: "You are living apart right now, so these give room and keep things light before anything else.",
    suggested_general_lead: "Nothing in your reflection stands out over the rest, so these are small, broad places to begin. Small and steady tends to help more than big and rare.",
    selfcare_title: "Caring for yourself",
    selfcare_lead: "For now, these are only about you: rest, steadiness and support. While you don't feel safe, ideas that involve your partner are set aside.",
    helps_with: "Helps with:",
    no_results_hint: "Take the reflection for suggestions that fit you, or browse every moment below.",
    start_reflection: "Start the reflection",
    browse_title: "Browse all moments",
    browse_hint: "Grouped by kind: open one to see its moments, or use the filters.",
    moment_count: Plural(&[(One, "{n} moment"), (Other, "{n} moments")]),
    filter_source: "Source of distance",
    filter_kind: "Kind of moment",
    filter_effort: "Effort",
    filter_any: "Any",
    showing: Plural(&[
        (One, "Showing {n} of {total} moment"),
        (Other, "Showing {n} of {total} moments"),
    ]),
    filter_empty: "Nothing matches all of these filters. Try loosening one of them.",
    clear_filters: "Clear filters",
    add_to_list: "Add to my list",
    on_list: "On my list",
    added: "Added to your list: {title}",
    list_full: "Your list is full. Remove something before adding more.",
    custom_title: "Add a moment of your own",
    custom_what: "What will you do?",
    custom_how: "How, or when (optional)",
    custom_needs_title: "Write a few words about what you will do first.",
    custom_kind: "Your own",

    starters_title: "Words to start with",
    starters_lead: "Gentle, low-pressure lines to adapt in your own words. Copying keeps them on this device until you paste them somewhere.",
    starters: [
        ("A check-in", "Thinking of you today. How is your day going?"),
        ("Something you miss", "I miss how easily we used to laugh together. I'd love a bit more of that."),
        ("A thank-you", "Thank you for taking care of that today. It made my day easier."),
        ("A small invitation", "Would you like to take a short walk with me this evening? Only if you feel like it."),
    ],
    copy: "Copy",
    copied: "Copied. Paste it wherever you like.",
    copy_fallback: "Copying isn't available here, so the text is selected: copy it with your device's usual copy command.",

    list_title: "My small moments",
    list_lead: "Come back whenever you like. Every small moment you practise counts, on whichever days suit you.",
    list_safety_note: "While you don't feel safe, the how-to and the reminder of each moment that involves your partner are put away. Everything you saved stays yours, here on this device.",
    list_empty: "Nothing here yet. Pick one or two small moments to begin with; you can change them any time.",
    browse_moments: "Browse small moments",
    done_today: "Done today",
    marked_done: "Marked as done today. Nicely done.",
    unmarked_done: "No longer marked for today.",
    this_week: "This week",
    practised_none: "Nothing marked yet this week.",
    practised_on: "Practised on {days}.",
    practised_day: "{day}",
    weekday_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    weekday_long: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    today: "today",
    note_label: "A private note (kept only on this device)",
    note_saved: "Note saved.",
    reminder_summary: "Add a calendar reminder",
    reminder_hint: "A gentle weekly reminder for your own calendar app. The file is made here in your browser; nothing is sent anywhere.",
    reminder_days: "On these days",
    reminder_time: "At what time",
    reminder_download: "Download calendar file",
    reminder_no_days: "Choose at least one day for the reminder.",
    reminder_ready: "Calendar file downloaded. Open it to add the reminder to your calendar.",
    reminder_description: "A small moment from your Nearer list. Only if today allows it.",
    remove: "Remove",
    remove_confirm: "Remove this from your list? Its note and check-offs go with it.",
    remove_yes: "Yes, remove",
    remove_no: "Keep it",
    removed: "Removed from your list.",
    print_plan: "Print my plan",
    unknown_moment: "A moment that is no longer in the catalogue",

    moments: MOMENTS_EN,
    kind_names: KIND_NAMES_EN,
    effort_names: EFFORT_NAMES_EN,
    time_names: TIME_NAMES_EN,

    compare_title: "Since an earlier time",
    compare_with: "Compare with the reflection of",
    compare_lead: "A higher score means a source weighs more now than it did then. Changes either way are worth noticing, not judging.",
    trend_higher: "{name}: weighs more now ({then} then, {now} now)",
    trend_lower: "{name}: weighs less now ({then} then, {now} now)",
    trend_same: "{name}: the same ({score} both times)",
    trend_not_comparable: "{name}: not rated both times",

    footer_label: "About this reflection",
    data_link: "Your data on this device",
    data_title: "Your data on this device",
    data_lead: "Everything you enter stays in this browser. Nothing is sent anywhere, and there is no account.",
    shared_device_title: "If others use this device",
    shared_device_note: "What you save here is not behind a password: anyone who opens this page in this browser could see your answers, notes and list. If you share this device, you can stop keeping anything here, or delete everything at any time.",
    keeping_saving: "Your answers, past results and list are kept in this browser until you delete them.",
    keeping_session: "Nothing from this tab is being kept on this device. Your answers and list will be gone when you reload or close it.",
    keeping_unavailable: "This browser isn't letting the page keep anything, so your answers and list will be gone when you close it. You can download a copy to keep them.",
    session_only_badge: "Not saving on this device",
    intro_point_not_kept: "Stop whenever you like. Right now nothing is kept on this device, so your answers last only while this page is open.",
    session_only_start: "Don't keep anything on this device",
    session_only_confirm: "Stop keeping anything on this device while you use this tab? What is saved here now will be deleted. Your answers and list stay on screen until you reload or close the tab.",
    session_only_yes: "Yes, stop keeping it",
    session_only_stop: "Keep my answers on this device again",
    session_only_on: "Nothing from this tab is being kept on this device now.",
    session_only_off: "Your answers and list are being kept on this device again.",
    cancel: "Cancel",
    persist_title: "Protecting it from clean-ups",
    persist_granted: "This browser has agreed to keep this data even when the device runs short of space.",
    persist_not_yet: "When a device runs short of space, a browser may clear what sites have stored. You can ask this browser to keep this data.",
    persist_ask: "Ask the browser to keep it",
    persist_refused: "The browser didn't agree this time. Downloading a copy is the surest way to keep your data.",
    export_title: "Download a copy",
    export_lead: "A small file with your answers, past results and list, which you can bring back here or on another device. Keep it somewhere private: anyone with the file can read it.",
    export_button: "Download a copy",
    export_started: "Your copy is downloading.",
    export_failed: "This browser wouldn't start the download.",
    backup_title: "Saved data this page can't show",
    backup_lead: "Something kept here couldn't be read, or was saved by a newer version of this reflection, so this page can't show it. It is kept as it was, and deleting everything would remove it: you can download it first, to keep it or to ask someone to help recover it.",
    backup_button: "Download the unreadable copy",
    import_title: "Bring back a copy",
    import_lead: "Choose a file you downloaded from this reflection. You will see what it holds before anything changes.",
    import_choose: "Choose a file",
    import_too_large: "That file is too large to be a copy from this reflection ({size} kB; copies are well under 1,000 kB). Nothing was changed.",
    import_empty: "That file is empty. Nothing was changed.",
    import_not_nearer: "That file isn't a copy from this reflection. Nothing was changed.",
    import_newer: "That copy was made by a newer version of this reflection, which this page can't read yet. Nothing was changed.",
    import_damaged: "That copy is damaged, so it can't be brought back safely. Nothing was changed.",
    import_too_many: Plural(&[(Other, "That copy has {items} moments on its list, more than a list can hold ({max}). Nothing was changed.")]),
    import_read_failed: "That file couldn't be opened. Nothing was changed.",
    import_preview_title: "What this copy holds",
    import_preview_answers: Plural(&[
        (One, "Answers: {file} of {total} statement (here: {here})"),
        (Other, "Answers: {file} of {total} statements (here: {here})"),
    ]),
    import_preview_list: Plural(&[
        (One, "List: {file} moment, {new} of them not on this device (here: {here})"),
        (Other, "List: {file} moments, {new} of them not on this device (here: {here})"),
    ]),
    import_preview_practised: Plural(&[(Other, "Days practised: {file} (here: {here})")]),
    import_preview_history: Plural(&[(Other, "Past results: {file} (here: {here})")]),
    import_replace: "Replace what's here",
    import_replace_hint: "Replace what's here: this device gets exactly what the copy holds.",
    import_merge: "Add to what's here",
    import_merge_hint: "Add to what's here: keeps everything on this device and adds what only the copy has. Your answers here are kept if you have any.",
    import_done: "Your copy is back.",
    import_left_out: Plural(&[
        (One, "{n} moment didn't fit on your list and was left out."),
        (Other, "{n} moments didn't fit on your list and were left out."),
    ]),
    delete_title: "Delete everything",
    delete_lead: "Removes your answers, past results, notes and list from this browser. This can't be undone, so download a copy first if you might want it back.",
    delete_button: "Delete everything",
    delete_confirm: "Delete everything this reflection keeps on this device?",
    delete_yes: "Yes, delete everything",
    delete_no: "Keep it",
    deleted: "Everything has been deleted from this device.",
    delete_failed: "Some of it couldn't be deleted because this browser refused. Try again, or clear this site's data in the browser's settings.",
    notice_deleted_elsewhere: "Everything was deleted in another tab or window, so this page has started fresh too.",
    notice_see_data: "See your options",

    quick_exit: "Leave quickly",
    quick_exit_hint: "Leaves this page at once. You can also press Escape twice.",
    unsafe_summary: "If you feel unsafe",
    intro_shared: "On a shared device? Whatever is saved here can be seen by the next person who opens this page in this browser.",
    intro_shared_link: "Choose what is kept",
    safety_more: "More help and support",
    safety_call: "Call {phone}",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a table with its place, templates and plural forms
    /// as written (each form on its own).
    pub(crate) fn all_texts(s: &Strings) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        let mut copy = *s;
        copy.visit(&mut |path, slot| {
            let name = path_name(path);
            match slot {
                Slot::Text(t) | Slot::Template(t, _) => out.push((name, *t)),
                Slot::Plural(p, _) => out.extend(p.0.iter().map(|(_, t)| (name.clone(), *t))),
            }
        });
        out
    }

    #[test]
    fn english_texts_are_complete_trimmed_and_use_only_their_placeholders() {
        let texts = all_texts(&EN);
        assert!(texts.len() > 300, "{}", texts.len());
        for (name, text) in &texts {
            assert!(!text.trim().is_empty(), "{name}");
            assert_eq!(*text, text.trim(), "{name}");
        }
        let mut places = Vec::new();
        let mut en = EN;
        en.visit(&mut |path, slot| {
            let name = path_name(path);
            assert!(!places.contains(&name), "{name} visited twice");
            places.push(name.clone());
            let (forms, names): (Vec<&str>, &[&str]) = match slot {
                Slot::Text(t) => (vec![*t], &[]),
                Slot::Template(t, names) => (vec![*t], names),
                Slot::Plural(p, names) => {
                    assert!(
                        p.0.iter().any(|(c, _)| *c == Other),
                        "{name}: no other form"
                    );
                    (p.0.iter().map(|(_, t)| *t).collect(), names)
                }
            };
            let other = forms[forms.len() - 1];
            for name_ in names {
                assert!(
                    other.contains(&["{", name_, "}"].concat()),
                    "{name}: {other}"
                );
            }
            for form in forms {
                let filled = fill(form, &names.iter().map(|n| (*n, "X")).collect::<Vec<_>>());
                assert!(!filled.contains(['{', '}']), "{name}: {form}");
            }
        });
    }

    #[test]
    fn statements_are_distinct() {
        let set: std::collections::HashSet<_> = EN.statements.iter().collect();
        assert_eq!(set.len(), EN.statements.len());
    }

    #[test]
    fn weekday_names_fit() {
        for (short, long) in EN.weekday_short.iter().zip(&EN.weekday_long) {
            assert!(short.chars().count() <= 3, "{short}");
            assert_eq!(
                short.chars().next(),
                long.chars().next(),
                "{short} / {long}"
            );
        }
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(
            fill("{n} of {total}", &[("n", "1"), ("total", "2")]),
            "1 of 2"
        );
        assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
        assert_eq!(fill("{b} stays", &[("a", "x")]), "{b} stays");
        assert_eq!(fill("open { end", &[]), "open { end");
        assert_eq!(fill("é {n}ü", &[("n", "ñ")]), "é ñü");
    }

    #[test]
    fn formatted_strings_count_properly() {
        let s = &EN;
        assert_eq!(s.step_of(2, 7), "Step 2 of 7");
        assert_eq!(s.answered_of(1, 24), "1 of 24 statements answered");
        assert_eq!(s.answered_of(0, 1), "0 of 1 statement answered");
        assert_eq!(s.score_of(75), "75 out of 100");
        assert_eq!(s.skipped(0, 24), "You answered all 24 statements.");
        assert!(s
            .skipped(1, 24)
            .starts_with("You skipped 1 of 24 statements."));
        assert!(s
            .skipped(3, 24)
            .starts_with("You skipped 3 of 24 statements."));
        assert!(s.skipped(24, 24).contains("nothing to score"));
        assert_eq!(s.nav_list(0), "My list");
        assert_eq!(s.nav_list(3), "My list (3)");
        assert_eq!(s.practised_on(&[]), "Nothing marked yet this week.");
        assert_eq!(s.practised_on(&["Monday"]), "Practised on Monday.");
        assert_eq!(
            s.practised_on(&["Monday", "Wednesday", "Sunday"]),
            "Practised on Monday, Wednesday and Sunday."
        );
        assert_eq!(s.showing(3, 40), "Showing 3 of 40 moments");
        assert_eq!(
            s.import_left_out(1),
            "1 moment didn't fit on your list and was left out."
        );
        assert_eq!(
            s.import_left_out(2),
            "2 moments didn't fit on your list and were left out."
        );
        assert!(s.import_too_large(2_000_001).contains("(2001 kB;"));
        assert_eq!(
            s.trend_higher("Rest", 10, 20),
            "Rest: weighs more now (10 then, 20 now)"
        );
        assert_eq!(s.safety_call("0800 123"), "Call 0800 123");
        assert_eq!(s.date(2026, 1, 5), "2026-01-05");
    }
}
