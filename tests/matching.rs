//! The matching engine against exhaustive enumeration, and its documented rules one by
//! one.
//!
//! The property tests build random small cohorts (random ratings on three skills so that
//! scores tie often, random generations and departments, random never-pair lists,
//! earlier rounds, locks and capacities, both objectives) and check every time that:
//! - the score matrix equals an independent re-implementation of the formula in
//!   docs/MATCHING.md;
//! - the pairing is valid (locks kept, no forbidden pair, nobody twice, capacities);
//! - its matching is optimal: (people paired, [lowest score,] total) equals the best over
//!   all valid pairings enumerated exhaustively;
//! - mutual mode: the leftovers join pairs optimally (trios);
//! - every explanation adds up exactly to its pair's score, and the total to the sum;
//! - every "why not" is the best other partner and its figures equal a re-run with that
//!   pair locked;
//! - the result does not depend on the order of the responses.

use kakehashi::document::model::Kind;
use kakehashi::document::model::{
    Cohort, Constraint, Lang, MatchingMode, MatchingSettings, Objective, Pair, PairExplanation,
    Pairing, Response, Rule, Strictness, Unmatched, UnmatchedReason,
};
use kakehashi::document::template::default_workshop;
use kakehashi::matching::{match_cohort, score_matrix, MatchError, PairList};
use kakehashi::view::export::for_people;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const NO: i64 = i64::MIN;
const GENERATIONS: [&str; 5] = ["silent", "boomers", "gen_x", "millennials", "gen_z"];
const NOW: &str = "2026-11-26T09:30:00Z";

// ---------------------------------------------------------------------------------------
// Building cohorts

/// One participant: generation index (0 oldest … 4 Gen Z), department, ratings of the
/// workshop's skills in order, and the indices of the skills they want to learn.
#[derive(Debug, Clone)]
struct Spec {
    generation: usize,
    department: Option<u8>,
    ratings: Vec<u8>,
    wants: Vec<usize>,
}

fn response(cohort_skills: &[String], id: &str, spec: &Spec) -> Response {
    Response {
        format: Kind::Response.tag(),
        workshop_id: "reverse-mentoring".into(),
        participant_id: id.into(),
        name: format!("Name {id}"),
        generation: Some(GENERATIONS[spec.generation].into()),
        birth_year: None,
        department: spec.department.map(|d| format!("dept-{d}")),
        ratings: cohort_skills
            .iter()
            .cloned()
            .zip(spec.ratings.iter().copied())
            .collect(),
        wants_to_learn: spec
            .wants
            .iter()
            .map(|&s| cohort_skills[s].clone())
            .collect(),
        note: None,
        created_at: NOW.into(),
        updated_at: NOW.into(),
    }
}

/// A cohort of the English template workshop cut down to `n_skills` skills (the first
/// digital ones and the first experience ones alternately).
fn cohort(n_skills: usize, specs: &[Spec]) -> Cohort {
    let mut workshop = default_workshop(Lang::En);
    let order = [0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11];
    workshop.skills = order[..n_skills]
        .iter()
        .map(|&i| workshop.skills[i].clone())
        .collect();
    let skills: Vec<String> = workshop.skills.iter().map(|s| s.id.clone()).collect();
    let responses = specs
        .iter()
        .enumerate()
        .map(|(i, s)| response(&skills, &format!("p{i:02}"), s))
        .collect();
    Cohort {
        format: Kind::Cohort.tag(),
        workshop,
        responses,
        rounds: vec![],
        pairing: None,
        followups: vec![],
    }
}

fn id(i: usize) -> String {
    format!("p{i:02}")
}

fn index(id: &str) -> usize {
    id[1..].parse().unwrap()
}

/// An earlier round in which the given pairs were partners.
fn round(number: u32, pairs: &[(usize, usize)]) -> Pairing {
    Pairing {
        format: Kind::Pairing.tag(),
        workshop_id: "reverse-mentoring".into(),
        round: number,
        mode: MatchingMode::Mutual,
        objective: Objective::MostPairs,
        settings: MatchingSettings::default(),
        total_score: 0,
        min_pair_score: None,
        pairs: pairs
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| Pair {
                number: i as u32 + 1,
                members: vec![id(a), id(b)],
                score: 0,
                locked: false,
                explanation: PairExplanation {
                    links: vec![],
                    overrides: vec![],
                    why_not: vec![],
                    sat_out: vec![],
                },
            })
            .collect(),
        unmatched: vec![],
        earlier_rounds: vec![],
        repeated_partners: vec![],
        optimal: true,
        rematched: vec![],
    }
}

// ---------------------------------------------------------------------------------------
// An independent reference of the scoring formula (docs/MATCHING.md), on the cohort as
// given, without any of the engine's precomputation.

fn gain(c: &Cohort, s: &MatchingSettings, m: &Response, e: &Response) -> i64 {
    let mut total = 0;
    for skill in &c.workshop.skills {
        let (rm, re) = (
            i64::from(m.ratings[&skill.id]),
            i64::from(e.ratings[&skill.id]),
        );
        if rm >= i64::from(s.teach_threshold) && rm > re {
            let weight = if e.wants_to_learn.contains(&skill.id) {
                i64::from(s.want_weight)
            } else {
                1
            };
            total += (rm - re) * weight;
        }
    }
    total
}

/// The score of a with b (a the mentor in reverse mode), `None` when forbidden.
fn reference_score(c: &Cohort, s: &MatchingSettings, a: &Response, b: &Response) -> Option<i64> {
    let steps = {
        let g = |r: &Response| {
            c.workshop
                .generation_index(r.generation_id(&c.workshop).unwrap())
                .unwrap() as i64
        };
        (g(a) - g(b)).abs()
    };
    let same_dept = matches!((&a.department, &b.department), (Some(x), Some(y)) if x.trim().to_lowercase() == y.trim().to_lowercase());
    let ids = [a.participant_id.clone(), b.participant_id.clone()];
    let never = s
        .never_pair
        .iter()
        .any(|p| *p == ids || *p == [ids[1].clone(), ids[0].clone()]);
    let earlier = c.rounds.iter().any(|r| {
        r.pairs
            .iter()
            .any(|p| p.members.contains(&ids[0]) && p.members.contains(&ids[1]))
    });
    if never
        || (same_dept && s.same_department.strictness == Strictness::Hard)
        || steps < i64::from(s.min_generation_distance)
        || (earlier && s.repeat_partner.strictness == Strictness::Hard)
    {
        return None;
    }
    let mut score = match s.mode {
        MatchingMode::Mutual => {
            let (ab, ba) = (gain(c, s, a, b), gain(c, s, b, a));
            ab + ba
                + if ab > 0 && ba > 0 {
                    i64::from(s.reciprocity_bonus)
                } else {
                    0
                }
        }
        MatchingMode::Reverse => gain(c, s, a, b),
    };
    score += steps * i64::from(s.generation_bonus_per_step);
    if same_dept && s.same_department.strictness == Strictness::Soft {
        score -= i64::from(s.same_department.penalty);
    }
    if earlier && s.repeat_partner.strictness == Strictness::Soft {
        score -= i64::from(s.repeat_partner.penalty);
    }
    Some(score)
}

/// The score of a locked pair: as above, but hard constraints do not apply.
fn reference_raw(c: &Cohort, s: &MatchingSettings, a: &Response, b: &Response) -> i64 {
    let relaxed = MatchingSettings {
        never_pair: vec![],
        min_generation_distance: 0,
        same_department: Rule {
            strictness: match s.same_department.strictness {
                Strictness::Hard => Strictness::Off,
                other => other,
            },
            ..s.same_department
        },
        repeat_partner: Rule {
            strictness: match s.repeat_partner.strictness {
                Strictness::Hard => Strictness::Off,
                other => other,
            },
            ..s.repeat_partner
        },
        ..s.clone()
    };
    reference_score(c, &relaxed, a, b).unwrap()
}

