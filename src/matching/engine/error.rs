//! Why a cohort cannot be matched, and the limits checked before anything is scored.
//!
//! [`MatchError`] is the engine's one error type; each variant says what the facilitator
//! can change, as typed data: its sentences, and its `Display`, live in [`crate::i18n`]. [`check_input`] runs every check that needs no score: the cohort and the
//! settings are valid documents, and within the engine's limits ([`MAX_PARTICIPANTS`],
//! [`MAX_WEIGHT_SETTING`]). The locks are checked in `locks`, once people have indices.
//!
//! This module depends on the document model and its validation only: it knows neither
//! the scorer nor the solvers.

use crate::document::model::{Cohort, MatchingSettings};
use crate::document::validate::{self, Invalid};
use serde::{Deserialize, Serialize};

/// The largest cohort matched: the dense score matrix of 5,000 participants takes 200 MB.
pub const MAX_PARTICIPANTS: usize = 5_000;

/// The largest value of a weight, bonus or penalty setting. It keeps every score and
/// every total far inside `i64`, which the scorer and the engine add up without overflow
/// checks: a pair scores at most 2 directions × 60 skills × a rating gap of 9 × 10⁶
/// (about 1.1 × 10⁹), plus 10⁶ for reciprocity and per generation step, and a pairing's
/// total adds at most [`MAX_PARTICIPANTS`] pair scores. The solvers do not rely on it:
/// each proves its own overflow bound and widens its arithmetic when needed (`width`).
pub const MAX_WEIGHT_SETTING: u32 = 1_000_000;

/// Why a cohort could not be matched. Each message says what to change. Plain data
/// (serde), so that it can cross a Web Worker boundary as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatchError {
    /// The cohort or the settings are not valid.
    Invalid(Invalid),
    /// More participants than [`MAX_PARTICIPANTS`].
    TooManyParticipants { count: usize, max: usize },
    /// A weight, bonus or penalty above [`MAX_WEIGHT_SETTING`].
    SettingTooLarge {
        /// The setting's path under `matching`, e.g. `same_department.penalty`.
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

/// Checks the cohort and `settings` (which replace the workshop's own) before scoring:
/// both valid, at most [`MAX_PARTICIPANTS`] participants, no weight, bonus or penalty
/// above [`MAX_WEIGHT_SETTING`]. The first problem found is returned.
pub(super) fn check_input(cohort: &Cohort, settings: &MatchingSettings) -> Result<(), MatchError> {
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::validate::{IdKind, ScaleProblem, SettingProblem};

    #[test]
    fn every_error_crosses_a_worker_boundary_as_json_unchanged() {
        let nested = Invalid::InResponse {
            index: 3,
            participant: "p-1".into(),
            inner: Box::new(Invalid::DuplicateId {
                what: IdKind::WantsToLearn,
                id: "ai_tools".into(),
            }),
        };
        let errors = [
            MatchError::Invalid(nested),
            MatchError::Invalid(Invalid::DuplicateId {
                what: IdKind::Participant,
                id: "p-1".into(),
            }),
            MatchError::Invalid(Invalid::NoGeneration),
            MatchError::Invalid(Invalid::BadScale {
                problem: ScaleProblem::MinNotBelowMax { min: 5, max: 1 },
            }),
            MatchError::Invalid(Invalid::BadSetting {
                field: "matching.mentor_capacity".into(),
                problem: SettingProblem::BelowOne,
            }),
            MatchError::TooManyParticipants {
                count: 5001,
                max: MAX_PARTICIPANTS,
            },
            MatchError::SettingTooLarge {
                field: "want_weight".into(),
                value: 2_000_000,
                max: MAX_WEIGHT_SETTING,
            },
            MatchError::UnknownLockedParticipant {
                id: "nobody".into(),
            },
            MatchError::LockedTwice { id: "p-1".into() },
            MatchError::LockNotMentorMentee {
                mentor: "p-1".into(),
                mentee: "p-2".into(),
            },
            MatchError::LockOverCapacity {
                mentor: "p-1".into(),
                locked: 2,
                capacity: 1,
            },
        ];
        for e in errors {
            // Read back from a string that does not outlive the call, as a reply is.
            let json = serde_json::to_string(&e).unwrap();
            let back: MatchError = serde_json::from_str(&json.clone()).unwrap();
            assert_eq!(back, e, "{json}");
            assert_eq!(back.to_string(), e.to_string());
        }
    }
}
