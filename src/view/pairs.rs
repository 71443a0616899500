//! The matching board as view models: the result's summary, each pair's card (members,
//! score, the strongest "who teaches whom" lines), its full explanation, the people
//! without a partner, and the print cards. Everything a board component shows is
//! computed here from the pairing and a [`Directory`], in the facilitator's language.
//!
//! Pure: the components render these and dispatch board actions.

use crate::document::model::{
    Constraint, Lang, LinkExplanation, MatchingMode, Pair, Pairing, TeachingLine, UnmatchedKind,
    UnmatchedReason,
};
use crate::i18n::{self, msg, t, Key, Msg};
use crate::matching::suggest::{Alternative, Suggestion};
use crate::view::people::Directory;
use std::collections::{BTreeMap, BTreeSet};

/// Teaching lines shown on a closed card.
pub const TOP_LINES: usize = 3;

/// The heading of a pair's teaching lines: "who teaches what" (教えること) in reverse
/// mode, where the mentor teaches; in mutual mode, where both do, "教え合うこと".
pub fn teaching_heading(mode: MatchingMode, lang: Lang) -> &'static str {
    t(
        lang,
        match mode {
            MatchingMode::Mutual => Key::ExportWhoTeaches,
            MatchingMode::Reverse => Key::WhoTeachesReverse,
        },
    )
}

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
        mode: t(
            lang,
            match p.mode {
                MatchingMode::Mutual => Key::BoardModeMutualShort,
                MatchingMode::Reverse => Key::BoardModeReverseShort,
            },
        ),
        optimal: p.optimal,
        state: t(
            lang,
            if p.optimal {
                Key::BoardOptimal
            } else {
                Key::BoardEdited
            },
        ),
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
    /// The pair's number ([`Pair::number`]): kept while the pair lasts.
    pub number: usize,
    pub heading: String,
    pub locked: bool,
    /// "12 points".
    pub score: String,
    pub people: Vec<MemberView>,
    /// The heading of the teaching lines ([`teaching_heading`]).
    pub teaching_heading: &'static str,
    /// The [`TOP_LINES`] lines that teach most, strongest first.
    pub top_lines: Vec<String>,
    /// Who had no partner in the last round and so came first in this one, in a sentence.
    pub sat_out: Option<String>,
    /// "Move Ann to this pair", when someone else is chosen to be moved.
    pub move_here: Option<MoveHere>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveHere {
    pub person: String,
    pub label: String,
}

fn member_views(
    members: &[String],
    mode: MatchingMode,
    dir: &Directory,
    lang: Lang,
) -> Vec<MemberView> {
    members
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let role = match mode {
                MatchingMode::Reverse => Some(t(
                    lang,
                    if i == 0 {
                        Key::BoardMentor
                    } else {
                        Key::BoardMentee
                    },
                )),
                MatchingMode::Mutual => None,
            };
            match dir.person(id) {
                Some(p) => {
                    let department = p
                        .department
                        .as_deref()
                        .unwrap_or(t(lang, Key::BoardNoDepartment));
                    MemberView {
                        role,
                        name: p.name.clone(),
                        meta: msg(
                            lang,
                            &Msg::MemberMeta {
                                generation: &p.generation,
                                department,
                            },
                        ),
                    }
                }
                None => MemberView {
                    role,
                    name: id.clone(),
                    meta: String::new(),
                },
            }
        })
        .collect()
}

fn line_text(line: &TeachingLine, want_weight: u32, dir: &Directory, lang: Lang) -> String {
    i18n::teaching_line(
        lang,
        &dir.name(&line.teacher),
        &dir.name(&line.learner),
        &dir.skill(&line.skill),
        line,
        want_weight,
    )
}

