//! A kickoff sheet for every pair (issue 11 §1): the agreement a pair (or trio, or
//! mentor and mentee) fills in at its first meeting. What each member teaches and learns
//! (largest gain first, the skills they asked for marked), two or three suggested goals
//! phrased from those skills, the meeting plan of the workshop's [`Programme`], the first
//! meeting's agenda, confidentiality and a no-fault way out, then room to write and sign.
//!
//! Computed from the pair's [`PairExplanation`](crate::document::model::PairExplanation)
//! and the workshop, in the facilitator's language (a participant's own language is not
//! recorded). Pure: the board's dialog and the print view only render it.

use crate::document::model::{
    Lang, MatchingMode, Pair, Pairing, Programme, TeachingLine, Workshop,
};
use crate::document::programme::{self as plan, LocalDate};
use crate::document::template::TemplateSkill;
use crate::i18n::{msg, t, Key, Msg};
use crate::transport::ics::CalendarProblem;
use crate::view::people::Directory;

/// Suggested goals at most.
pub const MAX_GOALS: usize = 3;

/// One skill on a member's lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillItem {
    /// The skill's label; in a trio with whom: "AI tools (to Ben)".
    pub text: String,
    /// The learner asked for this skill (marked on the sheet).
    pub wanted: bool,
}

/// A member as the sheet shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KickoffPerson {
    /// "Mentor" / "Mentee" in reverse mode.
    pub role: Option<&'static str>,
    pub name: String,
    /// "Gen X · Sales".
    pub meta: String,
    /// "What Ann teaches" and its skills, largest gain first (empty: nothing to teach).
    pub teaches_heading: String,
    pub teaches: Vec<SkillItem>,
    pub learns_heading: String,
    pub learns: Vec<SkillItem>,
}

/// The whole sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KickoffSheet {
    /// The members' ids joined with "+", as on the pair's card.
    pub key: String,
    pub number: usize,
    /// "Spring workshop — Round 2".
    pub workshop: String,
    /// "Kickoff sheet: Pair 3".
    pub heading: String,
    pub people: Vec<KickoffPerson>,
    /// "Ben: Use a generative AI tool to draft a weekly report", up to [`MAX_GOALS`].
    pub goals: Vec<String>,
    /// How many meetings, how long, how often; the first date; the place.
    pub plan: Vec<String>,
    /// Every meeting's date and time, once a start date is set.
    pub dates: Vec<String>,
    pub agenda: Vec<String>,
    pub confidential: String,
    pub way_out: String,
    /// The names that sign, one box each.
    pub signers: Vec<String>,
    /// Why a calendar cannot be made yet, in a sentence that says where to fix it.
    pub calendar_blocked: Option<String>,
}

/// "Fri 15 Jan 2027", "2027年1月15日（金）".
pub fn date_text(date: LocalDate, lang: Lang) -> String {
    msg(
        lang,
        &Msg::CalendarDate {
            year: date.year,
            month: date.month,
            day: date.day,
            weekday: date.weekday(),
        },
    )
}

/// Every teaching line of `pair`, largest gain first (then by skill id, so the order is
/// the same in every run).
pub fn lines_by_gain(pair: &Pair) -> Vec<&TeachingLine> {
    let mut lines: Vec<&TeachingLine> = pair
        .explanation
        .links
        .iter()
        .flat_map(|l| &l.teaching)
        .collect();
    lines.sort_by(|a, b| b.points.cmp(&a.points).then(a.skill.cmp(&b.skill)));
    lines
}

