//! The facilitator's locked pairs, checked and turned into participant indices.
//!
//! A lock is kept whatever the constraints say (its pair lists what it overrides), but it
//! must make sense as a pair of this cohort: both people known, nobody locked twice, and
//! in reverse mode a mentor first, a mentee second, within the mentor's capacity. The
//! first lock that does not is reported as a [`MatchError`] naming it.
//!
//! Depends on the scorer's people only; knows nothing about scores or solvers.

use super::{MatchError, ScoredCohort};
use crate::document::model::MatchingMode;
use std::collections::HashMap;

impl ScoredCohort<'_> {
    /// The locked pairs of the settings as indices (mentor first in reverse mode, else
    /// the smaller index first).
    pub(super) fn check_locks(&self) -> Result<Vec<(usize, usize)>, MatchError> {
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

    /// Whether `p` can be made a partner of someone new without breaking a lock: not
    /// locked at all, or (a mentor) with a place left beside their locked mentees.
    /// `lock_count[q]` is how many locked pairs hold `q`.
    pub(super) fn free_to_force(&self, p: usize, lock_count: &[u32]) -> bool {
        match self.settings.mode {
            MatchingMode::Mutual => lock_count[p] == 0,
            MatchingMode::Reverse if self.is_mentor(p) => lock_count[p] < self.capacity(),
            MatchingMode::Reverse => lock_count[p] == 0,
        }
    }
}