/// The card of `pair`, a pair of `p`; `mover` is the person chosen to be moved, if any.
pub fn pair_card(
    pair: &Pair,
    p: &Pairing,
    dir: &Directory,
    mover: Option<&str>,
    lang: Lang,
) -> PairCard {
    let number = pair.number as usize;
    let mut lines: Vec<&TeachingLine> = pair
        .explanation
        .links
        .iter()
        .flat_map(|l| &l.teaching)
        .collect();
    lines.sort_by(|a, b| b.points.cmp(&a.points).then(a.skill.cmp(&b.skill)));
    let top_lines = lines
        .iter()
        .take(TOP_LINES)
        .map(|l| line_text(l, p.settings.want_weight, dir, lang))
        .collect();
    let move_here = mover
        .filter(|m| !pair.members.iter().any(|x| x == m))
        .map(|person| MoveHere {
            person: person.to_owned(),
            label: msg(
                lang,
                &Msg::MoveHere {
                    name: &dir.name(person),
                },
            ),
        });
    PairCard {
        members: pair.members.clone(),
        key: pair.members.join("+"),
        number,
        heading: msg(
            lang,
            &Msg::PairHeading {
                trio: pair.members.len() == 3,
                number,
            },
        ),
        locked: pair.locked,
        score: msg(lang, &Msg::Points { points: pair.score }),
        people: member_views(&pair.members, p.mode, dir, lang),
        teaching_heading: teaching_heading(p.mode, lang),
        top_lines,
        sat_out: sat_out_sentence(pair, p, dir, lang),
        move_here,
    }
}

/// "Ann had no partner in round 1, so came first this time.", or `None`.
fn sat_out_sentence(pair: &Pair, p: &Pairing, dir: &Directory, lang: Lang) -> Option<String> {
    let ids = &pair.explanation.sat_out;
    let round = p.earlier_rounds.iter().copied().max()?;
    (!ids.is_empty()).then(|| {
        let names: Vec<String> = ids.iter().map(|id| dir.name(id)).collect();
        msg(
            lang,
            &Msg::SatOutFirst {
                names: &names,
                round,
            },
        )
    })
}

/// One link of a pair's explanation (one for a pair, three for a trio).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkView {
    /// "Ann × Ben" for a trio's links; `None` for a pair.
    pub title: Option<String>,
    /// "2 generations apart: +2 points. Same department (Sales)."
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

fn link_view(
    l: &LinkExplanation,
    trio: bool,
    want_weight: u32,
    dir: &Directory,
    lang: Lang,
) -> LinkView {
    let b = &l.breakdown;
    let parts = [
        (Key::BoardSkillPoints, b.skills),
        (Key::BoardReciprocity, b.reciprocity_bonus),
        (Key::BoardGenerationBonus, b.generation_bonus),
        (Key::BoardSameDepartmentPenalty, b.same_department_penalty),
        (Key::BoardRepeatPenalty, b.repeat_partner_penalty),
    ];
    LinkView {
        title: trio.then(|| {
            msg(
                lang,
                &Msg::TwoPeople {
                    first: &dir.name(&l.members[0]),
                    second: &dir.name(&l.members[1]),
                },
            )
        }),
        facts: i18n::link_facts(lang, l),
        lines: l
            .teaching
            .iter()
            .map(|line| line_text(line, want_weight, dir, lang))
            .collect(),
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
        links: pair
            .explanation
            .links
            .iter()
            .map(|l| link_view(l, trio, want_weight, dir, lang))
            .collect(),
        overrides: (!overrides.is_empty()).then(|| {
            overrides
                .iter()
                .map(|c| i18n::constraint_name(lang, *c))
                .collect::<Vec<_>>()
                .join(", ")
        }),
        why_not: pair
            .explanation
            .why_not
            .iter()
            .map(|r| i18n::runner_up(lang, &dir.name(&r.member), &dir.name(&r.partner), r))
            .collect(),
    }
}

/// People without a partner for one reason: one sentence for the group, what the
/// facilitator can do, and the people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmatchedGroup {
    pub kind: UnmatchedKind,
    pub sentence: String,
    pub advice: String,
    pub people: Vec<UnmatchedPerson>,
}

/// Someone without a partner: the name and the generation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmatchedPerson {
    pub name: String,
    pub generation: String,
}

