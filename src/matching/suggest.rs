//! Ways to pair more people: when a pairing leaves people without a partner, the engine is
//! run again on the alternatives a facilitator could choose (one more mentee per mentor,
//! mutual mode, the same department allowed, no minimum generation distance), and each
//! alternative that pairs more people is offered with the number it really pairs.
//!
//! Each figure is the engine's own result on the changed settings ([`match_cohort`]), so
//! applying the alternative and running gives exactly the number shown.

use super::{match_cohort, smallest_capacity_for_most_mentees};
use crate::document::model::{
    Cohort, MatchingMode, MatchingSettings, Pairing, Strictness, UnmatchedReason,
};
use crate::document::validate::MAX_MENTOR_CAPACITY;
use serde::{Deserialize, Serialize};

/// One change of the matching settings that may pair more people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Alternative {
    /// Reverse mode: each mentor takes up to this many mentees.
    MentorCapacity { capacity: u32 },
    /// Reverse mode, "pair every mentee": the smallest number of mentees per mentor with
    /// which as many mentees as possible have a mentor
    /// ([`smallest_capacity_for_most_mentees`]); 0 in a request, found by [`suggestions`].
    EveryMentee { capacity: u32 },
    /// Everyone teaches and learns (mutual mode) instead of mentors and mentees.
    MutualMode,
    /// Pairs within one department become allowed (with the rule's penalty).
    AllowSameDepartment,
    /// No minimum generation distance.
    NoMinimumGenerationDistance,
}

impl Alternative {
    /// `settings` with this alternative applied.
    pub fn apply(self, mut settings: MatchingSettings) -> MatchingSettings {
        match self {
            Alternative::MentorCapacity { capacity } | Alternative::EveryMentee { capacity } => {
                settings.mentor_capacity = capacity.clamp(1, MAX_MENTOR_CAPACITY)
            }
            Alternative::MutualMode => settings.mode = MatchingMode::Mutual,
            Alternative::AllowSameDepartment => {
                settings.same_department.strictness = Strictness::Soft
            }
            Alternative::NoMinimumGenerationDistance => settings.min_generation_distance = 0,
        }
        settings
    }
}

/// An alternative, with what the engine gives on it: `paired` of `people` have a partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    pub alternative: Alternative,
    pub paired: usize,
    pub people: usize,
}

