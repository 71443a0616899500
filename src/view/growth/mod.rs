//! Growth made visible (育成の見える化, issue 11 §4): what changed between the first
//! answers and the follow-up survey, as exact figures. [`Growth::of`] ties each
//! follow-up ([`FollowUp`]) to its first answers ([`Response`]) by participant id and to
//! the pair it followed up (the kept round of that number, else the board's current
//! pairing when it is that round), and computes:
//!
//! - per generation × skill, the average before and after and the [`Change`], over the
//!   people who answered both ([`GrowthTable`]);
//! - per participant, each skill before and after, marked when their partner was there to
//!   teach it (the pair's teaching lines), so that what was taught can be set against the
//!   rest ([`PersonFigures`]);
//! - per pair, each member's meetings, satisfaction and wish for a new partner
//!   ([`PairFigures`]), and the programme's totals ([`Totals`]).
//!
//! Every average is an exact integer sum and count, rounded once when printed, exactly as
//! [`crate::view::insights::Average`] rounds: the app, the report, the CSV and
//! `kakehashi report` print the same digits. The words and the pictures are in
//! [`view`] (the console), [`chart`] (the change heatmap) and [`report`] (the one-page
//! report, its CSV and the CLI's text). Pure: knows nothing about the browser.

pub mod chart;
pub mod report;
pub mod view;

use crate::document::model::{Cohort, FollowUp, Pair, Pairing, Response, SkillFamily};
use crate::view::insights::{Average, SkillColumn};
use crate::view::rounds::kept_round;
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap, HashSet};

/// A change of average rating: the exact sum of (after − before) over `count` ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub sum: i64,
    pub count: u32,
}

impl Change {
    /// The mean change as a float, for colours only (never for printed digits).
    pub fn value(self) -> f64 {
        self.sum as f64 / f64::from(self.count)
    }

    /// The mean change in tenths: its size rounded half up as [`Average::tenths`] rounds,
    /// then its sign, so that a fall reads as the mirror of a rise (−0.25 → −3, like
    /// +0.25 → +3). Integer arithmetic.
    pub fn tenths(self) -> i64 {
        let count = i64::from(self.count);
        let size = (self.sum.abs() * 20 + count) / (2 * count);
        size * self.sum.signum()
    }

    /// As the app and the report print it: `+0.4`, `−0.3` (a minus sign, wider than a
    /// hyphen on a projector), `0.0`.
    pub fn display(self) -> String {
        let t = self.tenths();
        let sign = match t.cmp(&0) {
            Ordering::Greater => "+",
            Ordering::Less => "\u{2212}",
            Ordering::Equal => "",
        };
        format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
    }

    /// As a spreadsheet reads a number: `0.4`, `-0.3`, `0.0`.
    pub fn plain(self) -> String {
        let t = self.tenths();
        let sign = if t < 0 { "-" } else { "" };
        format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
    }

    /// Compares two mean changes exactly (cross-multiplied).
    pub fn cmp_mean(self, other: Change) -> Ordering {
        (i128::from(self.sum) * i128::from(other.count))
            .cmp(&(i128::from(other.sum) * i128::from(self.count)))
    }

    fn add(self, before: u8, after: u8) -> Change {
        Change {
            sum: self.sum + i64::from(after) - i64::from(before),
            count: self.count + 1,
        }
    }
}

/// One generation × skill (or all generations × skill): the averages before and after
/// over the same people, and the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellGrowth {
    pub before: Average,
    pub after: Average,
    pub change: Change,
}

impl CellGrowth {
    fn add(cell: Option<CellGrowth>, before: u8, after: u8) -> CellGrowth {
        let CellGrowth {
            before: b,
            after: a,
            change,
        } = cell.unwrap_or(CellGrowth {
            before: Average { sum: 0, count: 0 },
            after: Average { sum: 0, count: 0 },
            change: Change { sum: 0, count: 0 },
        });
        CellGrowth {
            before: Average {
                sum: b.sum + u32::from(before),
                count: b.count + 1,
            },
            after: Average {
                sum: a.sum + u32::from(after),
                count: a.count + 1,
            },
            change: change.add(before, after),
        }
    }
}

