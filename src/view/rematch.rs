//! Re-matching on the board, as view models: what each pair's card says about it (the
//! "Re-match this pair" toggle, who asked for a new partner, why a pair was re-matched),
//! the toolbar's offer with its confirmation naming the people, and the follow-ups that
//! mark nothing because they follow up another round.
//!
//! Pure: computed from the pairing, the marks ([`crate::workflow::rematch::marks`]) and a
//! [`Directory`], in the facilitator's language; the components render these and
//! dispatch `ToggleRematch` / `Rematch`.

use crate::document::model::{Lang, MatchingMode, Pair, Pairing};
use crate::i18n::{msg, t, Key, Msg};
use crate::view::people::Directory;
use crate::workflow::rematch::{Marks, PairMark};

/// What a pair's card shows about re-matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RematchCard {
    /// The toggle is on: the pair is broken by the next re-match.
    pub marked: bool,
    /// "Ann asked for a new partner in the follow-up.", when a member did.
    pub asked: Option<String>,
    /// On a pair formed by re-matching: why, one sentence per member who came from a
    /// broken pair ("Ann asked for a new partner (was with Ben).").
    pub rematched: Vec<String>,
}

fn names(ids: &[String], dir: &Directory) -> Vec<String> {
    ids.iter().map(|id| dir.name(id)).collect()
}

/// The card of each pair of `p` (in its order), `marks` being the pairing's.
pub fn rematch_cards(marks: &Marks, p: &Pairing, dir: &Directory, lang: Lang) -> Vec<RematchCard> {
    p.pairs
        .iter()
        .zip(&marks.pairs)
        .map(|(pair, mark)| rematch_card(pair, mark, p, dir, lang))
        .collect()
}

fn rematch_card(
    pair: &Pair,
    mark: &PairMark,
    p: &Pairing,
    dir: &Directory,
    lang: Lang,
) -> RematchCard {
    let asked = (!mark.asked.is_empty()).then(|| {
        msg(
            lang,
            &Msg::RematchAsked {
                names: &names(&mark.asked, dir),
            },
        )
    });
    let mut this = pair.members.clone();
    this.sort();
    let rematched = pair
        .members
        .iter()
        .filter_map(|m| {
            // The latest re-match that broke a pair of theirs other than this one.
            let broken = p.rematched.iter().rev().find(|r| r.members.contains(m))?;
            let mut was = broken.members.clone();
            was.sort();
            (was != this).then(|| {
                let earlier: Vec<String> =
                    broken.members.iter().filter(|x| *x != m).cloned().collect();
                let others: Vec<String> =
                    broken.asked.iter().filter(|x| *x != m).cloned().collect();
                msg(
                    lang,
                    &Msg::RematchedWhy {
                        name: &dir.name(m),
                        earlier: &names(&earlier, dir),
                        asked: broken.asked.contains(m),
                        others_asked: &names(&others, dir),
                    },
                )
            })
        })
        .collect();
    RematchCard {
        marked: mark.marked(),
        asked,
        rematched,
    }
}

/// The toolbar's offer to re-match, when at least one pair is marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RematchOffer {
    /// "Re-match 2 pairs".
    pub button: String,
    /// The confirmation, naming each pair and its people.
    pub confirm: String,
    /// A warning before a re-match that cannot give anyone a new partner: in mutual mode,
    /// one pair marked and everyone else in a pair that is kept (no pair takes a third
    /// then, and old partners are apart).
    pub warning: Option<&'static str>,
}

pub fn rematch_offer(
    marks: &Marks,
    p: &Pairing,
    dir: &Directory,
    lang: Lang,
) -> Option<RematchOffer> {
    let pairs: Vec<String> = marks
        .marked()
        .map(|m| {
            let heading = msg(
                lang,
                &Msg::PairHeading {
                    trio: m.members.len() == 3,
                    number: m.number as usize,
                },
            );
            let group = msg(
                lang,
                &Msg::Group {
                    names: &names(&m.members, dir),
                },
            );
            msg(
                lang,
                &Msg::NamedPair {
                    heading: &heading,
                    names: &group,
                },
            )
        })
        .collect();
    let alone = p.mode == MatchingMode::Mutual && pairs.len() == 1 && p.unmatched.is_empty();
    (!pairs.is_empty()).then(|| RematchOffer {
        warning: alone.then(|| t(lang, Key::RematchAlone)),
        button: msg(lang, &Msg::RematchButton { n: pairs.len() }),
        confirm: msg(
            lang,
            &Msg::RematchConfirm {
                pairs: &pairs,
                kept: p.pairs.len() - pairs.len(),
            },
        ),
    })
}

