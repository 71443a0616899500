//! The matching board as view models: the result's summary, each pair's card (members,
//! score, the strongest "who teaches whom" lines), its full explanation, the people
//! without a partner, and the print cards. Everything a board component shows is
//! computed here from the pairing and a [`Directory`], in the facilitator's language.
//!
//! Pure: the components render these and dispatch board actions.

use crate::document::model::{Lang, LinkExplanation, MatchingMode, Pair, Pairing, TeachingLine};
use crate::i18n::{self, msg, t, Key, Msg};
use crate::view::people::Directory;

/// Teaching lines shown on a closed card.
pub const TOP_LINES: usize = 3;

/// The result's summary above the cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub round: u32,
    pub pairs: usize,
    pub total: i64,
    pub lowest: Option<i64>,
    pub mode: &'static str,
    pub optimal: bool,
    /// "Proven optimal" or "Adjusted by hand".
    pub state: &'static str,
}

pub fn summary(p: &Pairing, lang: Lang) -> Summary {
    Summary {
        round: p.round,
        pairs: p.pairs.len(),
        total: p.total_score,
        lowest: p.min_pair_score,
        mode: t(lang, match p.mode {
            MatchingMode::Mutual => Key::BoardModeMutualShort,
            MatchingMode::Reverse => Key::BoardModeReverseShort,
        }),
        optimal: p.optimal,
        state: t(lang, if p.optimal { Key::BoardOptimal } else { Key::BoardEdited }),
    }
}

/// One member of a pair as a card shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberView {
    /// "Mentor" / "Mentee" in reverse mode.
    pub role: Option<&'static str>,
    pub name: String,
    /// "Gen X · Sales" ("no department" when none is given).
    pub meta: String,
}

/// A pair's card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairCard {
    /// The members' ids, which name the pair in board actions.
    pub members: Vec<String>,
    /// `members` joined with "+": a stable key and a handle for tests.
    pub key: String,
    /// The card's position, 1 for the first.
    pub number: usize,
    pub heading: String,
    pub locked: bool,
    /// "12 points".
    pub score: String,
    pub people: Vec<MemberView>,
    /// The [`TOP_LINES`] lines that teach most, strongest first.
    pub top_lines: Vec<String>,
    /// "Move Ann to this pair", when someone else is chosen to be moved.
    pub move_here: Option<MoveHere>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveHere {
    pub person: String,
    pub label: String,
}

fn member_views(members: &[String], mode: MatchingMode, dir: &Directory, lang: Lang) -> Vec<MemberView> {
    members
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let role = match mode {
                MatchingMode::Reverse => Some(t(lang, if i == 0 { Key::BoardMentor } else { Key::BoardMentee })),
                MatchingMode::Mutual => None,
            };
            match dir.person(id) {
                Some(p) => {
                    let department = p.department.as_deref().unwrap_or(t(lang, Key::BoardNoDepartment));
                    MemberView {
                        role,
                        name: p.name.clone(),
                        meta: msg(lang, &Msg::MemberMeta { generation: &p.generation, department }),
                    }
                }
                None => MemberView { role, name: id.clone(), meta: String::new() },
            }
        })
        .collect()
}

fn line_text(line: &TeachingLine, want_weight: u32, dir: &Directory, lang: Lang) -> String {
    i18n::teaching_line(lang, &dir.name(&line.teacher), &dir.name(&line.learner), &dir.skill(&line.skill), line, want_weight)
}

/// The card of `pair`, the `number`th of the result; `mover` is the person chosen to be
/// moved, if any.
pub fn pair_card(pair: &Pair, number: usize, p: &Pairing, dir: &Directory, mover: Option<&str>, lang: Lang) -> PairCard {
    let mut lines: Vec<&TeachingLine> = pair.explanation.links.iter().flat_map(|l| &l.teaching).collect();
    lines.sort_by(|a, b| b.points.cmp(&a.points).then(a.skill.cmp(&b.skill)));
    let top_lines = lines.iter().take(TOP_LINES).map(|l| line_text(l, p.settings.want_weight, dir, lang)).collect();
    let move_here = mover.filter(|m| !pair.members.iter().any(|x| x == m)).map(|person| MoveHere {
        person: person.to_owned(),
        label: msg(lang, &Msg::MoveHere { name: &dir.name(person) }),
    });
    PairCard {
        members: pair.members.clone(),
        key: pair.members.join("+"),
        number,
        heading: msg(lang, &Msg::PairHeading { trio: pair.members.len() == 3, number }),
        locked: pair.locked,
        score: msg(lang, &Msg::Points { points: pair.score }),
        people: member_views(&pair.members, p.mode, dir, lang),
        top_lines,
        move_here,
    }
}

