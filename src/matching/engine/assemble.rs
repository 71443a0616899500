//! Building the pairing document from groups of participants: every group becomes an
//! explained [`Pair`], and the pairs a [`Pairing`] whose totals follow from them.
//!
//! The engine ([`super::ScoredCohort::pairing`]) and hand-made groupings
//! ([`super::super::regroup`]) both build their pairs here, so a pair reads the same
//! whoever formed it: the same links in the same order, the same overrides, the same
//! score. That is what lets the board show an engine pair it did not touch exactly as
//! the engine made it.
//!
//! Depends on the scorer only: it knows neither the solvers nor how the groups were
//! found, and writes no prose (explanations are typed data the app words).

use super::super::score::Scorer;
use crate::document::model::{
    number_pairs, MatchingSettings, Pair, PairExplanation, Pairing, RunnerUp, Unmatched,
};

/// The pair (or trio) of participants `members` (indices of `scorer.people`; in reverse
/// mode the mentor first; a trio's joiner last), explained.
///
/// Its links are the pair `members[0]–members[1]`, then for a trio each of them with
/// the joiner; its score is their sum (soft penalties included). Every hard constraint a
/// link breaks is listed once in `overrides`: a lock or the facilitator's hand wins over
/// the rules, and says so. (A group the solvers formed breaks none.) `why_not` is taken
/// as given.
pub(in crate::matching) fn pair(
    scorer: &Scorer,
    members: &[usize],
    locked: bool,
    why_not: Vec<RunnerUp>,
) -> Pair {
    let mut links = vec![scorer.explain(members[0], members[1])];
    let mut overrides = scorer.all_forbidding(members[0], members[1]);
    if let Some(&joiner) = members.get(2) {
        for first in [members[0], members[1]] {
            links.push(scorer.explain(first, joiner));
            for c in scorer.all_forbidding(first, joiner) {
                if !overrides.contains(&c) {
                    overrides.push(c);
                }
            }
        }
    }
    Pair {
        number: 0,
        members: members
            .iter()
            .map(|&p| scorer.people[p].id.to_owned())
            .collect(),
        score: links.iter().map(|l| l.score).sum(),
        locked,
        explanation: PairExplanation {
            links,
            overrides,
            why_not,
            sat_out: members
                .iter()
                .filter(|&&p| scorer.people[p].sat_out)
                .map(|&p| scorer.people[p].id.to_owned())
                .collect(),
        },
    }
}

/// What a pairing says besides its pairs and its unmatched.
pub(in crate::matching) struct Header {
    pub format: String,
    pub workshop_id: String,
    pub round: u32,
    /// The settings the pairs were formed under (mode and objective are read from them).
    pub settings: MatchingSettings,
    pub earlier_rounds: Vec<u32>,
    pub optimal: bool,
}

/// The pairing of `pairs` and `unmatched` (kept in the given order): its total and
/// lowest score and its repeated partners follow from the pairs. Pairs without a number
/// (all of the engine's, a hand-made one) are numbered in the order of their members after
/// the numbered ones, and the pairs are listed by number: the engine's pairs are numbered
/// 1, 2, … by members, and an edited pairing keeps every other pair's number.
pub(in crate::matching) fn pairing(
    header: Header,
    mut pairs: Vec<Pair>,
    unmatched: Vec<Unmatched>,
) -> Pairing {
    pairs.sort_by(|a, b| {
        (a.number == 0)
            .cmp(&(b.number == 0))
            .then(a.members.cmp(&b.members))
    });
    number_pairs(&mut pairs);
    pairs.sort_by_key(|p| p.number);
    debug_assert!(
        pairs.windows(2).all(|w| w[0].number < w[1].number),
        "pair numbers are unique"
    );
    let repeated_partners = pairs
        .iter()
        .flat_map(|p| &p.explanation.links)
        .filter(|l| l.earlier_round.is_some())
        .map(|l| l.members.clone())
        .collect();
    Pairing {
        format: header.format,
        workshop_id: header.workshop_id,
        round: header.round,
        mode: header.settings.mode,
        objective: header.settings.objective,
        total_score: pairs.iter().map(|p| p.score).sum(),
        min_pair_score: pairs.iter().map(|p| p.score).min(),
        pairs,
        unmatched,
        earlier_rounds: header.earlier_rounds,
        repeated_partners,
        optimal: header.optimal,
        settings: header.settings,
        rematched: Vec::new(),
    }
}