/// The suggested goals: first the best line of each learner (so that in a mutual pair
/// both have one), then the next best lines, at most [`MAX_GOALS`], no skill twice for
/// one learner.
pub fn goals(pair: &Pair, dir: &Directory, lang: Lang) -> Vec<String> {
    let lines = lines_by_gain(pair);
    let mut chosen: Vec<&TeachingLine> = Vec::new();
    for line in &lines {
        if !chosen.iter().any(|c| c.learner == line.learner) {
            chosen.push(line);
        }
    }
    for line in &lines {
        if !chosen
            .iter()
            .any(|c| c.learner == line.learner && c.skill == line.skill)
        {
            chosen.push(line);
        }
    }
    chosen.truncate(MAX_GOALS);
    chosen
        .iter()
        .map(|l| {
            let label = dir.skill(&l.skill);
            msg(
                lang,
                &Msg::KickoffGoal {
                    learner: &dir.name(&l.learner),
                    skill: TemplateSkill::from_id(&l.skill),
                    label: &label,
                },
            )
        })
        .collect()
}

/// The plan's lines: how many meetings, how long and how often; the first meeting; where.
pub fn plan_lines(programme: &Programme, lang: Lang) -> Vec<String> {
    let summary = msg(
        lang,
        &Msg::KickoffPlanSummary {
            meetings: programme.meetings,
            interval_weeks: programme.interval_weeks,
            minutes: programme.minutes,
        },
    );
    let first = match plan::start_date(programme) {
        Some(date) => msg(
            lang,
            &Msg::KickoffPlanFirst {
                date: &date_text(date, lang),
                time: &programme.time,
                zone: &programme.time_zone,
            },
        ),
        None => t(lang, Key::KickoffPlanNoDate).to_owned(),
    };
    let place = match programme.place.trim() {
        "" => t(lang, Key::KickoffPlaceOpen).to_owned(),
        place => msg(lang, &Msg::KickoffPlace { place }),
    };
    vec![summary, first, place]
}

/// "1. Fri 15 Jan 2027, 17:30", one per meeting; none before a start date is set.
pub fn date_lines(programme: &Programme, lang: Lang) -> Vec<String> {
    plan::meetings(programme)
        .unwrap_or_default()
        .iter()
        .map(|m| {
            msg(
                lang,
                &Msg::KickoffMeetingDate {
                    number: m.number,
                    date: &date_text(m.date(), lang),
                    time: &m.time().text(),
                },
            )
        })
        .collect()
}

/// The first meeting's agenda: introductions, goals and how to meet, a small exercise on
/// the skill with the largest gain, the next date.
pub fn agenda(pair: &Pair, mode: MatchingMode, dir: &Directory, lang: Lang) -> Vec<String> {
    let exercise = match lines_by_gain(pair).first() {
        Some(top) => msg(
            lang,
            &Msg::KickoffAgendaExercise {
                teacher: &dir.name(&top.teacher),
                learner: &dir.name(&top.learner),
                skill: &dir.skill(&top.skill),
            },
        ),
        None => t(lang, Key::KickoffAgendaExerciseOpen).to_owned(),
    };
    vec![
        msg(lang, &Msg::KickoffAgendaIntro { mode }),
        t(lang, Key::KickoffAgendaAgree).to_owned(),
        exercise,
        t(lang, Key::KickoffAgendaNext).to_owned(),
    ]
}

fn person(
    id: &str,
    index: usize,
    pair: &Pair,
    mode: MatchingMode,
    dir: &Directory,
    lang: Lang,
) -> KickoffPerson {
    let trio = pair.members.len() == 3;
    let lines = lines_by_gain(pair);
    let item = |line: &&TeachingLine, other: &str, to: bool| {
        let skill = dir.skill(&line.skill);
        let text = match (trio, to) {
            (false, _) => skill,
            (true, true) => msg(
                lang,
                &Msg::KickoffSkillTo {
                    skill: &skill,
                    name: &dir.name(other),
                },
            ),
            (true, false) => msg(
                lang,
                &Msg::KickoffSkillFrom {
                    skill: &skill,
                    name: &dir.name(other),
                },
            ),
        };
        SkillItem {
            text,
            wanted: line.wanted,
        }
    };
    let name = dir.name(id);
    let (generation, department) = dir.person(id).map_or((String::new(), None), |p| {
        (p.generation.clone(), p.department.clone())
    });
    let meta = match (generation.is_empty(), department.as_deref()) {
        (false, Some(department)) => msg(
            lang,
            &Msg::MemberMeta {
                generation: &generation,
                department,
            },
        ),
        (true, Some(department)) => department.to_owned(),
        (_, None) => generation,
    };
    KickoffPerson {
        role: match mode {
            MatchingMode::Reverse => Some(t(
                lang,
                if index == 0 {
                    Key::BoardMentor
                } else {
                    Key::BoardMentee
                },
            )),
            MatchingMode::Mutual => None,
        },
        teaches_heading: msg(lang, &Msg::KickoffTeaches { name: &name }),
        teaches: lines
            .iter()
            .filter(|l| l.teacher == id)
            .map(|l| item(l, &l.learner, true))
            .collect(),
        learns_heading: msg(lang, &Msg::KickoffLearns { name: &name }),
        learns: lines
            .iter()
            .filter(|l| l.learner == id)
            .map(|l| item(l, &l.teacher, false))
            .collect(),
        name,
        meta,
    }
}

