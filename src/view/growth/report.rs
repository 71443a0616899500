//! The one-page programme report for management (プログラム報告書): the programme's
//! totals, what partners taught against the rest, the largest gains by skill and by
//! generation, and the change heatmap ([`report`]); every figure behind it as CSV
//! ([`growth_csv`], the conventions of [`crate::view::export`]: a byte-order mark, unique
//! headings, text defused against formulas); and the same figures as the text
//! `kakehashi report` prints ([`report_text`]).
//!
//! Pure: the app prints the page, the CLI prints the text, both from the same figures.

use crate::document::model::{Cohort, Lang};
use crate::i18n::{msg, t, Key, Msg};
use crate::view::export::{field, BOM};
use crate::view::growth::chart::{change_heatmap, ChangeHeatmapView};
use crate::view::growth::view::{answered_sentence, mean_text, notes, pair_row, points_change};
use crate::view::growth::Growth;
use crate::view::people::Directory;

/// One figure of the report: its label and value, and a stable name for styles and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub name: &'static str,
    pub label: &'static str,
    pub value: String,
}

/// The report page.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportView {
    pub title: &'static str,
    /// The workshop's title.
    pub workshop: String,
    /// "Round 1 · follow-up answers up to 2027-03-01".
    pub subtitle: String,
    pub answered: String,
    pub figures: Vec<Figure>,
    /// "AI tools: 2.3 → 3.1 (+0.8)", the largest rise first (at most five).
    pub by_skill: Vec<String>,
    /// Per generation: its mean change and the skill it rose most in.
    pub by_generation: Vec<String>,
    pub heatmap: ChangeHeatmapView,
    pub notes: Vec<String>,
}

/// The date of the newest follow-up answer (UTC), `2027-03-01`.
fn answers_up_to(cohort: &Cohort) -> Option<&str> {
    cohort
        .followups
        .iter()
        .map(|f| f.updated_at.as_str())
        .max()
        .and_then(|t| t.get(..10))
}

/// The programme's totals as the report lists them.
pub fn figures(growth: &Growth, lang: Lang) -> Vec<Figure> {
    let g = &growth.totals;
    let dash = || "–".to_owned();
    let figure = |name, key, value| Figure {
        name,
        label: t(lang, key),
        value,
    };
    vec![
        figure(
            "participants",
            Key::ReportParticipants,
            g.participants.to_string(),
        ),
        figure(
            "answered",
            Key::ReportAnswered,
            msg(
                lang,
                &Msg::ReportOutOf {
                    n: g.answered,
                    total: g.participants,
                },
            ),
        ),
        figure("pairs", Key::ReportPairs, g.pairs.to_string()),
        figure(
            "meetings",
            Key::ReportMeetingsTotal,
            g.meetings_total.to_string(),
        ),
        figure(
            "meetings-per-pair",
            Key::ReportMeetingsAverage,
            g.meetings_per_pair.map_or_else(dash, |a| a.display()),
        ),
        figure(
            "satisfaction",
            Key::ReportSatisfaction,
            g.satisfaction.map_or_else(dash, |a| {
                msg(
                    lang,
                    &Msg::ReportSatisfactionValue {
                        average: &a.display(),
                    },
                )
            }),
        ),
        figure(
            "new-partner",
            Key::ReportNewPartner,
            g.new_partner.to_string(),
        ),
        figure("taught", Key::ReportTaught, mean_text(g.taught)),
        figure("other", Key::ReportOther, mean_text(g.untaught)),
    ]
}

fn skill_label(cohort: &Cohort, id: &str, lang: Lang) -> String {
    cohort
        .workshop
        .skill(id)
        .map_or_else(|| id.to_owned(), |s| s.label.get(lang).to_owned())
}

fn generation_label(cohort: &Cohort, id: &str, lang: Lang) -> String {
    cohort
        .workshop
        .generations
        .iter()
        .find(|g| g.id == id)
        .map_or_else(|| id.to_owned(), |g| g.label.get(lang).to_owned())
}

