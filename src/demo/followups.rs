//! Follow-up answers for rehearsals and tests: [`demo_followups`] answers the follow-up
//! survey for the people of a pairing as a plausible programme would have them, so that
//! the growth view, the programme report and `kakehashi report` can be tried before any
//! real follow-up has come in.
//!
//! The story the figures tell: each pair has a "chemistry" drawn once; pairs that got on
//! met more often and are more satisfied; a learner's ratings rise mostly in the skills
//! their partner was there to teach them (the pair's teaching lines), more so the more
//! they met; other skills move a little either way; the few unhappy people ask for a new
//! partner. About one person in ten has not answered.
//!
//! Pure: the seed and the time are parameters, randomness comes from
//! [`crate::demo::rng::SplitMix64`], and every answer passes
//! [`crate::document::validate::followup_for`].

use crate::demo::rng::SplitMix64;
use crate::demo::{parse_timestamp, FALLBACK_NOW};
use crate::document::model::{Cohort, FollowUp, Kind, Pairing, SATISFACTION};
use crate::document::timestamp;
use std::collections::BTreeSet;

/// How many days before the first answers' latest time the demo pretends the programme
/// started: `kakehashi demo --followups` dates the first answers this much before `now`.
pub const PROGRAMME_DAYS: i64 = 91;

/// The follow-up answers of the people in `pairing`'s pairs (one each, about nine in ten
/// answering), for its round, dated in the week before `now` (an invalid `now` is
/// replaced by [`FALLBACK_NOW`]). The same for the same seed on every platform. People
/// of the pairing who are not in `cohort` are skipped.
pub fn demo_followups(cohort: &Cohort, pairing: &Pairing, seed: u64, now: &str) -> Vec<FollowUp> {
    let now = parse_timestamp(now)
        .or_else(|| parse_timestamp(FALLBACK_NOW))
        .unwrap_or(0);
    let w = &cohort.workshop;
    let (min, max) = (i64::from(w.scale.min), i64::from(w.scale.max));
    // A stream of its own, so that these answers do not echo the first answers' draws.
    let mut rng = SplitMix64::new(seed ^ 0x6b61_6b65_6861_7368);
    let mut out = Vec::new();
    for pair in &pairing.pairs {
        // 0: they never got on; 100: they got on very well. Most pairs get on (the
        // better of two draws), a few do not.
        let chemistry = rng.range_i64(0, 100).max(rng.range_i64(0, 100));
        let planned = 2 + chemistry * 6 / 100 + rng.range_i64(0, 1);
        for id in &pair.members {
            let Some(first) = cohort.response(id) else {
                continue;
            };
            if !rng.chance(90) {
                continue;
            }
            // Now and then one member counts a meeting more or fewer than the other.
            let meetings = match rng.below(10) {
                0 => (planned - 1).max(0),
                1 => planned + 1,
                _ => planned,
            };
            let mood = rng.weighted(&[15, 70, 15]) as i64 - 1;
            let satisfaction = (2 + (chemistry * 3 + 50) / 100 + mood).clamp(
                i64::from(*SATISFACTION.start()),
                i64::from(*SATISFACTION.end()),
            );
            let wants_new_partner = match satisfaction {
                ..=2 => rng.chance(70),
                3 => rng.chance(15),
                _ => rng.chance(3),
            };
            let taught: BTreeSet<&str> = pair
                .explanation
                .links
                .iter()
                .flat_map(|l| &l.teaching)
                .filter(|line| line.learner == *id)
                .map(|line| line.skill.as_str())
                .collect();
            let ratings = first
                .ratings
                .iter()
                .map(|(skill, &before)| {
                    let before = i64::from(before);
                    let step = if taught.contains(skill.as_str()) {
                        let likely = (30 + meetings * 7 + chemistry / 4).min(92) as u64;
                        let mut step = i64::from(rng.chance(likely));
                        if step == 1 && chemistry > 55 && meetings >= 5 && rng.chance(35) {
                            step = 2;
                        }
                        step
                    } else {
                        match rng.below(100) {
                            0..=11 => 1,
                            12..=16 => -1,
                            _ => 0,
                        }
                    };
                    (skill.clone(), (before + step).clamp(min, max) as u8)
                })
                .collect();
            let answered = now - rng.range_i64(3_600, 7 * 86_400);
            out.push(FollowUp {
                format: Kind::FollowUp.tag(),
                workshop_id: w.id.clone(),
                participant_id: id.clone(),
                round: pairing.round,
                meetings_held: meetings as u32,
                satisfaction: satisfaction as u8,
                wants_new_partner,
                ratings,
                went_well: None,
                comment: None,
                created_at: timestamp::from_unix(answered),
                updated_at: timestamp::from_unix(answered),
            });
        }
    }
    out
}

