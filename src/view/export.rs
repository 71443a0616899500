//! Exports for people outside Kakehashi: the pairs as CSV for Excel, and the JSON
//! documents as they are written to files, with each unmatched participant's reason as
//! an English sentence ([`for_people`]). Pure.

use crate::document::formats;
use crate::document::model::{Cohort, Lang, MatchingMode, Pairing, Response};
use crate::i18n::{self, t, Key};

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
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() && !FORMULA_TRIGGERS.contains(&c));
    let text = match text.chars().next().into_iter().chain(trimmed.chars().next()).any(|c| FORMULA_TRIGGERS.contains(&c)) {
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
    let who = |id: &str| cohort.response(id).map_or_else(|| id.to_owned(), |r| format!("{} ({id})", r.name));
    let ids = |id: &str| id.to_owned();
    let mut out = pairing.clone();
    for u in &mut out.unmatched {
        let role = cohort.role(&pairing.settings, &u.participant_id);
        u.message = i18n::unmatched_sentence(Lang::En, &who(&u.participant_id), role, &u.reason, &ids);
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
    formats::to_json(&Cohort { pairing, ..session.clone() })
}

/// The pairs as CSV (with BOM, CRLF line ends): one row per pair, members by name with
/// generation and department, the score, and what is taught, in `lang`.
pub fn pairs_csv(cohort: &Cohort, pairing: &Pairing, lang: Lang) -> String {
    let w = &cohort.workshop;
    let person = |id: &str| cohort.responses.iter().find(|r| r.participant_id == id);
    let name = |id: &str| person(id).map_or(id.to_owned(), |r| r.name.clone());
    let generation = |r: Option<&Response>| {
        r.and_then(|r| r.generation_id(w))
            .and_then(|g| w.generations.iter().find(|x| x.id == g))
            .map_or(String::new(), |g| g.label.get(lang).to_owned())
    };
    let skill = |id: &str| w.skill(id).map_or(id.to_owned(), |s| s.label.get(lang).to_owned());
    let (first, second) = match pairing.mode {
        MatchingMode::Reverse => (Key::CsvMentor, Key::CsvMentee),
        MatchingMode::Mutual => (Key::CsvMember1, Key::CsvMember2),
    };
    let header = [
        t(lang, Key::CsvPair),
        t(lang, first),
        t(lang, Key::CsvGeneration),
        t(lang, Key::CsvDepartment),
        t(lang, second),
        t(lang, Key::CsvGeneration),
        t(lang, Key::CsvDepartment),
        t(lang, Key::CsvMember3),
        t(lang, Key::CsvScore),
        t(lang, Key::CsvTeaching),
    ];
    let mut lines = vec![header.iter().map(|h| field(h)).collect::<Vec<_>>().join(",")];
    for (i, pair) in pairing.pairs.iter().enumerate() {
        let member = |k: usize| pair.members.get(k).map(String::as_str);
        let teaching: Vec<String> = pair
            .explanation
            .links
            .iter()
            .flat_map(|l| &l.teaching)
            .map(|line| {
                format!(
                    "{} → {}: {} ({}→{})",
                    name(&line.teacher),
                    name(&line.learner),
                    skill(&line.skill),
                    line.teacher_rating,
                    line.learner_rating
                )
            })
            .collect();
        let cells = [
            (i + 1).to_string(),
            member(0).map(name).unwrap_or_default(),
            generation(member(0).and_then(person)),
            member(0).and_then(person).and_then(|r| r.department.clone()).unwrap_or_default(),
            member(1).map(name).unwrap_or_default(),
            generation(member(1).and_then(person)),
            member(1).and_then(person).and_then(|r| r.department.clone()).unwrap_or_default(),
            member(2).map(name).unwrap_or_default(),
            pair.score.to_string(),
            teaching.join("; "),
        ];
        lines.push(cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
    }
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
        for text in ["\t=1+1", "\r=1+1", " =1+1", "  @SUM(A1)", "＝1+1", "＋1", "－1", "＠x", "\u{3000}=1+1", "\n=1+1", "\t"] {
            assert!(field(text).trim_start_matches('"').starts_with('\''), "{text:?} → {:?}", field(text));
        }
        for text in ["山田", "a=b", "1-2", " Ann", "e-mail"] {
            assert!(!field(text).starts_with('\''), "{text:?}");
        }
    }

    #[test]
    fn csv_has_a_bom_a_header_and_one_row_per_pair() {
        let cohort = demo_cohort(9, 4, Lang::Ja, "2026-11-26T09:00:00Z");
        let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        let csv = pairs_csv(&cohort, &pairing, Lang::Ja);
        assert!(csv.starts_with(BOM));
        let rows: Vec<&str> = csv.trim_start_matches(BOM).trim_end().split("\r\n").collect();
        assert_eq!(rows.len(), 1 + pairing.pairs.len());
        assert!(rows[0].starts_with("ペア,"));
        let first = &cohort.responses.iter().find(|r| r.participant_id == pairing.pairs[0].members[0]).unwrap().name;
        assert!(rows[1].contains(first.as_str()), "{}", rows[1]);
    }
}