/// The people without a partner, grouped by the kind of reason (in the order of
/// [`UnmatchedKind`]), each group's people in the pairing's order.
pub fn unmatched_groups(p: &Pairing, dir: &Directory, lang: Lang) -> Vec<UnmatchedGroup> {
    let mut groups: BTreeMap<UnmatchedKind, (Vec<UnmatchedPerson>, BTreeSet<Constraint>)> =
        BTreeMap::new();
    for u in &p.unmatched {
        let (people, rules) = groups.entry(u.reason.kind()).or_default();
        people.push(UnmatchedPerson {
            name: dir.name(&u.participant_id),
            generation: dir
                .person(&u.participant_id)
                .map(|p| p.generation.clone())
                .unwrap_or_default(),
        });
        if let UnmatchedReason::NoAllowedPartner { excluded } = &u.reason {
            rules.extend(excluded.iter().map(|e| e.constraint));
        }
    }
    groups
        .into_iter()
        .map(|(kind, (people, rules))| {
            let rules: Vec<&str> = rules
                .into_iter()
                .map(|c| i18n::constraint_name(lang, c))
                .collect();
            let rules = rules.join(t(lang, Key::ListSeparator));
            UnmatchedGroup {
                kind,
                sentence: msg(
                    lang,
                    &Msg::UnmatchedGroup {
                        kind,
                        mode: p.mode,
                        n: people.len(),
                        rules: &rules,
                    },
                ),
                advice: msg(lang, &Msg::UnmatchedAdvice { kind, mode: p.mode }),
                people,
            }
        })
        .collect()
}

/// A way to pair more people, as the board offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestionView {
    pub sentence: String,
    pub alternative: Alternative,
}

pub fn suggestions(list: &[Suggestion], lang: Lang) -> Vec<SuggestionView> {
    list.iter()
        .map(|s| SuggestionView {
            sentence: msg(
                lang,
                &Msg::Suggestion {
                    alternative: s.alternative,
                    paired: s.paired,
                    people: s.people,
                },
            ),
            alternative: s.alternative,
        })
        .collect()
}

/// One A4 card of the print view: what a pair takes home. No points: the names, and
/// what each teaches the other in words (the points stay on the board, for the
/// facilitator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintCard {
    /// "Spring workshop — Round 2".
    pub workshop: String,
    pub heading: String,
    pub people: Vec<PrintMember>,
    /// "Who teaches what" (教え合うこと), or in reverse mode "What the mentor teaches"
    /// (教えること).
    pub teaching_heading: &'static str,
    /// One line per teacher and learner: "Ann teaches Ben: AI tools, Social media", the
    /// skills that teach most first.
    pub lines: Vec<String>,
}

/// A member on a print card: the role (empty in mutual mode), the name, "Gen X · Sales"
/// (the generation alone when no department is given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintMember {
    pub role: &'static str,
    pub name: String,
    pub meta: String,
}

/// The generation and department of a printed member, without a separator left hanging
/// when either is missing.
fn print_meta(generation: &str, department: Option<&str>, lang: Lang) -> String {
    match (generation.is_empty(), department) {
        (false, Some(department)) => msg(
            lang,
            &Msg::MemberMeta {
                generation,
                department,
            },
        ),
        (true, Some(department)) => department.to_owned(),
        (_, None) => generation.to_owned(),
    }
}

/// "Ann teaches Ben: …" for each teacher and learner of `pair`, in the order of their
/// strongest line, each one's skills strongest first.
fn print_lines(pair: &Pair, dir: &Directory, lang: Lang) -> Vec<String> {
    let mut lines: Vec<&TeachingLine> = pair
        .explanation
        .links
        .iter()
        .flat_map(|l| &l.teaching)
        .collect();
    lines.sort_by(|a, b| b.points.cmp(&a.points).then(a.skill.cmp(&b.skill)));
    let mut by_direction: Vec<((&str, &str), Vec<String>)> = Vec::new();
    for line in lines {
        let key = (line.teacher.as_str(), line.learner.as_str());
        let skill = dir.skill(&line.skill);
        match by_direction.iter_mut().find(|(k, _)| *k == key) {
            Some((_, skills)) => skills.push(skill),
            None => by_direction.push((key, vec![skill])),
        }
    }
    by_direction
        .into_iter()
        .map(|((teacher, learner), skills)| {
            let skills = skills.join(t(lang, Key::ListSeparator));
            msg(
                lang,
                &Msg::PrintTeaches {
                    teacher: &dir.name(teacher),
                    learner: &dir.name(learner),
                    skills: &skills,
                },
            )
        })
        .collect()
}