fn by_id<'c>(c: &'c Cohort, id: &str) -> &'c Response {
    c.responses.iter().find(|r| r.participant_id == id).unwrap()
}

fn is_mentor(c: &Cohort, s: &MatchingSettings, r: &Response) -> bool {
    s.mentor_generations
        .iter()
        .any(|g| Some(g.as_str()) == r.generation_id(&c.workshop))
}

// ---------------------------------------------------------------------------------------
// Exhaustive references

/// The objective key of a set of pair scores (locked ones included) with `first` of the
/// people who sat out the last round paired, larger is better: (pairs, lowest score under
/// the fairest objective, those who sat out paired, total).
fn key(objective: Objective, scores: &[i64], first: usize) -> (usize, i64, usize, i64) {
    let lowest = match objective {
        Objective::MostPairs => 0,
        Objective::Fairest => scores.iter().copied().min().unwrap_or(i64::MAX),
    };
    (scores.len(), lowest, first, scores.iter().sum())
}

/// Every matching of `free` (indices into an `n × n` matrix `w`) as a list of pairs.
fn all_matchings(
    free: &[usize],
    w: &[i64],
    n: usize,
    chosen: &mut Vec<(usize, usize)>,
    visit: &mut dyn FnMut(&[(usize, usize)]),
) {
    let Some((&first, rest)) = free.split_first() else {
        visit(chosen);
        return;
    };
    all_matchings(rest, w, n, chosen, visit);
    for (i, &other) in rest.iter().enumerate() {
        if w[first * n + other] != NO {
            chosen.push((first, other));
            let remaining: Vec<usize> = rest
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, &p)| p)
                .collect();
            all_matchings(&remaining, w, n, chosen, visit);
            chosen.pop();
        }
    }
}

/// The best key over all matchings that keep the locked pairs.
fn best_mutual_key(
    n: usize,
    w: &[i64],
    locked: &[(usize, usize, i64)],
    objective: Objective,
    sat_out: &[bool],
) -> (usize, i64, usize, i64) {
    let in_lock: BTreeSet<usize> = locked.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    let free: Vec<usize> = (0..n).filter(|p| !in_lock.contains(p)).collect();
    let locked_first = in_lock.iter().filter(|&&p| sat_out[p]).count();
    let mut best = None;
    all_matchings(&free, w, n, &mut Vec::new(), &mut |pairs| {
        let scores: Vec<i64> = locked
            .iter()
            .map(|l| l.2)
            .chain(pairs.iter().map(|&(a, b)| w[a * n + b]))
            .collect();
        let first = locked_first
            + pairs
                .iter()
                .map(|&(a, b)| usize::from(sat_out[a]) + usize::from(sat_out[b]))
                .sum::<usize>();
        let k = key(objective, &scores, first);
        if best.is_none_or(|b| k > b) {
            best = Some(k);
        }
    });
    best.unwrap()
}

/// The best (number placed, those who sat out placed, total added) of giving each
/// leftover at most one pair and each pair at most one leftover.
fn best_trios(
    hosts: &[(usize, usize)],
    leftovers: &[usize],
    w: &[i64],
    n: usize,
    sat_out: &[bool],
) -> (usize, usize, i64) {
    #[allow(clippy::too_many_arguments)]
    fn go(
        i: usize,
        hosts: &[(usize, usize)],
        used: &mut Vec<bool>,
        leftovers: &[usize],
        w: &[i64],
        n: usize,
        sat_out: &[bool],
    ) -> (usize, usize, i64) {
        if i == leftovers.len() {
            return (0, 0, 0);
        }
        let mut best = go(i + 1, hosts, used, leftovers, w, n, sat_out);
        let u = leftovers[i];
        for (h, &(x, y)) in hosts.iter().enumerate() {
            if !used[h] && w[u * n + x] != NO && w[u * n + y] != NO {
                used[h] = true;
                let (placed, first, total) = go(i + 1, hosts, used, leftovers, w, n, sat_out);
                used[h] = false;
                best = best.max((
                    placed + 1,
                    first + usize::from(sat_out[u]),
                    total + w[u * n + x] + w[u * n + y],
                ));
            }
        }
        best
    }
    go(
        0,
        hosts,
        &mut vec![false; hosts.len()],
        leftovers,
        w,
        n,
        sat_out,
    )
}

/// The best key over all assignments of the free mentees to mentors with room.
fn best_reverse_key(
    n_mentors: usize,
    n_mentees: usize,
    w: &[i64],
    capacity: u32,
    locked: &[(usize, usize, i64)],
    objective: Objective,
    sat_out: (&[bool], &[bool]),
) -> (usize, i64, usize, i64) {
    let mut room = vec![capacity; n_mentors];
    let mut taken = vec![false; n_mentees];
    for &(r, c, _) in locked {
        room[r] -= 1;
        taken[c] = true;
    }
    let free: Vec<usize> = (0..n_mentees).filter(|&c| !taken[c]).collect();
    /// Each free mentee's mentor (or none), chosen in turn.
    #[allow(clippy::too_many_arguments)]
    fn go(
        i: usize,
        free: &[usize],
        room: &mut [u32],
        w: &[i64],
        n_mentees: usize,
        chosen: &mut Vec<(usize, usize)>,
        visit: &mut dyn FnMut(&[(usize, usize)]),
    ) {
        if i == free.len() {
            visit(chosen);
            return;
        }
        go(i + 1, free, room, w, n_mentees, chosen, visit);
        for r in 0..room.len() {
            let x = w[r * n_mentees + free[i]];
            if room[r] > 0 && x != NO {
                room[r] -= 1;
                chosen.push((r, free[i]));
                go(i + 1, free, room, w, n_mentees, chosen, visit);
                chosen.pop();
                room[r] += 1;
            }
        }
    }
    let mut best = None;
    let mut chosen: Vec<(usize, usize)> = locked.iter().map(|l| (l.0, l.1)).collect();
    let locked_scores: Vec<i64> = locked.iter().map(|l| l.2).collect();
    go(
        0,
        &free,
        &mut room,
        w,
        n_mentees,
        &mut chosen,
        &mut |pairs| {
            let scores: Vec<i64> = locked_scores
                .iter()
                .copied()
                .chain(
                    pairs[locked.len()..]
                        .iter()
                        .map(|&(r, c)| w[r * n_mentees + c]),
                )
                .collect();
            let mentors: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
            let first = mentors.iter().filter(|&&r| sat_out.0[r]).count()
                + pairs.iter().filter(|p| sat_out.1[p.1]).count();
            let k = key(objective, &scores, first);
            if best.is_none_or(|b| k > b) {
                best = Some(k);
            }
        },
    );
    best.unwrap()
}

// ---------------------------------------------------------------------------------------
// Checks shared by the property tests and the hand-made cases

