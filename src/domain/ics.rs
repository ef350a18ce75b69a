//! Calendar reminders as RFC 5545 (iCalendar) text, made in the browser: a
//! weekly recurring event on the days and at the time the person chose, with
//! a display alarm. No server, no notifications, no permissions.

use super::date::{push_padded, Date, Weekday};

/// What to remind about, and when. Times are the person's local wall-clock
/// time, written as "floating" times so the reminder follows them.
pub struct Reminder<'a> {
    /// Stable per list item; "@nearer.local" is appended.
    pub uid: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub days: &'a [Weekday],
    pub hour: u8,
    pub minute: u8,
    /// The first day the reminder may occur (usually today).
    pub from: Date,
    /// When the file is made, UTC: the date and seconds since midnight.
    pub stamp: (Date, u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcsError {
    NoDays,
    BadTime,
}

/// A complete VCALENDAR with one weekly VEVENT (ten minutes long) and a
/// display alarm at its start. CRLF line endings, lines folded at 75 octets.
pub fn reminder_ics(r: &Reminder) -> Result<String, IcsError> {
    if r.days.is_empty() {
        return Err(IcsError::NoDays);
    }
    if r.hour > 23 || r.minute > 59 {
        return Err(IcsError::BadTime);
    }
    // The chosen days, once each, Monday first.
    let days: Vec<Weekday> = Weekday::ALL
        .into_iter()
        .filter(|d| r.days.contains(d))
        .collect();
    // DTSTART: the first chosen weekday on or after `from`.
    let start = (0..7)
        .map(|i| r.from.add_days(i))
        .find(|d| days.contains(&d.weekday()))
        .unwrap_or(r.from);

    let mut dtstart = start.compact();
    dtstart.push('T');
    push_padded(&mut dtstart, u32::from(r.hour), 2);
    push_padded(&mut dtstart, u32::from(r.minute), 2);
    dtstart.push_str("00");

    let (stamp_day, seconds) = r.stamp;
    let seconds = seconds.min(86_399);
    let mut dtstamp = stamp_day.compact();
    dtstamp.push('T');
    push_padded(&mut dtstamp, seconds / 3600, 2);
    push_padded(&mut dtstamp, seconds / 60 % 60, 2);
    push_padded(&mut dtstamp, seconds % 60, 2);
    dtstamp.push('Z');

    let byday: Vec<&str> = days.iter().map(|d| d.ical()).collect();
    let title = escape_text(r.title);
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Nearer//Reminders//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        ["UID:", &escape_text(r.uid), "@nearer.local"].concat(),
        ["DTSTAMP:", &dtstamp].concat(),
        ["DTSTART:", &dtstart].concat(),
        "DURATION:PT10M".to_string(),
        ["RRULE:FREQ=WEEKLY;BYDAY=", &byday.join(",")].concat(),
        ["SUMMARY:", &title].concat(),
        ["DESCRIPTION:", &escape_text(r.description)].concat(),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        ["DESCRIPTION:", &title].concat(),
        "TRIGGER:PT0M".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    Ok(lines.iter().map(|l| fold_line(l)).collect())
}

/// Escapes TEXT (RFC 5545 §3.3.11): backslash, semicolon and comma get a
/// backslash; any line break becomes `\n`.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // other control characters are not allowed in TEXT
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line so that no physical line is longer than 75
/// octets, never splitting a UTF-8 character; continuation lines begin with
/// one space. Every physical line ends with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// A safe download name: "nearer-" and the title's ASCII letters and digits
/// joined by single hyphens (at most 40), then ".ics". Accented Latin letters
/// count as their plain letter, so "Sueña" stays one word ("ß" as "ss",
/// "œ" as "oe": "Größe", "cœur").
pub fn file_name(title: &str) -> String {
    let mut plain = String::new();
    for c in title.chars().map(lower) {
        match c {
            'ß' => plain.push_str("ss"),
            'æ' => plain.push_str("ae"),
            'œ' => plain.push_str("oe"),
            c => plain.push(unaccent(c)),
        }
    }
    let mut slug = String::new();
    for word in plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_ascii_lowercase();
        let room = 40usize.saturating_sub(slug.len() + usize::from(!slug.is_empty()));
        if room == 0 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word[..word.len().min(room)]);
    }
    if slug.is_empty() {
        "nearer-reminder.ics".to_string()
    } else {
        ["nearer-", &slug, ".ics"].concat()
    }
}