/// The sheet of `pair`, a pair of `p`, for the workshop `w`.
pub fn kickoff_sheet(
    pair: &Pair,
    p: &Pairing,
    w: &Workshop,
    dir: &Directory,
    lang: Lang,
) -> KickoffSheet {
    let trio = pair.members.len() == 3;
    let number = pair.number as usize;
    let pair_heading = msg(lang, &Msg::PairHeading { trio, number });
    let programme = &w.programme;
    KickoffSheet {
        key: pair.members.join("+"),
        number,
        workshop: msg(
            lang,
            &Msg::PrintWorkshopRound {
                title: w.title.get(lang),
                round: p.round,
            },
        ),
        heading: msg(
            lang,
            &Msg::KickoffHeading {
                pair: &pair_heading,
            },
        ),
        people: pair
            .members
            .iter()
            .enumerate()
            .map(|(i, id)| person(id, i, pair, p.mode, dir, lang))
            .collect(),
        goals: goals(pair, dir, lang),
        plan: plan_lines(programme, lang),
        dates: date_lines(programme, lang),
        agenda: agenda(pair, p.mode, dir, lang),
        confidential: msg(lang, &Msg::KickoffConfidential { trio }),
        way_out: msg(lang, &Msg::KickoffWayOut { trio }),
        signers: pair.members.iter().map(|id| dir.name(id)).collect(),
        calendar_blocked: plan::start_date(programme).is_none().then(|| {
            msg(
                lang,
                &Msg::CalendarBlocked {
                    problem: &CalendarProblem::NoStartDate,
                },
            )
        }),
    }
}