/// One sentence per round of follow-ups that ask for a new partner but mark no pair,
/// because the board shows another round.
pub fn other_rounds(marks: &Marks, p: &Pairing, dir: &Directory, lang: Lang) -> Vec<String> {
    marks
        .other_rounds
        .iter()
        .map(|(round, ids)| {
            msg(
                lang,
                &Msg::RematchOtherRound {
                    round: *round,
                    board_round: p.round,
                    names: &names(ids, dir),
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_cohort;
    use crate::document::model::{FollowUp, Kind, MatchingMode};
    use crate::matching::match_cohort;
    use crate::workflow::board::{Board, BoardAction};
    use std::rc::Rc;

    const NOW: &str = "2026-11-26T09:00:00Z";

    fn followup(id: &str, round: u32) -> FollowUp {
        FollowUp {
            format: Kind::FollowUp.tag(),
            workshop_id: "w".into(),
            participant_id: id.into(),
            round,
            meetings_held: 3,
            satisfaction: 2,
            wants_new_partner: true,
            ratings: Default::default(),
            went_well: None,
            comment: None,
            created_at: NOW.into(),
            updated_at: NOW.into(),
        }
    }

    /// A matched board of 12 in mutual mode, with a follow-up of round 1 from the first
    /// member of pair 1 and one of round 7 from the first of pair 2.
    fn board() -> (Rc<crate::document::model::Cohort>, Board) {
        let mut cohort = demo_cohort(12, 5, Lang::En, NOW);
        let mut settings = cohort.workshop.matching.clone();
        settings.mode = MatchingMode::Mutual;
        let pairing = match_cohort(&cohort, &settings).unwrap();
        cohort.followups = vec![
            followup(&pairing.pairs[0].members[0], 1),
            followup(&pairing.pairs[1].members[0], 7),
        ];
        let mut board = Board::default();
        board.settings = Some(settings);
        board.pairing = Some(Rc::new(pairing));
        (Rc::new(cohort), board)
    }

    #[test]
    fn a_follow_up_marks_its_pair_and_the_offer_names_the_people() {
        let (cohort, board) = board();
        let p = board.pairing.clone().unwrap();
        let dir = Directory::new(&cohort, &p.settings, Lang::En);
        let marks = board.pair_marks(&cohort).unwrap();
        let cards = rematch_cards(&marks, &p, &dir, Lang::En);
        assert!(cards[0].marked && !cards[1].marked);
        let asker = dir.name(&p.pairs[0].members[0]);
        assert_eq!(
            cards[0].asked.as_deref(),
            Some(format!("{asker} asked for a new partner in the follow-up.").as_str())
        );
        assert_eq!(cards[1].asked, None, "round 7 is not the board's");
        let offer = rematch_offer(&marks, &p, &dir, Lang::En).unwrap();
        assert_eq!(offer.button, "Re-match 1 pair");
        let partner = dir.name(&p.pairs[0].members[1]);
        assert!(
            offer
                .confirm
                .starts_with(&format!("Re-match Pair 1 ({asker} × {partner})?")),
            "{}",
            offer.confirm
        );
        assert!(offer
            .confirm
            .contains("The other 5 pairs are kept, and locked."));
        assert!(
            offer
                .warning
                .unwrap()
                .starts_with("Everyone else is in a pair that is kept"),
            "one pair in a full room: its members could only be paired with each other"
        );
        let ja = rematch_offer(&marks, &p, &dir, Lang::Ja).unwrap();
        assert_eq!(ja.button, "1 組を組み直す");
        let other = other_rounds(&marks, &p, &dir, Lang::En);
        assert_eq!(other.len(), 1);
        assert!(
            other[0].contains("round 7") && other[0].contains("round 1."),
            "{}",
            other[0]
        );
    }

    #[test]
    fn the_facilitator_toggles_marks_both_ways() {
        let (cohort, mut board) = board();
        let mut cohort = cohort;
        let p = board.pairing.clone().unwrap();
        let (first, third) = (p.pairs[0].members.clone(), p.pairs[2].members.clone());
        for members in [first.clone(), third.clone()] {
            board.apply(&mut cohort, BoardAction::ToggleRematch { members });
        }
        let marks = board.pair_marks(&cohort).unwrap();
        assert!(!marks.pairs[0].marked(), "kept although asked");
        assert!(marks.pairs[2].marked(), "marked by hand");
        let dir = Directory::new(&cohort, &p.settings, Lang::En);
        let offer = rematch_offer(&marks, &p, &dir, Lang::En).unwrap();
        assert_eq!(offer.button, "Re-match 1 pair");
        let fourth = p.pairs[3].members.clone();
        board.apply(
            &mut cohort,
            BoardAction::ToggleRematch {
                members: fourth.clone(),
            },
        );
        let marks = board.pair_marks(&cohort).unwrap();
        let offer = rematch_offer(&marks, &p, &dir, Lang::En).unwrap();
        assert_eq!(
            (offer.button.as_str(), offer.warning),
            ("Re-match 2 pairs", None)
        );
        board.apply(&mut cohort, BoardAction::ToggleRematch { members: fourth });
        // Turned back, the follow-up decides again and no mark is left over.
        board.apply(&mut cohort, BoardAction::ToggleRematch { members: first });
        board.apply(&mut cohort, BoardAction::ToggleRematch { members: third });
        assert_eq!(board.rematch_marks, vec![]);
    }
}