/// The print cards of `p`, one per pair, in the order of their numbers.
pub fn print_cards(title: &str, p: &Pairing, dir: &Directory, lang: Lang) -> Vec<PrintCard> {
    let workshop = msg(
        lang,
        &Msg::PrintWorkshopRound {
            title,
            round: p.round,
        },
    );
    let teaching_heading = teaching_heading(p.mode, lang);
    p.pairs
        .iter()
        .map(|pair| PrintCard {
            workshop: workshop.clone(),
            heading: msg(
                lang,
                &Msg::PairHeading {
                    trio: pair.members.len() == 3,
                    number: pair.number as usize,
                },
            ),
            people: pair
                .members
                .iter()
                .enumerate()
                .map(|(k, id)| {
                    let role = match p.mode {
                        MatchingMode::Reverse => t(
                            lang,
                            if k == 0 {
                                Key::BoardMentor
                            } else {
                                Key::BoardMentee
                            },
                        ),
                        MatchingMode::Mutual => "",
                    };
                    match dir.person(id) {
                        Some(person) => PrintMember {
                            role,
                            name: person.name.clone(),
                            meta: print_meta(
                                &person.generation,
                                person.department.as_deref(),
                                lang,
                            ),
                        },
                        None => PrintMember {
                            role,
                            name: id.clone(),
                            meta: String::new(),
                        },
                    }
                })
                .collect(),
            teaching_heading,
            lines: print_lines(pair, dir, lang),
        })
        .collect()
}

/// The print view's last page, for the facilitator: who has no partner, grouped by reason
/// as on the board. `None` when everyone has a partner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintUnmatched {
    /// "Spring workshop — Round 2".
    pub workshop: String,
    /// "Without a partner (3)".
    pub heading: String,
    pub groups: Vec<UnmatchedGroup>,
}

pub fn print_unmatched(
    title: &str,
    p: &Pairing,
    dir: &Directory,
    lang: Lang,
) -> Option<PrintUnmatched> {
    (!p.unmatched.is_empty()).then(|| PrintUnmatched {
        workshop: msg(
            lang,
            &Msg::PrintWorkshopRound {
                title,
                round: p.round,
            },
        ),
        heading: msg(
            lang,
            &Msg::UnmatchedHeading {
                n: p.unmatched.len(),
            },
        ),
        groups: unmatched_groups(p, dir, lang),
    })
}

/// The whole print view: a card per pair, then the page of the people without a partner.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrintView {
    pub cards: Vec<PrintCard>,
    pub unmatched: Option<PrintUnmatched>,
}

