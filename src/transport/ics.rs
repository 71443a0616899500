//! iCalendar files (RFC 5545) for the programme's meetings, written by hand: a
//! [`Calendar`] of [`Event`]s becomes `BEGIN:VCALENDAR … END:VCALENDAR` with CRLF line
//! ends, text values escaped (`\\`, `;`, `,`, line breaks) and every line folded at 75
//! octets without cutting a UTF-8 character.
//!
//! Times are written one of two ways, both of which Outlook, Google Calendar and Apple
//! Calendar import: in a zone whose offset never changes (Asia/Tokyo), as local times
//! with `TZID` and a `VTIMEZONE` the file defines itself; in any other zone, as UTC
//! times (`…Z`) worked out by the caller for each meeting (see
//! [`crate::document::programme::to_utc`]).
//!
//! Why by hand and not the `icalendar` crate: the writer is these few rules, and the crate
//! would bring chrono, a UUID generator (randomness the core must not have) and a clock
//! for `DTSTAMP` into the core, and raise the minimum Rust version (docs/PERFORMANCE.md).
//! Pure: `DTSTAMP` is the "now" passed in.

use crate::document::timestamp::civil_from_days;

/// The file's MIME type.
pub const MIME: &str = "text/calendar;charset=utf-8";
/// Who wrote the file (`PRODID`).
pub const PRODUCT_ID: &str = "-//Kakehashi//Kakehashi programme//EN";
/// The longest line, in octets, before folding (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// Why a calendar cannot be made yet; each says what to do (the app words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarProblem {
    /// The programme has no first date yet (it is set in Set up, under Programme).
    NoStartDate,
    /// The browser does not know the programme's time zone, so the meetings' times
    /// cannot be worked out.
    UnknownTimeZone { zone: String },
}

/// How the events' times are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Times {
    /// Local times in a zone of one fixed offset, named `tzid`, defined in the file.
    Fixed { tzid: String, offset_minutes: i32 },
    /// UTC times.
    Utc,
}

/// One meeting in the calendar. Times are seconds since 1970: local ones for
/// [`Times::Fixed`], UTC ones for [`Times::Utc`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across exports, so that importing again updates instead of duplicating.
    pub uid: String,
    pub start: i64,
    pub end: i64,
    pub summary: String,
    pub description: String,
    /// Empty: no `LOCATION`.
    pub location: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The calendar's name as a calendar app shows it (`X-WR-CALNAME`).
    pub name: String,
    pub times: Times,
    /// `DTSTAMP`: when the file was written, seconds since 1970 UTC.
    pub stamp: i64,
    /// `SEQUENCE`: higher in a later export, so that an update wins over the copy a
    /// calendar already has.
    pub sequence: u32,
    pub events: Vec<Event>,
}

/// `20270115T173000`, the date and time of `secs`.
fn date_time(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// `+0900`, `-0330`.
fn offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    format!("{sign}{:02}{:02}", minutes.abs() / 60, minutes.abs() % 60)
}

/// A TEXT value with `\`, `;`, `,` and line breaks escaped (RFC 5545 §3.3.11); other
/// control characters are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `line` folded into lines of at most 75 octets, each continuation starting with a
/// space, never inside a UTF-8 character; every line ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// The whole `.ics` file.
pub fn write(calendar: &Calendar) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODUCT_ID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(&calendar.name)),
    ];
    let (start_prop, end_prop) = match &calendar.times {
        Times::Fixed {
            tzid,
            offset_minutes,
        } => {
            lines.push(format!("X-WR-TIMEZONE:{tzid}"));
            lines.extend([
                "BEGIN:VTIMEZONE".into(),
                format!("TZID:{tzid}"),
                "BEGIN:STANDARD".into(),
                "DTSTART:19700101T000000".into(),
                format!("TZOFFSETFROM:{}", offset(*offset_minutes)),
                format!("TZOFFSETTO:{}", offset(*offset_minutes)),
                "END:STANDARD".into(),
                "END:VTIMEZONE".into(),
            ]);
            (
                format!("DTSTART;TZID={tzid}:"),
                format!("DTEND;TZID={tzid}:"),
            )
        }
        Times::Utc => ("DTSTART:".to_owned(), "DTEND:".to_owned()),
    };
    let zulu = if calendar.times == Times::Utc {
        "Z"
    } else {
        ""
    };
    for e in &calendar.events {
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}", escape(&e.uid)),
            format!("DTSTAMP:{}Z", date_time(calendar.stamp)),
            format!("SEQUENCE:{}", calendar.sequence),
            format!("{start_prop}{}{zulu}", date_time(e.start)),
            format!("{end_prop}{}{zulu}", date_time(e.end)),
            format!("SUMMARY:{}", escape(&e.summary)),
            format!("DESCRIPTION:{}", escape(&e.description)),
        ]);
        if !e.location.trim().is_empty() {
            lines.push(format!("LOCATION:{}", escape(&e.location)));
        }
        lines.extend([
            "STATUS:CONFIRMED".into(),
            "TRANSP:OPAQUE".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a,b;c\\d\ne\r\nf\rg\u{7}"),
            "a\\,b\\;c\\\\d\\ne\\nf\\ng"
        );
        assert_eq!(escape("会議室A、5F"), "会議室A、5F");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "面談".repeat(40));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for l in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        // Unfolding (remove CRLF + one space) gives the line back.
        assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
        assert_eq!(fold("SHORT"), "SHORT\r\n");
        let ascii = fold(&"x".repeat(150));
        assert_eq!(
            ascii.split("\r\n").map(str::len).collect::<Vec<_>>(),
            [75, 75, 2, 0]
        );
    }

    #[test]
    fn a_calendar_in_tokyo_names_its_zone_and_one_in_utc_writes_z() {
        let day = crate::document::programme::LocalDate {
            year: 2027,
            month: 1,
            day: 15,
        }
        .days()
            * 86_400;
        let event = Event {
            uid: "w-r1-a+b-m1@kakehashi".into(),
            start: day + 17 * 3600 + 30 * 60,
            end: day + 18 * 3600 + 30 * 60,
            summary: "A × B".into(),
            description: "1\n2".into(),
            location: String::new(),
        };
        let cal = Calendar {
            name: "W".into(),
            times: Times::Fixed {
                tzid: "Asia/Tokyo".into(),
                offset_minutes: 540,
            },
            stamp: 1_795_683_600,
            sequence: 7,
            events: vec![event.clone()],
        };
        let text = write(&cal);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
        for needle in [
            "TZID:Asia/Tokyo\r\n",
            "TZOFFSETTO:+0900\r\n",
            "DTSTART;TZID=Asia/Tokyo:20270115T173000\r\n",
            "DTEND;TZID=Asia/Tokyo:20270115T183000\r\n",
            "DTSTAMP:20261126T090000Z\r\n",
            "SEQUENCE:7\r\n",
            "DESCRIPTION:1\\n2\r\n",
        ] {
            assert!(text.contains(needle), "{needle:?} in {text}");
        }
        assert!(!text.contains("LOCATION"), "no place: no LOCATION");
        let utc = write(&Calendar {
            times: Times::Utc,
            events: vec![Event {
                location: "Room 5".into(),
                ..event
            }],
            ..cal
        });
        assert!(
            utc.contains("DTSTART:20270115T173000Z\r\n")
                && !utc.contains("VTIMEZONE")
                && utc.contains("LOCATION:Room 5\r\n")
        );
        assert_eq!(offset(-210), "-0330");
    }
}
