//! The rounds kept so far, as the console's history shows them: each round's pairs by
//! name, who had no partner, and a one-line summary; and what the board says about the
//! round it shows.
//!
//! Pure: the components render these; the files of a round come from
//! [`crate::view::export`] like the current result's.

use crate::document::model::{Cohort, Lang, Pairing};
use crate::i18n::{msg, Msg};
use crate::view::people::Directory;

/// One kept round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundView {
    pub round: u32,
    /// "Round 1: 9 pairs, 6 without a partner".
    pub summary: String,
    /// Each pair or trio: "Ann × Ben", "Ann × Ben × Chie".
    pub pairs: Vec<String>,
    /// The people without a partner, by name.
    pub unpaired: Vec<String>,
}

/// The kept rounds of `cohort`, newest first, named with `dir`.
pub fn rounds(cohort: &Cohort, dir: &Directory, lang: Lang) -> Vec<RoundView> {
    cohort
        .rounds
        .iter()
        .rev()
        .map(|r| round_view(r, dir, lang))
        .collect()
}

fn round_view(p: &Pairing, dir: &Directory, lang: Lang) -> RoundView {
    let pairs: Vec<String> = p
        .pairs
        .iter()
        .map(|pair| {
            let names: Vec<String> = pair.members.iter().map(|id| dir.name(id)).collect();
            msg(lang, &Msg::Group { names: &names })
        })
        .collect();
    let unpaired: Vec<String> = p
        .unmatched
        .iter()
        .map(|u| dir.name(&u.participant_id))
        .collect();
    RoundView {
        round: p.round,
        summary: msg(
            lang,
            &Msg::RoundSummary {
                round: p.round,
                pairs: pairs.len(),
                unpaired: unpaired.len(),
            },
        ),
        pairs,
        unpaired,
    }
}

/// The kept round numbered `round`, if any.
pub fn kept_round(cohort: &Cohort, round: u32) -> Option<&Pairing> {
    cohort.rounds.iter().find(|r| r.round == round)
}

/// The round the board's next result will be: one after the last kept round.
pub fn next_round(cohort: &Cohort) -> u32 {
    cohort.rounds.iter().map(|r| r.round).max().unwrap_or(0) + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::matching::match_cohort;

    #[test]
    fn each_kept_round_lists_its_pairs_and_those_left_newest_first() {
        let mut cohort = demo_cohort(11, 4, Lang::Ja, "2026-11-26T09:00:00Z");
        let settings = cohort.workshop.matching.clone();
        assert_eq!(next_round(&cohort), 1);
        for _ in 0..2 {
            let p = match_cohort(&cohort, &settings).unwrap();
            cohort.rounds.push(p);
        }
        assert_eq!(next_round(&cohort), 3);
        let dir = Directory::new(&cohort, &settings, Lang::Ja);
        let views = rounds(&cohort, &dir, Lang::Ja);
        assert_eq!(views.iter().map(|v| v.round).collect::<Vec<_>>(), [2, 1]);
        for (v, p) in views.iter().zip(cohort.rounds.iter().rev()) {
            assert_eq!(v.pairs.len(), p.pairs.len());
            assert_eq!(v.unpaired.len(), p.unmatched.len());
            let first: Vec<String> = p.pairs[0].members.iter().map(|id| dir.name(id)).collect();
            assert_eq!(v.pairs[0], first.join(" × "));
            let left = match p.unmatched.len() {
                0 => "全員ペア".to_owned(),
                n => format!("ペアのいない人{n}人"),
            };
            assert_eq!(
                v.summary,
                format!("ラウンド{}：{}組、{left}", p.round, p.pairs.len())
            );
        }
        assert_eq!(kept_round(&cohort, 1).map(|p| p.round), Some(1));
        assert!(kept_round(&cohort, 3).is_none());
        let en = rounds(
            &cohort,
            &Directory::new(&cohort, &settings, Lang::En),
            Lang::En,
        );
        let p = &cohort.rounds[1];
        let pairs = if p.pairs.len() == 1 {
            "1 pair".to_owned()
        } else {
            format!("{} pairs", p.pairs.len())
        };
        let left = match p.unmatched.len() {
            0 => "everyone paired".to_owned(),
            1 => "1 without a partner".to_owned(),
            n => format!("{n} without a partner"),
        };
        assert_eq!(en[0].summary, format!("Round 2: {pairs}, {left}"));
    }
}