/// `now` less the [`PROGRAMME_DAYS`]: when the first answers of a demo with follow-ups
/// were handed in. An invalid `now` gives [`FALLBACK_NOW`] less them.
pub fn programme_start(now: &str) -> String {
    let now = parse_timestamp(now)
        .or_else(|| parse_timestamp(FALLBACK_NOW))
        .unwrap_or(0);
    timestamp::from_unix(now - PROGRAMME_DAYS * 86_400)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::Lang;
    use crate::document::validate;
    use crate::matching::match_cohort;

    const NOW: &str = "2027-03-01T09:00:00Z";

    fn room(seed: u64, lang: Lang) -> (Cohort, Pairing) {
        let cohort = demo_cohort(60, seed, lang, &programme_start(NOW));
        let pairing = match_cohort(&cohort, &cohort.workshop.matching).unwrap();
        (cohort, pairing)
    }

    #[test]
    fn every_answer_is_valid_and_belongs_to_someone_paired() {
        for lang in Lang::ALL {
            for seed in 0..4 {
                let (mut cohort, pairing) = room(seed, lang);
                let followups = demo_followups(&cohort, &pairing, seed, NOW);
                let paired: BTreeSet<&String> =
                    pairing.pairs.iter().flat_map(|p| &p.members).collect();
                assert!(followups.len() * 10 >= paired.len() * 7, "most answered");
                for f in &followups {
                    assert_eq!(validate::followup_for(f, &cohort.workshop), Ok(()));
                    assert!(paired.contains(&f.participant_id));
                    assert_eq!(f.round, pairing.round);
                    assert!(f.updated_at.as_str() <= NOW);
                    assert!(cohort.response(&f.participant_id).unwrap().updated_at < f.created_at);
                }
                cohort.followups = followups;
                assert_eq!(validate::cohort(&cohort), Ok(()), "one answer each");
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_answers() {
        let (cohort, pairing) = room(3, Lang::Ja);
        assert_eq!(
            demo_followups(&cohort, &pairing, 3, NOW),
            demo_followups(&cohort, &pairing, 3, NOW)
        );
        assert_ne!(
            demo_followups(&cohort, &pairing, 3, NOW),
            demo_followups(&cohort, &pairing, 4, NOW)
        );
    }

    #[test]
    fn growth_is_mostly_in_what_the_partner_taught_and_some_ask_for_someone_new() {
        let (cohort, pairing) = room(1, Lang::En);
        let followups = demo_followups(&cohort, &pairing, 1, NOW);
        let (mut taught, mut other) = ((0i64, 0i64), (0i64, 0i64));
        for f in &followups {
            let before = &cohort.response(&f.participant_id).unwrap().ratings;
            let pair = pairing
                .pairs
                .iter()
                .find(|p| p.members.contains(&f.participant_id))
                .unwrap();
            for (skill, &after) in &f.ratings {
                let change = i64::from(after) - i64::from(before[skill]);
                let was_taught = pair.explanation.links.iter().any(|l| {
                    l.teaching
                        .iter()
                        .any(|t| t.learner == f.participant_id && &t.skill == skill)
                });
                let slot = if was_taught { &mut taught } else { &mut other };
                slot.0 += change;
                slot.1 += 1;
            }
        }
        assert!(taught.1 > 0 && other.1 > 0);
        // Mean change in taught skills well above the others' (cross-multiplied).
        assert!(
            taught.0 * other.1 > 3 * other.0.max(1) * taught.1,
            "{taught:?} {other:?}"
        );
        assert!(followups.iter().any(|f| f.wants_new_partner));
        assert!(
            followups.iter().filter(|f| f.wants_new_partner).count() * 5 < followups.len(),
            "a few"
        );
    }
}
