//! Times as a facilitator reads them: stored timestamps are UTC (`2026-11-26T09:30:00Z`);
//! shown, they are in the facilitator's time zone, which the page says once (in a column
//! header) rather than leaving people to guess that a time is UTC.
//!
//! Pure: the shell passes in the browser's zone ([`Zone`]); this only converts.

use crate::document::timestamp;

/// A time zone as the browser reports it: its IANA name (`Asia/Tokyo`) and its offset
/// from UTC in minutes (east positive), taken when the page started. (A zone with summer
/// time shifts by an hour across the change; Japan has none.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    pub name: String,
    pub offset_minutes: i32,
}

impl Zone {
    pub const UTC_NAME: &'static str = "UTC";

    pub fn utc() -> Zone {
        Zone {
            name: Zone::UTC_NAME.into(),
            offset_minutes: 0,
        }
    }

    /// "Asia/Tokyo, UTC+9", "UTC", "America/St_Johns, UTC−3:30": the zone as a header
    /// names it.
    pub fn label(&self) -> String {
        let offset = self.offset();
        if self.name.is_empty() || self.name == Zone::UTC_NAME {
            return if self.offset_minutes == 0 {
                Zone::UTC_NAME.into()
            } else {
                offset
            };
        }
        format!("{}, {offset}", self.name)
    }

    /// "UTC+9", "UTC−3:30", "UTC".
    fn offset(&self) -> String {
        let m = self.offset_minutes;
        if m == 0 {
            return Zone::UTC_NAME.into();
        }
        let sign = if m > 0 { '+' } else { '−' };
        let (h, min) = (m.abs() / 60, m.abs() % 60);
        if min == 0 {
            format!("UTC{sign}{h}")
        } else {
            format!("UTC{sign}{h}:{min:02}")
        }
    }
}

/// `utc` as a local date and time to the minute, "2026-11-26 18:30"; the text itself when
/// it is not a valid timestamp.
pub fn local(utc: &str, zone: &Zone) -> String {
    let Some((secs, _)) = timestamp::unix_seconds(utc) else {
        return utc.to_owned();
    };
    let local = secs + i64::from(zone.offset_minutes) * 60;
    let (days, rest) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    let (y, m, d) = timestamp::civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokyo() -> Zone {
        Zone {
            name: "Asia/Tokyo".into(),
            offset_minutes: 540,
        }
    }

    #[test]
    fn utc_times_show_in_the_facilitators_zone() {
        assert_eq!(local("2026-11-26T09:30:00Z", &tokyo()), "2026-11-26 18:30");
        assert_eq!(
            local("2026-11-26T20:15:59Z", &tokyo()),
            "2026-11-27 05:15",
            "past midnight: the next day"
        );
        assert_eq!(
            local(
                "2026-01-01T01:00:00Z",
                &Zone {
                    name: "America/New_York".into(),
                    offset_minutes: -300
                }
            ),
            "2025-12-31 20:00"
        );
        assert_eq!(
            local("2026-11-26T09:30:00Z", &Zone::utc()),
            "2026-11-26 09:30"
        );
        assert_eq!(local("not a time", &tokyo()), "not a time");
    }

    #[test]
    fn the_zone_is_named_with_its_offset() {
        assert_eq!(tokyo().label(), "Asia/Tokyo, UTC+9");
        assert_eq!(Zone::utc().label(), "UTC");
        assert_eq!(
            Zone {
                name: "America/St_Johns".into(),
                offset_minutes: -210
            }
            .label(),
            "America/St_Johns, UTC−3:30"
        );
        assert_eq!(
            Zone {
                name: String::new(),
                offset_minutes: 60
            }
            .label(),
            "UTC+1"
        );
    }
}
