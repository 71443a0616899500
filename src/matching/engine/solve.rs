//! Steps 1, 2 and 4 of the engine: keep the locked pairs, solve the rest of the cohort
//! exactly, and (mutual mode) let those left over join a pair as a third.
//!
//! [`ScoredCohort::solve`] takes the locks as an argument rather than reading the
//! settings' own, because "why not" re-runs it with one more pair locked. It returns an
//! [`Outcome`] of participant indices; explaining it is `assemble`'s job. Which solve
//! the objective asks for is `objective`'s.
//!
//! Depends on the score matrix and the exact solvers; no prose, no document output.

use super::super::{assignment, NO_EDGE};
use super::objective::{best_assignment, best_matching, tier, Priority};
use super::{Group, Outcome, ScoredCohort};
use crate::document::model::MatchingMode;

impl ScoredCohort<'_> {
    /// The score of a group: the sum of its pair scores (soft penalties included, hard
    /// constraints ignored, as a locked pair may break them).
    pub(super) fn group_score(&self, g: &Group) -> i64 {
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
    pub(super) fn evaluate(&self, outcome: &Outcome) -> (i64, usize) {
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
    pub(super) fn solve(&self, locks: &[(usize, usize)]) -> Outcome {
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
        let first: Vec<bool> = free
            .iter()
            .map(|&p| self.scorer.people[p].sat_out)
            .collect();
        let mate = best_matching(m, &w, self.settings.objective, locked_min, &first);
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
            // Those who sat out the last round join first, then the total decides.
            if leftovers.iter().any(|&u| self.scorer.people[u].sat_out) {
                let t = tier(&added, cols.min(rows));
                for (c, &u) in leftovers.iter().enumerate() {
                    if self.scorer.people[u].sat_out {
                        for r in 0..rows {
                            if added[r * cols + c] != NO_EDGE {
                                added[r * cols + c] += t;
                            }
                        }
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
        // A mentor with a locked mentee has a partner already: only the others come first.
        let first = Priority {
            mentors: rows
                .iter()
                .map(|&r| locked_places[r] == 0 && self.scorer.people[self.mentors[r]].sat_out)
                .collect(),
            mentees: cols
                .iter()
                .map(|&c| self.scorer.people[self.mentees[c]].sat_out)
                .collect(),
        };
        let mentor_of = best_assignment(
            rows.len(),
            cols.len(),
            &capacity,
            &w,
            self.settings.objective,
            locked_min,
            &first,
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
}