/// The plain letter under a lower-case Latin-1 accent (á → a, ñ → n).
/// `c` in lower case, for the letters a file name keeps (ASCII and the
/// accented Latin ones `unaccent` knows); any other letter is dropped from
/// the name anyway. (`char::to_lowercase` would bring Unicode's case tables
/// into the wasm for this one file name.)
fn lower(c: char) -> char {
    match c {
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Œ' => 'œ',
        'Ÿ' => 'ÿ',
        c => c.to_ascii_lowercase(),
    }
}

fn unaccent(c: char) -> char {
    match c {
        'à'..='å' => 'a',
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ñ' => 'n',
        'ò'..='ö' => 'o',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    fn sample<'a>(title: &'a str, description: &'a str, days: &'a [Weekday]) -> Reminder<'a> {
        Reminder {
            uid: "m-thank-specific",
            title,
            description,
            days,
            hour: 7,
            minute: 30,
            from: day(2026, 11, 24),
            stamp: (day(2026, 11, 24), 13 * 3600 + 5 * 60 + 9),
        }
    }

    /// Unfolds and checks the structural rules; returns the logical lines.
    fn check(text: &str) -> Vec<String> {
        assert!(text.ends_with("\r\n"));
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                assert_eq!(text.as_bytes()[i - 1], b'\r', "bare LF at {i}");
            }
            if b == b'\r' {
                assert_eq!(text.as_bytes().get(i + 1), Some(&b'\n'), "bare CR at {i}");
            }
        }
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let logical: Vec<String> = text
            .replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        let mut stack = Vec::new();
        for l in &logical {
            if let Some(name) = l.strip_prefix("BEGIN:") {
                stack.push(name.to_string());
            } else if let Some(name) = l.strip_prefix("END:") {
                assert_eq!(stack.pop().as_deref(), Some(name), "unbalanced END:{name}");
            } else {
                assert!(l.contains(':'), "not a property: {l}");
            }
        }
        assert!(stack.is_empty());
        logical
    }

    fn prop<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
        lines
            .iter()
            .filter_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
            .collect()
    }

    fn unescape(v: &str) -> String {
        let mut out = String::new();
        let mut chars = v.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => panic!("dangling backslash"),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn a_weekly_reminder_is_well_formed() {
        let days = [Weekday::Thu, Weekday::Mon, Weekday::Thu];
        let text = reminder_ics(&sample("Thank them", "Small and steady.", &days)).unwrap();
        let lines = check(&text);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(prop(&lines, "VERSION"), ["2.0"]);
        assert_eq!(prop(&lines, "PRODID"), ["-//Nearer//Reminders//EN"]);
        assert_eq!(prop(&lines, "UID"), ["m-thank-specific@nearer.local"]);
        assert_eq!(prop(&lines, "DTSTAMP"), ["20261124T130509Z"]);
        // from Tuesday 24 Nov, the first Monday or Thursday is Thursday 26
        assert_eq!(prop(&lines, "DTSTART"), ["20261126T073000"]);
        assert_eq!(prop(&lines, "RRULE"), ["FREQ=WEEKLY;BYDAY=MO,TH"]);
        assert_eq!(prop(&lines, "DURATION"), ["PT10M"]);
        assert_eq!(prop(&lines, "TRIGGER"), ["PT0M"]);
        assert_eq!(prop(&lines, "SUMMARY"), ["Thank them"]);
    }

    #[test]
    fn rrule_codes_are_valid_ordered_and_unique() {
        let days = [Weekday::Sun, Weekday::Wed, Weekday::Sun, Weekday::Mon];
        let text = reminder_ics(&sample("t", "d", &days)).unwrap();
        let lines = check(&text);
        let rule = prop(&lines, "RRULE")[0];
        let byday = rule.strip_prefix("FREQ=WEEKLY;BYDAY=").unwrap();
        let codes: Vec<&str> = byday.split(',').collect();
        assert_eq!(codes, ["MO", "WE", "SU"]);
        let valid = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
        assert!(codes.iter().all(|c| valid.contains(c)));
    }

    #[test]
    fn the_first_occurrence_crosses_month_and_year_ends() {
        let mon = [Weekday::Mon];
        let mut r = sample("t", "d", &mon);
        r.from = day(2026, 12, 30);
        let lines = check(&reminder_ics(&r).unwrap());
        assert_eq!(prop(&lines, "DTSTART"), ["20270104T073000"]);
        // on the day itself when it is one of the chosen days
        r.from = day(2027, 1, 4);
        let lines = check(&reminder_ics(&r).unwrap());
        assert_eq!(prop(&lines, "DTSTART"), ["20270104T073000"]);
        let fri = [Weekday::Fri];
        let mut r = sample("t", "d", &fri);
        r.from = day(2026, 11, 28);
        let lines = check(&reminder_ics(&r).unwrap());
        assert_eq!(prop(&lines, "DTSTART"), ["20261204T073000"]);
    }

    #[test]
    fn text_is_escaped_and_reads_back() {
        let title = "a, b; c \\ d";
        let description = "first line\nsecond, line\r\nthird; line";
        let days = [Weekday::Tue];
        let text = reminder_ics(&sample(title, description, &days)).unwrap();
        let lines = check(&text);
        assert_eq!(prop(&lines, "SUMMARY"), ["a\\, b\\; c \\\\ d"]);
        assert_eq!(unescape(prop(&lines, "SUMMARY")[0]), title);
        let descriptions = prop(&lines, "DESCRIPTION");
        assert_eq!(
            unescape(descriptions[0]),
            "first line\nsecond, line\nthird; line"
        );
        assert_eq!(
            unescape(descriptions[1]),
            title,
            "the alarm shows the title"
        );
    }

    #[test]
    fn long_multibyte_lines_fold_without_splitting_characters() {
        let title = "Écoute-moi 🙂 ".repeat(30);
        let days = [Weekday::Sat];
        let text = reminder_ics(&sample(&title, &title, &days)).unwrap();
        let lines = check(&text);
        // every physical line is whole UTF-8 (the &str split proves it) and
        // unfolding restores the text
        assert_eq!(unescape(prop(&lines, "SUMMARY")[0]), title);
        assert!(text.split("\r\n").count() > 20);
        for cut in [74, 75, 76, 150] {
            let line = "x".repeat(cut);
            let folded = fold_line(&line);
            assert!(folded.split("\r\n").all(|l| l.len() <= 75));
            assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
        }
        assert_eq!(fold_line(""), "\r\n");
    }

    #[test]
    fn bad_input_is_refused() {
        let none: [Weekday; 0] = [];
        assert_eq!(
            reminder_ics(&sample("t", "d", &none)),
            Err(IcsError::NoDays)
        );
        let days = [Weekday::Mon];
        let mut r = sample("t", "d", &days);
        r.hour = 24;
        assert_eq!(reminder_ics(&r), Err(IcsError::BadTime));
        r.hour = 23;
        r.minute = 60;
        assert_eq!(reminder_ics(&r), Err(IcsError::BadTime));
        r.minute = 59;
        assert!(reminder_ics(&r).is_ok());
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            file_name("Thank them, today!"),
            "nearer-thank-them-today.ics"
        );
        assert_eq!(file_name("Café crème"), "nearer-cafe-creme.ics");
        assert_eq!(
            file_name("Pregunta \"¿Cómo te puedo ayudar hoy?\""),
            "nearer-pregunta-como-te-puedo-ayudar-hoy.ics"
        );
        assert_eq!(file_name("SUEÑA EN PAREJA"), "nearer-suena-en-pareja.ics");
        assert_eq!(file_name("Größe · cœur"), "nearer-grosse-coeur.ics");
        assert_eq!(file_name("Ça va ? Æ"), "nearer-ca-va-ae.ics");
        assert_eq!(file_name("  <img src=x>  "), "nearer-img-src-x.ics");
        assert_eq!(file_name("🙂"), "nearer-reminder.ics");
        assert_eq!(file_name(""), "nearer-reminder.ics");
        let long = file_name(&"word ".repeat(30));
        assert!(long.len() <= "nearer-".len() + 40 + ".ics".len(), "{long}");
        assert!(!long.contains("--") && !long.contains("-.ics"));
    }
}
