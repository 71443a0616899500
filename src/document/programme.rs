//! The programme's calendar arithmetic (issue 11): a [`Programme`]'s first date and time
//! read as a [`LocalDate`] and a [`TimeOfDay`], the dates of every meeting, and a local
//! time turned into UTC for a time zone.
//!
//! The core has no clock and no time-zone database. It knows the offset of the few zones
//! that have had one offset for decades and no summer time ([`fixed_offset_minutes`]:
//! `Asia/Tokyo`, `UTC`); for any other zone the caller (the browser shell, through
//! `Intl`) supplies the zone's offset at an instant, and [`to_utc`] uses it. Pure.

use crate::document::model::Programme;

/// The years a programme may start in (a date a person types by mistake, such as 0202,
/// is refused rather than planned).
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// The bounds of the programme's numbers (`validate` checks them, the editor offers them).
pub const MEETINGS: std::ops::RangeInclusive<u32> = 1..=24;
pub const INTERVAL_WEEKS: std::ops::RangeInclusive<u32> = 1..=26;
pub const MINUTES: std::ops::RangeInclusive<u32> = 15..=240;
/// The longest place, in characters as a person counts them.
pub const MAX_PLACE_CHARS: usize = 200;
/// The longest time-zone name (the longest IANA name is 32 characters).
pub const MAX_ZONE_CHARS: usize = 64;

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// A calendar date without a time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// The days of the week, Monday first (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl LocalDate {
    /// `YYYY-MM-DD`, a real date (no 30 February) in [`YEARS`].
    pub fn parse(text: &str) -> Option<LocalDate> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| text[r].parse().ok())?
        };
        let (year, month, day) = (digits(0..4)? as i32, digits(5..7)?, digits(8..10)?);
        let date = LocalDate { year, month, day };
        (YEARS.contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(date)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        days_from_civil(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        )
    }

    pub fn from_days(days: i64) -> LocalDate {
        let (y, m, d) = civil_from_days(days);
        LocalDate {
            year: y as i32,
            month: m as u32,
            day: d as u32,
        }
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        const FROM_MONDAY: [Weekday; 7] = [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
        ];
        FROM_MONDAY[(self.days() + 3).rem_euclid(7) as usize]
    }

    /// `2027-01-15`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A time of day, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay {
    pub hour: u32,
    pub minute: u32,
}

impl TimeOfDay {
    /// `HH:MM`, 24-hour, `00:00`–`23:59`.
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let b = text.as_bytes();
        if b.len() != 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit) {
            return None;
        }
        let (hour, minute) = (text[..2].parse().ok()?, text[3..].parse().ok()?);
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }

    /// `17:30`.
    pub fn text(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// Whether `name` has the shape of an IANA time-zone name: `UTC`, or areas and
/// locations such as `Asia/Tokyo`, `America/Argentina/Buenos_Aires`, `Etc/GMT-9`
/// (letters, digits, `_ - +`, parts joined by `/`). Whether the zone exists only a
/// time-zone database can say; the browser's is asked when a calendar is made.
pub fn is_time_zone_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_ZONE_CHARS
        && name.split('/').all(|part| {
            part.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        })
}

/// The offset from UTC, in minutes east, of the zones whose offset never changes (no
/// summer time since 1951 in Japan): the calendar names them with a `VTIMEZONE` the core
/// writes itself. Any other zone's offsets come from the caller.
pub fn fixed_offset_minutes(zone: &str) -> Option<i32> {
    match zone {
        "Asia/Tokyo" | "Japan" => Some(540),
        "UTC" | "Etc/UTC" | "Etc/GMT" | "GMT" => Some(0),
        _ => None,
    }
}

/// One meeting of the programme: its number (from 1) and its start and end as local
/// times, in seconds since 1970-01-01 00:00 *local* (as if the zone were UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meeting {
    pub number: u32,
    pub start: i64,
    pub end: i64,
}

impl Meeting {
    pub fn date(&self) -> LocalDate {
        LocalDate::from_days(self.start.div_euclid(86_400))
    }

    pub fn time(&self) -> TimeOfDay {
        let s = self.start.rem_euclid(86_400);
        TimeOfDay {
            hour: (s / 3600) as u32,
            minute: (s / 60 % 60) as u32,
        }
    }
}

/// The start date, if set and valid.
pub fn start_date(p: &Programme) -> Option<LocalDate> {
    p.starts_on.as_deref().and_then(LocalDate::parse)
}

/// Every meeting of `p`, `interval_weeks` apart from `starts_on` at `time`; `None` while
/// the start date is not set (or the programme is not valid).
pub fn meetings(p: &Programme) -> Option<Vec<Meeting>> {
    let first = start_date(p)?;
    let time = TimeOfDay::parse(&p.time)?;
    let start_of_day = i64::from(time.hour) * 3600 + i64::from(time.minute) * 60;
    Some(
        (0..p.meetings)
            .map(|i| {
                let day = first.days() + i64::from(i) * 7 * i64::from(p.interval_weeks);
                let start = day * 86_400 + start_of_day;
                Meeting {
                    number: i + 1,
                    start,
                    end: start + i64::from(p.minutes) * 60,
                }
            })
            .collect(),
    )
}

/// A zone's offset from UTC (minutes east) at an instant given in seconds since 1970
/// UTC; `None` when the zone is unknown.
pub type OffsetAt<'a> = &'a dyn Fn(i64) -> Option<i32>;