/// Every pair's sheet, in the order of their numbers (the print view).
pub fn kickoff_sheets(p: &Pairing, w: &Workshop, dir: &Directory, lang: Lang) -> Vec<KickoffSheet> {
    p.pairs
        .iter()
        .map(|pair| kickoff_sheet(pair, p, w, dir, lang))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{demo_cohort, SAMPLE_PARTICIPANTS, SAMPLE_SEED};
    use crate::document::model::{Breakdown, Cohort, LinkExplanation, PairExplanation};
    use crate::matching::match_cohort;

    fn matched(mode: MatchingMode, lang: Lang) -> (Cohort, Pairing, Directory) {
        let cohort = demo_cohort(
            SAMPLE_PARTICIPANTS,
            SAMPLE_SEED,
            lang,
            "2026-11-26T09:00:00Z",
        );
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = mode;
        let pairing = match_cohort(&cohort, &settings).unwrap();
        let dir = Directory::new(&cohort, &settings, lang);
        (cohort, pairing, dir)
    }

    fn line(teacher: &str, learner: &str, skill: &str, points: i64, wanted: bool) -> TeachingLine {
        TeachingLine {
            teacher: teacher.into(),
            learner: learner.into(),
            skill: skill.into(),
            teacher_rating: 5,
            learner_rating: 1,
            wanted,
            points,
        }
    }

    fn link(a: &str, b: &str, teaching: Vec<TeachingLine>) -> LinkExplanation {
        LinkExplanation {
            members: [a.into(), b.into()],
            score: 0,
            teaching,
            breakdown: Breakdown::default(),
            generation_steps: 1,
            shared_department: None,
            earlier_round: None,
        }
    }

    fn pair_of(members: &[&str], links: Vec<LinkExplanation>) -> Pair {
        Pair {
            number: 4,
            members: members.iter().map(|m| (*m).to_owned()).collect(),
            score: 0,
            locked: false,
            explanation: PairExplanation {
                links,
                overrides: vec![],
                why_not: vec![],
                sat_out: vec![],
            },
        }
    }

    #[test]
    fn a_reverse_sheet_names_mentor_and_mentee_with_the_largest_gain_first() {
        let (cohort, p, dir) = matched(MatchingMode::Reverse, Lang::En);
        let pair = &p.pairs[0];
        let sheet = kickoff_sheet(pair, &p, &cohort.workshop, &dir, Lang::En);
        assert_eq!(
            sheet.heading,
            format!("Kickoff sheet: Pair {}", pair.number)
        );
        assert_eq!(sheet.workshop, "Sample workshop — Round 1");
        let [mentor, mentee] = &sheet.people[..] else {
            panic!("a pair")
        };
        assert_eq!((mentor.role, mentee.role), (Some("Mentor"), Some("Mentee")));
        assert_eq!(mentor.name, dir.name(&pair.members[0]));
        assert_eq!(
            mentor.teaches_heading,
            format!("What {} teaches", mentor.name)
        );
        assert!(
            mentee.teaches.is_empty() && mentor.learns.is_empty(),
            "in reverse mode only the mentor teaches"
        );
        let first = lines_by_gain(pair)[0];
        assert_eq!(mentor.teaches[0].text, dir.skill(&first.skill));
        assert_eq!(mentee.learns.len(), mentor.teaches.len());
        assert!(!sheet.goals.is_empty() && sheet.goals.len() <= MAX_GOALS);
        assert!(
            sheet
                .goals
                .iter()
                .all(|g| g.starts_with(&format!("{}: ", mentee.name))),
            "{:?}",
            sheet.goals
        );
        assert_eq!(sheet.agenda.len(), 4);
        assert!(
            sheet.agenda[0].contains("the mentee says what they want to learn"),
            "{}",
            sheet.agenda[0]
        );
        assert!(sheet.agenda[2].contains(&format!(
            "{} shows {} one thing in {}",
            mentor.name,
            mentee.name,
            dir.skill(&first.skill)
        )));
        assert!(sheet.confidential.contains("the two of you"));
        assert_eq!(sheet.signers, [mentor.name.clone(), mentee.name.clone()]);
        // No start date yet: the plan says so, and the calendar says where to set it.
        assert_eq!(
            sheet.plan,
            [
                "6 meetings of 60 minutes, every 4 weeks",
                "First meeting: a date you agree on together (none is set yet).",
                "Place: online, or a place you agree on."
            ]
        );
        assert!(sheet.dates.is_empty());
        assert!(sheet
            .calendar_blocked
            .as_deref()
            .is_some_and(|m| m.contains("Programme after the match")));
    }

    #[test]
    fn the_plan_gives_every_date_once_a_start_is_set() {
        let (mut cohort, p, dir) = matched(MatchingMode::Reverse, Lang::Ja);
        cohort.workshop.programme = Programme {
            meetings: 3,
            interval_weeks: 2,
            starts_on: Some("2027-01-15".into()),
            time: "17:30".into(),
            place: "本社 5階 第1会議室".into(),
            ..Programme::default()
        };
        let sheet = kickoff_sheet(&p.pairs[0], &p, &cohort.workshop, &dir, Lang::Ja);
        assert_eq!(
            sheet.plan,
            [
                "2週間ごとに、1回60分の面談を3回",
                "初回：2027年1月15日（金） 17:30（Asia/Tokyo）",
                "場所：本社 5階 第1会議室"
            ]
        );
        assert_eq!(
            sheet.dates,
            [
                "第1回　2027年1月15日（金） 17:30",
                "第2回　2027年1月29日（金） 17:30",
                "第3回　2027年2月12日（金） 17:30"
            ]
        );
        assert_eq!(sheet.calendar_blocked, None);
        assert!(sheet.goals[0].contains("さん："), "{:?}", sheet.goals);
        assert_eq!(
            kickoff_sheets(&p, &cohort.workshop, &dir, Lang::Ja).len(),
            p.pairs.len()
        );
    }

    #[test]
    fn a_mutual_pair_gets_a_goal_for_each_and_template_goal_sentences() {
        let (cohort, p, _) = matched(MatchingMode::Mutual, Lang::En);
        let dir = Directory::new(&cohort, &p.settings, Lang::En);
        let pair = pair_of(
            &["p1", "p2"],
            vec![link(
                "p1",
                "p2",
                vec![
                    line("p1", "p2", "ai_tools", 8, true),
                    line("p1", "p2", "social_media", 6, false),
                    line("p2", "p1", "negotiation", 3, false),
                    line("p2", "p1", "cooking", 2, false),
                ],
            )],
        );
        let suggested = goals(&pair, &dir, Lang::En);
        assert_eq!(
            suggested,
            [
                "p2: Use a generative AI tool to draft a weekly report",
                "p1: Plan a real negotiation: what you want, what you can give, where you stop",
                "p2: Follow and post on a social network your customers use",
            ]
        );
        let sheet = kickoff_sheet(&pair, &p, &cohort.workshop, &dir, Lang::En);
        assert_eq!(sheet.people[0].role, None);
        assert_eq!(
            sheet.people[0]
                .teaches
                .iter()
                .map(|s| (s.text.as_str(), s.wanted))
                .collect::<Vec<_>>(),
            [("Generative AI tools", true), ("Social media", false)]
        );
        assert!(sheet.agenda[0].contains("what each of you wants"));
        // A skill without a goal sentence of its own gets the general one, with its label.
        let only_other = pair_of(
            &["p1", "p2"],
            vec![link(
                "p1",
                "p2",
                vec![line("p2", "p1", "cooking", 2, false)],
            )],
        );
        assert_eq!(
            goals(&only_other, &dir, Lang::Ja),
            ["p1さん：「cooking」を実際の仕事でひとつ使ってみる"]
        );
    }

    #[test]
    fn a_trio_says_who_teaches_whom_and_speaks_of_three() {
        let (cohort, p, dir) = matched(MatchingMode::Mutual, Lang::En);
        let trio = pair_of(
            &["a", "b", "c"],
            vec![
                link("a", "b", vec![line("a", "b", "ai_tools", 4, false)]),
                link("a", "c", vec![line("c", "a", "negotiation", 6, true)]),
                link("b", "c", vec![]),
            ],
        );
        let sheet = kickoff_sheet(&trio, &p, &cohort.workshop, &dir, Lang::En);
        assert_eq!(sheet.heading, "Kickoff sheet: Trio 4");
        assert_eq!(
            sheet.people[0].teaches[0].text,
            "Generative AI tools (to b)"
        );
        assert_eq!(
            sheet.people[0].learns[0],
            SkillItem {
                text: "Negotiation (from c)".into(),
                wanted: true
            }
        );
        assert!(sheet.confidential.contains("the three of you") && sheet.way_out.contains("trio"));
        assert_eq!(sheet.signers.len(), 3);
        // Nothing to teach at all: a general first exercise, no goals to suggest.
        let bare = pair_of(&["a", "b"], vec![link("a", "b", vec![])]);
        let sheet = kickoff_sheet(&bare, &p, &cohort.workshop, &dir, Lang::En);
        assert!(sheet.goals.is_empty());
        assert_eq!(sheet.agenda[2], t(Lang::En, Key::KickoffAgendaExerciseOpen));
    }
}