/// A generation's row of the change table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowthRow {
    pub generation_id: String,
    /// How many of the generation answered both surveys.
    pub n_people: usize,
    /// `cells[j]` is the growth in `columns[j]`; `None` when nobody of the generation
    /// answered both (an empty cell, not a zero).
    pub cells: Vec<Option<CellGrowth>>,
    /// The change over every skill of the row.
    pub overall: Option<Change>,
}

/// Before, after and change per generation × skill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowthTable {
    /// The skills as the room's heatmap orders them (digital first, workshop order).
    pub columns: Vec<SkillColumn>,
    /// Every generation of the workshop, oldest first, even when empty.
    pub rows: Vec<GrowthRow>,
    /// Every generation together, per column.
    pub all: Vec<Option<CellGrowth>>,
}

/// One skill of one participant, before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillDelta {
    pub skill_id: String,
    pub before: u8,
    pub after: u8,
    /// Their partner was there to teach them this skill (a teaching line of their pair
    /// with them as the learner).
    pub taught: bool,
}

impl SkillDelta {
    pub fn change(&self) -> i64 {
        i64::from(self.after) - i64::from(self.before)
    }
}

/// One participant who answered both surveys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonFigures {
    pub participant_id: String,
    pub generation_id: Option<String>,
    /// The round their follow-up answers.
    pub round: u32,
    /// Their pair's number in that round, if they had one and the round is known.
    pub pair_number: Option<u32>,
    /// Their partners in that round (ids).
    pub partners: Vec<String>,
    /// Every skill of the workshop they rated both times, in column order.
    pub skills: Vec<SkillDelta>,
    /// The mean change in the skills taught to them, and in the others.
    pub taught: Option<Change>,
    pub untaught: Option<Change>,
}

/// What one member of a pair said in the follow-up (`None`: not answered yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberAnswer {
    pub meetings_held: u32,
    pub satisfaction: u8,
    pub wants_new_partner: bool,
}

/// One pair of a followed-up round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairFigures {
    pub round: u32,
    pub number: u32,
    /// Each member's id and answers, in the pair's order.
    pub members: Vec<(String, Option<MemberAnswer>)>,
}

impl PairFigures {
    /// The pair's meetings: the higher of its members' counts (a member may forget a
    /// meeting; a meeting one of them remembers took place). `None`: nobody answered.
    pub fn meetings(&self) -> Option<u32> {
        self.members
            .iter()
            .filter_map(|(_, a)| a.map(|a| a.meetings_held))
            .max()
    }
}

/// The programme's totals, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    /// Everyone with first answers.
    pub participants: usize,
    /// Of them, how many answered the follow-up.
    pub answered: usize,
    /// Follow-up answers whose participant has no first answers (left out of every figure).
    pub without_first_answers: usize,
    /// The rounds followed up, ascending.
    pub rounds: Vec<u32>,
    /// Followed-up rounds whose pairs are not in the session (kept rounds or the board).
    pub rounds_not_found: Vec<u32>,
    /// Pairs of the followed-up rounds, and how many of them at least one member answered for.
    pub pairs: usize,
    pub pairs_answered: usize,
    /// Meetings over the pairs answered for ([`PairFigures::meetings`]): the total, and the
    /// average per pair.
    pub meetings_total: u32,
    pub meetings_per_pair: Option<Average>,
    pub satisfaction: Option<Average>,
    /// How many asked for a new partner.
    pub new_partner: usize,
    /// The mean change in the skills partners taught, and in every other rating.
    pub taught: Option<Change>,
    pub untaught: Option<Change>,
}

/// Every figure of the growth view, the report and the CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Growth {
    pub table: GrowthTable,
    /// Everyone who answered both surveys, in the order of their first answers.
    pub people: Vec<PersonFigures>,
    /// The pairs of the followed-up rounds, by round then number.
    pub pairs: Vec<PairFigures>,
    pub totals: Totals,
}