/// Every explanation adds up, pair scores match the reference, totals add up, locks are
/// kept and explained, nobody appears twice (except a mentor with several mentees), and
/// `unmatched` lists exactly the others.
fn check_pairing_is_consistent(c: &Cohort, s: &MatchingSettings, p: &Pairing) {
    assert_eq!(p.format, "kakehashi/pairing@1");
    assert_eq!((p.mode, p.objective, &p.settings), (s.mode, s.objective, s));
    assert!(p.optimal);
    assert_eq!(p.total_score, p.pairs.iter().map(|x| x.score).sum::<i64>());
    assert_eq!(p.min_pair_score, p.pairs.iter().map(|x| x.score).min());
    let locks: BTreeSet<[String; 2]> = s.locked_pairs.iter().cloned().collect();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for pair in &p.pairs {
        let e = &pair.explanation;
        assert_eq!(
            pair.score,
            e.links.iter().map(|l| l.score).sum::<i64>(),
            "{pair:?}"
        );
        assert_eq!(e.links.len(), if pair.members.len() == 3 { 3 } else { 1 });
        for link in &e.links {
            assert_eq!(link.score, link.breakdown.total(), "{link:?}");
            assert_eq!(
                link.breakdown.skills,
                link.teaching.iter().map(|t| t.points).sum::<i64>()
            );
            let (a, b) = (by_id(c, &link.members[0]), by_id(c, &link.members[1]));
            assert_eq!(link.score, reference_raw(c, s, a, b), "{link:?}");
            if !pair.locked {
                assert_eq!(
                    reference_score(c, s, a, b),
                    Some(link.score),
                    "a forbidden pair was formed: {link:?}"
                );
            }
            for t in &link.teaching {
                let diff = i64::from(t.teacher_rating) - i64::from(t.learner_rating);
                assert!(t.teacher_rating >= s.teach_threshold && diff > 0);
                assert_eq!(
                    t.points,
                    if t.wanted {
                        diff * i64::from(s.want_weight)
                    } else {
                        diff
                    }
                );
            }
        }
        let as_lock = [pair.members[0].clone(), pair.members[1].clone()];
        let reversed = [as_lock[1].clone(), as_lock[0].clone()];
        assert_eq!(
            pair.locked,
            pair.members.len() == 2 && (locks.contains(&as_lock) || locks.contains(&reversed))
        );
        if pair.locked {
            assert!(e.why_not.is_empty());
        }
        for (i, m) in pair.members.iter().enumerate() {
            let mentor_again = s.mode == MatchingMode::Reverse && i == 0;
            let count = seen.entry(m).or_default();
            *count += 1;
            assert!(*count == 1 || mentor_again, "{m} is placed twice");
        }
        if s.mode == MatchingMode::Reverse {
            assert!(
                is_mentor(c, s, by_id(c, &pair.members[0]))
                    && !is_mentor(c, s, by_id(c, &pair.members[1]))
            );
            assert!(seen[pair.members[0].as_str()] <= s.mentor_capacity as usize);
        }
    }
    for lock in &locks {
        assert!(p
            .pairs
            .iter()
            .any(|x| x.locked && x.members.contains(&lock[0]) && x.members.contains(&lock[1])));
    }
    let unmatched: BTreeSet<&str> = p
        .unmatched
        .iter()
        .map(|u| u.participant_id.as_str())
        .collect();
    let all: BTreeSet<&str> = c
        .responses
        .iter()
        .map(|r| r.participant_id.as_str())
        .collect();
    let placed: BTreeSet<&str> = seen.keys().copied().collect();
    assert_eq!(unmatched, all.difference(&placed).copied().collect());
    for u in &for_people(c, &p).unmatched {
        assert!(
            !u.message.is_empty() && u.message.contains(&u.participant_id),
            "{u:?}"
        );
    }
}

/// The "why not" of every member is the best other allowed partner, and its figures are
/// those of a re-run with the pair locked.
fn check_why_not(c: &Cohort, s: &MatchingSettings, p: &Pairing) {
    let placed = |p: &Pairing| {
        p.pairs
            .iter()
            .flat_map(|x| x.members.iter())
            .collect::<BTreeSet<_>>()
            .len() as i64
    };
    let locked: BTreeSet<&String> = s.locked_pairs.iter().flatten().collect();
    for pair in p.pairs.iter().filter(|x| !x.locked) {
        for r in &pair.explanation.why_not {
            assert!(r.exact);
            assert!(pair.members.contains(&r.member) && !pair.members.contains(&r.partner));
            let (x, y) = (by_id(c, &r.member), by_id(c, &r.partner));
            let (mentor, mentee) = if s.mode == MatchingMode::Reverse && !is_mentor(c, s, x) {
                (y, x)
            } else {
                (x, y)
            };
            assert_eq!(reference_score(c, s, mentor, mentee), Some(r.pair_score));
            // Nobody allowed, not already with them and not locked scores higher with them.
            for other in &c.responses {
                let with_them = p.pairs.iter().any(|q| {
                    q.members.contains(&r.member) && q.members.contains(&other.participant_id)
                });
                if with_them
                    || locked.contains(&other.participant_id) && s.mode == MatchingMode::Mutual
                {
                    continue;
                }
                let score = match s.mode {
                    MatchingMode::Mutual => reference_score(c, s, x, other),
                    MatchingMode::Reverse
                        if is_mentor(c, s, x)
                            && !is_mentor(c, s, other)
                            && !locked.contains(&other.participant_id) =>
                    {
                        reference_score(c, s, x, other)
                    }
                    MatchingMode::Reverse if !is_mentor(c, s, x) && is_mentor(c, s, other) => {
                        let locks = s
                            .locked_pairs
                            .iter()
                            .filter(|l| l[0] == other.participant_id)
                            .count();
                        if locks >= s.mentor_capacity as usize {
                            None
                        } else {
                            reference_score(c, s, other, x)
                        }
                    }
                    MatchingMode::Reverse => None,
                };
                if let Some(score) = score {
                    assert!(
                        score <= r.pair_score,
                        "{} would score {score} with {}, more than the runner-up {r:?}",
                        r.member,
                        other.participant_id
                    );
                    if score == r.pair_score {
                        assert!(
                            other.participant_id >= r.partner,
                            "ties go to the smaller id: {r:?}"
                        );
                    }
                }
            }
            let mut forced = s.clone();
            forced
                .locked_pairs
                .push([mentor.participant_id.clone(), mentee.participant_id.clone()]);
            let again = match_cohort(c, &forced).unwrap();
            assert_eq!(r.total_fall, p.total_score - again.total_score, "{r:?}");
            assert_eq!(r.fewer_paired, placed(p) - placed(&again), "{r:?}");
        }
    }
}

/// The matching part of the engine's result is optimal, and (mutual) so are its trios.
/// Reverse mode's reference: how many mentors (rows) and mentees (columns), sorted by id,
/// the reference score matrix, the locked pairs as (row, column, score), and who of each
/// side sat out the last round.
#[allow(clippy::type_complexity)]
fn reverse_reference(
    c: &Cohort,
    s: &MatchingSettings,
) -> (
    usize,
    usize,
    Vec<i64>,
    Vec<(usize, usize, i64)>,
    (Vec<bool>, Vec<bool>),
) {
    let side = |mentor: bool| {
        let mut m: Vec<&Response> = c
            .responses
            .iter()
            .filter(|r| is_mentor(c, s, r) == mentor)
            .collect();
        m.sort_by(|a, b| a.participant_id.cmp(&b.participant_id));
        m
    };
    let (mentors, mentees) = (side(true), side(false));
    let row = |id: &str| mentors.iter().position(|r| r.participant_id == id).unwrap();
    let col = |id: &str| mentees.iter().position(|r| r.participant_id == id).unwrap();
    let mut w = Vec::new();
    for m in &mentors {
        w.extend(
            mentees
                .iter()
                .map(|e| reference_score(c, s, m, e).unwrap_or(NO)),
        );
    }
    let locked = s
        .locked_pairs
        .iter()
        .map(|[a, b]| {
            (
                row(a),
                col(b),
                reference_raw(c, s, by_id(c, a), by_id(c, b)),
            )
        })
        .collect();
    let sat = |side: &[&Response]| side.iter().map(|r| sat_out(c, &r.participant_id)).collect();
    let first = (sat(&mentors), sat(&mentees));
    (mentors.len(), mentees.len(), w, locked, first)
}

