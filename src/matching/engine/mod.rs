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

use super::score::Scorer;
use super::{assignment, blossom, cardinality, NO_EDGE};
use crate::document::model::Kind;
use crate::document::model::{
    Cohort, Constraint, ExcludedCount, MatchingMode, MatchingSettings, Objective, Pair,
    PairExplanation, Pairing, RunnerUp, Unmatched, UnmatchedReason,
};
use crate::document::validate::{self, Invalid};
use std::collections::{BTreeMap, HashMap};

/// The largest cohort matched: the dense score matrix of 5,000 participants takes 200 MB.
pub const MAX_PARTICIPANTS: usize = 5_000;

/// The largest value of a weight, bonus or penalty setting. It keeps every score far
/// inside `i64`, so that the tie-breaking perturbation and the solvers' shifts fit.
pub const MAX_WEIGHT_SETTING: u32 = 1_000_000;

/// Up to this many participants the "why not" figures are exact: the engine re-solves
/// the whole cohort with each runner-up pair locked (about one solve per participant).
/// Larger cohorts get the figures of a local swap instead, so matching stays fast.
pub const EXACT_WHY_NOT_MAX_PARTICIPANTS: usize = 100;

/// At most this many names in [`UnmatchedReason::PartnersTaken`].
const MAX_LISTED: usize = 10;

/// Why a cohort could not be matched. Each message says what to change.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MatchError {
    /// The cohort or the settings are not valid.
    Invalid(Invalid),
    /// More participants than [`MAX_PARTICIPANTS`].
    TooManyParticipants { count: usize, max: usize },
    /// A weight, bonus or penalty above [`MAX_WEIGHT_SETTING`].
    SettingTooLarge {
        field: String,
        value: u32,
        max: u32,
    },
    /// A locked pair names someone who is not in the cohort.
    UnknownLockedParticipant { id: String },
    /// Someone is in two locked pairs (mutual mode), or a mentee in two (reverse mode).
    LockedTwice { id: String },
    /// Reverse mode: a locked pair must name a mentor first and a mentee second.
    LockNotMentorMentee { mentor: String, mentee: String },
    /// Reverse mode: more locked pairs for one mentor than their capacity.
    LockOverCapacity {
        mentor: String,
        locked: usize,
        capacity: u32,
    },
}

impl std::error::Error for MatchError {}

impl From<Invalid> for MatchError {
    fn from(invalid: Invalid) -> Self {
        MatchError::Invalid(invalid)
    }
}

/// Every pair's score: in mutual mode a symmetric participants × participants matrix,
/// in reverse mode mentors × mentees. Ids are sorted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreMatrix {
    pub mode: MatchingMode,
    /// Mutual mode: every participant; reverse mode: the mentors.
    pub row_ids: Vec<String>,
    /// Mutual mode: the same as `row_ids`; reverse mode: the mentees.
    pub col_ids: Vec<String>,
    /// Row-major, [`NO_EDGE`] where a hard constraint forbids the pair (and on the
    /// diagonal in mutual mode).
    pub cells: Vec<i64>,
}

impl ScoreMatrix {
    /// The score of row `r` with column `c`, `None` when forbidden.
    pub fn get(&self, r: usize, c: usize) -> Option<i64> {
        let w = self.cells[r * self.col_ids.len() + c];
        (w != NO_EDGE).then_some(w)
    }

    /// `{"ids": [...], "matrix": [[...]]}` in mutual mode, `{"rows": [...], "cols":
    /// [...], "matrix": [[...]]}` in reverse mode; `null` for a forbidden pair.
    pub fn to_json(&self) -> serde_json::Value {
        let matrix: Vec<Vec<Option<i64>>> = (0..self.row_ids.len())
            .map(|r| (0..self.col_ids.len()).map(|c| self.get(r, c)).collect())
            .collect();
        match self.mode {
            MatchingMode::Mutual => serde_json::json!({ "ids": self.row_ids, "matrix": matrix }),
            MatchingMode::Reverse => {
                serde_json::json!({ "rows": self.row_ids, "cols": self.col_ids, "matrix": matrix })
            }
        }
    }
}

