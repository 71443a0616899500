//! Re-matching (issue 11 §5): some pairs of the board's pairing are broken and their
//! members paired again, among themselves and with everyone without a partner, while
//! every other pair is kept and nobody gets their old partner back.
//!
//! Which pairs: [`marks`] says, for each pair of the pairing, whether it is to be
//! re-matched — automatically when a member's follow-up for the pairing's round asks for
//! a new partner ([`crate::document::model::FollowUp::wants_new_partner`]), and as the
//! facilitator says by hand ([`RematchMark`], [`toggle`]): the hand wins both ways.
//!
//! How: [`start`] turns the marked pairs into an ordinary engine run — every other pair
//! locked, the members of each broken pair on the never-pair list for this run only —
//! which the board sends down its usual road (`StartRun` → the shell, a worker for large
//! rooms → `ResultReady`); [`finish`] completes the engine's result (the kept pairs keep
//! their numbers, kept trios their third member) and records what was broken and why in
//! [`Pairing::rematched`], so that cards can say it and a follow-up is answered once.
//!
//! Pure: no clock, no browser; typed values only (words come from `i18n`). The board
//! ([`super::board`]) holds the marks and the run in progress; this module knows nothing
//! of the board.

use crate::document::model::{Cohort, MatchingSettings, Pairing, RematchedPair, UnmatchedReason};
use crate::matching::regroup::{self, Group};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

/// The facilitator's own word on one pair of a round: re-match it (`rematch: true`), or
/// keep it although a follow-up asks for a new partner (`false`). Kept with the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RematchMark {
    /// The round of the pairing the pair belongs to.
    pub round: u32,
    /// The pair's members, sorted (a mark names people, not a position on the board).
    pub members: Vec<String>,
    pub rematch: bool,
}

/// Whether one pair of the board is to be re-matched, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairMark {
    /// The pair's number and members, as on the board.
    pub number: u32,
    pub members: Vec<String>,
    /// The members whose follow-up for this round asks for a new partner (and who have
    /// not been re-matched since).
    pub asked: Vec<String>,
    /// The facilitator's own word, if any ([`RematchMark::rematch`]).
    pub by_hand: Option<bool>,
}

impl PairMark {
    /// The facilitator's word, else whether someone asked.
    pub fn marked(&self) -> bool {
        self.by_hand.unwrap_or(!self.asked.is_empty())
    }
}

/// The marks of a pairing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marks {
    /// One per pair of the pairing, in its order.
    pub pairs: Vec<PairMark>,
    /// Follow-up answers asking for a new partner that mark no pair because they follow
    /// up another round than the pairing's: each such round with its people (by id),
    /// rounds ascending.
    pub other_rounds: Vec<(u32, Vec<String>)>,
}

impl Marks {
    /// The pairs to be re-matched.
    pub fn marked(&self) -> impl Iterator<Item = &PairMark> {
        self.pairs.iter().filter(|p| p.marked())
    }
}

fn sorted(members: &[String]) -> Vec<String> {
    let mut m = members.to_vec();
    m.sort();
    m
}

/// The marks of every pair of `pairing` (the board's): by the follow-ups of `cohort` for
/// the pairing's round, and by `hand`. Someone already re-matched in this round (a member
/// of a pair in [`Pairing::rematched`]) has had their new partner: their follow-up marks
/// nothing more.
pub fn marks(cohort: &Cohort, pairing: &Pairing, hand: &[RematchMark]) -> Marks {
    let answered: BTreeSet<&str> = pairing
        .rematched
        .iter()
        .flat_map(|r| r.members.iter().map(String::as_str))
        .collect();
    let mut asking: BTreeSet<&str> = BTreeSet::new();
    let mut other_rounds: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for f in cohort.followups.iter().filter(|f| f.wants_new_partner) {
        if f.round == pairing.round {
            if !answered.contains(f.participant_id.as_str()) {
                asking.insert(&f.participant_id);
            }
        } else {
            other_rounds
                .entry(f.round)
                .or_default()
                .push(f.participant_id.clone());
        }
    }
    let hand: HashMap<&[String], bool> = hand
        .iter()
        .filter(|m| m.round == pairing.round)
        .map(|m| (m.members.as_slice(), m.rematch))
        .collect();
    let pairs = pairing
        .pairs
        .iter()
        .map(|p| PairMark {
            number: p.number,
            members: p.members.clone(),
            asked: p
                .members
                .iter()
                .filter(|m| asking.contains(m.as_str()))
                .cloned()
                .collect(),
            by_hand: hand.get(sorted(&p.members).as_slice()).copied(),
        })
        .collect();
    Marks {
        pairs,
        other_rounds: other_rounds.into_iter().collect(),
    }
}