/// The largest gains by skill, at most `n`, the largest first.
pub fn gains_by_skill(cohort: &Cohort, growth: &Growth, n: usize, lang: Lang) -> Vec<String> {
    growth
        .largest_gains()
        .into_iter()
        .take(n)
        .filter_map(|j| {
            let c = growth.table.all[j]?;
            Some(msg(
                lang,
                &Msg::GrowthSkillBeforeAfter {
                    skill: &skill_label(cohort, &growth.table.columns[j].skill_id, lang),
                    before: &c.before.display(),
                    after: &c.after.display(),
                    change: &c.change.display(),
                },
            ))
        })
        .collect()
}

/// Per generation with answers: its mean change over every skill and the skill it rose
/// most in.
pub fn gains_by_generation(cohort: &Cohort, growth: &Growth, lang: Lang) -> Vec<String> {
    growth
        .table
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let overall = row.overall?;
            let best = growth.best_skill(i).and_then(|j| {
                row.cells[j].map(|c| {
                    msg(
                        lang,
                        &Msg::GrowthSkillChange {
                            skill: &skill_label(cohort, &growth.table.columns[j].skill_id, lang),
                            change: &c.change.display(),
                        },
                    )
                })
            });
            Some(msg(
                lang,
                &Msg::ReportGenerationGain {
                    generation: &generation_label(cohort, &row.generation_id, lang),
                    people: row.n_people,
                    change: &overall.display(),
                    best: best.as_deref(),
                },
            ))
        })
        .collect()
}

/// The report page of `cohort` in `lang`.
pub fn report(cohort: &Cohort, growth: &Growth, lang: Lang) -> ReportView {
    let rounds: Vec<String> = growth.totals.rounds.iter().map(u32::to_string).collect();
    ReportView {
        title: t(lang, Key::ReportTitle),
        workshop: cohort.workshop.title.get(lang).to_owned(),
        subtitle: msg(
            lang,
            &Msg::ReportSubtitle {
                rounds: &rounds.join(t(lang, Key::ListSeparator)),
                date: answers_up_to(cohort).unwrap_or("–"),
            },
        ),
        answered: answered_sentence(growth, lang),
        figures: figures(growth, lang),
        by_skill: gains_by_skill(cohort, growth, 5, lang),
        by_generation: gains_by_generation(cohort, growth, lang),
        heatmap: change_heatmap(
            &cohort.workshop,
            &growth.table,
            &growth.largest_gains(),
            lang,
        ),
        notes: notes(growth, lang),
    }
}

/// A figure Kakehashi computed, as a spreadsheet reads a number (`-0.3` stays a number:
/// a number cannot run as a formula); anything else is a text field.
fn number(text: &str) -> String {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let numeric = !digits.is_empty()
        && digits.split('.').count() <= 2
        && digits
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    if numeric {
        text.to_owned()
    } else {
        field(text)
    }
}

