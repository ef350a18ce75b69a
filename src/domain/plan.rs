//! The personal action list: chosen moments and the person's own, a private
//! note each, the days each was practised, and a gentle week view.
//!
//! Nothing here counts streaks or misses: the week view shows the days
//! something was practised, never the days it wasn't.

use super::date::Date;
use super::moments::moment;

pub const TITLE_MAX: usize = 80;
pub const HOW_TO_MAX: usize = 280;
pub const NOTE_MAX: usize = 500;
/// More than anyone needs; keeps a runaway list from filling storage.
pub const ITEMS_MAX: usize = 60;

/// What an item on the list is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum What {
    /// A moment from the catalogue, by id.
    Moment(String),
    /// A moment of the person's own.
    Custom { title: String, how_to: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable within the list: "m-<moment id>" or "c-<n>".
    pub key: String,
    pub what: What,
    pub note: String,
    /// The days it was practised, ascending, no repeats.
    pub done: Vec<Date>,
}

impl Item {
    pub fn done_on(&self, day: Date) -> bool {
        self.done.binary_search(&day).is_ok()
    }

    /// Monday to Sunday of `today`'s week: practised or not.
    pub fn week(&self, today: Date) -> [bool; 7] {
        let monday = today.week_start();
        let mut days = [false; 7];
        for (i, d) in days.iter_mut().enumerate() {
            *d = self.done_on(monday.add_days(i as i32));
        }
        days
    }
}

/// What the list shows of an item on one day: all of it but its history.
/// With five years of practice `Item::done` holds 1,826 days; the view
/// copies and compares what it shows on every render, so it gets this.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub key: String,
    pub what: What,
    pub note: String,
    /// Practised on that day.
    pub done: bool,
    /// Monday to Sunday of that day's week (`Item::week`).
    pub week: [bool; 7],
}

