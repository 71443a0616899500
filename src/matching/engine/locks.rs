//! The facilitator's locked pairs, checked and turned into participant indices.
//!
//! A lock is kept whatever the constraints say (its pair lists what it overrides), but it
//! must make sense as a pair of this cohort: both people known, nobody locked twice, and
//! in reverse mode a mentor first, a mentee second, within the mentor's capacity. The
//! first lock that does not is reported as a [`MatchError`] naming it.
//!
//! Depends on the scorer's people only; knows nothing about scores or solvers.

use super::{MatchError, ScoredCohort};
use crate::document::model::{MatchingMode, MatchingSettings};
use std::collections::HashMap;

/// The locked pairs of `settings` as indices of `n` people (mentor first in reverse
/// mode, else the smaller index first), or the first lock that cannot be kept. `index`
/// finds a participant by id, `is_mentor` tells a mentor (reverse mode). Shared by the
/// engine (on its own indices) and [`super::check_cohort`] (on the cohort's order).
pub(super) fn lock_indices(
    settings: &MatchingSettings,
    index: impl Fn(&str) -> Option<usize>,
    is_mentor: impl Fn(usize) -> bool,
    n: usize,
) -> Result<Vec<(usize, usize)>, MatchError> {
    let lookup = |id: &String| {
        index(id).ok_or_else(|| MatchError::UnknownLockedParticipant { id: id.clone() })
    };
    let capacity = settings.mentor_capacity;
    let mut locks = Vec::new();
    let mut used = vec![0usize; n];
    for [a, b] in &settings.locked_pairs {
        let (pa, pb) = (lookup(a)?, lookup(b)?);
        match settings.mode {
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
                if !is_mentor(pa) || is_mentor(pb) {
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
                if used[pa] > capacity as usize {
                    return Err(MatchError::LockOverCapacity {
                        mentor: a.clone(),
                        locked: used[pa],
                        capacity,
                    });
                }
                locks.push((pa, pb));
            }
        }
    }
    Ok(locks)
}

impl ScoredCohort<'_> {
    /// The locked pairs of the settings as this cohort's indices ([`lock_indices`]).
    pub(super) fn check_locks(&self) -> Result<Vec<(usize, usize)>, MatchError> {
        let index: HashMap<&str, usize> = (0..self.n()).map(|p| (self.id(p), p)).collect();
        lock_indices(
            self.settings,
            |id| index.get(id).copied(),
            |p| self.is_mentor(p),
            self.n(),
        )
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
