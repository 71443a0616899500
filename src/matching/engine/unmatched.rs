//! Why someone has no partner: the typed reason the app translates, and the English
//! sentence the pairing document carries beside it.
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
        // Prose: moves to i18n. `who` and every `message` below are the English sentence
        // of `Unmatched.message`; the `UnmatchedReason` beside each is the typed data.
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

// Prose: moves to i18n. The constraint names inside `Unmatched.message`.
fn constraint_phrase(c: Constraint) -> &'static str {
    match c {
        Constraint::SameDepartment => "same department",
        Constraint::NeverPair => "never-pair list",
        Constraint::MinGenerationDistance => "too close in generation",
        Constraint::RepeatPartner => "partner in an earlier round",
        Constraint::LockedElsewhere => "locked with someone else",
    }
}

/// The entry of `person`, whom the facilitator took out of their pair on the board.
pub(in crate::matching) fn set_aside(person: &Person) -> Unmatched {
    Unmatched {
        participant_id: person.id.to_owned(),
        reason: UnmatchedReason::SetAside,
        // Prose: moves to i18n. The English sentence of `Unmatched.message`.
        message: format!(
            "{} ({}) was taken out of their pair by the facilitator; a re-run pairs them again",
            person.name, person.id
        ),
    }
}