/// One link of a pair's explanation (one for a pair, three for a trio).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkView {
    /// "Ann × Ben" for a trio's links; `None` for a pair.
    pub title: Option<String>,
    /// "2 generation steps apart; same department (Sales)".
    pub facts: String,
    pub lines: Vec<String>,
    /// The parts of the score that are not zero (skills always), label and signed value.
    pub breakdown: Vec<(&'static str, String)>,
    pub total: i64,
}

/// A pair's full explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub links: Vec<LinkView>,
    /// The hard rules a locked or hand-made pair overrides, listed.
    pub overrides: Option<String>,
    pub why_not: Vec<String>,
}

fn link_view(l: &LinkExplanation, trio: bool, want_weight: u32, dir: &Directory, lang: Lang) -> LinkView {
    let b = &l.breakdown;
    let parts = [
        (Key::BoardSkillPoints, b.skills),
        (Key::BoardReciprocity, b.reciprocity_bonus),
        (Key::BoardGenerationBonus, b.generation_bonus),
        (Key::BoardSameDepartmentPenalty, b.same_department_penalty),
        (Key::BoardRepeatPenalty, b.repeat_partner_penalty),
    ];
    LinkView {
        title: trio.then(|| msg(lang, &Msg::TwoPeople { first: &dir.name(&l.members[0]), second: &dir.name(&l.members[1]) })),
        facts: i18n::link_facts(lang, l),
        lines: l.teaching.iter().map(|line| line_text(line, want_weight, dir, lang)).collect(),
        breakdown: parts
            .iter()
            .filter(|(k, v)| *v != 0 || *k == Key::BoardSkillPoints)
            .map(|(k, v)| (t(lang, *k), format!("{v:+}")))
            .collect(),
        total: l.score,
    }
}

pub fn details(pair: &Pair, want_weight: u32, dir: &Directory, lang: Lang) -> Details {
    let trio = pair.members.len() == 3;
    let overrides = &pair.explanation.overrides;
    Details {
        links: pair.explanation.links.iter().map(|l| link_view(l, trio, want_weight, dir, lang)).collect(),
        overrides: (!overrides.is_empty())
            .then(|| overrides.iter().map(|c| i18n::constraint_name(lang, *c)).collect::<Vec<_>>().join(", ")),
        why_not: pair
            .explanation
            .why_not
            .iter()
            .map(|r| i18n::runner_up(lang, &dir.name(&r.member), &dir.name(&r.partner), r))
            .collect(),
    }
}

/// Someone without a partner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmatchedView {
    pub name: String,
    pub generation: String,
    pub reason: String,
}

pub fn unmatched(p: &Pairing, dir: &Directory, lang: Lang) -> Vec<UnmatchedView> {
    let names = |id: &str| dir.name(id);
    p.unmatched
        .iter()
        .map(|u| UnmatchedView {
            name: dir.name(&u.participant_id),
            generation: dir.person(&u.participant_id).map(|p| p.generation.clone()).unwrap_or_default(),
            reason: i18n::unmatched_reason(lang, &u.reason, &names),
        })
        .collect()
}

/// One A4 card of the print view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintCard {
    /// "Spring workshop — Round 2".
    pub workshop: String,
    pub heading: String,
    pub people: Vec<PrintMember>,
    pub lines: Vec<String>,
    pub score: String,
}

/// A member on a print card: the role (empty in mutual mode), the name, "Gen X · Sales".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintMember {
    pub role: &'static str,
    pub name: String,
    pub meta: String,
}