/// How many people of `pairing` have a partner (a mentor with two mentees counts once).
pub fn paired(pairing: &Pairing) -> usize {
    pairing
        .pairs
        .iter()
        .flat_map(|p| &p.members)
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

/// The alternatives worth trying for `pairing` (made with `settings`): none when
/// everyone is paired or the only people left are those the facilitator set aside.
pub fn candidates(settings: &MatchingSettings, pairing: &Pairing) -> Vec<Alternative> {
    let left: Vec<&UnmatchedReason> = pairing
        .unmatched
        .iter()
        .map(|u| &u.reason)
        .filter(|r| **r != UnmatchedReason::SetAside)
        .collect();
    if left.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    if settings.mode == MatchingMode::Reverse {
        // A mentee waits (a mentor left over has nobody to take, more places do not help).
        let mentee_waits = left
            .iter()
            .any(|r| !matches!(r, UnmatchedReason::NoMenteeLeft));
        if mentee_waits && settings.mentor_capacity < MAX_MENTOR_CAPACITY {
            out.push(Alternative::MentorCapacity {
                capacity: settings.mentor_capacity + 1,
            });
            out.push(Alternative::EveryMentee { capacity: 0 });
        }
        out.push(Alternative::MutualMode);
    }
    if settings.same_department.strictness == Strictness::Hard {
        out.push(Alternative::AllowSameDepartment);
    }
    if settings.min_generation_distance > 0 {
        out.push(Alternative::NoMinimumGenerationDistance);
    }
    out
}

/// The alternatives of `tries` (each with the exact settings its run would use) that pair
/// more than `paired_now` people, each with the engine's figure, most people paired
/// first. An alternative the engine refuses is left out.
pub fn suggestions(
    cohort: &Cohort,
    tries: &[(Alternative, MatchingSettings)],
    paired_now: usize,
) -> Vec<Suggestion> {
    let people = cohort.responses.len();
    let mut out: Vec<Suggestion> = tries
        .iter()
        .filter_map(|(alternative, settings)| {
            let (alternative, settings) = match alternative {
                Alternative::EveryMentee { .. } => {
                    let capacity = smallest_capacity_for_most_mentees(cohort, settings).ok()?;
                    // One more place is offered on its own; fewer places pair nobody more.
                    let one_more = settings.mentor_capacity + 1;
                    let asked = tries
                        .iter()
                        .any(|(a, _)| *a == Alternative::MentorCapacity { capacity: one_more });
                    if capacity <= settings.mentor_capacity || (capacity == one_more && asked) {
                        return None;
                    }
                    let every = Alternative::EveryMentee { capacity };
                    (every, every.apply(settings.clone()))
                }
                other => (*other, settings.clone()),
            };
            let paired = paired(&match_cohort(cohort, &settings).ok()?);
            (paired > paired_now).then_some(Suggestion {
                alternative,
                paired,
                people,
            })
        })
        .collect();
    out.sort_by(|a, b| b.paired.cmp(&a.paired));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::Lang;

    const NOW: &str = "2026-11-26T09:00:00Z";

    fn reverse(seed: u64) -> (Cohort, MatchingSettings, Pairing) {
        let cohort = demo_cohort(24, seed, Lang::Ja, NOW);
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = MatchingMode::Reverse;
        settings.mentor_capacity = 1;
        let pairing = match_cohort(&cohort, &settings).unwrap();
        (cohort, settings, pairing)
    }

    #[test]
    fn every_figure_is_what_the_engine_pairs_with_the_alternative_applied() {
        let mut seen = 0;
        for seed in 0..12 {
            let (cohort, settings, pairing) = reverse(seed);
            let tries: Vec<_> = candidates(&settings, &pairing)
                .into_iter()
                .map(|a| (a, a.apply(settings.clone())))
                .collect();
            for s in suggestions(&cohort, &tries, paired(&pairing)) {
                let applied =
                    match_cohort(&cohort, &s.alternative.apply(settings.clone())).unwrap();
                assert_eq!(paired(&applied), s.paired);
                assert!(s.paired > paired(&pairing));
                assert_eq!(s.people, 24);
                seen += 1;
            }
        }
        assert!(
            seen > 0,
            "reverse mode with one mentee per mentor leaves people out in the demo"
        );
    }

    #[test]
    fn pair_every_mentee_is_offered_with_the_fewest_places_that_do_it() {
        let mut offered = 0;
        for seed in 0..12 {
            let (cohort, settings, pairing) = reverse(seed);
            let tries: Vec<_> = candidates(&settings, &pairing)
                .into_iter()
                .map(|a| (a, a.apply(settings.clone())))
                .collect();
            for s in suggestions(&cohort, &tries, paired(&pairing)) {
                let Alternative::EveryMentee { capacity } = s.alternative else {
                    continue;
                };
                offered += 1;
                assert!(
                    capacity > settings.mentor_capacity + 1,
                    "one more place is its own suggestion"
                );
                let mentees_paired = |capacity: u32| {
                    let p = match_cohort(
                        &cohort,
                        &MatchingSettings {
                            mentor_capacity: capacity,
                            ..settings.clone()
                        },
                    )
                    .unwrap();
                    p.pairs.len()
                };
                assert!(mentees_paired(capacity - 1) < mentees_paired(capacity));
                assert_eq!(
                    mentees_paired(capacity),
                    mentees_paired(MAX_MENTOR_CAPACITY)
                );
            }
        }
        assert!(
            offered > 0,
            "some sample needs three or more mentees per mentor"
        );
    }

    #[test]
    fn a_full_pairing_needs_no_suggestion() {
        let cohort = demo_cohort(10, 1, Lang::En, NOW);
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = MatchingMode::Mutual;
        let pairing = match_cohort(&cohort, &settings).unwrap();
        assert!(pairing.unmatched.is_empty());
        assert!(candidates(&settings, &pairing).is_empty());
    }

    #[test]
    fn more_places_per_mentor_is_tried_only_while_mentees_wait() {
        let (_, settings, mut pairing) = reverse(3);
        pairing
            .unmatched
            .retain(|u| u.reason == UnmatchedReason::NoMenteeLeft);
        if !pairing.unmatched.is_empty() {
            let c = candidates(&settings, &pairing);
            assert!(!c
                .iter()
                .any(|a| matches!(a, Alternative::MentorCapacity { .. })));
            assert!(c.contains(&Alternative::MutualMode));
        }
    }
}
