//! Why a cohort cannot be matched, and the limits checked before anything is scored.
//!
//! [`MatchError`] is the engine's one error type; each variant says what the facilitator
//! can change, as typed data: its sentences, and its `Display`, live in [`crate::i18n`].
//! [`check_cohort`] runs every check that needs no score: the cohort and the settings are
//! valid documents, within the engine's limits ([`MAX_PARTICIPANTS`],
//! [`MAX_WEIGHT_SETTING`]), every id of the settings' pair lists is a participant, and
//! the locks make sense (`locks`). The engine runs it before it scores, and `kakehashi
//! validate` runs it on a cohort with its own settings: one validation for every door.
//!
//! This module depends on the document model and its validation only: it knows neither
//! the scorer nor the solvers.

use crate::document::model::{Cohort, MatchingSettings, Role};
use crate::document::validate::{self, Invalid};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The largest cohort matched: the dense score matrix of 5,000 participants takes 200 MB.
/// The documents' size limits are derived from it (`formats::MAX_PARTICIPANTS`).
pub const MAX_PARTICIPANTS: usize = crate::document::formats::MAX_PARTICIPANTS;

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
    /// An entry of the never-pair list or of the locked pairs names someone who is not
    /// in the cohort (a typo such as `p01O` would switch the rule off). `closest` is the
    /// participant id nearest to it, when near enough to be what was meant.
    UnknownParticipant {
        list: PairList,
        /// The entry's position in its list, from 0.
        index: usize,
        id: String,
        closest: Option<String>,
    },
}

/// A list of participant pairs in the matching settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PairList {
    NeverPair,
    LockedPairs,
}

impl std::error::Error for MatchError {}

impl From<Invalid> for MatchError {
    fn from(invalid: Invalid) -> Self {
        MatchError::Invalid(invalid)
    }
}

/// Everything the engine checks before it scores `cohort` under `settings` (which
/// replace the workshop's own): both valid, at most [`MAX_PARTICIPANTS`] participants, no
/// weight above [`MAX_WEIGHT_SETTING`], every id of `never_pair` and `locked_pairs` a
/// participant, and locks that can be kept. The first problem found is returned. A
/// cohort that passes can be matched.
pub fn check_cohort(cohort: &Cohort, settings: &MatchingSettings) -> Result<(), MatchError> {
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
    check_settings(settings)?;
    let index: HashMap<&str, usize> = cohort
        .responses
        .iter()
        .enumerate()
        .map(|(i, r)| (r.participant_id.as_str(), i))
        .collect();
    for (list, pairs) in [
        (PairList::NeverPair, &settings.never_pair),
        (PairList::LockedPairs, &settings.locked_pairs),
    ] {
        for (i, pair) in pairs.iter().enumerate() {
            if let Some(id) = pair.iter().find(|id| !index.contains_key(id.as_str())) {
                let closest = closest_id(id, index.keys().copied());
                return Err(MatchError::UnknownParticipant {
                    list,
                    index: i,
                    id: id.clone(),
                    closest,
                });
            }
        }
    }
    let is_mentor = |p: usize| {
        let r = &cohort.responses[p];
        settings.role(r.generation_id(&cohort.workshop)) == Role::Mentor
    };
    super::locks::lock_indices(
        settings,
        |id| index.get(id).copied(),
        is_mentor,
        cohort.responses.len(),
    )?;
    Ok(())
}

/// The participant id nearest to `id` by edit distance (ties: the smallest id), if it is
/// near enough to be a typo of it: at most half of `id`'s length apart, and at least 2.
fn closest_id<'a>(id: &str, known: impl Iterator<Item = &'a str>) -> Option<String> {
    let typed: Vec<char> = id.chars().collect();
    let within = (typed.len() / 2).max(2);
    known
        .filter_map(|k| {
            let d = edit_distance(&typed, k);
            (d <= within).then_some((d, k))
        })
        .min()
        .map(|(_, k)| k.to_owned())
}

/// Levenshtein distance between `a` and `b`, by characters.
fn edit_distance(a: &[char], b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The weights, bonuses and penalties of `settings` within [`MAX_WEIGHT_SETTING`]: the
/// part of [`check_cohort`] that a workshop file can be checked for on its own.
pub fn check_settings(settings: &MatchingSettings) -> Result<(), MatchError> {
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

    #[test]
    fn the_closest_id_is_the_likely_typo() {
        let ids = ["p009", "p010", "p100", "q010"];
        assert_eq!(closest_id("p01O", ids.into_iter()), Some("p010".into()));
        assert_eq!(
            closest_id("P010", ids.into_iter()),
            Some("p010".into()),
            "ties go to the smallest"
        );
        assert_eq!(closest_id("nobody", ids.into_iter()), None);
        assert_eq!(
            edit_distance(&"kitten".chars().collect::<Vec<_>>(), "sitting"),
            3
        );
    }
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
            MatchError::UnknownParticipant {
                list: PairList::NeverPair,
                index: 2,
                id: "p01O".into(),
                closest: Some("p010".into()),
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
