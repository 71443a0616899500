//! Why someone has no partner, as a typed reason. The engine writes no sentence: the
//! words (on screen, and the English `Unmatched.message` of a pairing file written for
//! people) come from [`crate::i18n`] through [`crate::view::export::for_people`].
//!
//! The reason is worked out from the final outcome, the score matrix's hard constraints
//! and the locks: nobody else to pair with, every possible partner excluded (counted by
//! the first constraint that excludes each), or allowed partners all taken.
//!
//! [`set_aside`] is the entry of someone the facilitator took out of their pair by hand
//! (see [`super::super::regroup`]): its sentence lives here with the others.
//!
//! Depends on the scorer's constraints and `locks`; knows nothing about the solvers.

use super::super::score::Person;
use super::{Outcome, ScoredCohort};
use crate::document::model::{Constraint, ExcludedCount, MatchingMode, Unmatched, UnmatchedReason};
use std::collections::BTreeMap;

/// At most this many names in [`UnmatchedReason::PartnersTaken`].
const MAX_LISTED: usize = 10;

impl ScoredCohort<'_> {
    /// Why `p` has no partner in `outcome`.
    pub(super) fn unmatched(&self, p: usize, outcome: &Outcome) -> Unmatched {
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
        let reason = if candidates.is_empty() {
            UnmatchedReason::NobodyElse
        } else if allowed.is_empty() {
            let excluded = excluded
                .into_iter()
                .map(|(constraint, count)| ExcludedCount { constraint, count })
                .collect();
            UnmatchedReason::NoAllowedPartner { excluded }
        } else if reverse && self.is_mentor(p) {
            UnmatchedReason::NoMenteeLeft
        } else {
            UnmatchedReason::PartnersTaken {
                allowed: allowed
                    .iter()
                    .take(MAX_LISTED)
                    .map(|&q| self.id(q).to_owned())
                    .collect(),
                allowed_count: allowed.len() as u32,
            }
        };
        Unmatched {
            participant_id: self.id(p).to_owned(),
            reason,
            message: String::new(),
        }
    }
}

/// The entry of `person`, whom the facilitator took out of their pair on the board.
pub(in crate::matching) fn set_aside(person: &Person) -> Unmatched {
    Unmatched {
        participant_id: person.id.to_owned(),
        reason: UnmatchedReason::SetAside,
        message: String::new(),
    }
}
