//! The meeting calendar (issue 11 §2): the programme's meetings of one pair, or of every
//! pair, as an iCalendar file ([`crate::transport::ics`]) a participant imports into
//! Outlook, Google Calendar or Apple Calendar.
//!
//! Each event's title names the pair (in the facilitator's language); the first
//! meeting's description is its agenda and the suggested goals, a later one's a reminder
//! to look back at them. UIDs come from the workshop id, the round, the members (sorted:
//! not the pair's number, which can change) and the meeting's number, so exporting
//! again, or importing one pair's file and the all-pairs file, updates events instead of
//! duplicating them; `SEQUENCE` grows with the time of the export, so the later export
//! wins. Times: see [`crate::transport::ics`]. Pure: "now" and the zone's offsets (for a
//! zone the core does not know) are passed in.

use crate::document::model::{Lang, Pair, Pairing, Workshop};
use crate::document::programme::{self as plan, OffsetAt};
use crate::document::timestamp;
use crate::i18n::{msg, t, Key, Msg};
use crate::transport::ics::{self, Calendar, CalendarProblem, Event, Times};
use crate::view::kickoff;
use crate::view::people::Directory;

/// `SEQUENCE` counts minutes from this instant (2026-01-01T00:00:00Z) to the export.
const SEQUENCE_EPOCH: i64 = 1_767_225_600;

/// A pair's events' stable id: `<workshop>-r<round>-<members, sorted, joined by +>-m<n>@kakehashi`.
pub fn uid(workshop_id: &str, round: u32, members: &[String], meeting: u32) -> String {
    let mut members: Vec<&str> = members.iter().map(String::as_str).collect();
    members.sort_unstable();
    format!(
        "{workshop_id}-r{round}-{}-m{meeting}@kakehashi",
        members.join("+")
    )
}

/// How the times are written: a zone the core knows has its own `VTIMEZONE`; any other
/// is written in UTC with the offsets `offset_at` gives.
fn times(zone: &str) -> Times {
    match plan::fixed_offset_minutes(zone) {
        Some(offset_minutes) => Times::Fixed {
            tzid: zone.to_owned(),
            offset_minutes,
        },
        None => Times::Utc,
    }
}

/// The lines of a description: a heading, then its items.
fn section(heading: &str, items: &[String]) -> String {
    let mut out = String::from(heading);
    for item in items {
        out.push_str("\n- ");
        out.push_str(item);
    }
    out
}

