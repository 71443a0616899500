//! Exports for people outside Kakehashi: the pairs as CSV for Excel, and the JSON
//! documents as they are written to files, with each unmatched participant's reason as
//! an English sentence ([`for_people`]). Pure.

use crate::document::formats;
use crate::document::model::{Cohort, Lang, MatchingMode, Pairing, Role};
use crate::i18n::{self, msg, t, Key, Msg};
use crate::view::pairs::teaching_heading;
use crate::view::people::Directory;
use std::collections::HashSet;

/// UTF-8 byte-order mark: without it Excel on Windows opens UTF-8 CSV as Shift_JIS and
/// shows Japanese names as mojibake.
pub const BOM: &str = "\u{feff}";

/// The characters that make a spreadsheet read a cell as a formula (OWASP's list: `=`,
/// `+`, `-`, `@`, tab and carriage return), in both widths: Excel in Japanese reads a
/// full-width `＝` as `=`.
const FORMULA_TRIGGERS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). A field
/// that starts with a formula trigger, also after spaces, tabs and line breaks (a
/// spreadsheet may trim them), is prefixed with `'` so that a name cannot run as a
/// formula (`tests/spreadsheet.rs` reads the export back with LibreOffice).
fn field(text: &str) -> String {
    let trimmed =
        text.trim_start_matches(|c: char| c.is_whitespace() && !FORMULA_TRIGGERS.contains(&c));
    let text = match text
        .chars()
        .next()
        .into_iter()
        .chain(trimmed.chars().next())
        .any(|c| FORMULA_TRIGGERS.contains(&c))
    {
        true => format!("'{text}"),
        false => text.to_owned(),
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// `pairing` as it is written to a file: every unmatched entry carries the English
/// sentence of its reason, naming the person ("Ann Lee (p-1) cannot be paired: …"), for
/// people who read the file without Kakehashi.
pub fn for_people(cohort: &Cohort, pairing: &Pairing) -> Pairing {
    let who = |id: &str| {
        cohort
            .response(id)
            .map_or_else(|| id.to_owned(), |r| format!("{} ({id})", r.name))
    };
    let ids = |id: &str| id.to_owned();
    let mut out = pairing.clone();
    for u in &mut out.unmatched {
        let role = cohort.role(&pairing.settings, &u.participant_id);
        u.message =
            i18n::unmatched_sentence(Lang::En, &who(&u.participant_id), role, &u.reason, &ids);
    }
    out
}

/// The pairing file's JSON ([`for_people`]).
pub fn pairing_json(cohort: &Cohort, pairing: &Pairing) -> String {
    formats::to_json(&for_people(cohort, pairing))
}

/// The session file's JSON: the cohort, with its current pairing written for people.
pub fn session_json(session: &Cohort) -> String {
    let pairing = session.pairing.as_ref().map(|p| for_people(session, p));
    formats::to_json(&Cohort {
        pairing,
        ..session.clone()
    })
}

/// The pairs as CSV (with BOM, CRLF line ends), for a facilitator to hand on: one row per
/// pair in the order of their numbers, then one row per participant without a partner,
/// with the reason in words; every participant of the cohort is in exactly one row. The
/// columns: the round, the pair's number, each member's name, generation and department
/// (in reverse mode the mentor, then the mentee; an unpaired participant in the columns of
/// their role), the points and "who teaches what" in the words of the board, and the
/// reason. Every heading is different.
pub fn pairs_csv(cohort: &Cohort, pairing: &Pairing, lang: Lang) -> String {
    let dir = Directory::new(cohort, &pairing.settings, lang);
    let roles: &[Key] = match pairing.mode {
        MatchingMode::Reverse => &[Key::CsvMentor, Key::CsvMentee],
        MatchingMode::Mutual => &[Key::CsvMember1, Key::CsvMember2, Key::CsvMember3],
    };
    let mut header = vec![
        t(lang, Key::ExportRound).to_owned(),
        t(lang, Key::CsvPair).to_owned(),
    ];
    for &role in roles {
        let person = t(lang, role);
        header.push(person.to_owned());
        header.push(msg(
            lang,
            &Msg::CsvOf {
                person,
                column: t(lang, Key::CsvGeneration),
            },
        ));
        header.push(msg(
            lang,
            &Msg::CsvOf {
                person,
                column: t(lang, Key::CsvDepartment),
            },
        ));
    }
    header.extend(
        [
            t(lang, Key::CsvScore),
            teaching_heading(pairing.mode, lang),
            t(lang, Key::CsvReason),
        ]
        .map(str::to_owned),
    );
    let columns = header.len();
    let round = pairing.round.to_string();
    // Name, generation and department of a participant, in the columns of a member.
    let member = |id: &str| match dir.person(id) {
        Some(p) => [
            p.name.clone(),
            p.generation.clone(),
            p.department.clone().unwrap_or_default(),
        ],
        None => [id.to_owned(), String::new(), String::new()],
    };
    let row = |number: String,
               slots: Vec<(usize, &str)>,
               score: String,
               teaching: String,
               reason: String| {
        let mut cells = vec![String::new(); columns];
        cells[0] = round.clone();
        cells[1] = number;
        for (slot, id) in slots {
            for (k, cell) in member(id).into_iter().enumerate() {
                cells[2 + 3 * slot + k] = cell;
            }
        }
        cells[columns - 3] = score;
        cells[columns - 2] = teaching;
        cells[columns - 1] = reason;
        cells
    };
    let mut rows = vec![header];
    for pair in &pairing.pairs {
        let teaching: Vec<String> = pair
            .explanation
            .links
            .iter()
            .flat_map(|l| &l.teaching)
            .map(|line| {
                let (teacher, learner, skill) = (
                    dir.name(&line.teacher),
                    dir.name(&line.learner),
                    dir.skill(&line.skill),
                );
                i18n::teaching_line(
                    lang,
                    &teacher,
                    &learner,
                    &skill,
                    line,
                    pairing.settings.want_weight,
                )
            })
            .collect();
        let slots = pair
            .members
            .iter()
            .take(roles.len())
            .enumerate()
            .map(|(k, id)| (k, id.as_str()))
            .collect();
        rows.push(row(
            pair.number.to_string(),
            slots,
            pair.score.to_string(),
            teaching.join("\n"),
            String::new(),
        ));
    }
    // The columns of an unpaired participant: a mentee's in reverse mode, else the first.
    let slot = |id: &str| {
        usize::from(
            pairing.mode == MatchingMode::Reverse
                && cohort.role(&pairing.settings, id) == Role::Mentee,
        )
    };
    let ids = |id: &str| dir.name(id);
    for u in &pairing.unmatched {
        let reason = i18n::unmatched_reason(lang, &u.reason, &ids);
        rows.push(row(
            String::new(),
            vec![(slot(&u.participant_id), &u.participant_id)],
            String::new(),
            String::new(),
            reason,
        ));
    }
    // Answers that came in after the pairs were made: in no pair and not unmatched yet.
    let listed: HashSet<&str> = pairing
        .pairs
        .iter()
        .flat_map(|p| p.members.iter())
        .chain(pairing.unmatched.iter().map(|u| &u.participant_id))
        .map(String::as_str)
        .collect();
    for r in cohort
        .responses
        .iter()
        .filter(|r| !listed.contains(r.participant_id.as_str()))
    {
        let id = r.participant_id.as_str();
        rows.push(row(
            String::new(),
            vec![(slot(id), id)],
            String::new(),
            String::new(),
            t(lang, Key::CsvAnsweredLater).to_owned(),
        ));
    }
    let lines: Vec<String> = rows
        .iter()
        .map(|cells| cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","))
        .collect();
    format!("{BOM}{}\r\n", lines.join("\r\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::matching::match_cohort;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("山田"), "山田");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
    }

    /// Issue 15, item 12: a tab, a carriage return, a space before `=` or a full-width `＝`
    /// went out as they were.
    #[test]
    fn every_formula_trigger_is_defused_after_trimming_in_both_widths() {
        for text in [
            "\t=1+1",
            "\r=1+1",
            " =1+1",
            "  @SUM(A1)",
            "＝1+1",
            "＋1",
            "－1",
            "＠x",
            "\u{3000}=1+1",
            "\n=1+1",
            "\t",
        ] {
            assert!(
                field(text).trim_start_matches('"').starts_with('\''),
                "{text:?} → {:?}",
                field(text)
            );
        }
        for text in ["山田", "a=b", "1-2", " Ann", "e-mail"] {
            assert!(!field(text).starts_with('\''), "{text:?}");
        }
    }

    /// The rows of a CSV as its cells (RFC 4180: quoted fields may hold commas, quotes
    /// and line breaks).
    pub(crate) fn parse_csv(csv: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
        let mut chars = csv.trim_start_matches(BOM).chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(std::mem::take(&mut cell)),
                ('\r', false) if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                _ => cell.push(c),
            }
        }
        assert!(
            cell.is_empty() && row.is_empty(),
            "the CSV ends with a line break"
        );
        rows
    }

    /// Issue 14, section 5: unique headings, a round column, every participant in exactly
    /// one row (the unpaired with their reason in words), the board's words.
    #[test]
    fn every_participant_is_in_one_row_under_unique_headings() {
        for (mode, lang) in [
            (MatchingMode::Reverse, Lang::Ja),
            (MatchingMode::Mutual, Lang::En),
            (MatchingMode::Mutual, Lang::Ja),
            (MatchingMode::Reverse, Lang::En),
        ] {
            // Odd in mutual mode (a trio), unbalanced in reverse mode (people unpaired).
            let mut cohort = demo_cohort(15, 4, lang, "2026-11-26T09:00:00Z");
            cohort.workshop.matching.mode = mode;
            let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
            // One answer came in after the pairs were made.
            let later = demo_cohort(16, 4, lang, "2026-11-26T09:00:00Z")
                .responses
                .pop()
                .unwrap();
            cohort.responses.push(later.clone());
            let csv = pairs_csv(&cohort, &pairing, lang);
            assert!(csv.starts_with(BOM) && csv.ends_with("\r\n"));
            let rows = parse_csv(&csv);
            let header = &rows[0];
            let unique: HashSet<&String> = header.iter().collect();
            assert_eq!(unique.len(), header.len(), "{mode:?} {lang:?}: {header:?}");
            assert!(
                rows.iter().all(|r| r.len() == header.len()),
                "every row has every column"
            );
            assert_eq!(header[0], t(lang, Key::ExportRound));
            assert_eq!(header[header.len() - 2], teaching_heading(mode, lang));
            assert!(
                rows[1..].iter().all(|r| r[0] == pairing.round.to_string()),
                "the round on every row"
            );
            // The name columns: each participant's name in exactly one cell of them.
            let roles = if mode == MatchingMode::Reverse { 2 } else { 3 };
            let names: Vec<&String> = rows[1..]
                .iter()
                .flat_map(|r| (0..roles).map(move |k| &r[2 + 3 * k]))
                .filter(|c| !c.is_empty())
                .collect();
            assert_eq!(names.len(), cohort.responses.len(), "{mode:?} {lang:?}");
            for r in &cohort.responses {
                assert_eq!(
                    names.iter().filter(|n| **n == &r.name).count(),
                    1,
                    "{} once",
                    r.name
                );
            }
            // The pairs by number, with their points; then the unpaired, each with a reason.
            for (row, pair) in rows[1..].iter().zip(&pairing.pairs) {
                assert_eq!(
                    (row[1].clone(), row[header.len() - 3].clone()),
                    (pair.number.to_string(), pair.score.to_string())
                );
                assert!(row[header.len() - 1].is_empty());
            }
            let unpaired = &rows[1 + pairing.pairs.len()..];
            assert_eq!(unpaired.len(), pairing.unmatched.len() + 1);
            assert!(unpaired
                .iter()
                .all(|r| r[1].is_empty() && !r[header.len() - 1].is_empty()));
            assert_eq!(
                unpaired.last().unwrap()[header.len() - 1],
                t(lang, Key::CsvAnsweredLater)
            );
            if mode == MatchingMode::Reverse {
                assert!(
                    !pairing.unmatched.is_empty(),
                    "the demo leaves someone unpaired in reverse mode"
                );
                // A mentee without a partner is in the mentee's columns.
                for (row, u) in unpaired.iter().zip(&pairing.unmatched) {
                    let slot = usize::from(
                        cohort.role(&pairing.settings, &u.participant_id) == Role::Mentee,
                    );
                    assert_eq!(
                        row[2 + 3 * slot],
                        cohort.response(&u.participant_id).unwrap().name
                    );
                }
            } else {
                assert!(
                    pairing.pairs.iter().any(|p| p.members.len() == 3),
                    "a trio in mutual mode"
                );
            }
        }
    }

    #[test]
    fn the_headings_use_the_boards_words() {
        let mut cohort = demo_cohort(9, 4, Lang::Ja, "2026-11-26T09:00:00Z");
        cohort.workshop.matching.mode = MatchingMode::Reverse;
        let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        let header = &parse_csv(&pairs_csv(&cohort, &pairing, Lang::Ja))[0];
        assert_eq!(header.join(","), "ラウンド,ペア,メンター,メンターの世代,メンターの部署,メンティー,メンティーの世代,メンティーの部署,点,教えること,ペアにならなかった理由");
        let header = &parse_csv(&pairs_csv(&cohort, &pairing, Lang::En))[0];
        assert_eq!(header.join(","), "Round,Pair,Mentor,Mentor's generation,Mentor's department,Mentee,Mentee's generation,Mentee's department,Points,What the mentor teaches,Why without a partner");
        // The teaching cell says what the board's card says.
        let dir = Directory::new(&cohort, &pairing.settings, Lang::Ja);
        let line = &pairing.pairs[0].explanation.links[0].teaching[0];
        let board = i18n::teaching_line(
            Lang::Ja,
            &dir.name(&line.teacher),
            &dir.name(&line.learner),
            &dir.skill(&line.skill),
            line,
            pairing.settings.want_weight,
        );
        assert!(parse_csv(&pairs_csv(&cohort, &pairing, Lang::Ja))[1][9].contains(&board));
    }
}