/// The pairing of `round`: the kept round of that number, else `current` (the board's
/// pairing) when it is that round.
pub fn pairing_of_round<'a>(
    cohort: &'a Cohort,
    current: Option<&'a Pairing>,
    round: u32,
) -> Option<&'a Pairing> {
    kept_round(cohort, round).or(current.filter(|p| p.round == round))
}

/// The skills of a workshop as the heatmaps order them: digital first, then experience,
/// each in workshop order.
fn columns(cohort: &Cohort) -> Vec<SkillColumn> {
    [SkillFamily::Digital, SkillFamily::Experience]
        .into_iter()
        .flat_map(|family| {
            cohort
                .workshop
                .skills
                .iter()
                .filter(move |s| s.family == family)
                .map(|s| SkillColumn {
                    skill_id: s.id.clone(),
                    family: s.family,
                })
        })
        .collect()
}

impl Growth {
    /// The figures of `cohort`'s follow-ups. `current` is the board's pairing (or a
    /// session file's), used for a round that is not kept yet.
    pub fn of(cohort: &Cohort, current: Option<&Pairing>) -> Growth {
        let w = &cohort.workshop;
        let columns = columns(cohort);
        // Looked up by id once (a large room has thousands of each).
        let followups: HashMap<&str, &FollowUp> = cohort
            .followups
            .iter()
            .map(|f| (f.participant_id.as_str(), f))
            .collect();
        let responses: HashSet<&str> = cohort
            .responses
            .iter()
            .map(|r| r.participant_id.as_str())
            .collect();
        // Each follow-up with its first answers.
        let both: Vec<(&Response, &FollowUp)> = cohort
            .responses
            .iter()
            .filter_map(|r| followups.get(r.participant_id.as_str()).map(|f| (r, *f)))
            .collect();
        let rounds: Vec<u32> = both
            .iter()
            .map(|(_, f)| f.round)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        // Each followed-up round's pair of each member.
        let pair_of: HashMap<(u32, &str), &Pair> = rounds
            .iter()
            .filter_map(|&round| pairing_of_round(cohort, current, round).map(|p| (round, p)))
            .flat_map(|(round, p)| {
                p.pairs.iter().flat_map(move |pair| {
                    pair.members
                        .iter()
                        .map(move |m| ((round, m.as_str()), pair))
                })
            })
            .collect();

        let people: Vec<PersonFigures> = both
            .iter()
            .map(|(r, f)| {
                let id = r.participant_id.as_str();
                let pair = pair_of.get(&(f.round, id)).copied();
                let taught: BTreeSet<&str> = pair
                    .into_iter()
                    .flat_map(|p| &p.explanation.links)
                    .flat_map(|l| &l.teaching)
                    .filter(|t| t.learner == id)
                    .map(|t| t.skill.as_str())
                    .collect();
                let skills: Vec<SkillDelta> = columns
                    .iter()
                    .filter_map(|c| {
                        let before = *r.ratings.get(&c.skill_id)?;
                        let after = *f.ratings.get(&c.skill_id)?;
                        Some(SkillDelta {
                            skill_id: c.skill_id.clone(),
                            before,
                            after,
                            taught: taught.contains(c.skill_id.as_str()),
                        })
                    })
                    .collect();
                let mean = |taught: bool| {
                    skills.iter().filter(|s| s.taught == taught).fold(
                        None,
                        |acc: Option<Change>, s| {
                            Some(
                                acc.unwrap_or(Change { sum: 0, count: 0 })
                                    .add(s.before, s.after),
                            )
                        },
                    )
                };
                PersonFigures {
                    participant_id: id.to_owned(),
                    generation_id: r.generation_id(w).map(str::to_owned),
                    round: f.round,
                    pair_number: pair.map(|p| p.number),
                    partners: pair
                        .map(|p| p.members.iter().filter(|m| *m != id).cloned().collect())
                        .unwrap_or_default(),
                    taught: mean(true),
                    untaught: mean(false),
                    skills,
                }
            })
            .collect();

        let table = table(cohort, &columns, &people);

        let mut pairs = Vec::new();
        let mut rounds_not_found = Vec::new();
        for &round in &rounds {
            let Some(pairing) = pairing_of_round(cohort, current, round) else {
                rounds_not_found.push(round);
                continue;
            };
            for pair in &pairing.pairs {
                let members = pair
                    .members
                    .iter()
                    .map(|id| {
                        let answer = followups
                            .get(id.as_str())
                            .filter(|f| f.round == round && responses.contains(id.as_str()))
                            .map(|f| MemberAnswer {
                                meetings_held: f.meetings_held,
                                satisfaction: f.satisfaction,
                                wants_new_partner: f.wants_new_partner,
                            });
                        (id.clone(), answer)
                    })
                    .collect();
                pairs.push(PairFigures {
                    round,
                    number: pair.number,
                    members,
                });
            }
        }

        let answered_pairs: Vec<u32> = pairs.iter().filter_map(PairFigures::meetings).collect();
        let meetings_total: u32 = answered_pairs.iter().sum();
        let average = |values: &mut dyn Iterator<Item = u32>| {
            let (sum, count) = values.fold((0u32, 0u32), |(s, n), v| (s + v, n + 1));
            (count > 0).then_some(Average { sum, count })
        };
        let sum_changes = |pick: fn(&PersonFigures) -> Option<Change>| {
            people
                .iter()
                .filter_map(pick)
                .fold(None, |acc: Option<Change>, c| {
                    let acc = acc.unwrap_or(Change { sum: 0, count: 0 });
                    Some(Change {
                        sum: acc.sum + c.sum,
                        count: acc.count + c.count,
                    })
                })
        };
        let totals = Totals {
            participants: cohort.responses.len(),
            answered: both.len(),
            without_first_answers: cohort
                .followups
                .iter()
                .filter(|f| !responses.contains(f.participant_id.as_str()))
                .count(),
            rounds,
            rounds_not_found,
            pairs: pairs.len(),
            pairs_answered: answered_pairs.len(),
            meetings_total,
            meetings_per_pair: average(&mut answered_pairs.iter().copied()),
            satisfaction: average(&mut both.iter().map(|(_, f)| u32::from(f.satisfaction))),
            new_partner: both.iter().filter(|(_, f)| f.wants_new_partner).count(),
            taught: sum_changes(|p| p.taught),
            untaught: sum_changes(|p| p.untaught),
        };
        Growth {
            table,
            people,
            pairs,
            totals,
        }
    }