fn events(
    pair: &Pair,
    p: &Pairing,
    w: &Workshop,
    dir: &Directory,
    lang: Lang,
    offset_at: OffsetAt,
) -> Result<Vec<Event>, CalendarProblem> {
    let programme = &w.programme;
    let meetings = plan::meetings(programme).ok_or(CalendarProblem::NoStartDate)?;
    let zone = times(&programme.time_zone);
    let names: Vec<String> = pair.members.iter().map(|id| dir.name(id)).collect();
    let workshop = msg(
        lang,
        &Msg::PrintWorkshopRound {
            title: w.title.get(lang),
            round: p.round,
        },
    );
    let goals = kickoff::goals(pair, dir, lang);
    let goals = (!goals.is_empty()).then(|| section(t(lang, Key::KickoffGoalsHeading), &goals));
    let first = section(
        t(lang, Key::KickoffAgendaHeading),
        &kickoff::agenda(pair, p.mode, dir, lang),
    );
    meetings
        .iter()
        .map(|m| {
            let start = match zone {
                Times::Fixed { .. } => m.start,
                Times::Utc => plan::to_utc(m.start, offset_at).ok_or_else(|| {
                    CalendarProblem::UnknownTimeZone {
                        zone: programme.time_zone.clone(),
                    }
                })?,
            };
            let body = if m.number == 1 {
                first.clone()
            } else {
                msg(
                    lang,
                    &Msg::CalendarLater {
                        number: m.number,
                        meetings: programme.meetings,
                    },
                )
            };
            let description = [Some(workshop.clone()), Some(body), goals.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\n\n");
            Ok(Event {
                uid: uid(&w.id, p.round, &pair.members, m.number),
                start,
                end: start + (m.end - m.start),
                summary: msg(
                    lang,
                    &Msg::CalendarSummary {
                        names: &names,
                        number: m.number,
                        meetings: programme.meetings,
                    },
                ),
                description,
                location: programme.place.trim().to_owned(),
            })
        })
        .collect()
}

fn calendar(
    pairs: &[&Pair],
    p: &Pairing,
    w: &Workshop,
    dir: &Directory,
    lang: Lang,
    now: &str,
    offset_at: OffsetAt,
) -> Result<String, CalendarProblem> {
    let mut all = Vec::new();
    for pair in pairs {
        all.extend(events(pair, p, w, dir, lang, offset_at)?);
    }
    let stamp = timestamp::unix_seconds(now).map_or(SEQUENCE_EPOCH, |(secs, _)| secs);
    Ok(ics::write(&Calendar {
        name: msg(
            lang,
            &Msg::CalendarName {
                title: w.title.get(lang),
            },
        ),
        times: times(&w.programme.time_zone),
        stamp,
        sequence: u32::try_from((stamp - SEQUENCE_EPOCH).max(0) / 60).unwrap_or(u32::MAX),
        events: all,
    }))
}

/// The `.ics` file of one pair's meetings.
pub fn pair_calendar(
    pair: &Pair,
    p: &Pairing,
    w: &Workshop,
    dir: &Directory,
    lang: Lang,
    now: &str,
    offset_at: OffsetAt,
) -> Result<String, CalendarProblem> {
    calendar(&[pair], p, w, dir, lang, now, offset_at)
}

/// The `.ics` file of every pair's meetings, pair by pair in the order of their numbers.
pub fn all_pairs_calendar(
    p: &Pairing,
    w: &Workshop,
    dir: &Directory,
    lang: Lang,
    now: &str,
    offset_at: OffsetAt,
) -> Result<String, CalendarProblem> {
    let pairs: Vec<&Pair> = p.pairs.iter().collect();
    calendar(&pairs, p, w, dir, lang, now, offset_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{demo_cohort, SAMPLE_PARTICIPANTS, SAMPLE_SEED};
    use crate::document::model::{Cohort, Programme};
    use crate::matching::match_cohort;

    fn matched(programme: Programme) -> (Cohort, Pairing, Directory) {
        let mut cohort = demo_cohort(
            SAMPLE_PARTICIPANTS,
            SAMPLE_SEED,
            Lang::Ja,
            "2026-11-26T09:00:00Z",
        );
        cohort.workshop.programme = programme;
        let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        let dir = Directory::new(&cohort, &pairing.settings, Lang::Ja);
        (cohort, pairing, dir)
    }

    fn three_from_january(zone: &str) -> Programme {
        Programme {
            meetings: 3,
            interval_weeks: 2,
            starts_on: Some("2027-01-15".into()),
            time: "17:30".into(),
            place: "本社 5F, 会議室A; 奥".into(),
            time_zone: zone.into(),
            ..Programme::default()
        }
    }

    fn unfolded(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    fn values<'a>(ics: &'a str, name: &str) -> Vec<&'a str> {
        ics.split("\r\n")
            .filter_map(|l| l.strip_prefix(name))
            .collect()
    }

    const NO_ZONE: OffsetAt<'static> = &|_| None;

    #[test]
    fn every_pair_has_its_meetings_in_tokyo_time_with_stable_uids() {
        let (cohort, p, dir) = matched(three_from_january("Asia/Tokyo"));
        let w = &cohort.workshop;
        let first = unfolded(
            &all_pairs_calendar(&p, w, &dir, Lang::Ja, "2026-11-26T09:00:00Z", NO_ZONE).unwrap(),
        );
        let again = unfolded(
            &all_pairs_calendar(&p, w, &dir, Lang::Ja, "2026-12-01T10:00:00Z", NO_ZONE).unwrap(),
        );
        assert_eq!(values(&first, "BEGIN:VEVENT").len(), 3 * p.pairs.len());
        assert_eq!(
            values(&first, "UID:"),
            values(&again, "UID:"),
            "the same events on a later export"
        );
        let uids = values(&first, "UID:");
        assert_eq!(
            uids.iter().collect::<std::collections::BTreeSet<_>>().len(),
            uids.len(),
            "each event its own"
        );
        assert!(
            values(&first, "SEQUENCE:")[0].parse::<u32>().unwrap()
                < values(&again, "SEQUENCE:")[0].parse::<u32>().unwrap()
        );
        assert_eq!(values(&first, "DTSTAMP:")[0], "20261126T090000Z");
        assert_eq!(
            &values(&first, "DTSTART;TZID=Asia/Tokyo:")[..3],
            ["20270115T173000", "20270129T173000", "20270212T173000"]
        );
        assert_eq!(
            values(&first, "DTEND;TZID=Asia/Tokyo:")[0],
            "20270115T183000"
        );
        assert_eq!(values(&first, "LOCATION:")[0], "本社 5F\\, 会議室A\\; 奥");
        assert!(first.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n"));
        // A pair's own file: the same events as in the all-pairs file.
        let pair = &p.pairs[1];
        let own = unfolded(
            &pair_calendar(pair, &p, w, &dir, Lang::Ja, "2026-11-26T09:00:00Z", NO_ZONE).unwrap(),
        );
        let own_uids = values(&own, "UID:");
        assert_eq!(own_uids.len(), 3);
        assert!(own_uids.iter().all(|u| uids.contains(u)));
        let names: Vec<String> = pair
            .members
            .iter()
            .map(|m| format!("{}さん", dir.name(m)))
            .collect();
        assert_eq!(
            values(&own, "SUMMARY:")[1],
            format!("メンタリング：{}（第2回／全3回）", names.join(" × "))
        );
        let description = values(&own, "DESCRIPTION:");
        assert!(
            description[0].contains("初回の進め方\\n- 自己紹介")
                && description[1].contains("第2回の面談"),
            "{description:?}"
        );
    }

    #[test]
    fn uids_do_not_depend_on_the_order_of_the_members() {
        let members = ["p-2".to_owned(), "p-1".to_owned()];
        assert_eq!(uid("w", 1, &members, 3), "w-r1-p-1+p-2-m3@kakehashi");
        assert_eq!(
            uid("w", 1, &members, 3),
            uid("w", 1, &[members[1].clone(), members[0].clone()], 3)
        );
    }

    #[test]
    fn another_zone_is_written_in_utc_from_the_offsets_given() {
        let (cohort, p, dir) = matched(three_from_january("Europe/Berlin"));
        let winter: OffsetAt = &|_| Some(60);
        let ics = unfolded(
            &pair_calendar(
                &p.pairs[0],
                &p,
                &cohort.workshop,
                &dir,
                Lang::En,
                "2026-11-26T09:00:00Z",
                winter,
            )
            .unwrap(),
        );
        assert_eq!(
            values(&ics, "DTSTART:"),
            ["20270115T163000Z", "20270129T163000Z", "20270212T163000Z"]
        );
        assert!(!ics.contains("VTIMEZONE"));
        assert_eq!(
            pair_calendar(
                &p.pairs[0],
                &p,
                &cohort.workshop,
                &dir,
                Lang::En,
                "2026-11-26T09:00:00Z",
                NO_ZONE
            ),
            Err(CalendarProblem::UnknownTimeZone {
                zone: "Europe/Berlin".into()
            })
        );
    }

    #[test]
    fn no_calendar_before_a_start_date() {
        let (cohort, p, dir) = matched(Programme::default());
        assert_eq!(
            all_pairs_calendar(
                &p,
                &cohort.workshop,
                &dir,
                Lang::Ja,
                "2026-11-26T09:00:00Z",
                NO_ZONE
            ),
            Err(CalendarProblem::NoStartDate)
        );
    }
}