/// Turns the mark of the pair `members` of `pairing` over: a marked pair is kept, an
/// unmarked one marked. A mark that comes back to what the follow-ups say is dropped, so
/// that the follow-ups decide again. Nothing happens for a pair not on the pairing.
pub fn toggle(hand: &mut Vec<RematchMark>, cohort: &Cohort, pairing: &Pairing, members: &[String]) {
    let Some(mark) = marks(cohort, pairing, hand)
        .pairs
        .into_iter()
        .find(|p| p.members == members)
    else {
        return;
    };
    let key = sorted(members);
    hand.retain(|m| !(m.round == pairing.round && m.members == key));
    let wanted = !mark.marked();
    if wanted != !mark.asked.is_empty() {
        hand.push(RematchMark {
            round: pairing.round,
            members: key,
            rematch: wanted,
        });
    }
}

/// A re-match on its way: what its run needs, and what its result is completed with.
#[derive(Debug, Clone, PartialEq)]
pub struct RematchRun {
    /// The pairing being re-matched.
    pub base: Rc<Pairing>,
    /// The marked pairs, as they are broken.
    pub broken: Vec<RematchedPair>,
    /// What the engine runs on: the cohort without the third members of the trios kept
    /// (a lock holds two people; the third is put back by [`finish`]).
    pub cohort: Rc<Cohort>,
    /// The run's settings: every kept pair locked, and the members of each broken pair
    /// on the never-pair list (for this run only: the board's settings do not change).
    pub settings: MatchingSettings,
    /// `settings` with the never-pair entries that name a kept trio's third member,
    /// whom the run does not see: the settings the result is recorded with.
    recorded: MatchingSettings,
    /// Each kept trio: its first two members and the third.
    trios: Vec<(Vec<String>, String)>,
}

/// The run that re-matches the marked pairs of `base` under `settings` (the board's
/// settings for its next run; the mode is the pairing's, whose pairs are kept), or `None`
/// when no pair is marked. A marked pair is broken even if locked; a pair naming someone
/// whose answers were deleted since is not kept (its other members join the others).
pub fn start(
    cohort: &Rc<Cohort>,
    base: &Rc<Pairing>,
    mut settings: MatchingSettings,
    marks: &Marks,
) -> Option<RematchRun> {
    let broken: Vec<RematchedPair> = marks
        .marked()
        .map(|m| RematchedPair {
            number: m.number,
            members: m.members.clone(),
            asked: m.asked.clone(),
        })
        .collect();
    if broken.is_empty() {
        return None;
    }
    settings.mode = base.mode;
    let known = |id: &String| cohort.response(id).is_some();
    let is_broken = |members: &Vec<String>| broken.iter().any(|b| &b.members == members);
    let kept: Vec<&Vec<String>> = base
        .pairs
        .iter()
        .map(|p| &p.members)
        .filter(|m| !is_broken(m) && m.iter().all(known))
        .collect();
    settings.locked_pairs = kept.iter().map(|m| [m[0].clone(), m[1].clone()]).collect();
    for b in &broken {
        for (i, x) in b.members.iter().enumerate() {
            for y in &b.members[i + 1..] {
                let listed = settings
                    .never_pair
                    .iter()
                    .any(|[p, q]| (p == x && q == y) || (p == y && q == x));
                if !listed {
                    settings.never_pair.push([x.clone(), y.clone()]);
                }
            }
        }
    }
    let trios: Vec<(Vec<String>, String)> = kept
        .iter()
        .filter(|m| m.len() == 3)
        .map(|m| (m[..2].to_vec(), m[2].clone()))
        .collect();
    let recorded = settings.clone();
    let run_cohort = if trios.is_empty() {
        cohort.clone()
    } else {
        let third: BTreeSet<&str> = trios.iter().map(|(_, t)| t.as_str()).collect();
        settings
            .never_pair
            .retain(|[p, q]| !third.contains(p.as_str()) && !third.contains(q.as_str()));
        let mut c = (**cohort).clone();
        c.responses
            .retain(|r| !third.contains(r.participant_id.as_str()));
        Rc::new(c)
    };
    Some(RematchRun {
        base: base.clone(),
        broken,
        cohort: run_cohort,
        settings,
        recorded,
        trios,
    })
}