    /// Whether any follow-up answer can be shown (someone answered both surveys).
    pub fn any(&self) -> bool {
        !self.people.is_empty()
    }

    /// The skills (column indices) by their change over every generation, the largest
    /// rise first; only skills that rose. Ties keep column order.
    pub fn largest_gains(&self) -> Vec<usize> {
        let mut gains: Vec<(usize, Change)> = self
            .table
            .all
            .iter()
            .enumerate()
            .filter_map(|(j, c)| c.map(|c| (j, c.change)))
            .filter(|(_, c)| c.sum > 0)
            .collect();
        gains.sort_by(|(_, a), (_, b)| b.cmp_mean(*a));
        gains.into_iter().map(|(j, _)| j).collect()
    }

    /// The column of a generation's row with the largest rise, if any rose (the first of
    /// a tie).
    pub fn best_skill(&self, row: usize) -> Option<usize> {
        let cells = &self.table.rows[row].cells;
        let mut best: Option<(usize, Change)> = None;
        for (j, cell) in cells.iter().enumerate() {
            if let Some(c) = cell.filter(|c| c.change.sum > 0) {
                if best.is_none_or(|(_, b)| c.change.cmp_mean(b) == Ordering::Greater) {
                    best = Some((j, c.change));
                }
            }
        }
        best.map(|(j, _)| j)
    }
}