/// Whether `id` had no partner in the cohort's latest earlier round.
fn sat_out(c: &Cohort, id: &str) -> bool {
    c.rounds
        .iter()
        .max_by_key(|r| r.round)
        .is_some_and(|r| r.unmatched.iter().any(|u| u.participant_id == id))
}

fn check_optimal(c: &Cohort, s: &MatchingSettings, p: &Pairing) {
    let n = c.responses.len();
    match s.mode {
        MatchingMode::Mutual => {
            let mut w = vec![NO; n * n];
            for a in 0..n {
                for b in 0..n {
                    if a != b {
                        w[a * n + b] =
                            reference_score(c, s, by_id(c, &id(a)), by_id(c, &id(b))).unwrap_or(NO);
                    }
                }
            }
            let locked: Vec<(usize, usize, i64)> = s
                .locked_pairs
                .iter()
                .map(|[a, b]| {
                    (
                        index(a),
                        index(b),
                        reference_raw(c, s, by_id(c, a), by_id(c, b)),
                    )
                })
                .collect();
            let first: Vec<bool> = (0..n).map(|i| sat_out(c, &id(i))).collect();
            let mut paired_first = locked
                .iter()
                .map(|&(a, b, _)| usize::from(first[a]) + usize::from(first[b]))
                .sum::<usize>();
            let mut joined_first = 0;
            let mut scores: Vec<i64> = locked.iter().map(|l| l.2).collect();
            let mut hosts = Vec::new();
            let mut in_pair = BTreeSet::new();
            let mut joined = 0;
            let mut joined_total = 0;
            for pair in p.pairs.iter().filter(|x| !x.locked) {
                let (a, b) = (index(&pair.members[0]), index(&pair.members[1]));
                scores.push(w[a * n + b]);
                hosts.push((a, b));
                in_pair.extend([a, b]);
                paired_first += usize::from(first[a]) + usize::from(first[b]);
                if let Some(u) = pair.members.get(2) {
                    let u = index(u);
                    joined += 1;
                    joined_first += usize::from(first[u]);
                    joined_total += w[u * n + a] + w[u * n + b];
                }
            }
            assert_eq!(
                key(s.objective, &scores, paired_first),
                best_mutual_key(n, &w, &locked, s.objective, &first),
                "{p:#?}"
            );
            let in_lock: BTreeSet<usize> = locked.iter().flat_map(|&(a, b, _)| [a, b]).collect();
            let leftovers: Vec<usize> = (0..n)
                .filter(|u| !in_pair.contains(u) && !in_lock.contains(u))
                .collect();
            assert_eq!(
                (joined, joined_first, joined_total),
                best_trios(&hosts, &leftovers, &w, n, &first),
                "trios are not optimal"
            );
        }
        MatchingMode::Reverse => {
            let (n_mentors, n_mentees, w, locked, first) = reverse_reference(c, s);
            let scores: Vec<i64> = p.pairs.iter().map(|x| x.score).collect();
            let paired: BTreeSet<&String> = p.pairs.iter().flat_map(|x| &x.members).collect();
            let paired_first = paired.iter().filter(|id| sat_out(c, id)).count();
            let best = best_reverse_key(
                n_mentors,
                n_mentees,
                &w,
                s.mentor_capacity,
                &locked,
                s.objective,
                (&first.0, &first.1),
            );
            assert_eq!(key(s.objective, &scores, paired_first), best, "{p:#?}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Random instances

fn spec() -> impl Strategy<Value = Spec> {
    (
        0..5usize,
        prop::option::weighted(0.8, 0..3u8),
        prop::collection::vec(1..=5u8, 3),
        prop::collection::vec(0..3usize, 0..=2),
    )
        .prop_map(|(generation, department, ratings, mut wants)| {
            wants.sort_unstable();
            wants.dedup();
            Spec {
                generation,
                department,
                ratings,
                wants,
            }
        })
}

fn strictness() -> impl Strategy<Value = Strictness> {
    prop_oneof![
        Just(Strictness::Off),
        Just(Strictness::Soft),
        Just(Strictness::Hard)
    ]
}

fn objective() -> impl Strategy<Value = Objective> {
    prop_oneof![Just(Objective::MostPairs), Just(Objective::Fairest)]
}

/// Random settings and constraints for `n` participants: pairs of indices for the
/// never-pair list, earlier partners and locks (made valid for the mode in the test).
#[derive(Debug, Clone)]
struct Constraints {
    objective: Objective,
    same_department: Rule,
    repeat_partner: Rule,
    min_generation_distance: u32,
    never: Vec<(usize, usize)>,
    earlier: Vec<(usize, usize)>,
    /// Who had no partner in that earlier round.
    sat_out: Vec<usize>,
    locks: Vec<(usize, usize)>,
    capacity: u32,
    reciprocity_bonus: u32,
}

fn constraints(n: usize) -> impl Strategy<Value = Constraints> {
    let pair = (0..n.max(1), 0..n.max(1));
    (
        objective(),
        (strictness(), 0..4u32),
        (strictness(), 0..4u32),
        prop_oneof![4 => Just(0u32), 1 => 1..3u32],
        prop::collection::vec(pair.clone(), 0..4),
        (
            prop::collection::vec(pair.clone(), 0..4),
            prop::collection::btree_set(0..n.max(1), 0..4),
        ),
        prop::collection::vec(pair, 0..3),
        1..4u32,
        0..4u32,
    )
        .prop_map(
            |(
                objective,
                dept,
                repeat,
                min_gen,
                never,
                (earlier, sat_out),
                locks,
                capacity,
                reciprocity_bonus,
            )| Constraints {
                objective,
                same_department: Rule {
                    strictness: dept.0,
                    penalty: dept.1,
                },
                repeat_partner: Rule {
                    strictness: repeat.0,
                    penalty: repeat.1,
                },
                min_generation_distance: min_gen,
                never: never.into_iter().filter(|(a, b)| a != b).collect(),
                earlier: earlier.into_iter().filter(|(a, b)| a != b).collect(),
                sat_out: sat_out.into_iter().collect(),
                locks,
                capacity,
                reciprocity_bonus,
            },
        )
}

fn instance(mode: MatchingMode, max_n: usize) -> impl Strategy<Value = (Vec<Spec>, Constraints)> {
    (0..=max_n)
        .prop_flat_map(move |n| (prop::collection::vec(spec(), n), constraints(n)))
        .prop_map(move |(specs, k)| (specs, k))
        .prop_filter("reverse needs small sides", move |(specs, _)| {
            mode == MatchingMode::Mutual || {
                let mentors = specs.iter().filter(|s| s.generation >= 3).count();
                mentors <= 4 && specs.len() - mentors <= 6
            }
        })
}

/// The cohort and settings of a random instance, with locks made valid.
fn build(mode: MatchingMode, specs: &[Spec], k: &Constraints) -> (Cohort, MatchingSettings) {
    let mut c = cohort(3, specs);
    let sat_out: Vec<usize> = k
        .sat_out
        .iter()
        .copied()
        .filter(|&i| i < specs.len())
        .collect();
    if !k.earlier.is_empty() || !sat_out.is_empty() {
        let mut earlier = round(1, &k.earlier);
        earlier.unmatched = sat_out
            .iter()
            .map(|&i| Unmatched {
                participant_id: id(i),
                reason: UnmatchedReason::NobodyElse,
                message: String::new(),
            })
            .collect();
        c.rounds.push(earlier);
    }
    let mut settings = MatchingSettings {
        mode,
        objective: k.objective,
        reciprocity_bonus: k.reciprocity_bonus,
        same_department: k.same_department,
        repeat_partner: k.repeat_partner,
        min_generation_distance: k.min_generation_distance,
        mentor_capacity: k.capacity,
        never_pair: k.never.iter().map(|&(a, b)| [id(a), id(b)]).collect(),
        ..MatchingSettings::default()
    };
    let mut used = BTreeMap::<usize, u32>::new();
    for &(a, b) in k.locks.iter().filter(|&&(a, b)| a.max(b) < specs.len()) {
        let mentor = |i: usize| specs[i].generation >= 3;
        let ok = match mode {
            MatchingMode::Mutual => a != b && !used.contains_key(&a) && !used.contains_key(&b),
            MatchingMode::Reverse => {
                mentor(a)
                    && !mentor(b)
                    && !used.contains_key(&b)
                    && used.get(&a).copied().unwrap_or(0) < k.capacity
            }
        };
        if ok {
            *used.entry(a).or_default() += 1;
            *used.entry(b).or_default() += 1;
            settings.locked_pairs.push([id(a), id(b)]);
        }
    }
    (c, settings)
}

fn check_everything(c: &Cohort, s: &MatchingSettings) {
    let p = match_cohort(c, s).unwrap();
    check_pairing_is_consistent(c, s, &p);
    check_optimal(c, s, &p);
    check_why_not(c, s, &p);
    // The order of the responses does not matter.
    let mut reversed = c.clone();
    reversed.responses.reverse();
    assert_eq!(match_cohort(&reversed, s).unwrap(), p);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn mutual_pairings_are_optimal_and_explained((specs, k) in instance(MatchingMode::Mutual, 10)) {
        let (c, s) = build(MatchingMode::Mutual, &specs, &k);
        check_everything(&c, &s);
    }

    #[test]
    fn reverse_pairings_are_optimal_and_explained((specs, k) in instance(MatchingMode::Reverse, 10)) {
        let (c, s) = build(MatchingMode::Reverse, &specs, &k);
        check_everything(&c, &s);
    }

    /// The fairest objective's cardinality checks agree with the weighted solvers.
    #[test]
    fn cardinality_checks_agree_with_the_solvers(
        n in 0..16usize,
        density in 0..=100u32,
        seed in any::<u64>(),
        capacity in prop::collection::vec(0..3u32, 0..6),
        n_mentees in 0..9usize,
    ) {
        use kakehashi::matching::{assignment, blossom, cardinality};
        let mut rng = kakehashi::demo::rng::SplitMix64::new(seed);
        let mut w = vec![NO; n * n];
        for a in 0..n {
            for b in a + 1..n {
                if rng.below(100) < u64::from(density) {
                    w[a * n + b] = 1;
                    w[b * n + a] = 1;
                }
            }
        }
        let neighbours: Vec<Vec<usize>> = (0..n).map(|a| (0..n).filter(|&b| w[a * n + b] != NO).collect()).collect();
        let size = blossom::max_weight_matching(n, &w).iter().filter(|m| m.is_some()).count();
        prop_assert_eq!(cardinality::matching_size(&neighbours), size);
        prop_assert!(cardinality::reaches_matching_size(&neighbours, size));
        prop_assert!(!cardinality::reaches_matching_size(&neighbours, size + 1) || size == n);

        let n_mentors = capacity.len();
        let mut w = vec![NO; n_mentors * n_mentees];
        for cell in w.iter_mut() {
            if rng.below(100) < u64::from(density) {
                *cell = 1;
            }
        }
        let mentors_of: Vec<Vec<usize>> =
            (0..n_mentees).map(|c| (0..n_mentors).filter(|&r| w[r * n_mentees + c] != NO).collect()).collect();
        let size = assignment::max_weight_assignment(n_mentors, n_mentees, &capacity, &w).iter().filter(|m| m.is_some()).count();
        prop_assert_eq!(cardinality::assignment_size(&mentors_of, &capacity), size);
        prop_assert!(cardinality::reaches_assignment_size(&mentors_of, &capacity, size));
        prop_assert!(!cardinality::reaches_assignment_size(&mentors_of, &capacity, size + 1));
    }

    /// "Pair every mentee": the capacity found is the fewest places per mentor with which
    /// as many mentees have a mentor as with any number of places (by brute force), and
    /// the engine's pairing at that capacity is the best there.
    #[test]
    fn pair_every_mentee_takes_the_fewest_places_and_the_best_total_there((specs, k) in instance(MatchingMode::Reverse, 10)) {
        use kakehashi::matching::smallest_capacity_for_most_mentees;
        let (c, s) = build(MatchingMode::Reverse, &specs, &k);
        let found = smallest_capacity_for_most_mentees(&c, &s).unwrap();
        let (n_mentors, n_mentees, w, locked, first) = reverse_reference(&c, &s);
        let placed = |capacity: u32| best_reverse_key(n_mentors, n_mentees, &w, capacity, &locked, Objective::MostPairs, (&first.0, &first.1)).0;
        let unbounded = (n_mentees as u32).max(s.mentor_capacity);
        prop_assert_eq!(placed(found), placed(unbounded), "the most mentees possible at {}", found);
        let mut most_locked = BTreeMap::<usize, u32>::new();
        for &(r, _, _) in &locked {
            *most_locked.entry(r).or_default() += 1;
        }
        let floor = most_locked.values().copied().max().unwrap_or(0).max(1);
        prop_assert!(found == floor || placed(found - 1) < placed(unbounded), "{} is not the fewest", found);
        let at = MatchingSettings { mentor_capacity: found, ..s.clone() };
        check_everything(&c, &at);
    }

    #[test]
    fn the_score_matrix_follows_the_documented_formula((specs, k) in instance(MatchingMode::Mutual, 8), reverse in any::<bool>()) {
        let mode = if reverse { MatchingMode::Reverse } else { MatchingMode::Mutual };
        let (c, s) = build(mode, &specs, &k);
        let m = score_matrix(&c, &s).unwrap();
        for (r, row) in m.row_ids.iter().enumerate() {
            for (col, column) in m.col_ids.iter().enumerate() {
                let expected = if row == column { None } else { reference_score(&c, &s, by_id(&c, row), by_id(&c, column)) };
                prop_assert_eq!(m.get(r, col), expected);
            }
        }
        if mode == MatchingMode::Reverse {
            prop_assert!(m.row_ids.iter().all(|i| is_mentor(&c, &s, by_id(&c, i))));
            prop_assert!(m.col_ids.iter().all(|i| !is_mentor(&c, &s, by_id(&c, i))));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Hand-made cases

/// A participant rating 1 everywhere except `high` (skill index → rating).
fn person(
    generation: usize,
    department: Option<u8>,
    high: &[(usize, u8)],
    wants: &[usize],
) -> Spec {
    let mut ratings = vec![1; 12];
    for &(s, r) in high {
        ratings[s] = r;
    }
    Spec {
        generation,
        department,
        ratings,
        wants: wants.to_vec(),
    }
}

/// The template's skills in this file's order: 0 ai_tools, 1 customer_relations,
/// 2 smartphone_apps, 3 negotiation, 4 social_media, 5 leading_people, …
fn full_cohort(specs: &[Spec]) -> Cohort {
    cohort(12, specs)
}

fn plain_settings(mode: MatchingMode) -> MatchingSettings {
    MatchingSettings {
        mode,
        generation_bonus_per_step: 0,
        reciprocity_bonus: 0,
        same_department: Rule {
            strictness: Strictness::Off,
            penalty: 0,
        },
        ..MatchingSettings::default()
    }
}

fn members(p: &Pairing) -> Vec<Vec<String>> {
    p.pairs.iter().map(|x| x.members.clone()).collect()
}

fn ids(list: &[usize]) -> Vec<String> {
    list.iter().map(|&i| id(i)).collect()
}

#[test]
fn greedy_is_suboptimal_in_mutual_mode() {
    // Scores are generation distance, minus 2 for p02 and p03 who share a department:
    // p00–p01 = 4 is the best single pair, but taking it leaves p02–p03 = 2 − 2 = 0;
    // p00–p02 + p01–p03 = 3 + 3 = 6 is better than greedy's 4 + 0.
    let specs = [
        person(0, Some(0), &[], &[]),
        person(4, Some(1), &[], &[]),
        person(3, Some(2), &[], &[]),
        person(1, Some(2), &[], &[]),
    ];
    let c = full_cohort(&specs);
    let s = MatchingSettings {
        generation_bonus_per_step: 1,
        same_department: Rule {
            strictness: Strictness::Soft,
            penalty: 2,
        },
        ..plain_settings(MatchingMode::Mutual)
    };
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(members(&p), [ids(&[0, 2]), ids(&[1, 3])]);
    assert_eq!(p.total_score, 6);
    check_everything(&c, &s);
}

#[test]
fn greedy_is_suboptimal_in_reverse_mode() {
    // Mentors p00 (AI 5, apps 5) and p01 (AI 5); mentees p02 (wants AI) and p03 (knows
    // AI, wants apps). p00–p02 = 8 + 4 = 12 is the best single pair, but then p01–p03 = 0;
    // p00–p03 = 8 and p01–p02 = 8 make 16.
    let specs = [
        person(4, None, &[(0, 5), (2, 5)], &[]),
        person(3, None, &[(0, 5)], &[]),
        person(1, None, &[], &[0]),
        person(0, None, &[(0, 5)], &[2]),
    ];
    let c = full_cohort(&specs);
    let s = plain_settings(MatchingMode::Reverse);
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(members(&p), [ids(&[0, 3]), ids(&[1, 2])]);
    assert_eq!(p.total_score, 16);
    check_everything(&c, &s);
}

#[test]
fn greedy_leaves_people_out_where_the_optimum_pairs_everyone() {
    // p00–p01 is the best pair, but p02 and p03 may not be paired together.
    let specs = [
        person(0, None, &[], &[]),
        person(4, None, &[], &[]),
        person(3, None, &[], &[]),
        person(1, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let s = MatchingSettings {
        generation_bonus_per_step: 1,
        never_pair: vec![[id(2), id(3)]],
        ..plain_settings(MatchingMode::Mutual)
    };
    let p = match_cohort(&c, &s).unwrap();
    assert!(p.unmatched.is_empty());
    assert_eq!(p.pairs.len(), 2);
    check_everything(&c, &s);
}

#[test]
fn an_empty_cohort_gives_an_empty_pairing() {
    for mode in [MatchingMode::Mutual, MatchingMode::Reverse] {
        let c = full_cohort(&[]);
        let p = match_cohort(&c, &plain_settings(mode)).unwrap();
        assert!(p.pairs.is_empty() && p.unmatched.is_empty());
        assert_eq!(
            (p.total_score, p.min_pair_score, p.round, p.optimal),
            (0, None, 1, true)
        );
    }
}

#[test]
fn a_single_participant_is_told_there_is_nobody_else() {
    let c = full_cohort(&[person(2, None, &[], &[])]);
    let p = match_cohort(&c, &plain_settings(MatchingMode::Mutual)).unwrap();
    assert_eq!(p.unmatched.len(), 1);
    assert_eq!(p.unmatched[0].reason, UnmatchedReason::NobodyElse);
    let message = &for_people(&c, &p).unmatched[0].message;
    assert!(message.contains("only participant"), "{message}");
    let p = match_cohort(&c, &plain_settings(MatchingMode::Reverse)).unwrap();
    assert_eq!(p.unmatched[0].reason, UnmatchedReason::NobodyElse);
    assert!(for_people(&c, &p).unmatched[0]
        .message
        .contains("no mentors"));
}

#[test]
fn when_everything_is_forbidden_everyone_is_told_why() {
    // Everyone in the same generation, a minimum distance of 1, one never-pair entry.
    let specs: Vec<Spec> = (0..4).map(|_| person(2, None, &[], &[])).collect();
    let c = full_cohort(&specs);
    let s = MatchingSettings {
        min_generation_distance: 1,
        never_pair: vec![[id(0), id(1)]],
        ..plain_settings(MatchingMode::Mutual)
    };
    let p = match_cohort(&c, &s).unwrap();
    assert!(p.pairs.is_empty());
    assert_eq!(p.unmatched.len(), 4);
    let excluded = |i: usize| match &p.unmatched[i].reason {
        UnmatchedReason::NoAllowedPartner { excluded } => excluded
            .iter()
            .map(|e| (e.constraint, e.count))
            .collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        excluded(0),
        [
            (Constraint::NeverPair, 1),
            (Constraint::MinGenerationDistance, 2)
        ]
    );
    assert_eq!(excluded(2), [(Constraint::MinGenerationDistance, 3)]);
    assert_eq!(
        for_people(&c, &p).unmatched[0].message,
        "Name p00 (p00) cannot be paired: every possible partner is excluded (never-pair list: 1, too close in generation: 2)"
    );
}

#[test]
fn an_odd_one_out_joins_the_pair_where_they_add_most() {
    // Five people; p04 is left over by any optimal matching here and joins the pair
    // whose two scores with them add up most.
    let specs = [
        person(0, None, &[], &[]),
        person(4, None, &[], &[]),
        person(1, None, &[], &[]),
        person(3, None, &[], &[]),
        person(2, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let s = MatchingSettings {
        generation_bonus_per_step: 1,
        ..plain_settings(MatchingMode::Mutual)
    };
    let p = match_cohort(&c, &s).unwrap();
    assert!(p.unmatched.is_empty(), "{:?}", p.unmatched);
    let trio = p
        .pairs
        .iter()
        .find(|x| x.members.len() == 3)
        .expect("a trio");
    assert_eq!(trio.members[2], id(4), "the joiner comes last");
    // Its score is the sum of its three pair scores, each explained.
    assert_eq!(trio.explanation.links.len(), 3);
    assert_eq!(
        trio.score,
        trio.explanation.links.iter().map(|l| l.score).sum::<i64>()
    );
    check_everything(&c, &s);
}

#[test]
fn a_leftover_who_no_pair_can_take_is_told_why() {
    // Three people; p02 may not be paired with p00, so no trio can take them.
    let specs = [
        person(0, None, &[], &[]),
        person(4, None, &[], &[]),
        person(2, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let s = MatchingSettings {
        generation_bonus_per_step: 1,
        never_pair: vec![[id(0), id(2)]],
        ..plain_settings(MatchingMode::Mutual)
    };
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(members(&p), [ids(&[0, 1])]);
    assert_eq!(p.unmatched[0].participant_id, id(2));
    assert_eq!(
        p.unmatched[0].reason,
        UnmatchedReason::PartnersTaken {
            allowed: vec![id(1)],
            allowed_count: 1
        }
    );
}

/// Four people of one generation: p00 and p01 exchange what each wants to learn (16),
/// p02 and p03 have little for each other (1). Other pairs: 02 = 8, 03 = 7, 12 = 8,
/// 13 = 7. Best total: 01 + 23 = 17 (lowest 1); next 02 + 13 = 03 + 12 = 15 (lowest 7).
fn exchange(departments: [Option<u8>; 4]) -> Cohort {
    full_cohort(&[
        person(2, departments[0], &[(0, 5)], &[3]),
        person(2, departments[1], &[(3, 5)], &[0]),
        person(2, departments[2], &[(4, 5)], &[]),
        person(2, departments[3], &[(4, 4)], &[]),
    ])
}

#[test]
fn hard_department_rule_forbids_and_soft_costs() {
    let c = exchange([Some(0), Some(0), Some(1), Some(2)]);
    let mut s = plain_settings(MatchingMode::Mutual);
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(
        (members(&p), p.total_score),
        (vec![ids(&[0, 1]), ids(&[2, 3])], 17)
    );
    s.same_department = Rule {
        strictness: Strictness::Hard,
        penalty: 0,
    };
    let p = match_cohort(&c, &s).unwrap();
    assert!(!members(&p).contains(&ids(&[0, 1])));
    assert_eq!(p.total_score, 15);
    check_everything(&c, &s);
    // Soft, 1 point: 16 − 1 + 1 = 16 still beats 15, and the penalty shows.
    s.same_department = Rule {
        strictness: Strictness::Soft,
        penalty: 1,
    };
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(p.total_score, 16);
    let link = &p.pairs[0].explanation.links[0];
    assert_eq!(
        (
            link.shared_department.as_deref(),
            link.breakdown.same_department_penalty
        ),
        (Some("dept-0"), -1)
    );
    check_everything(&c, &s);
    // Soft, 3 points: 16 − 3 + 1 = 14 loses to 15.
    s.same_department = Rule {
        strictness: Strictness::Soft,
        penalty: 3,
    };
    assert_eq!(match_cohort(&c, &s).unwrap().total_score, 15);
    check_everything(&c, &s);
}

#[test]
fn never_pair_and_minimum_generation_distance_are_respected() {
    let c = exchange([None; 4]);
    let mut s = plain_settings(MatchingMode::Mutual);
    s.never_pair = vec![[id(1), id(0)]];
    let p = match_cohort(&c, &s).unwrap();
    assert!(!members(&p).contains(&ids(&[0, 1])));
    check_everything(&c, &s);

    // Generations 0, 4, 3, 1 scored by distance: with a minimum of 3 only 01 (4),
    // 02 (3) and 13 (3) are allowed, and 02 + 13 pairs everyone; with 4 only 01 is.
    let specs = [
        person(0, None, &[], &[]),
        person(4, None, &[], &[]),
        person(3, None, &[], &[]),
        person(1, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let mut s = MatchingSettings {
        generation_bonus_per_step: 1,
        min_generation_distance: 3,
        ..plain_settings(MatchingMode::Mutual)
    };
    assert_eq!(
        members(&match_cohort(&c, &s).unwrap()),
        [ids(&[0, 2]), ids(&[1, 3])]
    );
    s.min_generation_distance = 4;
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(members(&p), [ids(&[0, 1])]);
    for u in &p.unmatched {
        let UnmatchedReason::NoAllowedPartner { excluded } = &u.reason else {
            panic!("{u:?}")
        };
        assert_eq!(
            excluded
                .iter()
                .map(|e| (e.constraint, e.count))
                .collect::<Vec<_>>(),
            [(Constraint::MinGenerationDistance, 3)]
        );
    }
    check_everything(&c, &s);
}

#[test]
fn rounds_avoid_earlier_partners_and_record_it() {
    let specs = [
        person(0, None, &[], &[]),
        person(4, None, &[], &[]),
        person(3, None, &[], &[]),
        person(1, None, &[], &[]),
    ];
    let mut c = full_cohort(&specs);
    let mut s = MatchingSettings {
        generation_bonus_per_step: 1,
        ..plain_settings(MatchingMode::Mutual)
    };
    let first = match_cohort(&c, &s).unwrap();
    assert_eq!(first.round, 1);
    c.rounds.push(first.clone());
    // Hard (the default): round 2 gives everyone a new partner.
    let second = match_cohort(&c, &s).unwrap();
    assert_eq!((second.round, second.earlier_rounds.clone()), (2, vec![1]));
    assert!(second.repeated_partners.is_empty());
    for pair in &second.pairs {
        assert!(
            !first.pairs.iter().any(|f| f.members == pair.members),
            "{pair:?} repeats round 1"
        );
    }
    // Soft with no penalty: the best pairs may repeat, and the pairing says so.
    s.repeat_partner = Rule {
        strictness: Strictness::Soft,
        penalty: 0,
    };
    let again = match_cohort(&c, &s).unwrap();
    assert_eq!(members(&again), members(&first));
    assert_eq!(again.repeated_partners.len(), 2);
    assert_eq!(again.pairs[0].explanation.links[0].earlier_round, Some(1));
    check_everything(&c, &s);
}

#[test]
fn locked_pairs_are_kept_and_the_rest_is_reoptimised() {
    let specs = [
        person(0, None, &[], &[]),
        person(4, None, &[], &[]),
        person(3, None, &[], &[]),
        person(1, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let mut s = MatchingSettings {
        generation_bonus_per_step: 1,
        ..plain_settings(MatchingMode::Mutual)
    };
    s.locked_pairs = vec![[id(3), id(0)]];
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(members(&p), [ids(&[0, 3]), ids(&[1, 2])]);
    assert!(p.pairs[0].locked && !p.pairs[1].locked);
    // A lock wins over a hard constraint and says which one it breaks.
    s.never_pair = vec![[id(0), id(3)]];
    let p = match_cohort(&c, &s).unwrap();
    assert!(p.pairs[0].locked);
    assert_eq!(p.pairs[0].explanation.overrides, [Constraint::NeverPair]);
    check_everything(&c, &s);
}

#[test]
fn impossible_locks_are_clear_errors() {
    let specs = [
        person(0, None, &[], &[]),
        person(4, None, &[], &[]),
        person(3, None, &[], &[]),
        person(1, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let mut s = plain_settings(MatchingMode::Mutual);
    s.locked_pairs = vec![[id(0), "nobody".into()]];
    let unknown = MatchError::UnknownParticipant {
        list: PairList::LockedPairs,
        index: 0,
        id: "nobody".into(),
        closest: None,
    };
    assert_eq!(match_cohort(&c, &s), Err(unknown));
    s.locked_pairs = vec![[id(0), id(1)], [id(2), id(0)]];
    let e = match_cohort(&c, &s).unwrap_err();
    assert_eq!(e, MatchError::LockedTwice { id: id(0) });
    assert_eq!(
        e.to_string(),
        "'p00' is in two locked pairs; unlock one of them"
    );
    let mut s = plain_settings(MatchingMode::Reverse);
    s.locked_pairs = vec![[id(0), id(1)]];
    assert_eq!(
        match_cohort(&c, &s),
        Err(MatchError::LockNotMentorMentee {
            mentor: id(0),
            mentee: id(1)
        })
    );
    s.locked_pairs = vec![[id(1), id(0)], [id(1), id(3)]];
    assert_eq!(
        match_cohort(&c, &s),
        Err(MatchError::LockOverCapacity {
            mentor: id(1),
            locked: 2,
            capacity: 1
        })
    );
    s.mentor_capacity = 2;
    assert!(match_cohort(&c, &s).is_ok());
}

#[test]
fn invalid_settings_are_rejected_not_matched() {
    let c = full_cohort(&[person(0, None, &[], &[]), person(4, None, &[], &[])]);
    let s = MatchingSettings {
        mentor_capacity: 0,
        ..plain_settings(MatchingMode::Reverse)
    };
    assert!(matches!(match_cohort(&c, &s), Err(MatchError::Invalid(_))));
    let s = MatchingSettings {
        want_weight: 2_000_000,
        ..plain_settings(MatchingMode::Mutual)
    };
    assert!(
        matches!(match_cohort(&c, &s), Err(MatchError::SettingTooLarge { ref field, .. }) if field == "want_weight")
    );
}

#[test]
fn reverse_mode_fills_mentor_capacity_and_names_idle_mentors() {
    // Two mentors, three mentees: with capacity 1 a mentee is left without a mentor;
    // with capacity 2 everyone is placed; with 3 mentors and 1 mentee two mentors idle.
    let specs = [
        person(4, None, &[(0, 5)], &[]),
        person(3, None, &[(2, 5)], &[]),
        person(0, None, &[], &[0]),
        person(1, None, &[], &[2]),
        person(2, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let mut s = plain_settings(MatchingMode::Reverse);
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(p.pairs.len(), 2);
    assert!(matches!(
        p.unmatched[0].reason,
        UnmatchedReason::PartnersTaken { .. }
    ));
    assert!(for_people(&c, &p).unmatched[0]
        .message
        .contains("no mentor"));
    check_everything(&c, &s);
    s.mentor_capacity = 2;
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(p.pairs.len(), 3);
    assert!(p.unmatched.is_empty());
    check_everything(&c, &s);

    let specs = [
        person(4, None, &[], &[]),
        person(3, None, &[], &[]),
        person(4, None, &[], &[]),
        person(0, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let p = match_cohort(&c, &plain_settings(MatchingMode::Reverse)).unwrap();
    assert_eq!(p.unmatched.len(), 2);
    assert!(p
        .unmatched
        .iter()
        .all(|u| u.reason == UnmatchedReason::NoMenteeLeft));
}

#[test]
fn fairest_raises_the_lowest_pair_at_some_cost_to_the_total() {
    let c = exchange([None; 4]);
    let s = plain_settings(MatchingMode::Mutual);
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(
        (p.objective, p.total_score, p.min_pair_score),
        (Objective::MostPairs, 17, Some(1))
    );
    let s = MatchingSettings {
        objective: Objective::Fairest,
        ..s
    };
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(
        (p.objective, p.total_score, p.min_pair_score),
        (Objective::Fairest, 15, Some(7))
    );
    check_everything(&c, &s);
    // A locked pair caps the lowest score: locking p02–p03 (1) makes the fairest result
    // the one with the highest total again.
    let s = MatchingSettings {
        locked_pairs: vec![[id(2), id(3)]],
        ..s
    };
    assert_eq!(match_cohort(&c, &s).unwrap().total_score, 17);
    check_everything(&c, &s);
}

/// Regression: the fairest objective's threshold search was capped at the lowest locked
/// score before searching, so when every free score above the most-pairs minimum lay
/// above the locked pair's score, no threshold was tried and the unfair result stayed.
#[test]
fn fairest_with_a_locked_pair_scoring_below_the_free_pairs() {
    let sp = |generation: usize, ratings: [u8; 3]| Spec {
        generation,
        department: None,
        ratings: ratings.to_vec(),
        wants: vec![],
    };
    let specs = [
        sp(0, [1, 2, 1]),
        sp(2, [1, 1, 1]),
        sp(2, [1, 4, 1]),
        sp(4, [5, 1, 5]),
        sp(0, [1, 1, 4]),
        sp(4, [4, 1, 3]),
    ];
    let mut c = cohort(3, &specs);
    c.rounds.clear();
    let s = MatchingSettings {
        objective: Objective::Fairest,
        reciprocity_bonus: 0,
        same_department: Rule {
            strictness: Strictness::Off,
            penalty: 0,
        },
        min_generation_distance: 1,
        locked_pairs: vec![[id(3), id(5)]],
        ..MatchingSettings::default()
    };
    // Locked p03–p05 scores 3; free: p00–p01 2 + p02–p04 8 (lowest 2) or p00–p02 4 +
    // p01–p04 5 (lowest 3, as high as the lock allows).
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!((p.min_pair_score, p.total_score), (Some(3), 12));
    check_everything(&c, &s);
}

#[test]
fn ties_are_broken_deterministically_whatever_the_response_order() {
    // Generations 0, 4, 2, 2 scored by distance: 01 + 23 = 4 + 0, 02 + 13 = 2 + 2 and
    // 03 + 12 = 2 + 2 all total 4. The solver's lowest-index rule on participants sorted
    // by id picks one, the same every time and for any order of the responses.
    let specs = [
        person(0, None, &[], &[]),
        person(4, None, &[], &[]),
        person(2, None, &[], &[]),
        person(2, None, &[], &[]),
    ];
    let c = full_cohort(&specs);
    let s = MatchingSettings {
        generation_bonus_per_step: 1,
        ..plain_settings(MatchingMode::Mutual)
    };
    let p = match_cohort(&c, &s).unwrap();
    assert_eq!(p.total_score, 4);
    for rotation in 0..4 {
        let mut shuffled = c.clone();
        shuffled.responses.rotate_left(rotation);
        assert_eq!(match_cohort(&shuffled, &s).unwrap(), p);
    }
    check_everything(&c, &s);
    // Asking for the fairest result picks an even one.
    let s = MatchingSettings {
        objective: Objective::Fairest,
        ..s
    };
    let p = match_cohort(&c, &s).unwrap();
    assert!(p.pairs.iter().all(|x| x.score == 2), "{:?}", members(&p));
}

#[test]
fn demo_cohorts_match_in_both_modes_and_explanations_add_up() {
    for lang in Lang::ALL {
        let c = kakehashi::demo::demo_cohort(60, 5, lang, NOW);
        for mode in [MatchingMode::Mutual, MatchingMode::Reverse] {
            for objective in [Objective::MostPairs, Objective::Fairest] {
                let s = MatchingSettings {
                    mode,
                    objective,
                    ..c.workshop.matching.clone()
                };
                let p = match_cohort(&c, &s).unwrap();
                check_pairing_is_consistent(&c, &s, &p);
                if mode == MatchingMode::Mutual {
                    assert!(
                        p.unmatched.is_empty(),
                        "60 people, no hard constraints: everyone paired"
                    );
                }
                // The document re-imports to the same value.
                let text = kakehashi::document::formats::to_json(&p);
                assert_eq!(
                    kakehashi::document::formats::parse_pairing(text.as_bytes()).unwrap(),
                    p
                );
            }
        }
    }
}

#[test]
fn large_cohorts_get_local_swap_why_not() {
    let c = kakehashi::demo::demo_cohort(150, 2, Lang::En, NOW);
    for mode in [MatchingMode::Mutual, MatchingMode::Reverse] {
        let s = MatchingSettings {
            mode,
            ..c.workshop.matching.clone()
        };
        let p = match_cohort(&c, &s).unwrap();
        let entries: Vec<_> = p
            .pairs
            .iter()
            .flat_map(|x| &x.explanation.why_not)
            .collect();
        assert!(!entries.is_empty());
        for r in entries {
            assert!(!r.exact);
            // A local swap is one concrete alternative: the optimum is at least as good,
            // so by the objective's order it cannot beat the optimum.
            assert!(r.fewer_paired > 0 || r.total_fall >= 0, "{r:?}");
        }
    }
}