/// Every pair's score under `settings` (which replace the workshop's own).
pub fn score_matrix(
    cohort: &Cohort,
    settings: &MatchingSettings,
) -> Result<ScoreMatrix, MatchError> {
    Ok(ScoredCohort::new(cohort, settings)?.score_matrix())
}

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
        validate::cohort(cohort)?;
        let mut workshop = cohort.workshop.clone();
        workshop.matching = settings.clone();
        validate::workshop(&workshop)?;
        if cohort.responses.len() > MAX_PARTICIPANTS {
            return Err(MatchError::TooManyParticipants {
                count: cohort.responses.len(),
                max: MAX_PARTICIPANTS,
            });
        }
        let weights = [
            ("want_weight", settings.want_weight),
            ("reciprocity_bonus", settings.reciprocity_bonus),
            (
                "generation_bonus_per_step",
                settings.generation_bonus_per_step,
            ),
            ("same_department.penalty", settings.same_department.penalty),
            ("repeat_partner.penalty", settings.repeat_partner.penalty),
        ];
        if let Some((field, value)) = weights.into_iter().find(|(_, v)| *v > MAX_WEIGHT_SETTING) {
            return Err(MatchError::SettingTooLarge {
                field: field.to_owned(),
                value,
                max: MAX_WEIGHT_SETTING,
            });
        }

        let scorer = Scorer::new(cohort, settings);
        let n = scorer.len();
        let (mut mentors, mut mentees, mut role_index) = (Vec::new(), Vec::new(), vec![0; n]);
        let cells = match settings.mode {
            MatchingMode::Mutual => {
                let mut cells = vec![NO_EDGE; n * n];
                for a in 0..n {
                    for b in a + 1..n {
                        if let Some(w) = scorer.score(a, b) {
                            cells[a * n + b] = w;
                            cells[b * n + a] = w;
                        }
                    }
                }
                cells
            }
            MatchingMode::Reverse => {
                for p in 0..n {
                    let list = if scorer.people[p].is_mentor {
                        &mut mentors
                    } else {
                        &mut mentees
                    };
                    role_index[p] = list.len();
                    list.push(p);
                }
                let mut cells = Vec::with_capacity(mentors.len() * mentees.len());
                for &m in &mentors {
                    cells.extend(
                        mentees
                            .iter()
                            .map(|&e| scorer.score(m, e).unwrap_or(NO_EDGE)),
                    );
                }
                cells
            }
        };
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

    fn check_locks(&self) -> Result<Vec<(usize, usize)>, MatchError> {
        let index: HashMap<&str, usize> = (0..self.n()).map(|p| (self.id(p), p)).collect();
        let lookup = |id: &String| {
            index
                .get(id.as_str())
                .copied()
                .ok_or_else(|| MatchError::UnknownLockedParticipant { id: id.clone() })
        };
        let mut locks = Vec::new();
        let mut used = vec![0usize; self.n()];
        for [a, b] in &self.settings.locked_pairs {
            let (pa, pb) = (lookup(a)?, lookup(b)?);
            match self.settings.mode {
                MatchingMode::Mutual => {
                    for (p, id) in [(pa, a), (pb, b)] {
                        used[p] += 1;
                        if used[p] > 1 {
                            return Err(MatchError::LockedTwice { id: id.clone() });
                        }
                    }
                    locks.push((pa.min(pb), pa.max(pb)));
                }
                MatchingMode::Reverse => {
                    if !self.is_mentor(pa) || self.is_mentor(pb) {
                        return Err(MatchError::LockNotMentorMentee {
                            mentor: a.clone(),
                            mentee: b.clone(),
                        });
                    }
                    used[pb] += 1;
                    if used[pb] > 1 {
                        return Err(MatchError::LockedTwice { id: b.clone() });
                    }
                    used[pa] += 1;
                    if used[pa] > self.capacity() as usize {
                        return Err(MatchError::LockOverCapacity {
                            mentor: a.clone(),
                            locked: used[pa],
                            capacity: self.capacity(),
                        });
                    }
                    locks.push((pa, pb));
                }
            }
        }
        Ok(locks)
    }

    /// The score matrix in the shape of [`ScoreMatrix`].
    pub fn score_matrix(&self) -> ScoreMatrix {
        let ids = |list: &[usize]| {
            list.iter()
                .map(|&p| self.id(p).to_owned())
                .collect::<Vec<_>>()
        };
        match self.settings.mode {
            MatchingMode::Mutual => {
                let all: Vec<usize> = (0..self.n()).collect();
                ScoreMatrix {
                    mode: MatchingMode::Mutual,
                    row_ids: ids(&all),
                    col_ids: ids(&all),
                    cells: self.cells.clone(),
                }
            }
            MatchingMode::Reverse => ScoreMatrix {
                mode: MatchingMode::Reverse,
                row_ids: ids(&self.mentors),
                col_ids: ids(&self.mentees),
                cells: self.cells.clone(),
            },
        }
    }

    /// The allowed score of `a` with `b` in either order; `None` when a hard constraint
    /// forbids it or (reverse mode) they are not a mentor and a mentee.
    fn allowed(&self, a: usize, b: usize) -> Option<i64> {
        let w = match self.settings.mode {
            MatchingMode::Mutual if a != b => self.cells[a * self.n() + b],
            MatchingMode::Mutual => NO_EDGE,
            MatchingMode::Reverse => match (self.is_mentor(a), self.is_mentor(b)) {
                (true, false) => {
                    self.cells[self.role_index[a] * self.mentees.len() + self.role_index[b]]
                }
                (false, true) => {
                    self.cells[self.role_index[b] * self.mentees.len() + self.role_index[a]]
                }
                _ => NO_EDGE,
            },
        };
        (w != NO_EDGE).then_some(w)
    }

    /// The score of a group: the sum of its pair scores (soft penalties included, hard
    /// constraints ignored, as a locked pair may break them).
    fn group_score(&self, g: &Group) -> i64 {
        let m = &g.members;
        let mut total = 0;
        for i in 0..m.len() {
            for j in i + 1..m.len() {
                total += self.scorer.raw_score(m[i], m[j]);
            }
        }
        total
    }

    /// Total score and number of people placed in groups.
    fn evaluate(&self, outcome: &Outcome) -> (i64, usize) {
        let total = outcome.groups.iter().map(|g| self.group_score(g)).sum();
        let mut placed = vec![false; self.n()];
        for g in &outcome.groups {
            for &p in &g.members {
                placed[p] = true;
            }
        }
        (total, placed.iter().filter(|&&p| p).count())
    }

    /// Steps 1–4 of the module documentation with the given locks.
    fn solve(&self, locks: &[(usize, usize)]) -> Outcome {
        let locked_groups: Vec<Group> = locks
            .iter()
            .map(|&(a, b)| Group {
                members: vec![a, b],
                locked: true,
            })
            .collect();
        let locked_min = locked_groups
            .iter()
            .map(|g| self.group_score(g))
            .min()
            .unwrap_or(i64::MAX);
        match self.settings.mode {
            MatchingMode::Mutual => self.solve_mutual(locked_groups, locked_min),
            MatchingMode::Reverse => self.solve_reverse(locked_groups, locked_min),
        }
    }

    fn solve_mutual(&self, mut groups: Vec<Group>, locked_min: i64) -> Outcome {
        let n = self.n();
        let mut locked = vec![false; n];
        for g in &groups {
            for &p in &g.members {
                locked[p] = true;
            }
        }
        let free: Vec<usize> = (0..n).filter(|&p| !locked[p]).collect();
        let m = free.len();
        let mut w = vec![NO_EDGE; m * m];
        for i in 0..m {
            for j in 0..m {
                w[i * m + j] = if i == j {
                    NO_EDGE
                } else {
                    self.cells[free[i] * n + free[j]]
                };
            }
        }
        let mate = best_matching(m, &w, self.settings.objective, locked_min);
        let mut pairs = Vec::new();
        let mut leftovers = Vec::new();
        for i in 0..m {
            match mate[i] {
                Some(j) if i < j => pairs.push(vec![free[i], free[j]]),
                Some(_) => {}
                None => leftovers.push(free[i]),
            }
        }

        // Step 4: leftovers join the pair where they add most (one per pair).
        let mut unplaced = Vec::new();
        if !leftovers.is_empty() && !pairs.is_empty() {
            let (rows, cols) = (pairs.len(), leftovers.len());
            let mut added = vec![NO_EDGE; rows * cols];
            for (r, pair) in pairs.iter().enumerate() {
                for (c, &u) in leftovers.iter().enumerate() {
                    if let (Some(x), Some(y)) = (self.allowed(pair[0], u), self.allowed(pair[1], u))
                    {
                        added[r * cols + c] = x + y;
                    }
                }
            }
            let host = assignment::max_weight_assignment(rows, cols, &vec![1; rows], &added);
            for (c, &u) in leftovers.iter().enumerate() {
                match host[c] {
                    Some(r) => pairs[r].push(u),
                    None => unplaced.push(u),
                }
            }
        } else {
            unplaced = leftovers;
        }
        groups.extend(pairs.into_iter().map(|members| Group {
            members,
            locked: false,
        }));
        Outcome { groups, unplaced }
    }

    fn solve_reverse(&self, mut groups: Vec<Group>, locked_min: i64) -> Outcome {
        let n_mentees = self.mentees.len();
        let mut locked_places = vec![0u32; self.mentors.len()];
        let mut mentee_locked = vec![false; n_mentees];
        for g in &groups {
            locked_places[self.role_index[g.members[0]]] += 1;
            mentee_locked[self.role_index[g.members[1]]] = true;
        }
        let rows: Vec<usize> = (0..self.mentors.len())
            .filter(|&r| locked_places[r] < self.capacity())
            .collect();
        let cols: Vec<usize> = (0..n_mentees).filter(|&c| !mentee_locked[c]).collect();
        let capacity: Vec<u32> = rows
            .iter()
            .map(|&r| self.capacity() - locked_places[r])
            .collect();
        let mut w = Vec::with_capacity(rows.len() * cols.len());
        for &r in &rows {
            w.extend(cols.iter().map(|&c| self.cells[r * n_mentees + c]));
        }
        let mentor_of = best_assignment(
            rows.len(),
            cols.len(),
            &capacity,
            &w,
            self.settings.objective,
            locked_min,
        );
        let mut unplaced = Vec::new();
        for (c, &col) in cols.iter().enumerate() {
            match mentor_of[c] {
                Some(r) => groups.push(Group {
                    members: vec![self.mentors[rows[r]], self.mentees[col]],
                    locked: false,
                }),
                None => unplaced.push(self.mentees[col]),
            }
        }
        let mut has_mentee = vec![false; self.mentors.len()];
        for g in &groups {
            has_mentee[self.role_index[g.members[0]]] = true;
        }
        unplaced.extend(
            (0..self.mentors.len())
                .filter(|&r| !has_mentee[r])
                .map(|r| self.mentors[r]),
        );
        unplaced.sort_unstable();
        Outcome { groups, unplaced }
    }

    /// The optimal pairing, explained.
    pub fn pairing(&self) -> Pairing {
        let outcome = self.solve(&self.locks);
        let (total, placed) = self.evaluate(&outcome);
        let why_not = self.why_not(&outcome, total, placed);

        let mut pairs: Vec<Pair> = outcome
            .groups
            .iter()
            .zip(why_not)
            .map(|(g, why_not)| {
                let m = &g.members;
                let mut links = vec![self.scorer.explain(m[0], m[1])];
                if let Some(&joiner) = m.get(2) {
                    links.push(self.scorer.explain(m[0], joiner));
                    links.push(self.scorer.explain(m[1], joiner));
                }
                let overrides = if g.locked {
                    self.scorer.all_forbidding(m[0], m[1])
                } else {
                    Vec::new()
                };
                let score = links.iter().map(|l| l.score).sum();
                debug_assert_eq!(score, self.group_score(g));
                Pair {
                    members: m.iter().map(|&p| self.id(p).to_owned()).collect(),
                    score,
                    locked: g.locked,
                    explanation: PairExplanation {
                        links,
                        overrides,
                        why_not,
                    },
                }
            })
            .collect();
        pairs.sort_by(|a, b| a.members.cmp(&b.members));

        let repeated_partners = pairs
            .iter()
            .flat_map(|p| &p.explanation.links)
            .filter(|l| l.earlier_round.is_some())
            .map(|l| l.members.clone())
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
        Pairing {
            format: Kind::Pairing.tag(),
            workshop_id: self.cohort.workshop.id.clone(),
            round,
            mode: self.settings.mode,
            objective: self.settings.objective,
            settings: self.settings.clone(),
            total_score: total,
            min_pair_score: pairs.iter().map(|p| p.score).min(),
            pairs,
            unmatched,
            earlier_rounds: self.cohort.rounds.iter().map(|r| r.round).collect(),
            repeated_partners,
            // Both solvers are exact and every step above keeps their optimum; a
            // heuristic fallback (none exists today) would set this to false.
            optimal: true,
        }
    }

    /// Whether `p` can be made a partner of someone new without breaking a lock.
    fn free_to_force(&self, p: usize, lock_count: &[u32]) -> bool {
        match self.settings.mode {
            MatchingMode::Mutual => lock_count[p] == 0,
            MatchingMode::Reverse if self.is_mentor(p) => lock_count[p] < self.capacity(),
            MatchingMode::Reverse => lock_count[p] == 0,
        }
    }

    /// The "why not" entries of every group, in the order of `outcome.groups`.
    fn why_not(&self, outcome: &Outcome, total: i64, placed: usize) -> Vec<Vec<RunnerUp>> {
        let n = self.n();
        let mut lock_count = vec![0u32; n];
        for &(a, b) in &self.locks {
            lock_count[a] += 1;
            lock_count[b] += 1;
        }
        // The groups of each person (a mentor may be in several).
        let mut groups_of: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, g) in outcome.groups.iter().enumerate() {
            for &p in &g.members {
                groups_of[p].push(i);
            }
        }
        let exact = n <= EXACT_WHY_NOT_MAX_PARTICIPANTS;
        let mut cache: HashMap<(usize, usize), (i64, i64)> = HashMap::new();

        let mut result = Vec::with_capacity(outcome.groups.len());
        for g in &outcome.groups {
            let mut entries = Vec::new();
            if !g.locked {
                for &x in &g.members {
                    let best = self.runner_up(x, |y| {
                        g.members.contains(&y)
                            || groups_of[x]
                                .iter()
                                .any(|&i| outcome.groups[i].members.contains(&y))
                            || !self.free_to_force(y, &lock_count)
                    });
                    let Some((pair_score, y)) = best else {
                        continue;
                    };
                    // The forced pair as a lock: mentor first in reverse mode, else the
                    // smaller index first.
                    let (mentor, mentee) = match self.settings.mode {
                        MatchingMode::Reverse if self.is_mentor(x) => (x, y),
                        MatchingMode::Reverse => (y, x),
                        MatchingMode::Mutual => (x.min(y), x.max(y)),
                    };
                    let (total_fall, fewer_paired) = if exact {
                        *cache.entry((mentor, mentee)).or_insert_with(|| {
                            let mut locks = self.locks.clone();
                            locks.push((mentor, mentee));
                            let (forced_total, forced_placed) = self.evaluate(&self.solve(&locks));
                            (total - forced_total, placed as i64 - forced_placed as i64)
                        })
                    } else {
                        self.local_swap(outcome, &groups_of, (mentor, mentee), x)
                    };
                    entries.push(RunnerUp {
                        member: self.id(x).to_owned(),
                        partner: self.id(y).to_owned(),
                        pair_score,
                        total_fall,
                        fewer_paired,
                        exact,
                    });
                }
            }
            result.push(entries);
        }
        result
    }

    /// The allowed partner `y` of `x` with the highest score, ties to the smaller index,
    /// skipping those `excluded(y)` says. Scans x's row of the score matrix in index
    /// order and asks `excluded` only about candidates that would improve the best, so
    /// the cost is one pass over the row.
    fn runner_up(&self, x: usize, excluded: impl Fn(usize) -> bool) -> Option<(i64, usize)> {
        let mut best: Option<(i64, usize)> = None;
        let mut consider = |w: i64, y: usize| {
            if w != NO_EDGE && best.is_none_or(|(bw, _)| w > bw) && !excluded(y) {
                best = Some((w, y));
            }
        };
        match self.settings.mode {
            MatchingMode::Mutual => {
                let n = self.n();
                for (y, &w) in self.cells[x * n..(x + 1) * n].iter().enumerate() {
                    if y != x {
                        consider(w, y);
                    }
                }
            }
            MatchingMode::Reverse if self.is_mentor(x) => {
                let n_mentees = self.mentees.len();
                let row = self.role_index[x] * n_mentees;
                for (c, &w) in self.cells[row..row + n_mentees].iter().enumerate() {
                    consider(w, self.mentees[c]);
                }
            }
            MatchingMode::Reverse => {
                let (n_mentees, col) = (self.mentees.len(), self.role_index[x]);
                for (r, &m) in self.mentors.iter().enumerate() {
                    consider(self.cells[r * n_mentees + col], m);
                }
            }
        }
        best
    }

    /// The cost of forcing `(a, b)` (mentor first in reverse mode) estimated by one
    /// concrete alternative: `x` (one of the two) leaves their group for the forced pair,
    /// and the people this displaces are re-paired among themselves at best. Returns
    /// (total fall, fewer paired); a full re-solve can only do at least as well by the
    /// objective's order (more people paired, then a higher total).
    fn local_swap(
        &self,
        outcome: &Outcome,
        groups_of: &[Vec<usize>],
        (a, b): (usize, usize),
        x: usize,
    ) -> (i64, i64) {
        let forced = Group {
            members: vec![a, b],
            locked: false,
        };
        let y = if x == a { b } else { a };
        let mut alternatives: Vec<(Vec<usize>, Vec<Group>)> = Vec::new();
        let unlocked_groups = |p: usize| {
            groups_of[p]
                .iter()
                .copied()
                .filter(|&i| !outcome.groups[i].locked)
        };
        let current = |p: usize| unlocked_groups(p).next();
        match self.settings.mode {
            MatchingMode::Mutual => {
                // Both leave their groups; the others of those groups pair up at best.
                let mut removed: Vec<usize> =
                    [current(x), current(y)].into_iter().flatten().collect();
                removed.dedup();
                let rest: Vec<usize> = removed
                    .iter()
                    .flat_map(|&i| outcome.groups[i].members.iter().copied())
                    .filter(|&p| p != x && p != y)
                    .collect();
                let mut added = vec![forced];
                added.extend(self.best_small_matching(&rest));
                alternatives.push((removed, added));
            }
            MatchingMode::Reverse => {
                let (mentor, mentee) = (a, b);
                let mentee_group = current(mentee);
                let mentor_load = groups_of[mentor].len() as u32;
                if x == mentor {
                    // The mentor takes the new mentee; the mentee's old mentor may take
                    // the mentor's current mentee in exchange.
                    if mentor_load < self.capacity() {
                        alternatives
                            .push((mentee_group.into_iter().collect(), vec![forced.clone()]));
                    }
                    for own in unlocked_groups(mentor) {
                        let mut removed = vec![own];
                        let mut added = vec![forced.clone()];
                        if let Some(i) = mentee_group {
                            removed.push(i);
                            let (old_mentor, displaced) =
                                (outcome.groups[i].members[0], outcome.groups[own].members[1]);
                            if self.allowed(old_mentor, displaced).is_some() {
                                added.push(Group {
                                    members: vec![old_mentor, displaced],
                                    locked: false,
                                });
                            }
                        }
                        alternatives.push((removed, added));
                    }
                } else {
                    // The mentee moves to the new mentor, who (if full) hands one of their
                    // mentees to the mentee's old mentor.
                    let old = current(mentee);
                    if mentor_load < self.capacity() {
                        alternatives.push((old.into_iter().collect(), vec![forced.clone()]));
                    }
                    for theirs in unlocked_groups(mentor) {
                        let mut removed: Vec<usize> = old.into_iter().collect();
                        removed.push(theirs);
                        let mut added = vec![forced.clone()];
                        if let Some(i) = old {
                            let (old_mentor, displaced) = (
                                outcome.groups[i].members[0],
                                outcome.groups[theirs].members[1],
                            );
                            if self.allowed(old_mentor, displaced).is_some() {
                                added.push(Group {
                                    members: vec![old_mentor, displaced],
                                    locked: false,
                                });
                            }
                        }
                        alternatives.push((removed, added));
                    }
                }
            }
        }
        // The best alternative by (placed, total): deltas against the current outcome.
        alternatives
            .iter()
            .map(|(removed, added)| {
                let mut change: BTreeMap<usize, i64> = BTreeMap::new();
                let mut total_delta = 0;
                for &i in removed {
                    total_delta -= self.group_score(&outcome.groups[i]);
                    for &p in &outcome.groups[i].members {
                        *change.entry(p).or_default() -= 1;
                    }
                }
                for g in added {
                    total_delta += self.group_score(g);
                    for &p in &g.members {
                        *change.entry(p).or_default() += 1;
                    }
                }
                let placed_delta: i64 = change
                    .iter()
                    .map(|(&p, &d)| {
                        let before = groups_of[p].len() as i64;
                        i64::from(before + d > 0) - i64::from(before > 0)
                    })
                    .sum();
                (placed_delta, total_delta)
            })
            .max()
            .map(|(placed_delta, total_delta)| (-total_delta, -placed_delta))
            .unwrap_or((0, 0))
    }

    /// The best pairs among at most four people (most pairs, then highest total), by
    /// trying every matching.
    fn best_small_matching(&self, people: &[usize]) -> Vec<Group> {
        fn go(
            s: &ScoredCohort,
            rest: &[usize],
            chosen: &mut Vec<(usize, usize)>,
            best: &mut (usize, i64, Vec<(usize, usize)>),
        ) {
            let Some((&first, rest)) = rest.split_first() else {
                let total = chosen.iter().map(|&(a, b)| s.scorer.raw_score(a, b)).sum();
                if (chosen.len(), total) > (best.0, best.1) {
                    *best = (chosen.len(), total, chosen.clone());
                }
                return;
            };
            go(s, rest, chosen, best);
            for (i, &other) in rest.iter().enumerate() {
                if s.allowed(first, other).is_some() {
                    let (a, b) = if s.settings.mode == MatchingMode::Reverse && !s.is_mentor(first)
                    {
                        (other, first)
                    } else {
                        (first.min(other), first.max(other))
                    };
                    chosen.push((a, b));
                    let remaining: Vec<usize> = rest
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .map(|(_, &p)| p)
                        .collect();
                    go(s, &remaining, chosen, best);
                    chosen.pop();
                }
            }
        }
        let mut best = (0, i64::MIN, Vec::new());
        go(self, people, &mut Vec::new(), &mut best);
        best.2
            .into_iter()
            .map(|(a, b)| Group {
                members: vec![a, b],
                locked: false,
            })
            .collect()
    }

    /// Why `p` has no partner in `outcome`.
    fn unmatched(&self, p: usize, outcome: &Outcome) -> Unmatched {
        let n = self.n();
        let mut lock_count = vec![0u32; n];
        for g in outcome.groups.iter().filter(|g| g.locked) {
            for &q in &g.members {
                lock_count[q] += 1;
            }
        }
        let reverse = self.settings.mode == MatchingMode::Reverse;
        let candidates: Vec<usize> = (0..n)
            .filter(|&q| q != p && (!reverse || self.is_mentor(q) != self.is_mentor(p)))
            .collect();
        let mut allowed = Vec::new();
        let mut excluded: BTreeMap<Constraint, u32> = BTreeMap::new();
        for &q in &candidates {
            if !self.free_to_force(q, &lock_count) {
                *excluded.entry(Constraint::LockedElsewhere).or_default() += 1;
            } else if let Some(c) = self.scorer.forbidden_by(p, q) {
                *excluded.entry(c).or_default() += 1;
            } else {
                allowed.push(q);
            }
        }
        let person = &self.scorer.people[p];
        let who = format!("{} ({})", person.name, person.id);
        let (reason, message) = if candidates.is_empty() {
            let message = match (reverse, self.is_mentor(p)) {
                (false, _) => format!("{who} is the only participant"),
                (true, true) => format!("{who} is a mentor, and there are no mentees"),
                (true, false) => format!("{who} is a mentee, and there are no mentors"),
            };
            (UnmatchedReason::NobodyElse, message)
        } else if allowed.is_empty() {
            let list = excluded
                .iter()
                .map(|(c, k)| format!("{}: {k}", constraint_phrase(*c)))
                .collect::<Vec<_>>();
            let message = format!(
                "{who} cannot be paired: every possible partner is excluded ({})",
                list.join(", ")
            );
            let excluded = excluded
                .into_iter()
                .map(|(constraint, count)| ExcludedCount { constraint, count })
                .collect();
            (UnmatchedReason::NoAllowedPartner { excluded }, message)
        } else if reverse && self.is_mentor(p) {
            let message = format!(
                "{who} has no mentee: each of the {} mentees they could mentor has another mentor in the best pairing",
                allowed.len()
            );
            (UnmatchedReason::NoMenteeLeft, message)
        } else {
            let names: Vec<String> = allowed
                .iter()
                .take(MAX_LISTED)
                .map(|&q| self.id(q).to_owned())
                .collect();
            let more = if allowed.len() > MAX_LISTED {
                format!(" and {} more", allowed.len() - MAX_LISTED)
            } else {
                String::new()
            };
            let message = if reverse {
                format!(
                    "{who} has no mentor: every mentor they may have ({}{more}) is full with mentees of the best pairing",
                    names.join(", ")
                )
            } else {
                format!(
                    "{who} has no partner: everyone they may be paired with ({}{more}) is in another pair of the best pairing, and no pair can take them as a third, since a hard constraint rules out one of its members",
                    names.join(", ")
                )
            };
            (
                UnmatchedReason::PartnersTaken {
                    allowed: names,
                    allowed_count: allowed.len() as u32,
                },
                message,
            )
        };
        Unmatched {
            participant_id: self.id(p).to_owned(),
            reason,
            message,
        }
    }
}