/// What a re-match did, for the board's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RematchOutcome {
    /// The numbers of the pairs broken.
    pub broken: Vec<u32>,
    /// The new pairs (their members) that took in members of the broken pairs, each once,
    /// in the order of their numbers.
    pub new_pairs: Vec<Vec<String>>,
    /// Each member of a broken pair left without a partner, and why.
    pub unpaired: Vec<(String, UnmatchedReason)>,
    /// How many pairs were kept (and are locked now).
    pub kept: usize,
}

/// The engine's `result` for `run`, completed: the kept pairs keep their numbers (the
/// new ones are numbered after the highest), kept trios get their third member back, the
/// record of re-matched pairs grows by this re-match's, and the pairing is the engine's
/// optimum under the re-match's constraints (`optimal`). With what it did.
pub fn finish(cohort: &Cohort, run: &RematchRun, result: Pairing) -> (Pairing, RematchOutcome) {
    let numbers: HashMap<Vec<String>, u32> = run
        .base
        .pairs
        .iter()
        .map(|p| (p.members[..2].to_vec(), p.number))
        .collect();
    let groups: Vec<Group> = result
        .pairs
        .iter()
        .map(|p| {
            let mut members = p.members.clone();
            if p.locked {
                if let Some((_, third)) = run.trios.iter().find(|(two, _)| *two == members) {
                    members.push(third.clone());
                }
            }
            Group {
                number: if p.locked {
                    numbers.get(&p.members).copied().unwrap_or(0)
                } else {
                    0
                },
                members,
                locked: p.locked,
            }
        })
        .collect();
    let result = Pairing {
        settings: run.recorded.clone(),
        ..result
    };
    let mut pairing = regroup::regroup(cohort, &result, &groups);
    pairing.optimal = true;
    pairing.rematched = run.base.rematched.clone();
    pairing.rematched.extend(run.broken.iter().cloned());

    let mut outcome = RematchOutcome {
        broken: run.broken.iter().map(|b| b.number).collect(),
        new_pairs: Vec::new(),
        unpaired: Vec::new(),
        kept: pairing.pairs.iter().filter(|p| p.locked).count(),
    };
    let from_broken: BTreeSet<&String> = run.broken.iter().flat_map(|b| &b.members).collect();
    outcome.new_pairs = pairing
        .pairs
        .iter()
        .filter(|p| !p.locked && p.members.iter().any(|m| from_broken.contains(m)))
        .map(|p| p.members.clone())
        .collect();
    for id in run.broken.iter().flat_map(|b| &b.members) {
        if let Some(u) = pairing.unmatched.iter().find(|u| &u.participant_id == id) {
            outcome.unpaired.push((id.clone(), u.reason.clone()));
        }
    }
    (pairing, outcome)
}
