//! Scoring a grouping the facilitator arranged by hand: after a pair is broken or a
//! person moved, every group is scored and explained with the same [`Scorer`] the engine
//! uses, and built into a pair by the engine's own assembly (`engine::assemble`), so a
//! hand-made pair shows exactly the points and lines the engine would give it.
//!
//! The main function is [`regroup`]: a cohort, the pairing being edited and the new
//! groups in, a complete [`Pairing`] out (scores, explanations, total, the unmatched with
//! their reasons). The result is no longer the engine's optimum, so `optimal` is false.
//! Like the rest of the matching module it knows nothing about the browser.

use super::engine::{assemble, unmatched};
use super::score::Scorer;
use crate::document::model::{Cohort, MatchingMode, Pair, Pairing, Unmatched};
use std::collections::{BTreeSet, HashMap};

/// One group of a hand-arranged pairing: two members (in reverse mode the mentor first)
/// or three (a trio, mutual mode), whether the facilitator locked it, and its number
/// ([`Pair::number`]: the number of the pair it was; 0 for a new group, which is numbered
/// after the others).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub members: Vec<String>,
    pub locked: bool,
    pub number: u32,
}

impl Group {
    /// The group `pair` is, keeping its number.
    pub fn of(pair: &Pair) -> Group {
        Group {
            members: pair.members.clone(),
            locked: pair.locked,
            number: pair.number,
        }
    }
}

/// The pairing with `groups` instead of `base.pairs`, scored under `base.settings`.
///
/// - A group whose members are unchanged keeps its "why not" entries; a changed group
///   has none (they were computed for another arrangement).
/// - Hard constraints a group breaks are listed as its `overrides`: the facilitator's
///   arrangement wins over the rules, as a lock does.
/// - Everyone in the cohort outside every group is unmatched: with their earlier reason
///   if they were unmatched in `base`, else
///   [`UnmatchedReason::SetAside`](crate::document::model::UnmatchedReason::SetAside).
/// - `settings.locked_pairs` lists the locked groups' first two members.
/// - Each group keeps its number; new groups (0) are numbered after the highest.
/// - The record of re-matched pairs ([`Pairing::rematched`]) is the base's.
///
/// Members who are no longer in the cohort (a response deleted since) are dropped, and a
/// group left with fewer than two members dissolves.
pub fn regroup(cohort: &Cohort, base: &Pairing, groups: &[Group]) -> Pairing {
    let mut settings = base.settings.clone();
    let known: HashMap<&str, &str> = cohort
        .responses
        .iter()
        .map(|r| (r.participant_id.as_str(), r.name.as_str()))
        .collect();
    let groups: Vec<Group> = groups
        .iter()
        .map(|g| Group {
            members: g
                .members
                .iter()
                .filter(|m| known.contains_key(m.as_str()))
                .cloned()
                .collect(),
            locked: g.locked,
            number: g.number,
        })
        .filter(|g| g.members.len() >= 2)
        .collect();
    settings.locked_pairs = groups
        .iter()
        .filter(|g| g.locked)
        .map(|g| [g.members[0].clone(), g.members[1].clone()])
        .collect();

    let scorer = Scorer::new(cohort, &settings);
    let index: HashMap<&str, usize> = scorer
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let before: HashMap<&[String], &Pair> = base
        .pairs
        .iter()
        .map(|p| (p.members.as_slice(), p))
        .collect();

    let pairs = groups
        .iter()
        .map(|g| {
            let members: Vec<usize> = g.members.iter().map(|id| index[id.as_str()]).collect();
            // An unchanged group keeps its runner-ups; they were computed for it.
            let why_not = match before.get(g.members.as_slice()) {
                Some(old) if !g.locked => old.explanation.why_not.clone(),
                _ => Vec::new(),
            };
            Pair {
                number: g.number,
                ..assemble::pair(&scorer, &members, g.locked, why_not)
            }
        })
        .collect::<Vec<_>>();

    let placed: BTreeSet<&str> = pairs
        .iter()
        .flat_map(|p| p.members.iter().map(String::as_str))
        .collect();
    let mut unmatched: Vec<Unmatched> = scorer
        .people
        .iter()
        .filter(|p| !placed.contains(p.id))
        .map(|p| {
            base.unmatched
                .iter()
                .find(|u| u.participant_id == p.id)
                .cloned()
                .unwrap_or_else(|| unmatched::set_aside(p))
        })
        .collect();
    unmatched.sort_by(|a, b| a.participant_id.cmp(&b.participant_id));

    let header = assemble::Header {
        format: base.format.clone(),
        workshop_id: base.workshop_id.clone(),
        round: base.round,
        settings,
        earlier_rounds: cohort.rounds.iter().map(|r| r.round).collect(),
        optimal: false,
    };
    // The pairs re-matched in this round stay on record through edits by hand.
    Pairing {
        rematched: base.rematched.clone(),
        ..assemble::pairing(header, pairs, unmatched)
    }
}