/// The UTC instant of the local time `local` (seconds, as in [`Meeting`]) in the zone
/// whose offsets `offset_at` gives. A local time that happens twice (the hour the clocks
/// go back) is the first of the two; one that does not happen (the hour they go forward)
/// is moved forward by the gap, as calendars do.
pub fn to_utc(local: i64, offset_at: OffsetAt) -> Option<i64> {
    let before = offset_at(local - 86_400)?;
    let after = offset_at(local + 86_400)?;
    // Try the earlier offset first (the larger one when clocks go back), then the other.
    let (first, second) = if before >= after {
        (before, after)
    } else {
        (after, before)
    };
    for offset in [first, second] {
        let utc = local - i64::from(offset) * 60;
        if offset_at(utc)? == offset {
            return Some(utc);
        }
    }
    // In a gap: the time before the change, read with the offset before it.
    Some(local - i64::from(before) * 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_are_real_ones() {
        assert_eq!(
            LocalDate::parse("2027-01-15"),
            Some(LocalDate {
                year: 2027,
                month: 1,
                day: 15
            })
        );
        assert_eq!(
            LocalDate::parse("2028-02-29")
                .map(LocalDate::iso)
                .as_deref(),
            Some("2028-02-29")
        );
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "2027-04-31",
            "2027-1-15",
            "27-01-15",
            "0202-01-15",
            "2027/01/15",
            "",
            "2027-01-15T00",
        ] {
            assert_eq!(LocalDate::parse(bad), None, "{bad}");
        }
        assert_eq!(
            TimeOfDay::parse("17:30"),
            Some(TimeOfDay {
                hour: 17,
                minute: 30
            })
        );
        assert_eq!(
            TimeOfDay::parse("00:00").map(TimeOfDay::text).as_deref(),
            Some("00:00")
        );
        for bad in ["24:00", "7:30", "17:60", "17.30", "17:30:00", "", "ab:cd"] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn weekdays_follow_the_calendar() {
        assert_eq!(
            LocalDate::parse("1970-01-01").map(LocalDate::weekday),
            None,
            "outside the years"
        );
        assert_eq!(
            LocalDate {
                year: 1970,
                month: 1,
                day: 1
            }
            .weekday(),
            Weekday::Thursday
        );
        assert_eq!(
            LocalDate::parse("2027-01-15").unwrap().weekday(),
            Weekday::Friday
        );
        assert_eq!(
            LocalDate::parse("2026-11-29").unwrap().weekday(),
            Weekday::Sunday
        );
    }

    #[test]
    fn zone_names_have_the_iana_shape() {
        for good in [
            "Asia/Tokyo",
            "UTC",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT-9",
            "America/Port-au-Prince",
        ] {
            assert!(is_time_zone_name(good), "{good}");
        }
        for bad in [
            "",
            "Asia/",
            "/Tokyo",
            "Asia Tokyo",
            "東京",
            "+09:00",
            "Asia//Tokyo",
            &"A".repeat(65),
        ] {
            assert!(!is_time_zone_name(bad), "{bad}");
        }
    }

    #[test]
    fn meetings_are_the_interval_apart_from_the_first_date() {
        let p = Programme {
            meetings: 3,
            interval_weeks: 2,
            minutes: 90,
            starts_on: Some("2027-12-24".into()),
            time: "23:30".into(),
            ..Programme::default()
        };
        let m = meetings(&p).unwrap();
        let dates: Vec<String> = m.iter().map(|m| m.date().iso()).collect();
        assert_eq!(dates, ["2027-12-24", "2028-01-07", "2028-01-21"]);
        assert_eq!(m[0].time().text(), "23:30");
        assert_eq!(
            m[0].end - m[0].start,
            90 * 60,
            "past midnight: the end is the next day"
        );
        assert_eq!(meetings(&Programme::default()), None, "no start date yet");
    }

    /// A zone with summer time as a browser reports it: Europe/Berlin in 2027 (UTC+1,
    /// UTC+2 from 28 March 01:00 UTC to 31 October 01:00 UTC).
    fn berlin(utc: i64) -> Option<i32> {
        let start = LocalDate {
            year: 2027,
            month: 3,
            day: 28,
        }
        .days()
            * 86_400
            + 3600;
        let end = LocalDate {
            year: 2027,
            month: 10,
            day: 31,
        }
        .days()
            * 86_400
            + 3600;
        Some(if (start..end).contains(&utc) { 120 } else { 60 })
    }

    #[test]
    fn local_times_become_utc_across_summer_time() {
        let local = |d: &str, t: &str| {
            let (d, t) = (LocalDate::parse(d).unwrap(), TimeOfDay::parse(t).unwrap());
            d.days() * 86_400 + i64::from(t.hour) * 3600 + i64::from(t.minute) * 60
        };
        let utc = |d: &str, t: &str| local(d, t);
        assert_eq!(
            to_utc(local("2027-03-01", "17:30"), &berlin),
            Some(utc("2027-03-01", "16:30"))
        );
        assert_eq!(
            to_utc(local("2027-04-01", "17:30"), &berlin),
            Some(utc("2027-04-01", "15:30"))
        );
        // 02:30 on 28 March does not exist: it is 03:30 summer time, 01:30 UTC.
        assert_eq!(
            to_utc(local("2027-03-28", "02:30"), &berlin),
            Some(utc("2027-03-28", "01:30"))
        );
        // 02:30 on 31 October happens twice: the first, in summer time.
        assert_eq!(
            to_utc(local("2027-10-31", "02:30"), &berlin),
            Some(utc("2027-10-31", "00:30"))
        );
        let tokyo = |_| Some(540);
        assert_eq!(
            to_utc(local("2027-01-15", "17:30"), &tokyo),
            Some(utc("2027-01-15", "08:30"))
        );
        assert_eq!(to_utc(0, &|_| None), None, "an unknown zone");
    }
}