fn constraint_phrase(c: Constraint) -> &'static str {
    match c {
        Constraint::SameDepartment => "same department",
        Constraint::NeverPair => "never-pair list",
        Constraint::MinGenerationDistance => "too close in generation",
        Constraint::RepeatPartner => "partner in an earlier round",
        Constraint::LockedElsewhere => "locked with someone else",
    }
}

/// Keeps only the entries of `w` scoring at least `threshold`.
fn at_least(w: &[i64], threshold: i64) -> Vec<i64> {
    w.iter()
        .map(|&x| {
            if x != NO_EDGE && x >= threshold {
                x
            } else {
                NO_EDGE
            }
        })
        .collect()
}

/// The sorted distinct allowed values of `w` above `lower`.
fn distinct_above(w: &[i64], lower: i64) -> Vec<i64> {
    let mut values: Vec<i64> = w
        .iter()
        .copied()
        .filter(|&x| x != NO_EDGE && x > lower)
        .collect();
    values.sort_unstable();
    values.dedup();
    values
}

/// The largest `t` in `candidates` (ascending) with `feasible(t)`, or `None`; `feasible`
/// must be monotone (true up to some point, then false).
fn highest_feasible(candidates: &[i64], mut feasible: impl FnMut(i64) -> bool) -> Option<i64> {
    let (mut lo, mut hi) = (0, candidates.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if feasible(candidates[mid]) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo.checked_sub(1).map(|i| candidates[i])
}

/// Mutual mode, steps 2–3: the matching of the `m × m` pool for the objective.
/// `locked_min` is the lowest locked pair score (`i64::MAX` without locks).
fn best_matching(m: usize, w: &[i64], objective: Objective, locked_min: i64) -> Vec<Option<usize>> {
    if m < 2 {
        return vec![None; m];
    }
    if objective == Objective::MostPairs {
        return blossom::max_weight_matching(m, w);
    }
    // The fairest objective asks "do the pairs scoring at least t still pair as many?"
    // a few times; a cardinality check answers that without a weighted solve.
    let graph = |t: i64| -> Vec<Vec<usize>> {
        (0..m)
            .map(|i| {
                (0..m)
                    .filter(|&j| j != i && w[i * m + j] != NO_EDGE && w[i * m + j] >= t)
                    .collect()
            })
            .collect()
    };
    let most = cardinality::matching_size(&graph(i64::MIN + 1));
    let threshold = fairest_threshold(w, i64::MIN, locked_min, |t| {
        cardinality::reaches_matching_size(&graph(t), most)
    });
    match threshold {
        Some(t) => blossom::max_weight_matching(m, &at_least(w, t)),
        None => blossom::max_weight_matching(m, w),
    }
}

/// Reverse mode, steps 2–3: the assignment for the objective.
fn best_assignment(
    n_mentors: usize,
    n_mentees: usize,
    capacity: &[u32],
    w: &[i64],
    objective: Objective,
    locked_min: i64,
) -> Vec<Option<usize>> {
    if n_mentors == 0 || n_mentees == 0 {
        return vec![None; n_mentees];
    }
    let solve = |w: &[i64]| assignment::max_weight_assignment(n_mentors, n_mentees, capacity, w);
    if objective == Objective::MostPairs {
        return solve(w);
    }
    let graph = |t: i64| -> Vec<Vec<usize>> {
        (0..n_mentees)
            .map(|c| {
                (0..n_mentors)
                    .filter(|&r| w[r * n_mentees + c] != NO_EDGE && w[r * n_mentees + c] >= t)
                    .collect()
            })
            .collect()
    };
    let most = cardinality::assignment_size(&graph(i64::MIN + 1), capacity);
    let threshold = fairest_threshold(w, i64::MIN, locked_min, |t| {
        cardinality::reaches_assignment_size(&graph(t), capacity, most)
    });
    match threshold {
        Some(t) => solve(&at_least(w, t)),
        None => solve(w),
    }
}

/// Step 3: the lowest score the fairest result must reach — the highest threshold `t`
/// such that the pairs scoring at least `t` still pair as many people (`feasible`),
/// capped at the lowest locked pair (`locked_min`), which bounds the lowest score
/// anyway; then among results reaching it the total decides. Only thresholds above
/// `lowest` are tried; `None` when none is feasible.
fn fairest_threshold(
    w: &[i64],
    lowest: i64,
    locked_min: i64,
    feasible: impl FnMut(i64) -> bool,
) -> Option<i64> {
    if locked_min <= lowest {
        return None;
    }
    let mut candidates = distinct_above(w, lowest);
    // Thresholds above the first value reaching `locked_min` cannot raise the result.
    if let Some(i) = candidates.iter().position(|&t| t >= locked_min) {
        candidates.truncate(i + 1);
    }
    highest_feasible(&candidates, feasible).map(|t| t.min(locked_min))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highest_feasible_is_a_binary_search() {
        let c = [1, 3, 5, 7, 9];
        assert_eq!(highest_feasible(&c, |t| t <= 6), Some(5));
        assert_eq!(highest_feasible(&c, |_| true), Some(9));
        assert_eq!(highest_feasible(&c, |_| false), None);
        assert_eq!(highest_feasible(&[], |_| true), None);
    }
}
