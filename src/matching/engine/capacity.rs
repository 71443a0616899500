//! Reverse mode's "pair every mentee": the smallest number of mentees per mentor with
//! which as many mentees get a mentor as any number would allow. With that many places
//! nobody takes one more mentee than needed (no mentor gets a third while a third is not
//! needed), and the engine's usual solve at that capacity gives the best total.
//!
//! Found by a binary search over the capacity, each probe an unweighted b-matching size
//! ([`super::super::cardinality`]): the largest number of mentees placed only grows with
//! the capacity, so the smallest capacity that reaches the largest number is exact.

use super::super::{cardinality, NO_EDGE};
use super::{MatchError, ScoredCohort};
use crate::document::model::{Cohort, MatchingMode, MatchingSettings};
use crate::document::validate::MAX_MENTOR_CAPACITY;

/// Reverse mode: the smallest `mentor_capacity` (keeping the locks of `settings`) at
/// which the engine pairs as many mentees as at any capacity up to
/// [`MAX_MENTOR_CAPACITY`]. Mutual mode has no capacity: its own.
pub fn smallest_capacity_for_most_mentees(
    cohort: &Cohort,
    settings: &MatchingSettings,
) -> Result<u32, MatchError> {
    if settings.mode != MatchingMode::Reverse {
        return Ok(settings.mentor_capacity);
    }
    // Scores do not depend on the capacity; the largest one admits every lock.
    let widest = MatchingSettings {
        mentor_capacity: MAX_MENTOR_CAPACITY,
        ..settings.clone()
    };
    Ok(ScoredCohort::new(cohort, &widest)?.smallest_capacity())
}

impl ScoredCohort<'_> {
    fn smallest_capacity(&self) -> u32 {
        let (n_mentors, n_mentees) = (self.mentors.len(), self.mentees.len());
        let mut locked_places = vec![0u32; n_mentors];
        let mut mentee_locked = vec![false; n_mentees];
        for &(mentor, mentee) in &self.locks {
            locked_places[self.role_index[mentor]] += 1;
            mentee_locked[self.role_index[mentee]] = true;
        }
        let mentors_of: Vec<Vec<usize>> = (0..n_mentees)
            .filter(|&c| !mentee_locked[c])
            .map(|c| {
                (0..n_mentors)
                    .filter(|&r| self.cells[r * n_mentees + c] != NO_EDGE)
                    .collect()
            })
            .collect();
        let places = |capacity: u32| -> Vec<u32> {
            locked_places
                .iter()
                .map(|&l| capacity.saturating_sub(l))
                .collect()
        };
        let most = cardinality::assignment_size(&mentors_of, &places(MAX_MENTOR_CAPACITY));
        let (mut low, mut high) = (
            locked_places.iter().copied().max().unwrap_or(0).max(1),
            MAX_MENTOR_CAPACITY,
        );
        while low < high {
            let mid = low + (high - low) / 2;
            if cardinality::reaches_assignment_size(&mentors_of, &places(mid), most) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        low
    }
}
