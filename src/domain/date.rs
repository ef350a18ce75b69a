//! Calendar dates without a time zone or a date crate: a day number counted
//! from 1970-01-01, converted to and from (year, month, day) with Howard
//! Hinnant's `days_from_civil` algorithm. The browser edge supplies "today"
//! in the person's local time; everything here is pure arithmetic.

/// A calendar day (proleptic Gregorian), as days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub i32);

/// Monday first, as ISO 8601 and RFC 5545 count weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The RFC 5545 BYDAY code.
    pub fn ical(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self.index()]
    }
}

impl Date {
    /// The day and the whole seconds since its midnight for a time in
    /// milliseconds since 1970-01-01T00:00 (what `Date.now()` gives, shifted
    /// by a time-zone offset for local time). Out-of-range or non-finite
    /// input saturates rather than panics.
    pub fn from_epoch_ms(ms: f64) -> (Date, u32) {
        const DAY_MS: f64 = 86_400_000.0;
        let days = (ms / DAY_MS).floor();
        let day = if days.is_finite() {
            days.clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32
        } else {
            0
        };
        let into_day = ms - f64::from(day) * DAY_MS;
        let seconds = (into_day / 1000.0).floor();
        let seconds = if (0.0..86_400.0).contains(&seconds) {
            seconds as u32
        } else {
            0
        };
        (Date(day), seconds)
    }

    /// The date for a year, month (1-12) and day (1-31); `None` if no such day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let y = i64::from(if month <= 2 { year - 1 } else { year });
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        i32::try_from(era * 146_097 + doe - 719_468).ok().map(Date)
    }

    /// (year, month 1-12, day 1-31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = i64::from(self.0) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        (year, month, day)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::ALL[(i64::from(self.0) + 3).rem_euclid(7) as usize]
    }

    pub fn add_days(self, days: i32) -> Date {
        Date(self.0.saturating_add(days))
    }

    /// The Monday of this date's week.
    pub fn week_start(self) -> Date {
        self.add_days(-(self.weekday().index() as i32))
    }

    /// "YYYYMMDD", as RFC 5545 writes a date.
    pub fn compact(self) -> String {
        let (y, m, d) = self.ymd();
        let mut s = String::with_capacity(8);
        push_padded(&mut s, y.max(0) as u32, 4);
        push_padded(&mut s, m, 2);
        push_padded(&mut s, d, 2);
        s
    }

    /// "YYYY-MM-DD" (ISO 8601), as the saved data writes a date.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        let mut s = String::with_capacity(10);
        push_padded(&mut s, y.max(0) as u32, 4);
        s.push('-');
        push_padded(&mut s, m, 2);
        s.push('-');
        push_padded(&mut s, d, 2);
        s
    }

    /// Reads "YYYY-MM-DD"; `None` for anything else or a day that doesn't exist.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        Date::from_ymd(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }
}

/// Appends `n` with at least `width` digits, without the formatting machinery.
pub fn push_padded(out: &mut String, n: u32, width: usize) {
    super::json::write_u64_padded(out, u64::from(n), width);
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_milliseconds_give_the_day_and_the_seconds() {
        assert_eq!(Date::from_epoch_ms(0.0), (Date(0), 0));
        assert_eq!(Date::from_epoch_ms(86_399_999.0), (Date(0), 86_399));
        assert_eq!(Date::from_epoch_ms(86_400_000.0), (Date(1), 0));
        // before 1970 the day is counted down, the seconds still run forward
        assert_eq!(Date::from_epoch_ms(-1.0), (Date(-1), 86_399));
        // 2026-11-25T13:05:09.500Z
        let (day, seconds) = Date::from_epoch_ms(1_795_611_909_500.0);
        assert_eq!(day.ymd(), (2026, 11, 25));
        assert_eq!(seconds, 13 * 3600 + 5 * 60 + 9);
        for odd in [f64::NAN, f64::INFINITY, -f64::INFINITY, 1e300, -1e300] {
            let (_, seconds) = Date::from_epoch_ms(odd);
            assert!(seconds < 86_400);
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(Date::from_ymd(1970, 1, 1), Some(Date(0)));
        assert_eq!(Date(0).weekday(), Weekday::Thu);
        let d = Date::from_ymd(2026, 11, 24).unwrap();
        assert_eq!(d.weekday(), Weekday::Tue);
        assert_eq!(d.ymd(), (2026, 11, 24));
        assert_eq!(d.iso(), "2026-11-24");
        assert_eq!(d.compact(), "20261124");
        assert_eq!(d.week_start().iso(), "2026-11-23");
        assert_eq!(Date::from_ymd(2000, 2, 29).unwrap().weekday(), Weekday::Tue);
        assert_eq!(Date::from_ymd(1969, 12, 31), Some(Date(-1)));
    }

    #[test]
    fn round_trips_every_day_for_four_centuries() {
        let start = Date::from_ymd(1900, 1, 1).unwrap().0;
        let mut prev = Date(start - 1);
        for n in start..start + 146_097 {
            let d = Date(n);
            let (y, m, day) = d.ymd();
            assert_eq!(Date::from_ymd(y, m, day), Some(d));
            assert_eq!(Date::parse_iso(&d.iso()), Some(d));
            assert_eq!(d.weekday().index(), (prev.weekday().index() + 1) % 7);
            prev = d;
        }
    }

    #[test]
    fn crossing_month_and_year_boundaries() {
        let eve = Date::from_ymd(2026, 12, 31).unwrap();
        assert_eq!(eve.add_days(1).iso(), "2027-01-01");
        assert_eq!(
            Date::from_ymd(2028, 2, 28).unwrap().add_days(1).iso(),
            "2028-02-29"
        );
        assert_eq!(
            Date::from_ymd(2027, 2, 28).unwrap().add_days(1).iso(),
            "2027-03-01"
        );
        // the week of 2027-01-01 (a Friday) starts in 2026
        assert_eq!(eve.add_days(1).week_start().iso(), "2026-12-28");
    }

    #[test]
    fn invalid_dates_are_refused() {
        for (y, m, d) in [
            (2026, 2, 29),
            (2026, 13, 1),
            (2026, 0, 1),
            (2026, 4, 31),
            (2026, 1, 0),
        ] {
            assert_eq!(Date::from_ymd(y, m, d), None);
        }
        for s in [
            "2026-2-01",
            "2026-02-30",
            "20260201",
            "2026/02/01",
            "abcd-ef-gh",
            "",
            "2026-02-011",
        ] {
            assert_eq!(Date::parse_iso(s), None, "{s}");
        }
    }

    #[test]
    fn padding() {
        let mut s = String::new();
        push_padded(&mut s, 7, 2);
        push_padded(&mut s, 0, 3);
        push_padded(&mut s, 12345, 2);
        assert_eq!(s, "0700012345");
    }
}