pub fn print_cards(title: &str, p: &Pairing, dir: &Directory, lang: Lang) -> Vec<PrintCard> {
    let workshop = msg(lang, &Msg::PrintWorkshopRound { title, round: p.round });
    p.pairs
        .iter()
        .enumerate()
        .map(|(i, pair)| PrintCard {
            workshop: workshop.clone(),
            heading: msg(lang, &Msg::PairHeading { trio: pair.members.len() == 3, number: i + 1 }),
            people: pair
                .members
                .iter()
                .enumerate()
                .map(|(k, id)| {
                    let role = match p.mode {
                        MatchingMode::Reverse => t(lang, if k == 0 { Key::BoardMentor } else { Key::BoardMentee }),
                        MatchingMode::Mutual => "",
                    };
                    match dir.person(id) {
                        Some(person) => PrintMember {
                            role,
                            name: person.name.clone(),
                            meta: msg(lang, &Msg::MemberMeta {
                                generation: &person.generation,
                                department: person.department.as_deref().unwrap_or_default(),
                            }),
                        },
                        None => PrintMember { role, name: id.clone(), meta: String::new() },
                    }
                })
                .collect(),
            lines: pair
                .explanation
                .links
                .iter()
                .flat_map(|l| &l.teaching)
                .map(|line| line_text(line, p.settings.want_weight, dir, lang))
                .collect(),
            score: msg(lang, &Msg::PrintScore { points: pair.score }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::Cohort;
    use crate::matching::match_cohort;

    fn matched(mode: MatchingMode) -> (Cohort, Pairing) {
        let cohort = demo_cohort(14, 6, Lang::Ja, "2026-11-26T09:00:00Z");
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = mode;
        let pairing = match_cohort(&cohort, &settings).unwrap();
        (cohort, pairing)
    }

    #[test]
    fn a_card_shows_the_strongest_lines_first_and_roles_in_reverse_mode() {
        let (cohort, p) = matched(MatchingMode::Reverse);
        let dir = Directory::new(&cohort, &p.settings, Lang::En);
        let pair = &p.pairs[0];
        let card = pair_card(pair, 1, &p, &dir, None, Lang::En);
        assert_eq!(card.heading, "Pair 1");
        assert_eq!(card.key, pair.members.join("+"));
        assert_eq!(card.people[0].role, Some("Mentor"));
        assert_eq!(card.people[1].role, Some("Mentee"));
        assert_eq!(card.people[0].name, dir.name(&pair.members[0]));
        let mut points: Vec<i64> = pair.explanation.links.iter().flat_map(|l| &l.teaching).map(|l| l.points).collect();
        points.sort_by(|a, b| b.cmp(a));
        assert_eq!(card.top_lines.len(), points.len().min(TOP_LINES));
        for (line, pts) in card.top_lines.iter().zip(&points) {
            assert!(line.ends_with(&msg(Lang::En, &Msg::Points { points: *pts })), "{line}");
        }
        assert_eq!(card.score, msg(Lang::En, &Msg::Points { points: pair.score }));
        assert_eq!(card.move_here, None);
    }

    #[test]
    fn a_chosen_person_can_be_moved_into_every_other_pair() {
        let (cohort, p) = matched(MatchingMode::Mutual);
        let dir = Directory::new(&cohort, &p.settings, Lang::Ja);
        let mover = p.pairs[0].members[0].clone();
        let own = pair_card(&p.pairs[0], 1, &p, &dir, Some(&mover), Lang::Ja);
        assert_eq!(own.move_here, None, "not into their own pair");
        let other = pair_card(&p.pairs[1], 2, &p, &dir, Some(&mover), Lang::Ja);
        let expected = format!("{}さんをこの組へ移す", dir.name(&mover));
        assert_eq!(other.move_here, Some(MoveHere { person: mover, label: expected }));
        assert!(other.people.iter().all(|m| m.role.is_none()), "mutual mode has no roles");
    }

    #[test]
    fn details_break_the_score_down_to_its_total() {
        let (cohort, p) = matched(MatchingMode::Mutual);
        let dir = Directory::new(&cohort, &p.settings, Lang::En);
        for pair in &p.pairs {
            let d = details(pair, p.settings.want_weight, &dir, Lang::En);
            assert_eq!(d.links.len(), pair.explanation.links.len());
            for (view, link) in d.links.iter().zip(&pair.explanation.links) {
                let sum: i64 = view.breakdown.iter().map(|(_, v)| v.parse::<i64>().unwrap()).sum();
                assert_eq!(sum, link.score, "the shown parts add up to the link's score");
                assert_eq!(view.total, link.score);
                assert_eq!(view.lines.len(), link.teaching.len());
                assert_eq!(view.title.is_some(), pair.members.len() == 3);
            }
            assert_eq!(d.why_not.len(), pair.explanation.why_not.len());
        }
    }

    #[test]
    fn print_cards_and_the_unmatched_list_name_people() {
        let (cohort, p) = matched(MatchingMode::Reverse);
        let dir = Directory::new(&cohort, &p.settings, Lang::Ja);
        let cards = print_cards("春のワークショップ", &p, &dir, Lang::Ja);
        assert_eq!(cards.len(), p.pairs.len());
        assert_eq!(cards[0].workshop, format!("春のワークショップ — ラウンド {}", p.round));
        assert_eq!(cards[0].people[0].role, "メンター");
        let gone = unmatched(&p, &dir, Lang::Ja);
        assert_eq!(gone.len(), p.unmatched.len());
        for (view, u) in gone.iter().zip(&p.unmatched) {
            assert_eq!(view.name, dir.name(&u.participant_id));
            assert!(view.reason.ends_with('。'), "{}", view.reason);
        }
        let s = summary(&p, Lang::Ja);
        assert_eq!((s.round, s.pairs, s.total, s.mode, s.optimal), (p.round, p.pairs.len(), p.total_score, "リバース", true));
    }
}