/// Every figure of the report and the growth view as CSV (BOM, CRLF): the totals, then
/// before, after and change per generation × skill (and for every generation together),
/// then per participant × skill, then per pair member. One table whose first column
/// names the part; every heading is different.
pub fn growth_csv(cohort: &Cohort, growth: &Growth, dir: &Directory, lang: Lang) -> String {
    const COLUMNS: usize = 16;
    let header: [&str; COLUMNS] = [
        t(lang, Key::CsvSection),
        t(lang, Key::CsvFigure),
        t(lang, Key::CsvValue),
        t(lang, Key::ExportRound),
        t(lang, Key::CsvPair),
        t(lang, Key::CsvName),
        t(lang, Key::CsvGeneration),
        t(lang, Key::CsvSkill),
        t(lang, Key::CsvPeople),
        t(lang, Key::CsvBefore),
        t(lang, Key::CsvAfter),
        t(lang, Key::CsvChange),
        t(lang, Key::CsvTaught),
        t(lang, Key::CsvMeetings),
        t(lang, Key::CsvSatisfaction),
        t(lang, Key::CsvNewPartner),
    ];
    // Numbers (not defused) and texts, by column.
    const NUMERIC: [usize; 9] = [2, 3, 4, 8, 9, 10, 11, 13, 14];
    let mut rows: Vec<[String; COLUMNS]> = Vec::new();
    let mut row = |cells: &[(usize, String)]| {
        let mut r: [String; COLUMNS] = Default::default();
        for (k, v) in cells {
            r[*k] = v.clone();
        }
        rows.push(r);
    };
    let yes_no = |b: bool| t(lang, if b { Key::CsvYes } else { Key::CsvNo }).to_owned();

    let totals = t(lang, Key::CsvSectionTotals).to_owned();
    let g = &growth.totals;
    let plain_figures: Vec<(Key, String)> = vec![
        (Key::ReportParticipants, g.participants.to_string()),
        (Key::ReportAnswered, g.answered.to_string()),
        (Key::ReportPairs, g.pairs.to_string()),
        (Key::ReportMeetingsTotal, g.meetings_total.to_string()),
        (
            Key::ReportMeetingsAverage,
            g.meetings_per_pair.map(|a| a.display()).unwrap_or_default(),
        ),
        (
            Key::ReportSatisfaction,
            g.satisfaction.map(|a| a.display()).unwrap_or_default(),
        ),
        (Key::ReportNewPartner, g.new_partner.to_string()),
        (
            Key::ReportTaught,
            g.taught.map(|c| c.plain()).unwrap_or_default(),
        ),
        (
            Key::ReportOther,
            g.untaught.map(|c| c.plain()).unwrap_or_default(),
        ),
    ];
    for (key, value) in plain_figures {
        row(&[
            (0, totals.clone()),
            (1, t(lang, key).to_owned()),
            (2, value),
        ]);
    }

    let change = t(lang, Key::CsvSectionChange).to_owned();
    let everyone = t(lang, Key::GrowthAllGenerations).to_owned();
    let table = &growth.table;
    let generations = table
        .rows
        .iter()
        .map(|r| (generation_label(cohort, &r.generation_id, lang), &r.cells))
        .chain(std::iter::once((everyone, &table.all)));
    for (generation, cells) in generations {
        for (j, cell) in cells.iter().enumerate() {
            let Some(c) = cell else { continue };
            row(&[
                (0, change.clone()),
                (6, generation.clone()),
                (7, skill_label(cohort, &table.columns[j].skill_id, lang)),
                (8, c.change.count.to_string()),
                (9, c.before.display()),
                (10, c.after.display()),
                (11, c.change.plain()),
            ]);
        }
    }

    let people = t(lang, Key::CsvSectionPeople).to_owned();
    for p in &growth.people {
        let generation = dir
            .person(&p.participant_id)
            .map(|p| p.generation.clone())
            .unwrap_or_default();
        for s in &p.skills {
            row(&[
                (0, people.clone()),
                (3, p.round.to_string()),
                (4, p.pair_number.map(|n| n.to_string()).unwrap_or_default()),
                (5, dir.name(&p.participant_id)),
                (6, generation.clone()),
                (7, dir.skill(&s.skill_id)),
                (9, s.before.to_string()),
                (10, s.after.to_string()),
                (11, s.change().to_string()),
                (12, yes_no(s.taught)),
            ]);
        }
    }

    let pairs = t(lang, Key::CsvSectionPairs).to_owned();
    for pair in &growth.pairs {
        for (id, answer) in &pair.members {
            let mut cells = vec![
                (0, pairs.clone()),
                (3, pair.round.to_string()),
                (4, pair.number.to_string()),
                (5, dir.name(id)),
            ];
            if let Some(a) = answer {
                cells.extend([
                    (13, a.meetings_held.to_string()),
                    (14, a.satisfaction.to_string()),
                    (15, yes_no(a.wants_new_partner)),
                ]);
            }
            row(&cells);
        }
    }

    let line = |cells: &[String]| {
        cells
            .iter()
            .enumerate()
            .map(|(k, c)| {
                if NUMERIC.contains(&k) {
                    number(c)
                } else {
                    field(c)
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut lines = vec![header
        .iter()
        .map(|h| field(h))
        .collect::<Vec<_>>()
        .join(",")];
    lines.extend(rows.iter().map(|r| line(r)));
    format!("{BOM}{}\r\n", lines.join("\r\n"))
}

/// The report as the CLI prints it: the same figures, in the same digits, as lines.
pub fn report_text(cohort: &Cohort, growth: &Growth, dir: &Directory, lang: Lang) -> String {
    let mut out: Vec<String> = vec![
        t(lang, Key::ReportTitle).to_owned(),
        cohort.workshop.title.get(lang).to_owned(),
    ];
    if !growth.any() {
        out.push(t(lang, Key::GrowthNone).to_owned());
        out.extend(notes(growth, lang));
        return out.join("\n") + "\n";
    }
    let view = report(cohort, growth, lang);
    out.push(view.subtitle.clone());
    out.push(view.answered.clone());
    out.extend(view.notes.iter().cloned());
    out.push(String::new());
    for f in &view.figures {
        out.push(msg(
            lang,
            &Msg::ReportFigure {
                label: f.label,
                value: &f.value,
            },
        ));
    }
    let section = |out: &mut Vec<String>, key: Key, lines: &[String]| {
        out.push(String::new());
        out.push(t(lang, key).to_owned());
        out.extend(lines.iter().map(|l| format!("  {l}")));
    };
    section(&mut out, Key::ReportBySkill, &view.by_skill);
    section(&mut out, Key::ReportByGeneration, &view.by_generation);
    // The change table, a generation (and everyone) at a time.
    out.push(String::new());
    out.push(t(lang, Key::ReportChangeHeading).to_owned());
    // Generations nobody of which answered both surveys are left out.
    let answered = growth
        .table
        .rows
        .iter()
        .map(|r| r.n_people > 0)
        .chain([true]);
    for (row, _) in view
        .heatmap
        .table_rows
        .iter()
        .zip(answered)
        .filter(|(_, a)| *a)
    {
        out.push(format!("  {}", row.header));
        for (skill, cell) in view.heatmap.table_head.iter().skip(1).zip(&row.cells) {
            out.push(format!(
                "    {}",
                msg(
                    lang,
                    &Msg::ReportFigure {
                        label: skill,
                        value: cell
                    }
                )
            ));
        }
    }
    // Each pair: its meetings and what each member said.
    out.push(String::new());
    out.push(t(lang, Key::GrowthPairsTitle).to_owned());
    let with_round = growth.totals.rounds.len() > 1;
    for pair in &growth.pairs {
        let row = pair_row(pair, with_round, dir, lang);
        out.push(format!(
            "  {}",
            msg(
                lang,
                &Msg::ReportPairMeetings {
                    pair: &row.heading,
                    meetings: &row.meetings,
                }
            )
        ));
        for (m, (_, answer)) in row.members.iter().zip(&pair.members) {
            let line = match answer {
                None => msg(lang, &Msg::ReportMemberNotAnswered { name: &m.name }),
                Some(a) => msg(
                    lang,
                    &Msg::ReportMember {
                        name: &m.name,
                        meetings: a.meetings_held,
                        satisfaction: a.satisfaction,
                        wants_new_partner: a.wants_new_partner,
                    },
                ),
            };
            out.push(format!("    {line}"));
        }
    }
    // Who grew in what.
    out.push(String::new());
    out.push(t(lang, Key::GrowthPeopleTitle).to_owned());
    for p in &growth.people {
        let taught: Vec<String> = p
            .skills
            .iter()
            .filter(|s| s.taught)
            .map(|s| {
                msg(
                    lang,
                    &Msg::GrowthPersonSkill {
                        skill: &dir.skill(&s.skill_id),
                        before: s.before,
                        after: s.after,
                        change: &points_change(s.change()),
                    },
                )
            })
            .collect();
        out.push(format!(
            "  {}",
            msg(
                lang,
                &Msg::ReportPerson {
                    name: &dir.name(&p.participant_id),
                    taught: &taught.join(t(lang, Key::ListSeparator)),
                    taught_mean: &mean_text(p.taught),
                    other_mean: &mean_text(p.untaught),
                }
            )
        ));
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::export::tests::parse_csv;
    use crate::view::growth::tests::room;
    use std::collections::HashSet;

    #[test]
    fn follow_ups_of_unknown_people_are_said_to_be_left_out() {
        let (mut cohort, pairing) = room(10, 2, Lang::En);
        for f in &mut cohort.followups {
            f.participant_id = format!("x-{}", f.participant_id);
        }
        let growth = Growth::of(&cohort, Some(&pairing));
        assert!(!growth.any());
        let dir = Directory::new(&cohort, &pairing.settings, Lang::En);
        let text = report_text(&cohort, &growth, &dir, Lang::En);
        assert!(text.contains(t(Lang::En, Key::GrowthNone)), "{text}");
        assert!(text.contains("are not among the first answers"), "{text}");
    }

    #[test]
    fn numbers_stay_numbers_and_text_is_defused() {
        assert_eq!(number("-0.3"), "-0.3");
        assert_eq!(number("12"), "12");
        assert_eq!(number("3.4"), "3.4");
        assert_eq!(number("-"), "'-");
        assert_eq!(number("-1-1"), "'-1-1");
        assert_eq!(number("1.2.3"), "1.2.3", "not a formula, kept as text");
        assert_eq!(number(""), "");
    }

    #[test]
    fn the_csv_has_unique_headings_and_every_figure() {
        for lang in Lang::ALL {
            let (cohort, pairing) = room(24, 6, lang);
            let growth = Growth::of(&cohort, Some(&pairing));
            let dir = Directory::new(&cohort, &pairing.settings, lang);
            let csv = growth_csv(&cohort, &growth, &dir, lang);
            assert!(csv.starts_with(BOM) && csv.ends_with("\r\n"));
            let rows = parse_csv(&csv);
            let header = &rows[0];
            assert_eq!(header.iter().collect::<HashSet<_>>().len(), header.len());
            assert!(rows.iter().all(|r| r.len() == header.len()));
            let section = |key| rows.iter().filter(move |r| r[0] == t(lang, key));
            assert_eq!(section(Key::CsvSectionTotals).count(), 9);
            let skills = cohort.workshop.skills.len();
            assert_eq!(
                section(Key::CsvSectionPeople).count(),
                growth.people.len() * skills
            );
            let members: usize = pairing.pairs.iter().map(|p| p.members.len()).sum();
            assert_eq!(section(Key::CsvSectionPairs).count(), members);
            // The change rows: every non-empty cell and everyone's row.
            let cells = growth
                .table
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .flatten()
                .count();
            assert_eq!(section(Key::CsvSectionChange).count(), cells + skills);
            // A change in the CSV is the app's figure, as a number.
            let first = section(Key::CsvSectionChange).next().unwrap();
            let c = growth
                .table
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .flatten()
                .next()
                .unwrap();
            assert_eq!(first[11], c.change.plain());
            assert_eq!(first[9], c.before.display());
        }
    }

    #[test]
    fn the_report_lists_the_totals_and_the_largest_gains() {
        let (cohort, pairing) = room(30, 3, Lang::En);
        let growth = Growth::of(&cohort, Some(&pairing));
        let view = report(&cohort, &growth, Lang::En);
        assert_eq!(view.figures.len(), 9);
        assert_eq!(view.figures[0].value, "30");
        assert!(view.by_skill.len() <= 5 && !view.by_skill.is_empty());
        assert!(view.subtitle.contains(answers_up_to(&cohort).unwrap()));
        let dir = Directory::new(&cohort, &pairing.settings, Lang::En);
        let text = report_text(&cohort, &growth, &dir, Lang::En);
        for f in &view.figures {
            assert!(
                text.contains(&format!("{}: {}", f.label, f.value)),
                "{}",
                f.label
            );
        }
        for line in view.by_skill.iter().chain(&view.by_generation) {
            assert!(text.contains(line.as_str()));
        }
    }
}
