//! RFC 3339 UTC timestamps (`2026-11-26T09:30:00Z`) and seconds since 1970, both ways,
//! exactly. The core has no clock: callers pass "now" in; this only converts.

use crate::document::validate;

// The civil-date arithmetic lives with the programme's dates, which need it too.
pub use crate::document::programme::civil_from_days;
pub(crate) use crate::document::programme::days_from_civil;

/// Seconds since 1970 and the fraction digits of a valid timestamp.
pub fn unix_seconds(timestamp: &str) -> Option<(i64, &str)> {
    if !validate::is_valid_timestamp(timestamp) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| timestamp[r].parse::<i64>().ok();
    let days = days_from_civil(n(0..4)?, n(5..7)?, n(8..10)?);
    let secs = days * 86_400 + n(11..13)? * 3600 + n(14..16)? * 60 + n(17..19)?;
    let fraction = timestamp[19..timestamp.len() - 1].trim_start_matches('.');
    Some((secs, fraction))
}

/// The RFC 3339 UTC timestamp of `secs` since 1970, whole seconds.
pub fn from_unix(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip_exactly() {
        for t in [
            "1970-01-01T00:00:00Z",
            "2026-11-26T09:30:00Z",
            "2000-02-29T23:59:59.5Z",
            "2096-12-31T00:00:01.123Z",
        ] {
            let (secs, fraction) = unix_seconds(t).unwrap();
            let whole = from_unix(secs);
            let back = if fraction.is_empty() {
                whole
            } else {
                format!("{}.{fraction}Z", &whole[..19])
            };
            assert_eq!(back, t);
        }
        assert_eq!(
            unix_seconds("2026-11-26T09:30:00Z").unwrap().0,
            1_795_685_400
        );
    }
}
