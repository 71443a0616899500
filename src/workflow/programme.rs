//! Editing the workshop's programme (issue 11): one [`ProgrammeEdit`] per control of the
//! editor's "Programme after the match" section, applied to a draft by
//! [`crate::workflow::editor::apply`]. Values are taken as typed; `validate` reports what
//! is out of bounds beside its field, so nothing is clamped or lost while typing.
//!
//! Pure: no browser, no clock (the browser's time zone is read by the shell and given
//! here as a `TimeZone` edit).

use crate::document::model::Programme;

/// One change to a draft's programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgrammeEdit {
    /// A number field as typed: `None` when it holds no number (empty, or not a number),
    /// which is kept as 0 and reported as out of range.
    Meetings(Option<u32>),
    IntervalWeeks(Option<u32>),
    Minutes(Option<u32>),
    /// The first meeting's date as a date field gives it (`YYYY-MM-DD`; empty: not set).
    StartsOn(String),
    /// The start time as a time field gives it (`HH:MM`).
    Time(String),
    Place(String),
    TimeZone(String),
}

/// `programme` after `edit`.
pub fn apply(programme: &mut Programme, edit: ProgrammeEdit) {
    match edit {
        ProgrammeEdit::Meetings(n) => programme.meetings = n.unwrap_or(0),
        ProgrammeEdit::IntervalWeeks(n) => programme.interval_weeks = n.unwrap_or(0),
        ProgrammeEdit::Minutes(n) => programme.minutes = n.unwrap_or(0),
        ProgrammeEdit::StartsOn(date) => {
            let date = date.trim();
            programme.starts_on = (!date.is_empty()).then(|| date.to_owned());
        }
        ProgrammeEdit::Time(time) => programme.time = time.trim().to_owned(),
        // As typed (a space while typing stays); the sheet and the calendar trim it.
        ProgrammeEdit::Place(place) => programme.place = place,
        ProgrammeEdit::TimeZone(zone) => programme.time_zone = zone.trim().to_owned(),
    }
}

/// A number field's text as a [`ProgrammeEdit`] value: its digits, or `None`.
pub fn number(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::model::Lang;
    use crate::document::template::default_workshop;
    use crate::document::validate;
    use crate::workflow::editor::{self, Edit};

    #[test]
    fn edits_set_the_programme_and_bad_values_are_reported_at_their_fields() {
        let w = default_workshop(Lang::Ja);
        let mut next = w.clone();
        for edit in [
            ProgrammeEdit::Meetings(number("3")),
            ProgrammeEdit::IntervalWeeks(number(" 2 ")),
            ProgrammeEdit::StartsOn("2027-01-15".into()),
            ProgrammeEdit::Time("17:30".into()),
            ProgrammeEdit::Place("  本社 5階  ".into()),
        ] {
            next = editor::apply(&next, Edit::Programme(edit));
        }
        assert_eq!(
            next.programme,
            Programme {
                meetings: 3,
                interval_weeks: 2,
                starts_on: Some("2027-01-15".into()),
                time: "17:30".into(),
                place: "  本社 5階  ".into(),
                ..Programme::default()
            }
        );
        assert_eq!(validate::workshop(&next), Ok(()));

        let cleared = editor::apply(
            &next,
            Edit::Programme(ProgrammeEdit::StartsOn(String::new())),
        );
        assert_eq!(
            cleared.programme.starts_on, None,
            "an emptied date is no date"
        );
        let bad = editor::apply(
            &next,
            Edit::Programme(ProgrammeEdit::Minutes(number("ten"))),
        );
        let fields: Vec<String> = editor::problems(&bad)
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["programme.minutes"]);
        assert!(
            editor::shown_inline("programme.minutes")
                && editor::shown_inline("programme.time_zone")
        );
    }
}