pub fn print_view(title: &str, p: &Pairing, dir: &Directory, lang: Lang) -> PrintView {
    PrintView {
        cards: print_cards(title, p, dir, lang),
        unmatched: print_unmatched(title, p, dir, lang),
    }
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

    /// The seeded sample: everyone who sat out round 1 is paired in round 2 (the sample
    /// allows it), and their card says why they came first.
    #[test]
    fn those_who_sat_out_come_first_in_the_next_round_and_their_card_says_so() {
        use crate::demo::{SAMPLE_PARTICIPANTS, SAMPLE_SEED};
        let mut cohort = demo_cohort(
            SAMPLE_PARTICIPANTS,
            SAMPLE_SEED,
            Lang::Ja,
            "2026-11-26T09:00:00Z",
        );
        let settings = cohort.workshop.matching.clone();
        let first = match_cohort(&cohort, &settings).unwrap();
        let sat_out: Vec<String> = first
            .unmatched
            .iter()
            .map(|u| u.participant_id.clone())
            .collect();
        assert!(!sat_out.is_empty());
        cohort.rounds.push(first);
        let second = match_cohort(&cohort, &settings).unwrap();
        let dir = Directory::new(&cohort, &settings, Lang::Ja);
        for id in &sat_out {
            let pair = second
                .pairs
                .iter()
                .find(|p| p.members.contains(id))
                .expect("paired in round 2");
            assert!(pair.explanation.sat_out.contains(id));
            let card = pair_card(pair, &second, &dir, None, Lang::Ja);
            let sentence = card.sat_out.expect("the card says why");
            assert!(
                sentence.contains(&format!("{}さん", dir.name(id)))
                    && sentence.contains("ラウンド1"),
                "{sentence}"
            );
        }
        // Nobody else is said to have sat out.
        let said: Vec<&String> = second
            .pairs
            .iter()
            .flat_map(|p| &p.explanation.sat_out)
            .collect();
        assert_eq!(said.len(), sat_out.len());
        let en = pair_card(
            &second.pairs[0],
            &second,
            &Directory::new(&cohort, &settings, Lang::En),
            None,
            Lang::En,
        );
        if let Some(s) = en.sat_out {
            assert!(
                s.ends_with("no partner in round 1, so came first this time."),
                "{s}"
            );
        }
    }

    #[test]
    fn a_card_shows_the_strongest_lines_first_and_roles_in_reverse_mode() {
        let (cohort, p) = matched(MatchingMode::Reverse);
        let dir = Directory::new(&cohort, &p.settings, Lang::En);
        let pair = &p.pairs[0];
        let card = pair_card(pair, &p, &dir, None, Lang::En);
        assert_eq!(card.heading, "Pair 1");
        assert_eq!(card.key, pair.members.join("+"));
        assert_eq!(card.people[0].role, Some("Mentor"));
        assert_eq!(card.people[1].role, Some("Mentee"));
        assert_eq!(card.people[0].name, dir.name(&pair.members[0]));
        let mut points: Vec<i64> = pair
            .explanation
            .links
            .iter()
            .flat_map(|l| &l.teaching)
            .map(|l| l.points)
            .collect();
        points.sort_by(|a, b| b.cmp(a));
        assert_eq!(card.top_lines.len(), points.len().min(TOP_LINES));
        for (line, pts) in card.top_lines.iter().zip(&points) {
            assert!(
                line.ends_with(&msg(Lang::En, &Msg::Points { points: *pts })),
                "{line}"
            );
        }
        assert_eq!(
            card.score,
            msg(Lang::En, &Msg::Points { points: pair.score })
        );
        assert_eq!(card.move_here, None);
    }

    #[test]
    fn a_chosen_person_can_be_moved_into_every_other_pair() {
        let (cohort, p) = matched(MatchingMode::Mutual);
        let dir = Directory::new(&cohort, &p.settings, Lang::Ja);
        let mover = p.pairs[0].members[0].clone();
        let own = pair_card(&p.pairs[0], &p, &dir, Some(&mover), Lang::Ja);
        assert_eq!(own.move_here, None, "not into their own pair");
        let other = pair_card(&p.pairs[1], &p, &dir, Some(&mover), Lang::Ja);
        let expected = format!("{}さんをこの組へ移す", dir.name(&mover));
        assert_eq!(
            other.move_here,
            Some(MoveHere {
                person: mover,
                label: expected
            })
        );
        assert!(
            other.people.iter().all(|m| m.role.is_none()),
            "mutual mode has no roles"
        );
        assert_eq!(
            other.teaching_heading, "教え合うこと",
            "mutual mode: both teach"
        );
    }

    #[test]
    fn details_break_the_score_down_to_its_total() {
        let (cohort, p) = matched(MatchingMode::Mutual);
        let dir = Directory::new(&cohort, &p.settings, Lang::En);
        for pair in &p.pairs {
            let d = details(pair, p.settings.want_weight, &dir, Lang::En);
            assert_eq!(d.links.len(), pair.explanation.links.len());
            for (view, link) in d.links.iter().zip(&pair.explanation.links) {
                let sum: i64 = view
                    .breakdown
                    .iter()
                    .map(|(_, v)| v.parse::<i64>().unwrap())
                    .sum();
                assert_eq!(
                    sum, link.score,
                    "the shown parts add up to the link's score"
                );
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
        assert_eq!(
            cards[0].workshop,
            format!("春のワークショップ — ラウンド {}", p.round)
        );
        assert_eq!(cards[0].people[0].role, "メンター");
        // Reverse mode: the mentor teaches, so "教えること", not "教え合うこと".
        assert_eq!(cards[0].teaching_heading, "教えること");
        assert_eq!(
            pair_card(&p.pairs[0], &p, &dir, None, Lang::Ja).teaching_heading,
            "教えること"
        );
        let groups = unmatched_groups(&p, &dir, Lang::Ja);
        assert!(
            !groups.is_empty(),
            "the demo in reverse mode leaves someone without a partner"
        );
        // Everyone without a partner is in exactly one group, the group of their reason.
        assert_eq!(
            groups.iter().map(|g| g.people.len()).sum::<usize>(),
            p.unmatched.len()
        );
        for g in &groups {
            let ids: Vec<&str> = p
                .unmatched
                .iter()
                .filter(|u| u.reason.kind() == g.kind)
                .map(|u| u.participant_id.as_str())
                .collect();
            let names: Vec<String> = ids.iter().map(|id| dir.name(id)).collect();
            assert_eq!(
                g.people.iter().map(|m| m.name.clone()).collect::<Vec<_>>(),
                names
            );
            assert!(
                g.sentence.starts_with(&format!("{}人", g.people.len())),
                "{}",
                g.sentence
            );
            assert!(
                g.sentence.ends_with('。') && g.advice.ends_with('。'),
                "{} / {}",
                g.sentence,
                g.advice
            );
        }
        let kinds: Vec<_> = groups.iter().map(|g| g.kind).collect();
        assert!(
            kinds.windows(2).all(|w| w[0] < w[1]),
            "one group a kind, in order: {kinds:?}"
        );
        let s = summary(&p, Lang::Ja);
        assert_eq!(
            (s.round, s.pairs, s.total, s.mode, s.optimal),
            (p.round, p.pairs.len(), p.total_score, "リバース", true)
        );
    }

    /// Issue 14, section 5: the card a pair takes home has no points and no arithmetic,
    /// says what each teaches in words, leaves no separator hanging when a department is
    /// missing; the people without a partner are on a last page.
    #[test]
    fn print_cards_have_no_points_and_the_unpaired_are_on_a_last_page() {
        for (mode, lang) in [
            (MatchingMode::Reverse, Lang::Ja),
            (MatchingMode::Mutual, Lang::En),
            (MatchingMode::Reverse, Lang::En),
        ] {
            let (mut cohort, _) = matched(mode);
            for r in cohort.responses.iter_mut().step_by(2) {
                r.department = None;
            }
            let mut settings = cohort.workshop.matching.clone();
            settings.mode = mode;
            let p = match_cohort(&cohort, &settings).unwrap();
            let dir = Directory::new(&cohort, &p.settings, lang);
            let cards = print_cards("Spring", &p, &dir, lang);
            assert_eq!(
                cards.iter().map(|c| c.heading.clone()).collect::<Vec<_>>(),
                p.pairs
                    .iter()
                    .map(|q| msg(
                        lang,
                        &Msg::PairHeading {
                            trio: q.members.len() == 3,
                            number: q.number as usize
                        }
                    ))
                    .collect::<Vec<_>>()
            );
            for (card, pair) in cards.iter().zip(&p.pairs) {
                for m in &card.people {
                    assert!(
                        !m.meta.trim_end().ends_with('·') && !m.meta.starts_with(' '),
                        "{:?}",
                        m.meta
                    );
                }
                let text = card.lines.join("\n");
                assert!(
                    !text.chars().any(|c| c.is_ascii_digit()),
                    "no figures on a card: {text}"
                );
                for word in [
                    msg(lang, &Msg::Points { points: 2 })
                        .replace('2', "")
                        .trim()
                        .to_owned(),
                    "×".into(),
                ] {
                    assert!(!text.contains(&word), "{word:?} in {text}");
                }
                let taught: BTreeSet<&str> = pair
                    .explanation
                    .links
                    .iter()
                    .flat_map(|l| &l.teaching)
                    .map(|l| l.skill.as_str())
                    .collect();
                for skill in taught {
                    assert!(text.contains(&dir.skill(skill)), "{skill} is on the card");
                }
            }
            let with_no_department = cards.iter().flat_map(|c| &c.people).find(|m| {
                let id = cohort.responses.iter().find(|r| r.name == m.name).unwrap();
                id.department.is_none()
            });
            let member = with_no_department.expect("someone paired has no department");
            assert!(!member.meta.contains('·'), "{:?}", member.meta);
            assert_eq!(cards[0].teaching_heading, teaching_heading(mode, lang));
            let last = print_unmatched("Spring", &p, &dir, lang);
            assert_eq!(last.is_some(), !p.unmatched.is_empty());
            if let Some(last) = last {
                assert_eq!(
                    last.heading,
                    msg(
                        lang,
                        &Msg::UnmatchedHeading {
                            n: p.unmatched.len()
                        }
                    )
                );
                assert_eq!(last.groups, unmatched_groups(&p, &dir, lang));
            }
        }
        let (cohort, p) = matched(MatchingMode::Reverse);
        let dir = Directory::new(&cohort, &p.settings, Lang::Ja);
        let card = &print_cards("春", &p, &dir, Lang::Ja)[0];
        let (mentor, mentee) = (
            dir.name(&p.pairs[0].members[0]),
            dir.name(&p.pairs[0].members[1]),
        );
        assert!(
            card.lines[0].starts_with(&format!("{mentor}さんが{mentee}さんに教えること：")),
            "{}",
            card.lines[0]
        );
        assert_eq!(card.teaching_heading, "教えること");
    }

    #[test]
    fn a_group_ruled_out_by_rules_names_the_rules_and_english_counts_one_person() {
        use crate::document::model::{ExcludedCount, Unmatched};
        let (cohort, mut p) = matched(MatchingMode::Mutual);
        let dir = Directory::new(&cohort, &p.settings, Lang::En);
        let id = cohort.responses[0].participant_id.clone();
        let excluded = vec![
            ExcludedCount {
                constraint: Constraint::SameDepartment,
                count: 3,
            },
            ExcludedCount {
                constraint: Constraint::NeverPair,
                count: 1,
            },
        ];
        p.unmatched = vec![Unmatched {
            participant_id: id,
            reason: UnmatchedReason::NoAllowedPartner { excluded },
            message: String::new(),
        }];
        let groups = unmatched_groups(&p, &dir, Lang::En);
        assert_eq!(groups.len(), 1);
        let rules = format!(
            "{}, {}",
            i18n::constraint_name(Lang::En, Constraint::SameDepartment),
            i18n::constraint_name(Lang::En, Constraint::NeverPair)
        );
        assert_eq!(
            groups[0].sentence,
            format!("For 1 person, the rules you set ({rules}) rule out every possible partner.")
        );
    }

    #[test]
    fn a_suggestion_says_the_engines_figure() {
        use crate::matching::suggest::Suggestion;
        let s = [Suggestion {
            alternative: Alternative::MentorCapacity { capacity: 2 },
            paired: 22,
            people: 24,
        }];
        assert_eq!(
            suggestions(&s, Lang::Ja)[0].sentence,
            "メンター1人につきメンティー2人までにすると、24人中22人がペアになります。"
        );
        assert_eq!(
            suggestions(&s, Lang::En)[0].sentence,
            "With up to 2 mentees per mentor, 22 of 24 people have a partner."
        );
        let one = [Suggestion {
            alternative: Alternative::MentorCapacity { capacity: 1 },
            paired: 2,
            people: 3,
        }];
        assert_eq!(
            suggestions(&one, Lang::En)[0].sentence,
            "With up to 1 mentee per mentor, 2 of 3 people have a partner."
        );
    }
}
