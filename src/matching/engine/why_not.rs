//! Step 5's "why not": for every member of an unlocked group, the runner-up partner and
//! what forcing that pair would cost the group.
//!
//! The runner-up is the best other partner the constraints and locks allow
//! ([`ScoredCohort::runner_up`], one pass over a row of the score matrix). Its cost is
//! exact for cohorts of up to [`EXACT_WHY_NOT_MAX_PARTICIPANTS`]: a full re-solve with
//! the pair locked. Above that it is the cost of one concrete local swap, marked
//! inexact, so that matching a large cohort stays about as fast as the solver itself.
//!
//! Depends on `solve` (the re-solves) and the score matrix; no prose: the entries are
//! typed [`RunnerUp`] values the app words.

use super::super::NO_EDGE;
use super::{Group, Outcome, ScoredCohort};
use crate::document::model::{MatchingMode, RunnerUp};
use std::collections::{BTreeMap, HashMap};

/// Up to this many participants the "why not" figures are exact: the engine re-solves
/// the whole cohort with each runner-up pair locked (about one solve per participant).
/// Larger cohorts get the figures of a local swap instead, so matching stays fast.
pub const EXACT_WHY_NOT_MAX_PARTICIPANTS: usize = 100;

impl ScoredCohort<'_> {
    /// The "why not" entries of every group, in the order of `outcome.groups`.
    pub(super) fn why_not(
        &self,
        outcome: &Outcome,
        total: i64,
        placed: usize,
    ) -> Vec<Vec<RunnerUp>> {
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
}