fn table(cohort: &Cohort, columns: &[SkillColumn], people: &[PersonFigures]) -> GrowthTable {
    let w = &cohort.workshop;
    let index: HashMap<&str, usize> = columns
        .iter()
        .enumerate()
        .map(|(j, c)| (c.skill_id.as_str(), j))
        .collect();
    let mut all: Vec<Option<CellGrowth>> = vec![None; columns.len()];
    let rows = w
        .generations
        .iter()
        .map(|g| {
            let members: Vec<&PersonFigures> = people
                .iter()
                .filter(|p| p.generation_id.as_deref() == Some(g.id.as_str()))
                .collect();
            let mut cells: Vec<Option<CellGrowth>> = vec![None; columns.len()];
            let mut overall: Option<Change> = None;
            for p in &members {
                for s in &p.skills {
                    let Some(&j) = index.get(s.skill_id.as_str()) else {
                        continue;
                    };
                    cells[j] = Some(CellGrowth::add(cells[j], s.before, s.after));
                    overall = Some(
                        overall
                            .unwrap_or(Change { sum: 0, count: 0 })
                            .add(s.before, s.after),
                    );
                }
            }
            GrowthRow {
                generation_id: g.id.clone(),
                n_people: members.len(),
                cells,
                overall,
            }
        })
        .collect();
    // Every generation together, including anyone whose generation is not resolved.
    for p in people {
        for s in &p.skills {
            if let Some(&j) = index.get(s.skill_id.as_str()) {
                all[j] = Some(CellGrowth::add(all[j], s.before, s.after));
            }
        }
    }
    GrowthTable {
        columns: columns.to_vec(),
        rows,
        all,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::demo::{demo_cohort, demo_followups};
    use crate::document::model::Lang;
    use crate::matching::match_cohort;

    pub(crate) const NOW: &str = "2027-03-01T09:00:00Z";

    /// A demo room of `n` with its pairing as the board's and follow-ups for it.
    pub(crate) fn room(n: usize, seed: u64, lang: Lang) -> (Cohort, Pairing) {
        let mut cohort = demo_cohort(n, seed, lang, "2026-11-26T09:00:00Z");
        let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        cohort.followups = demo_followups(&cohort, &pairing, seed, NOW);
        (cohort, pairing)
    }

    /// A room of four whose every rating is 3 but those given, one pair (Ann × Ben) in
    /// which Ben teaches Ann AI tools and Ann teaches Ben negotiation, Chie without a
    /// partner, Dan who has not answered the follow-up, and a follow-up from someone who
    /// never gave first answers.
    fn small_room() -> (Cohort, Pairing) {
        use crate::document::model::{
            Breakdown, Kind, LinkExplanation, MatchingMode, Objective, Pair, PairExplanation,
            TeachingLine,
        };
        use crate::document::template::default_workshop;
        let workshop = default_workshop(Lang::En);
        let ratings = |given: &[(&str, u8)]| {
            workshop
                .skills
                .iter()
                .map(|s| {
                    let r = given.iter().find(|(id, _)| *id == s.id).map_or(3, |g| g.1);
                    (s.id.clone(), r)
                })
                .collect()
        };
        let response = |id: &str, name: &str, generation: &str, given: &[(&str, u8)]| Response {
            format: Kind::Response.tag(),
            workshop_id: workshop.id.clone(),
            participant_id: id.into(),
            name: name.into(),
            generation: Some(generation.into()),
            birth_year: None,
            department: None,
            ratings: ratings(given),
            wants_to_learn: vec![],
            note: None,
            created_at: "2026-11-20T09:00:00Z".into(),
            updated_at: "2026-11-20T09:00:00Z".into(),
        };
        let followup = |id: &str, meetings, satisfaction, new, given: &[(&str, u8)]| FollowUp {
            format: Kind::FollowUp.tag(),
            workshop_id: workshop.id.clone(),
            participant_id: id.into(),
            round: 1,
            meetings_held: meetings,
            satisfaction,
            wants_new_partner: new,
            ratings: ratings(given),
            went_well: None,
            comment: None,
            created_at: "2027-02-20T09:00:00Z".into(),
            updated_at: "2027-02-21T09:00:00Z".into(),
        };
        let line = |teacher: &str, learner: &str, skill: &str| TeachingLine {
            teacher: teacher.into(),
            learner: learner.into(),
            skill: skill.into(),
            teacher_rating: 5,
            learner_rating: 2,
            wanted: false,
            points: 3,
        };
        let pairing = Pairing {
            format: Kind::Pairing.tag(),
            workshop_id: workshop.id.clone(),
            round: 1,
            mode: MatchingMode::Mutual,
            objective: Objective::MostPairs,
            settings: workshop.matching.clone(),
            total_score: 6,
            min_pair_score: Some(6),
            pairs: vec![Pair {
                number: 1,
                members: vec!["ann".into(), "ben".into()],
                score: 6,
                locked: false,
                explanation: PairExplanation {
                    links: vec![LinkExplanation {
                        members: ["ann".into(), "ben".into()],
                        score: 6,
                        teaching: vec![
                            line("ben", "ann", "ai_tools"),
                            line("ann", "ben", "negotiation"),
                        ],
                        breakdown: Breakdown::default(),
                        generation_steps: 2,
                        shared_department: None,
                        earlier_round: None,
                    }],
                    overrides: vec![],
                    why_not: vec![],
                    sat_out: vec![],
                },
            }],
            unmatched: vec![],
            earlier_rounds: vec![],
            repeated_partners: vec![],
            optimal: true,
            rematched: vec![],
        };
        let cohort = Cohort {
            format: Kind::Cohort.tag(),
            responses: vec![
                response("ann", "Ann", "gen_x", &[("ai_tools", 2)]),
                response("ben", "Ben", "gen_z", &[("negotiation", 1)]),
                response("chie", "Chie", "gen_z", &[]),
                response("dan", "Dan", "gen_z", &[]),
            ],
            followups: vec![
                followup("ann", 4, 4, false, &[("ai_tools", 4), ("negotiation", 2)]),
                followup("ben", 5, 2, true, &[("negotiation", 2)]),
                followup("chie", 3, 5, false, &[("ai_tools", 4)]),
                followup("eve", 9, 1, true, &[]),
            ],
            workshop,
            rounds: vec![],
            pairing: None,
        };
        (cohort, pairing)
    }

    #[test]
    fn the_figures_of_a_small_room_are_the_ones_worked_out_by_hand() {
        let (cohort, pairing) = small_room();
        let growth = Growth::of(&cohort, Some(&pairing));
        let column = |id: &str| {
            growth
                .table
                .columns
                .iter()
                .position(|c| c.skill_id == id)
                .unwrap()
        };
        let row = |id: &str| {
            growth
                .table
                .rows
                .iter()
                .find(|r| r.generation_id == id)
                .unwrap()
        };
        let shown = |c: CellGrowth| (c.before.display(), c.after.display(), c.change.display());
        let ai = column("ai_tools");
        // Gen X is Ann alone: AI tools 2 → 4.
        assert_eq!(row("gen_x").n_people, 1);
        assert_eq!(
            shown(row("gen_x").cells[ai].unwrap()),
            ("2.0".into(), "4.0".into(), "+2.0".into())
        );
        // Gen Z is Ben (3 → 3) and Chie (3 → 4); Dan has not answered: 3.0 → 3.5, +0.5.
        assert_eq!(row("gen_z").n_people, 2);
        assert_eq!(
            shown(row("gen_z").cells[ai].unwrap()),
            ("3.0".into(), "3.5".into(), "+0.5".into())
        );
        // Everyone: 8/3 → 11/3, +3/3.
        assert_eq!(
            shown(growth.table.all[ai].unwrap()),
            ("2.7".into(), "3.7".into(), "+1.0".into())
        );
        // Negotiation: Ann 3 → 2 (−1), Ben 1 → 2 (+1), Chie 3 → 3.
        let neg = column("negotiation");
        assert_eq!(
            row("gen_x").cells[neg].unwrap().change.display(),
            "\u{2212}1.0"
        );
        assert_eq!(
            shown(growth.table.all[neg].unwrap()),
            ("2.3".into(), "2.3".into(), "0.0".into())
        );
        // Nobody of the other generations answered: empty cells, not zeros.
        assert!(row("boomers").cells.iter().all(Option::is_none));
        assert_eq!(row("gen_x").overall.unwrap().display(), "+0.1"); // (+2 − 1) / 12

        // What partners taught: Ann's AI tools +2, Ben's negotiation +1: +1.5 over 2.
        let ann = &growth.people[0];
        assert_eq!(
            (ann.participant_id.as_str(), ann.pair_number),
            ("ann", Some(1))
        );
        assert_eq!(ann.partners, ["ben"]);
        assert_eq!(
            ann.skills
                .iter()
                .filter(|s| s.taught)
                .map(|s| s.skill_id.as_str())
                .collect::<Vec<_>>(),
            ["ai_tools"]
        );
        assert_eq!(ann.taught, Some(Change { sum: 2, count: 1 }));
        assert_eq!(ann.untaught, Some(Change { sum: -1, count: 11 }));
        let chie = &growth.people[2];
        assert_eq!(
            (chie.pair_number, chie.taught),
            (None, None),
            "no partner, nothing taught"
        );
        let t = &growth.totals;
        assert_eq!(t.taught, Some(Change { sum: 3, count: 2 }));
        assert_eq!(t.taught.unwrap().display(), "+1.5");
        // The others: Ann −1 over 11, Ben 0 over 11, Chie +1 over 12.
        assert_eq!(t.untaught, Some(Change { sum: 0, count: 34 }));

        // The totals: 4 with first answers, 3 of them followed up, Eve left out.
        assert_eq!(
            (t.participants, t.answered, t.without_first_answers),
            (4, 3, 1)
        );
        assert_eq!((t.pairs, t.pairs_answered), (1, 1));
        // The pair's meetings are the higher count, 5 (Ann said 4).
        assert_eq!(t.meetings_total, 5);
        assert_eq!(t.meetings_per_pair.unwrap().display(), "5.0");
        // Satisfaction (4 + 2 + 5) / 3; Eve's 1 is not counted.
        assert_eq!(t.satisfaction.unwrap().display(), "3.7");
        assert_eq!(t.new_partner, 1, "Ben; Eve is not counted");
        assert_eq!(growth.largest_gains(), [ai]);
        let gen_x = growth
            .table
            .rows
            .iter()
            .position(|r| r.generation_id == "gen_x");
        assert_eq!(growth.best_skill(gen_x.unwrap()), Some(ai), "Gen X's best");
        assert_eq!(growth.pairs[0].members[1].1.unwrap().satisfaction, 2);
    }

    #[test]
    fn a_round_kept_since_is_found_and_a_missing_one_is_named() {
        let (mut cohort, pairing) = small_room();
        // Kept as round 1, with round 2 on the board: the kept one is used.
        let mut next = pairing.clone();
        next.round = 2;
        next.pairs.clear();
        cohort.rounds.push(pairing.clone());
        let growth = Growth::of(&cohort, Some(&next));
        assert_eq!(growth.people[0].partners, ["ben"]);
        assert!(growth.totals.rounds_not_found.is_empty());
        // Neither kept nor on the board: figures without partners, and the round named.
        cohort.rounds.clear();
        let growth = Growth::of(&cohort, Some(&next));
        assert_eq!(growth.totals.rounds_not_found, [1]);
        assert!(growth
            .people
            .iter()
            .all(|p| p.partners.is_empty() && p.taught.is_none()));
        assert_eq!(growth.pairs.len(), 0);
        assert_eq!(
            growth.table.all[0].unwrap().change.count,
            3,
            "the change is still shown"
        );
    }

    #[test]
    fn changes_round_their_size_half_up_and_keep_their_sign() {
        let c = |sum, count| Change { sum, count };
        assert_eq!(c(1, 4).display(), "+0.3"); // 0.25
        assert_eq!(c(-1, 4).display(), "\u{2212}0.3"); // −0.25 mirrors +0.25
        assert_eq!(c(-1, 4).plain(), "-0.3");
        assert_eq!(c(1, 3).display(), "+0.3"); // 0.333…
        assert_eq!(c(-2, 3).display(), "\u{2212}0.7"); // −0.666…
        assert_eq!(c(0, 5).display(), "0.0");
        assert_eq!(
            c(1, 40).display(),
            "0.0",
            "a rise too small to show has no sign"
        );
        assert_eq!(c(-1, 40).plain(), "0.0");
    }
}
