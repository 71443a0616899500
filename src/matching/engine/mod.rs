//! The matching engine: from a cohort and its settings to a [`Pairing`] — the provably
//! optimal pairs under the facilitator's constraints, each explained, with everyone left
//! out listed with a reason.
//!
//! Entry points: [`score_matrix`] (every pair's score, `None` where forbidden) and
//! [`match_cohort`] (the pairing). Both go through [`ScoredCohort`], which validates the
//! input and scores every pair once; callers that want to time or reuse the two steps
//! use it directly.
//!
//! How a pairing is computed (details and the reasons in `docs/MATCHING.md`):
//! 1. Locked pairs are kept as they are; their members leave the pool (in reverse mode a
//!    locked pair uses one of its mentor's places).
//! 2. The pool is solved exactly: mutual mode by maximum-weight matching in the general
//!    graph ([`super::blossom`]), reverse mode by capacitated assignment
//!    ([`super::assignment`]). Both maximise the number of people paired first, then the
//!    total score. Ties between equally good results go to the solvers' deterministic
//!    lowest-index rule, on participants sorted by id. (Breaking ties towards the most
//!    even scores by perturbing the weights to `w·K − w²` was tried and dropped: on
//!    realistic, tie-heavy scores it made the blossom solver 2.5× slower; the fairest
//!    objective is the way to ask for even scores.)
//! 3. The fairest objective first finds the highest threshold `T` such that the pairs
//!    scoring at least `T` still pair as many people, by binary search over the distinct
//!    scores, then solves step 2 on those pairs only.
//! 4. Mutual mode: those the matching leaves over join the pair where they add most,
//!    forming trios — an assignment of leftovers to unlocked pairs, at most one each.
//! 5. Every pair is explained ([`super::score::Scorer::explain`]) and, for each member of
//!    an unlocked pair, the runner-up partner is evaluated ("why not"): exactly, by
//!    re-running steps 1–4 with that pair locked, for cohorts of up to
//!    [`EXACT_WHY_NOT_MAX_PARTICIPANTS`]; above that by a local swap, marked inexact.
//!
//! **Architecture invariant:** no clock, no randomness, no I/O: the same cohort and
//! settings give the same pairing, whatever the order of the responses.
//!
//! **Code map.** One module per job, around the hub type [`ScoredCohort`] defined here
//! (the validated cohort with every pair scored, which every job reads):
//! - `error`: [`MatchError`], the limits, and the checks made before scoring;
//! - `matrix`: the score matrix — built once, read by every step, exported as
//!   [`ScoreMatrix`];
//! - `locks`: the facilitator's locked pairs, checked and turned into indices;
//! - `solve`: steps 1, 2 and 4 — locks kept, the pool solved, leftovers made trios;
//! - `objective`: steps 2–3 — which exact solve the objective asks for;
//! - `why_not`: step 5's runner-ups, exact or by a local swap;
//! - `capacity`: reverse mode's smallest mentor load that pairs the most mentees;
//! - `unmatched`: why someone has no partner;
//! - `assemble`: explained pairs and the pairing document around them, shared with
//!   [`super::regroup`] so that a hand-made pair reads as the engine would write it.
//!
//! A directory of its own, rather than modules beside `blossom` and `assignment`,
//! because these modules share [`ScoredCohort`]'s private fields and know cohorts and
//! settings, while the solvers beside them know only integer matrices.

pub(super) mod assemble;
mod capacity;
mod error;
mod locks;
mod matrix;
mod objective;
mod solve;
pub(super) mod unmatched;
mod why_not;

pub use capacity::smallest_capacity_for_most_mentees;
pub use error::{
    check_cohort, check_settings, MatchError, PairList, MAX_PARTICIPANTS, MAX_WEIGHT_SETTING,
};
pub use matrix::{score_matrix, ScoreMatrix};
pub use why_not::EXACT_WHY_NOT_MAX_PARTICIPANTS;

use super::score::Scorer;
use crate::document::model::Kind;
use crate::document::model::{Cohort, MatchingSettings, Pairing};