/// Whether `id` mentors in `settings.mode == Reverse` (a member of a mentor generation).
pub fn is_mentor(
    cohort: &Cohort,
    settings: &crate::document::model::MatchingSettings,
    id: &str,
) -> bool {
    settings.mode == MatchingMode::Reverse
        && cohort
            .responses
            .iter()
            .find(|r| r.participant_id == id)
            .and_then(|r| r.generation_id(&cohort.workshop))
            .is_some_and(|g| settings.mentor_generations.iter().any(|m| m == g))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::{Lang, UnmatchedReason};
    use crate::matching::match_cohort;

    fn groups_of(p: &Pairing) -> Vec<Group> {
        p.pairs.iter().map(Group::of).collect()
    }

    #[test]
    fn the_engines_own_groups_score_as_the_engine_scored_them() {
        let cohort = demo_cohort(13, 4, Lang::En, "2026-11-26T09:00:00Z");
        for mode in [MatchingMode::Mutual, MatchingMode::Reverse] {
            let mut settings = cohort.workshop.matching.clone();
            settings.mode = mode;
            let engine = match_cohort(&cohort, &settings).unwrap();
            let again = regroup(&cohort, &engine, &groups_of(&engine));
            assert_eq!(again.pairs, engine.pairs, "{mode:?}");
            assert_eq!(again.total_score, engine.total_score);
            assert_eq!(again.unmatched, engine.unmatched);
            assert!(!again.optimal);
        }
    }

    #[test]
    fn a_dissolved_group_sets_its_members_aside() {
        let cohort = demo_cohort(10, 2, Lang::En, "2026-11-26T09:00:00Z");
        let engine = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        let mut groups = groups_of(&engine);
        let gone = groups.remove(0);
        let p = regroup(&cohort, &engine, &groups);
        assert_eq!(p.pairs.len(), engine.pairs.len() - 1);
        assert_eq!(p.total_score, engine.total_score - engine.pairs[0].score);
        for id in &gone.members {
            let u = p
                .unmatched
                .iter()
                .find(|u| &u.participant_id == id)
                .unwrap();
            assert_eq!(u.reason, UnmatchedReason::SetAside);
        }
    }

    /// Breaking a pair renumbers no other; a group formed by hand gets the next number
    /// after the highest, and the pairs are listed by number.
    #[test]
    fn pairs_keep_their_numbers_and_a_new_group_is_numbered_last() {
        let cohort = demo_cohort(14, 2, Lang::En, "2026-11-26T09:00:00Z");
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = MatchingMode::Mutual;
        let engine = match_cohort(&cohort, &settings).unwrap();
        let numbers: Vec<u32> = engine.pairs.iter().map(|p| p.number).collect();
        assert_eq!(
            numbers,
            (1..=engine.pairs.len() as u32).collect::<Vec<_>>(),
            "the engine numbers 1, 2, … in its order"
        );
        let mut groups = groups_of(&engine);
        let gone = groups.remove(1);
        let kept = regroup(&cohort, &engine, &groups);
        let expected: Vec<u32> = numbers
            .iter()
            .copied()
            .filter(|&n| n != gone.number)
            .collect();
        assert_eq!(
            kept.pairs.iter().map(|p| p.number).collect::<Vec<_>>(),
            expected
        );
        for pair in &kept.pairs {
            let before = engine
                .pairs
                .iter()
                .find(|p| p.number == pair.number)
                .unwrap();
            assert_eq!(
                before.members, pair.members,
                "pair {} is the same pair",
                pair.number
            );
        }
        // The two set aside together again, by hand: a new group, numbered last, listed last.
        groups.insert(
            0,
            Group {
                number: 0,
                ..gone.clone()
            },
        );
        let again = regroup(&cohort, &kept, &groups);
        let last = again.pairs.last().unwrap();
        assert_eq!(
            (last.number, &last.members),
            (numbers.len() as u32 + 1, &gone.members)
        );
    }

    #[test]
    fn a_lock_that_breaks_a_rule_and_a_trio_read_the_same_after_regrouping() {
        // Nine people: one joins a pair as a third. The lock is on the never-pair list,
        // so its pair lists the override; the shared assembly must write both exactly
        // as the engine did.
        let cohort = demo_cohort(9, 4, Lang::En, "2026-11-26T09:00:00Z");
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = MatchingMode::Mutual;
        let mut ids: Vec<String> = cohort
            .responses
            .iter()
            .map(|r| r.participant_id.clone())
            .collect();
        ids.sort();
        settings.never_pair = vec![[ids[0].clone(), ids[1].clone()]];
        settings.locked_pairs = vec![[ids[0].clone(), ids[1].clone()]];
        let engine = match_cohort(&cohort, &settings).unwrap();
        let locked = engine.pairs.iter().find(|p| p.locked).unwrap();
        assert_eq!(
            locked.explanation.overrides,
            vec![crate::document::model::Constraint::NeverPair]
        );
        assert!(engine.pairs.iter().any(|p| p.members.len() == 3));
        let again = regroup(&cohort, &engine, &groups_of(&engine));
        assert_eq!(again.pairs, engine.pairs);
        assert_eq!(again.total_score, engine.total_score);
        assert_eq!(again.min_pair_score, engine.min_pair_score);
    }
}