impl Item {
    /// The item as the list shows it on `today`.
    pub fn shown(&self, today: Date) -> Shown {
        Shown {
            key: self.key.clone(),
            what: self.what.clone(),
            note: self.note.clone(),
            done: self.done_on(today),
            week: self.week(today),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub items: Vec<Item>,
    /// The number the next custom item takes; never reused.
    pub next_custom: u32,
}

impl Plan {
    pub fn item(&self, key: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.key == key)
    }

    fn item_mut(&mut self, key: &str) -> Option<&mut Item> {
        self.items.iter_mut().find(|i| i.key == key)
    }

    pub fn has_moment(&self, id: &str) -> bool {
        self.items
            .iter()
            .any(|i| matches!(&i.what, What::Moment(m) if m == id))
    }

    pub fn is_full(&self) -> bool {
        self.items.len() >= ITEMS_MAX
    }

    /// Adds a catalogue moment once; false if unknown, already there or full.
    pub fn add_moment(&mut self, id: &str) -> bool {
        if moment(id).is_none() || self.has_moment(id) || self.is_full() {
            return false;
        }
        self.items.push(Item {
            key: moment_key(id),
            what: What::Moment(id.to_string()),
            note: String::new(),
            done: Vec::new(),
        });
        true
    }

    /// Adds the person's own moment; the title must have some text. Both
    /// texts are trimmed and cut to their length limits.
    pub fn add_custom(&mut self, title: &str, how_to: &str) -> bool {
        let title = clean(&single_line(title), TITLE_MAX);
        if title.is_empty() || self.is_full() {
            return false;
        }
        let Some(key) = self.next_custom_key() else {
            return false;
        };
        self.items.push(Item {
            key,
            what: What::Custom {
                title,
                how_to: clean(how_to, HOW_TO_MAX),
            },
            note: String::new(),
            done: Vec::new(),
        });
        true
    }

    /// The next unused `c-<n>` key, advancing the counter. A key is never
    /// reused, so a counter at its end gives `None`.
    pub fn next_custom_key(&mut self) -> Option<String> {
        loop {
            self.next_custom = self.next_custom.checked_add(1)?;
            let mut key = String::from("c-");
            super::date::push_padded(&mut key, self.next_custom, 1);
            if self.item(&key).is_none() {
                return Some(key);
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> bool {
        let before = self.items.len();
        self.items.retain(|i| i.key != key);
        self.items.len() != before
    }

    pub fn set_note(&mut self, key: &str, note: &str) -> bool {
        let note = clean(note, NOTE_MAX);
        match self.item_mut(key) {
            Some(item) if item.note != note => {
                item.note = note;
                true
            }
            _ => false,
        }
    }

    /// Marks `day` practised, or clears it if it already was (undo).
    pub fn toggle_done(&mut self, key: &str, day: Date) -> bool {
        let Some(item) = self.item_mut(key) else {
            return false;
        };
        match item.done.binary_search(&day) {
            Ok(at) => {
                item.done.remove(at);
            }
            Err(at) => item.done.insert(at, day),
        }
        true
    }
}

/// The number in a custom item's key `c-<n>` (as `next_custom_key` gives
/// them); `None` for any other key.
pub fn custom_number(key: &str) -> Option<u32> {
    let digits = key.strip_prefix("c-")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

pub fn moment_key(id: &str) -> String {
    let mut key = String::from("m-");
    key.push_str(id);
    key
}

/// Trims and cuts to `max` characters (not bytes), keeping inner newlines.
pub fn clean(text: &str, max: usize) -> String {
    let trimmed = text.trim();
    match trimmed.char_indices().nth(max) {
        Some((cut, _)) => trimmed[..cut].trim_end().to_string(),
        None => trimmed.to_string(),
    }
}

/// Line breaks and tabs become spaces (titles are one line).
pub fn single_line(text: &str) -> String {
    text.split(['\n', '\r', '\t']).collect::<Vec<_>>().join(" ")
}

/// The done days as a start day and a hex bitmap: each hex digit covers four
/// consecutive days from `from`, the first day in its highest bit. Five years
/// of daily practice is about 460 characters.
pub fn encode_days(days: &[Date]) -> Option<(Date, String)> {
    let (&first, &last) = (days.first()?, days.last()?);
    let span = (last.0 - first.0) as usize + 1;
    let mut nibbles = vec![0u8; span.div_ceil(4)];
    for d in days {
        let off = (d.0 - first.0) as usize;
        nibbles[off / 4] |= 8 >> (off % 4);
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    Some((
        first,
        nibbles.iter().map(|&n| HEX[n as usize] as char).collect(),
    ))
}

/// Longest bitmap accepted: about 200 years of days.
pub const DAYS_HEX_MAX: usize = 20_000;

/// Reads `encode_days`' output back; `None` if malformed.
pub fn decode_days(from: Date, hex: &str) -> Option<Vec<Date>> {
    if hex.len() > DAYS_HEX_MAX {
        return None;
    }
    let mut days = Vec::new();
    for (i, c) in hex.bytes().enumerate() {
        let n = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            _ => return None,
        };
        for bit in 0..4 {
            if n & (8 >> bit) != 0 {
                days.push(from.add_days((i * 4 + bit) as i32));
            }
        }
    }
    Some(days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::moments::MOMENTS;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn add_and_remove_catalogue_moments() {
        let mut p = Plan::default();
        let id = MOMENTS[0].id;
        assert!(p.add_moment(id));
        assert!(!p.add_moment(id), "never twice");
        assert!(!p.add_moment("not-a-moment"));
        assert!(p.has_moment(id));
        assert_eq!(p.items[0].key, format!("m-{id}"));
        assert!(p.add_moment(MOMENTS[1].id));
        assert!(p.remove(&format!("m-{id}")));
        assert!(!p.remove(&format!("m-{id}")));
        assert!(!p.has_moment(id));
        assert_eq!(p.items.len(), 1);
    }

    #[test]
    fn custom_moments_are_cleaned_limited_and_never_reuse_a_key() {
        let mut p = Plan::default();
        assert!(!p.add_custom("   \n ", "anything"), "a title is needed");
        assert!(p.add_custom("  Walk\nafter dinner ", "  together, slowly  "));
        assert_eq!(
            p.items[0].what,
            What::Custom {
                title: "Walk after dinner".into(),
                how_to: "together, slowly".into()
            }
        );
        let long = "é".repeat(400);
        assert!(p.add_custom(&long, &long));
        let What::Custom { title, how_to } = &p.items[1].what else {
            panic!()
        };
        assert_eq!(title.chars().count(), TITLE_MAX);
        assert_eq!(how_to.chars().count(), HOW_TO_MAX);
        assert_eq!(p.items[1].key, "c-2");
        assert!(p.remove("c-2"));
        assert!(p.add_custom("Another", ""));
        assert_eq!(p.items[1].key, "c-3", "keys are never reused");
        let mut full = Plan {
            next_custom: u32::MAX,
            ..Plan::default()
        };
        assert!(!full.add_custom("one more", ""), "no key left to give");
        assert!(full.items.is_empty());
        // markup is kept as plain text; rendering escapes it
        assert!(p.add_custom("<img src=x onerror=alert(1)>", ""));
        assert!(
            matches!(&p.items[2].what, What::Custom { title, .. } if title == "<img src=x onerror=alert(1)>")
        );
    }

    #[test]
    fn the_list_has_a_ceiling() {
        let mut p = Plan::default();
        for i in 0..ITEMS_MAX {
            assert!(p.add_custom(&format!("item {i}"), ""));
        }
        assert!(p.is_full());
        assert!(!p.add_custom("one more", ""));
        assert!(!p.add_moment(MOMENTS[0].id));
    }

    #[test]
    fn notes_are_limited_and_report_changes() {
        let mut p = Plan::default();
        p.add_moment(MOMENTS[3].id);
        let key = p.items[0].key.clone();
        assert!(p.set_note(&key, "  said it on Tuesday\nfelt good "));
        assert_eq!(p.items[0].note, "said it on Tuesday\nfelt good");
        assert!(
            !p.set_note(&key, "said it on Tuesday\nfelt good"),
            "no change"
        );
        p.set_note(&key, &"x".repeat(NOTE_MAX + 50));
        assert_eq!(p.items[0].note.len(), NOTE_MAX);
        assert!(!p.set_note("nope", "x"));
    }

    #[test]
    fn check_off_and_undo() {
        let mut p = Plan::default();
        p.add_custom("Thank them", "");
        let today = day(2026, 11, 24);
        assert!(p.toggle_done("c-1", today));
        assert!(p.items[0].done_on(today));
        p.toggle_done("c-1", today.add_days(-2));
        assert_eq!(p.items[0].done, vec![today.add_days(-2), today]);
        p.toggle_done("c-1", today);
        assert!(!p.items[0].done_on(today), "undo");
        assert_eq!(p.items[0].done, vec![today.add_days(-2)]);
        assert!(!p.toggle_done("missing", today));
    }

    #[test]
    fn week_view_spans_month_and_year_boundaries() {
        let mut p = Plan::default();
        p.add_custom("Walk", "");
        // Thursday 2026-12-31: its week runs Mon 28 Dec to Sun 3 Jan 2027
        let today = day(2026, 12, 31);
        for d in [
            day(2026, 12, 27),
            day(2026, 12, 28),
            day(2026, 12, 31),
            day(2027, 1, 3),
            day(2027, 1, 4),
        ] {
            p.toggle_done("c-1", d);
        }
        assert_eq!(
            p.items[0].week(today),
            [true, false, false, true, false, false, true]
        );
        // across a month end: Mon 30 Nov 2026 .. Sun 6 Dec
        let mut q = Plan::default();
        q.add_custom("Call", "");
        q.toggle_done("c-1", day(2026, 12, 1));
        assert_eq!(
            q.items[0].week(day(2026, 11, 30)),
            [false, true, false, false, false, false, false]
        );
        assert_eq!(
            q.items[0].week(day(2026, 12, 6)),
            [false, true, false, false, false, false, false]
        );
        assert_eq!(q.items[0].week(day(2026, 12, 7)), [false; 7]);
    }

    #[test]
    fn an_item_is_shown_for_its_day_without_its_history() {
        let mut p = Plan::default();
        p.add_custom("Walk", "Round the block");
        p.set_note("c-1", "after dinner");
        // Wednesday 2026-12-09; practised every day of the five years before
        let today = day(2026, 12, 9);
        for i in 1..1826 {
            p.toggle_done("c-1", today.add_days(-i));
        }
        let item = &p.items[0];
        let shown = item.shown(today);
        assert_eq!(shown.key, "c-1");
        assert_eq!(shown.note, "after dinner");
        assert_eq!(shown.what, item.what);
        assert!(!shown.done, "not yet today");
        assert_eq!(shown.week, [true, true, false, false, false, false, false]);
        // next Monday: nothing practised that week yet
        let monday = item.shown(today.add_days(5));
        assert_eq!(monday.week, [false; 7]);
        assert_ne!(monday, shown);
        assert!(item.shown(today.add_days(-1)).done, "yesterday");
        p.toggle_done("c-1", today);
        let now = p.items[0].shown(today);
        assert!(now.done);
        assert_eq!(now.week, [true, true, true, false, false, false, false]);
        assert_eq!(now.week, p.items[0].week(today));
    }

    #[test]
    fn done_days_round_trip_through_the_bitmap() {
        assert_eq!(encode_days(&[]), None);
        let d0 = day(2026, 11, 24);
        let days = vec![d0, d0.add_days(1), d0.add_days(5), d0.add_days(400)];
        let (from, hex) = encode_days(&days).unwrap();
        assert_eq!(from, d0);
        assert_eq!(&hex[..2], "c4");
        assert_eq!(decode_days(from, &hex), Some(days));
        // five years of every day
        let all: Vec<Date> = (0..1826).map(|i| d0.add_days(i)).collect();
        let (f, h) = encode_days(&all).unwrap();
        assert!(h.len() <= 460);
        assert_eq!(decode_days(f, &h), Some(all));
        assert_eq!(decode_days(d0, "0g"), None);
        assert_eq!(decode_days(d0, "A"), None);
        assert_eq!(decode_days(d0, &"f".repeat(DAYS_HEX_MAX + 1)), None);
        assert_eq!(decode_days(d0, ""), Some(vec![]));
    }

    #[test]
    fn clean_cuts_on_characters() {
        assert_eq!(clean("  abc  ", 10), "abc");
        assert_eq!(clean("ééé", 2), "éé");
        assert_eq!(clean("ab cd", 3), "ab");
    }
}