/// The optimal pairing of `cohort` under `settings` (which replace the workshop's own;
/// pass `&cohort.workshop.matching` to use them as they are).
pub fn match_cohort(cohort: &Cohort, settings: &MatchingSettings) -> Result<Pairing, MatchError> {
    Ok(ScoredCohort::new(cohort, settings)?.pairing())
}

/// A group of the result: a pair `[a, b]` (`a` the mentor in reverse mode, else the
/// smaller index), or a trio `[a, b, joiner]`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Group {
    members: Vec<usize>,
    locked: bool,
}

/// The groups a solve produced and the people it could not place.
#[derive(Debug, Clone)]
struct Outcome {
    groups: Vec<Group>,
    unplaced: Vec<usize>,
}

/// A validated cohort with every pair scored under one set of settings; the matching
/// runs on it. Indices are participants sorted by id.
pub struct ScoredCohort<'a> {
    cohort: &'a Cohort,
    settings: &'a MatchingSettings,
    scorer: Scorer<'a>,
    /// Mutual mode: `n × n`, symmetric. Reverse mode: `mentors.len() × mentees.len()`.
    cells: Vec<i64>,
    /// Reverse mode: the mentors and the mentees (participant indices, ascending).
    mentors: Vec<usize>,
    mentees: Vec<usize>,
    /// Reverse mode: if `p` is a mentor, `role_index[p]` is their row; else their column.
    role_index: Vec<usize>,
    /// The locked pairs as indices (mentor first in reverse mode).
    locks: Vec<(usize, usize)>,
}

impl<'a> ScoredCohort<'a> {
    /// Validates the cohort and the settings and scores every pair.
    pub fn new(cohort: &'a Cohort, settings: &'a MatchingSettings) -> Result<Self, MatchError> {
        error::check_cohort(cohort, settings)?;
        let scorer = Scorer::new(cohort, settings);
        let matrix::Cells {
            cells,
            mentors,
            mentees,
            role_index,
        } = matrix::score_all(&scorer, settings.mode);
        let mut scored = ScoredCohort {
            cohort,
            settings,
            scorer,
            cells,
            mentors,
            mentees,
            role_index,
            locks: vec![],
        };
        scored.locks = scored.check_locks()?;
        Ok(scored)
    }

    fn n(&self) -> usize {
        self.scorer.len()
    }

    fn id(&self, p: usize) -> &str {
        self.scorer.people[p].id
    }

    fn is_mentor(&self, p: usize) -> bool {
        self.scorer.people[p].is_mentor
    }

    fn capacity(&self) -> u32 {
        self.settings.mentor_capacity
    }

    /// The optimal pairing, explained.
    pub fn pairing(&self) -> Pairing {
        let outcome = self.solve(&self.locks);
        let (total, placed) = self.evaluate(&outcome);
        let why_not = self.why_not(&outcome, total, placed);
        let pairs = outcome
            .groups
            .iter()
            .zip(why_not)
            .map(|(g, why_not)| {
                let pair = assemble::pair(&self.scorer, &g.members, g.locked, why_not);
                debug_assert_eq!(pair.score, self.group_score(g));
                // The solvers only use allowed pairs, so only a lock can break a rule.
                debug_assert!(g.locked || pair.explanation.overrides.is_empty());
                pair
            })
            .collect();
        let unmatched = outcome
            .unplaced
            .iter()
            .map(|&p| self.unmatched(p, &outcome))
            .collect();
        let round = self
            .cohort
            .rounds
            .iter()
            .map(|r| r.round)
            .max()
            .unwrap_or(0)
            + 1;
        let header = assemble::Header {
            format: Kind::Pairing.tag(),
            workshop_id: self.cohort.workshop.id.clone(),
            round,
            settings: self.settings.clone(),
            earlier_rounds: self.cohort.rounds.iter().map(|r| r.round).collect(),
            // Both solvers are exact and every step above keeps their optimum; a
            // heuristic fallback (none exists today) would set this to false.
            optimal: true,
        };
        let pairing = assemble::pairing(header, pairs, unmatched);
        debug_assert_eq!(pairing.total_score, total);
        pairing
    }
}
