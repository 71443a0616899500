//! Re-matching (issue 11 §5) on the board, end to end through the board's own road
//! (`Rematch` → `run_request` → the engine → `ResultReady`), and against exhaustive
//! enumeration:
//! - every pair not marked is kept as it was (members, number) and locked;
//! - no member of a broken pair is grouped with an old partner again;
//! - among all pairings that keep those pairs and keep old partners apart, the result is
//!   the best by the engine's order (people paired, [lowest score,] total);
//! - one undo restores the pairing, the marks and the step survive a reload, a
//!   follow-up of the board's round marks its pair once, and the messages say what
//!   happened.

use kakehashi::demo::demo_cohort;
use kakehashi::document::model::{
    Cohort, FollowUp, Kind, Lang, MatchingMode, MatchingSettings, Objective, Pairing,
    UnmatchedReason,
};
use kakehashi::i18n::board_message;
use kakehashi::matching::{match_cohort, score_matrix};
use kakehashi::view::people::Directory;
use kakehashi::view::rematch::rematch_cards;
use kakehashi::workflow::board::{self, Board, BoardAction, BoardMessage};
use kakehashi::workflow::session::{Action, Session};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

const NOW: &str = "2026-11-26T09:00:00Z";

fn with(cohort: &Cohort, mode: MatchingMode, capacity: u32, objective: Objective) -> Board {
    let mut settings = cohort.workshop.matching.clone();
    settings.mode = mode;
    settings.mentor_capacity = capacity;
    settings.objective = objective;
    let mut board = Board::default();
    board.settings = Some(settings);
    board
}

/// What the shell does for a pending run: the request, the engine, the result back.
fn answer(board: &mut Board, cohort: &mut Rc<Cohort>) {
    let run = board.computing.expect("a run is pending");
    let request = board.run_request(cohort);
    let pairing = board::run(&request).expect("the run gives a pairing");
    board.apply(cohort, BoardAction::ResultReady { run, pairing });
}

fn run(board: &mut Board, cohort: &mut Rc<Cohort>) {
    board.apply(cohort, BoardAction::StartRun);
    answer(board, cohort);
}

fn pairing(board: &Board) -> Rc<Pairing> {
    board.pairing.clone().unwrap()
}

/// `id`'s follow-up for `round`, asking for a new partner (their skills rated as before).
fn followup(cohort: &Cohort, id: &str, round: u32) -> FollowUp {
    FollowUp {
        format: Kind::FollowUp.tag(),
        workshop_id: cohort.workshop.id.clone(),
        participant_id: id.into(),
        round,
        meetings_held: 2,
        satisfaction: 2,
        wants_new_partner: true,
        ratings: cohort.response(id).unwrap().ratings.clone(),
        went_well: None,
        comment: None,
        created_at: NOW.into(),
        updated_at: NOW.into(),
    }
}

/// The checks every re-match passes: the pairs not broken are there as they were (same
/// members, same number) and locked, and no broken pair's members are together again.
fn check_kept_and_apart(before: &Pairing, after: &Pairing, broken: &[Vec<String>]) {
    for pair in before.pairs.iter().filter(|p| !broken.contains(&p.members)) {
        let kept = after
            .pairs
            .iter()
            .find(|q| q.members == pair.members)
            .unwrap_or_else(|| panic!("pair {:?} is kept: {after:#?}", pair.members));
        assert_eq!(kept.number, pair.number, "a kept pair keeps its number");
        assert!(kept.locked, "a kept pair is locked");
    }
    for b in broken {
        for group in &after.pairs {
            let together = b.iter().filter(|m| group.members.contains(m)).count();
            assert!(together < 2, "{b:?} together again in {:?}", group.members);
        }
    }
    let numbers: BTreeSet<u32> = after.pairs.iter().map(|p| p.number).collect();
    assert_eq!(numbers.len(), after.pairs.len(), "numbers are unique");
}

#[test]
fn a_marked_pair_is_re_matched_the_others_kept_and_one_undo_restores_it() {
    let mut cohort = Rc::new(demo_cohort(12, 5, Lang::En, NOW));
    let mut board = with(&cohort, MatchingMode::Mutual, 1, Objective::MostPairs);
    run(&mut board, &mut cohort);
    let before = pairing(&board);
    assert_eq!(before.pairs.len(), 6);

    // Nothing marked: a specific message, no run.
    board.apply(&mut cohort, BoardAction::Rematch);
    assert_eq!(board.computing, None);
    assert_eq!(board.message, Some(BoardMessage::RematchNothingMarked));
    let names = |id: &str| id.to_owned();
    assert!(
        board_message(Lang::En, board.message.as_ref().unwrap(), &names)
            .starts_with("No pair is marked to be re-matched")
    );
    assert!(
        board_message(Lang::Ja, board.message.as_ref().unwrap(), &names)
            .starts_with("組み直すペアに印がありません")
    );

    // Pair 2 by hand, pair 4 by a follow-up of this round (pair 5's is of another round).
    let (hand, asked) = (
        before.pairs[1].members.clone(),
        before.pairs[3].members.clone(),
    );
    let other = before.pairs[4].members[0].clone();
    Rc::make_mut(&mut cohort).followups = vec![
        followup(&cohort, &asked[1], before.round),
        followup(&cohort, &other, before.round + 1),
    ];
    board.apply(
        &mut cohort,
        BoardAction::ToggleRematch {
            members: hand.clone(),
        },
    );
    let marks = board.pair_marks(&cohort).unwrap();
    let marked: Vec<u32> = marks.marked().map(|m| m.number).collect();
    assert_eq!(marked, vec![2, 4]);
    assert_eq!(marks.other_rounds, vec![(before.round + 1, vec![other])]);

    // Stored and read back, the marks are there.
    let mut stored = Vec::new();
    let record = board.record(|p| {
        stored.push(p.clone());
        stored.len() as u64 - 1
    });
    let reloaded = Board::from_record(record, |i| stored.get(i as usize).cloned());
    assert_eq!(reloaded.pair_marks(&cohort), Some(marks.clone()));

    board.apply(&mut cohort, BoardAction::Rematch);
    assert!(board.computing.is_some(), "a re-match runs like any run");
    let request = board.run_request(&cohort);
    assert_eq!(
        request.settings.locked_pairs.len(),
        4,
        "every other pair locked"
    );
    assert!(request
        .settings
        .never_pair
        .contains(&[hand[0].clone(), hand[1].clone()]));
    assert_eq!(
        board.settings(&cohort).never_pair,
        Vec::<[String; 2]>::new(),
        "the board's settings do not change"
    );
    answer(&mut board, &mut cohort);
    let after = pairing(&board);
    check_kept_and_apart(&before, &after, &[hand.clone(), asked.clone()]);
    assert!(after.optimal);
    assert_eq!(after.rematched.len(), 2);
    assert_eq!(after.rematched[0].members, hand);
    assert!(after.rematched[0].asked.is_empty(), "marked by hand");
    assert_eq!(after.rematched[1].asked, vec![asked[1].clone()]);
    assert_eq!(after.settings.locked_pairs.len(), 4);

    // The message says who has whom, and that the rest was kept.
    let Some(BoardMessage::Rematched(outcome)) = board.message.clone() else {
        panic!("{:?}", board.message)
    };
    assert_eq!(outcome.broken, vec![2, 4]);
    assert_eq!(outcome.kept, 4);
    assert_eq!(outcome.new_pairs.len(), 2, "two new pairs: {outcome:?}");
    assert!(outcome.unpaired.is_empty(), "everyone has a new partner");
    let en = board_message(Lang::En, board.message.as_ref().unwrap(), &names);
    assert!(en.starts_with("Re-matched pairs 2 and 4. "), "{en}");
    assert!(
        en.starts_with("Re-matched pairs 2 and 4. New pairs: "),
        "{en}"
    );
    assert!(en.contains(&hand[0]) && en.contains(&asked[1]), "{en}");
    assert!(en.ends_with("The other 4 pairs were kept and are locked now. Undo puts the pairs back as they were."), "{en}");
    let ja = board_message(Lang::Ja, board.message.as_ref().unwrap(), &names);
    assert!(ja.starts_with("ペア 2とペア 4を組み直しました。"), "{ja}");

    // The new pairs' cards say why; the follow-up has had its answer and marks nothing.
    let dir = Directory::new(&cohort, &after.settings, Lang::En);
    let marks = board.pair_marks(&cohort).unwrap();
    assert_eq!(marks.marked().count(), 0, "{marks:?}");
    let cards = rematch_cards(&marks, &after, &dir, Lang::En);
    let notes: Vec<&String> = cards.iter().flat_map(|c| &c.rematched).collect();
    assert_eq!(notes.len(), 4, "{notes:?}");
    let asker = dir.name(&asked[1]);
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with(&format!("{asker} asked for a new partner (was with "))),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("The facilitator re-matched ")),
        "{notes:?}"
    );

    // Stored and read back, the step is there: one undo restores the pairing as it was.
    let mut stored = Vec::new();
    let record = board.record(|p| {
        stored.push(p.clone());
        stored.len() as u64 - 1
    });
    let mut reloaded = Board::from_record(record, |i| stored.get(i as usize).cloned());
    for b in [&mut board, &mut reloaded] {
        b.apply(&mut cohort, BoardAction::Undo);
        assert_eq!(*pairing(b), *before);
        assert_eq!(b.message, None, "the message goes with the change");
        assert_eq!(
            b.pair_marks(&cohort).unwrap().marked().count(),
            2,
            "marks are back"
        );
        b.apply(&mut cohort, BoardAction::Redo);
        assert_eq!(*pairing(b), *after);
    }
    // An edit by hand keeps the record of what was re-matched.
    let first_new = after
        .pairs
        .iter()
        .find(|p| !p.locked)
        .unwrap()
        .members
        .clone();
    board.apply(&mut cohort, BoardAction::Lock { members: first_new });
    assert_eq!(pairing(&board).rematched, after.rematched);
}

/// A re-match started from the session is not replayed on another tab's state: only its
/// result is (as `Adopt`), like any run's.
#[test]
fn a_re_match_is_recorded_by_its_result() {
    let mut s = Session::new(Lang::En);
    s.apply(Action::OpenCohort(demo_cohort(8, 3, Lang::En, NOW)));
    s.apply(Action::Board(BoardAction::StartRun));
    let run = s.board.computing.unwrap();
    let cohort = s.cohort.clone().unwrap();
    let p = match_cohort(&cohort, &s.board.run_input(&cohort)).unwrap();
    let members = p.pairs[0].members.clone();
    s.apply(Action::Board(BoardAction::ResultReady { run, pairing: p }));
    assert!(s
        .apply_recorded(Action::Board(BoardAction::ToggleRematch { members }))
        .is_some());
    assert_eq!(s.apply_recorded(Action::Board(BoardAction::Rematch)), None);
    let run = s.board.computing.unwrap();
    let request = s.board.run_request(&cohort);
    let pairing = board::run(&request).unwrap();
    let recorded = s.apply_recorded(Action::Board(BoardAction::ResultReady { run, pairing }));
    assert!(
        matches!(recorded, Some(Action::Board(BoardAction::Adopt(p))) if p.rematched.len() == 1)
    );
}

#[test]
fn a_trio_kept_stays_a_trio_and_a_trio_broken_is_kept_apart() {
    let mut cohort = Rc::new(demo_cohort(13, 4, Lang::En, NOW));
    let mut board = with(&cohort, MatchingMode::Mutual, 1, Objective::MostPairs);
    run(&mut board, &mut cohort);
    let before = pairing(&board);
    let trio = before
        .pairs
        .iter()
        .find(|p| p.members.len() == 3)
        .unwrap()
        .clone();
    let pair = before
        .pairs
        .iter()
        .find(|p| p.members.len() == 2)
        .unwrap()
        .clone();
    // The trio kept, a pair re-matched.
    board.apply(
        &mut cohort,
        BoardAction::ToggleRematch {
            members: pair.members.clone(),
        },
    );
    board.apply(&mut cohort, BoardAction::Rematch);
    let request = board.run_request(&cohort);
    assert_eq!(
        request.cohort.responses.len(),
        12,
        "the trio's third member sits the run out"
    );
    answer(&mut board, &mut cohort);
    let after = pairing(&board);
    check_kept_and_apart(&before, &after, &[pair.members.clone()]);
    let kept = after
        .pairs
        .iter()
        .find(|p| p.number == trio.number)
        .unwrap();
    assert_eq!((kept.score, kept.explanation.links.len()), (trio.score, 3));
    // Now the trio re-matched: its three are kept apart.
    board.apply(&mut cohort, BoardAction::Undo);
    board.apply(
        &mut cohort,
        BoardAction::ToggleRematch {
            members: pair.members.clone(),
        },
    );
    board.apply(
        &mut cohort,
        BoardAction::ToggleRematch {
            members: trio.members.clone(),
        },
    );
    board.apply(&mut cohort, BoardAction::Rematch);
    answer(&mut board, &mut cohort);
    check_kept_and_apart(&before, &pairing(&board), &[trio.members.clone()]);
}

#[test]
fn reverse_mode_keeps_the_other_mentees_and_frees_the_mentors_place() {
    let mut cohort = Rc::new(demo_cohort(20, 8, Lang::En, NOW));
    let mut board = with(&cohort, MatchingMode::Reverse, 2, Objective::MostPairs);
    run(&mut board, &mut cohort);
    let before = pairing(&board);
    // A mentor's follow-up marks each of their pairs.
    let mentor = before.pairs[0].members[0].clone();
    let theirs: Vec<Vec<String>> = before
        .pairs
        .iter()
        .filter(|p| p.members[0] == mentor)
        .map(|p| p.members.clone())
        .collect();
    Rc::make_mut(&mut cohort).followups = vec![followup(&cohort, &mentor, before.round)];
    let marked: Vec<Vec<String>> = board
        .pair_marks(&cohort)
        .unwrap()
        .marked()
        .map(|m| m.members.clone())
        .collect();
    assert_eq!(marked, theirs);
    board.apply(&mut cohort, BoardAction::Rematch);
    answer(&mut board, &mut cohort);
    let after = pairing(&board);
    check_kept_and_apart(&before, &after, &theirs);
    for p in &after.pairs {
        assert_eq!(
            after
                .pairs
                .iter()
                .filter(|q| q.members[0] == p.members[0])
                .count()
                <= 2,
            true,
            "capacity"
        );
    }
}

#[test]
fn members_nobody_else_can_take_stay_without_a_partner_and_are_told_why() {
    let mut cohort = Rc::new(demo_cohort(2, 1, Lang::En, NOW));
    let mut board = with(&cohort, MatchingMode::Mutual, 1, Objective::MostPairs);
    run(&mut board, &mut cohort);
    let members = pairing(&board).pairs[0].members.clone();
    board.apply(
        &mut cohort,
        BoardAction::ToggleRematch {
            members: members.clone(),
        },
    );
    board.apply(&mut cohort, BoardAction::Rematch);
    answer(&mut board, &mut cohort);
    let after = pairing(&board);
    assert!(after.pairs.is_empty());
    let Some(BoardMessage::Rematched(outcome)) = board.message.clone() else {
        panic!("{:?}", board.message)
    };
    assert_eq!(outcome.unpaired.len(), 2);
    assert!(matches!(
        &outcome.unpaired[0].1,
        UnmatchedReason::NoAllowedPartner { .. }
    ));
    let names = |id: &str| id.to_owned();
    let en = board_message(Lang::En, board.message.as_ref().unwrap(), &names);
    assert!(
        en.contains(&format!(
            "{} could not be re-paired: Every possible partner is ruled out (never-pair list: 1).",
            members[0]
        )),
        "{en}"
    );
    assert!(
        en.contains("Earlier partners count on the never-pair list for this re-match only."),
        "{en}"
    );
    let ja = board_message(Lang::Ja, board.message.as_ref().unwrap(), &names);
    assert!(ja.contains("新しい相手が見つかりませんでした"), "{ja}");
}

// ---------------------------------------------------------------------------------------
// Against exhaustive enumeration

/// The engine's order on a set of pair scores: (pairs, lowest under `fairest`, total).
fn key(objective: Objective, scores: &[i64]) -> (usize, i64, i64) {
    let lowest = match objective {
        Objective::MostPairs => 0,
        Objective::Fairest => scores.iter().copied().min().unwrap_or(i64::MAX),
    };
    (scores.len(), lowest, scores.iter().sum())
}

/// The best key over every way to pair the `pool` (mutual: a matching; reverse: each
/// mentee of the pool to a mentor with `room`), `kept` being the scores of the kept
/// pairs, `score` the allowed pairs' scores (`None`: forbidden).
fn best(
    mode: MatchingMode,
    pool: &[String],
    room: &BTreeMap<String, u32>,
    is_mentor: &dyn Fn(&str) -> bool,
    score: &dyn Fn(&str, &str) -> Option<i64>,
    kept: &[i64],
    objective: Objective,
) -> (usize, i64, i64) {
    let mut out = key(objective, kept);
    let mut visit = |scores: &mut Vec<i64>| {
        let all: Vec<i64> = kept.iter().chain(scores.iter()).copied().collect();
        out = out.max(key(objective, &all));
    };
    match mode {
        MatchingMode::Mutual => {
            fn matchings(
                free: &[String],
                score: &dyn Fn(&str, &str) -> Option<i64>,
                scores: &mut Vec<i64>,
                visit: &mut dyn FnMut(&mut Vec<i64>),
            ) {
                let Some((first, rest)) = free.split_first() else {
                    visit(scores);
                    return;
                };
                matchings(rest, score, scores, visit);
                for (i, other) in rest.iter().enumerate() {
                    if let Some(s) = score(first, other) {
                        let remaining: Vec<String> = rest
                            .iter()
                            .enumerate()
                            .filter(|&(j, _)| j != i)
                            .map(|(_, p)| p.clone())
                            .collect();
                        scores.push(s);
                        matchings(&remaining, score, scores, visit);
                        scores.pop();
                    }
                }
            }
            matchings(pool, score, &mut Vec::new(), &mut visit);
        }
        MatchingMode::Reverse => {
            let mentees: Vec<String> = pool.iter().filter(|p| !is_mentor(p)).cloned().collect();
            let mentors: Vec<String> = room.keys().cloned().collect();
            fn assign(
                i: usize,
                mentees: &[String],
                mentors: &[String],
                room: &mut Vec<u32>,
                score: &dyn Fn(&str, &str) -> Option<i64>,
                scores: &mut Vec<i64>,
                visit: &mut dyn FnMut(&mut Vec<i64>),
            ) {
                if i == mentees.len() {
                    visit(scores);
                    return;
                }
                assign(i + 1, mentees, mentors, room, score, scores, visit);
                for r in 0..mentors.len() {
                    if room[r] > 0 {
                        if let Some(s) = score(&mentors[r], &mentees[i]) {
                            room[r] -= 1;
                            scores.push(s);
                            assign(i + 1, mentees, mentors, room, score, scores, visit);
                            scores.pop();
                            room[r] += 1;
                        }
                    }
                }
            }
            let mut rooms: Vec<u32> = mentors.iter().map(|m| room[m]).collect();
            assign(
                0,
                &mentees,
                &mentors,
                &mut rooms,
                score,
                &mut Vec::new(),
                &mut visit,
            );
        }
    }
    out
}

fn settings_for(
    mode: MatchingMode,
    capacity: u32,
    objective: Objective,
) -> impl Fn(&Cohort) -> MatchingSettings {
    move |c: &Cohort| {
        let mut s = c.workshop.matching.clone();
        s.mode = mode;
        s.mentor_capacity = capacity;
        s.objective = objective;
        s
    }
}

fn check_against_brute_force(
    n: usize,
    seed: u64,
    mode: MatchingMode,
    capacity: u32,
    fairest: bool,
    mask: u32,
) {
    let objective = if fairest {
        Objective::Fairest
    } else {
        Objective::MostPairs
    };
    let mut cohort = Rc::new(demo_cohort(n, seed, Lang::En, NOW));
    let settings = settings_for(mode, capacity, objective)(&cohort);
    let mut board = Board::default();
    board.settings = Some(settings.clone());
    run(&mut board, &mut cohort);
    let before = pairing(&board);
    let broken: Vec<Vec<String>> = before
        .pairs
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, p)| p.members.clone())
        .collect();
    for b in &broken {
        board.apply(
            &mut cohort,
            BoardAction::ToggleRematch { members: b.clone() },
        );
    }
    board.apply(&mut cohort, BoardAction::Rematch);
    if broken.is_empty() {
        assert_eq!(board.message, Some(BoardMessage::RematchNothingMarked));
        return;
    }
    answer(&mut board, &mut cohort);
    let after = pairing(&board);
    check_kept_and_apart(&before, &after, &broken);

    // The reference: the engine's score matrix under the board's settings (tested against
    // the documented formula in tests/matching.rs), old partners kept apart here.
    let matrix = score_matrix(&cohort, &settings).unwrap();
    let row = |id: &str| matrix.row_ids.iter().position(|x| x == id);
    let col = |id: &str| matrix.col_ids.iter().position(|x| x == id);
    let apart = |a: &str, b: &str| {
        broken
            .iter()
            .any(|m| m.iter().any(|x| x == a) && m.iter().any(|x| x == b))
    };
    let score = |a: &str, b: &str| -> Option<i64> {
        if apart(a, b) {
            return None;
        }
        matrix.get(row(a)?, col(b)?)
    };
    let raw = |a: &str, b: &str| -> i64 {
        // A kept pair's score, as its first link says (a lock is kept whatever the rules).
        after
            .pairs
            .iter()
            .find(|p| p.members[0] == a && p.members[1] == b)
            .unwrap()
            .explanation
            .links[0]
            .score
    };
    let kept: Vec<&kakehashi::document::model::Pair> =
        after.pairs.iter().filter(|p| p.locked).collect();
    let kept_scores: Vec<i64> = kept
        .iter()
        .map(|p| raw(&p.members[0], &p.members[1]))
        .collect();
    let held: BTreeSet<&String> = kept.iter().flat_map(|p| &p.members).collect();
    let is_mentor = |id: &str| row(id).is_some() && mode == MatchingMode::Reverse;
    // Mutual mode: everyone outside the kept pairs; reverse mode: the mentees outside them
    // (mentors take part by their places left, `room`).
    let pool: Vec<String> = matrix
        .col_ids
        .iter()
        .filter(|id| !held.contains(id))
        .cloned()
        .collect();
    let room: BTreeMap<String, u32> = matrix
        .row_ids
        .iter()
        .filter(|_| mode == MatchingMode::Reverse)
        .map(|m| {
            let load = kept.iter().filter(|p| &p.members[0] == m).count() as u32;
            (m.clone(), capacity - load)
        })
        .collect();
    let expected = best(
        mode,
        &pool,
        &room,
        &is_mentor,
        &score,
        &kept_scores,
        objective,
    );
    // The result's own key: kept pairs and the new pairs' first links (mutual trios form
    // after the matching and do not count in its order).
    let new_scores: Vec<i64> = after
        .pairs
        .iter()
        .filter(|p| !p.locked)
        .map(|p| p.explanation.links[0].score)
        .collect();
    let all: Vec<i64> = kept_scores.iter().chain(&new_scores).copied().collect();
    assert_eq!(key(objective, &all), expected, "{after:#?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn a_re_match_is_the_best_that_keeps_the_others_and_old_partners_apart(
        n in 2..=9usize,
        seed in any::<u64>(),
        fairest in any::<bool>(),
        mask in any::<u32>(),
    ) {
        check_against_brute_force(n, seed, MatchingMode::Mutual, 1, fairest, mask);
    }

    #[test]
    fn a_reverse_re_match_is_the_best_that_keeps_the_others_and_old_partners_apart(
        n in 2..=9usize,
        seed in any::<u64>(),
        capacity in 1..=3u32,
        fairest in any::<bool>(),
        mask in any::<u32>(),
    ) {
        check_against_brute_force(n, seed, MatchingMode::Reverse, capacity, fairest, mask);
    }
}

/// The settings' mode was changed after matching: a re-match keeps the pairs on the board,
/// so it runs in their mode; a cancelled re-match changes nothing, and its late result is
/// ignored.
#[test]
fn a_re_match_runs_in_the_mode_of_the_pairs_and_a_cancel_keeps_them() {
    let mut cohort = Rc::new(demo_cohort(12, 9, Lang::En, NOW));
    let mut board = with(&cohort, MatchingMode::Mutual, 1, Objective::MostPairs);
    run(&mut board, &mut cohort);
    let before = pairing(&board);
    let broken = [
        before.pairs[0].members.clone(),
        before.pairs[1].members.clone(),
    ];
    for members in &broken {
        board.apply(
            &mut cohort,
            BoardAction::ToggleRematch {
                members: members.clone(),
            },
        );
    }
    board.apply(
        &mut cohort,
        BoardAction::EditSettings(kakehashi::workflow::board::SettingsEdit::Mode(
            MatchingMode::Reverse,
        )),
    );
    board.apply(&mut cohort, BoardAction::Rematch);
    let request = board.run_request(&cohort);
    assert_eq!(request.settings.mode, MatchingMode::Mutual);
    let stale = board.computing.unwrap();
    board.apply(&mut cohort, BoardAction::Cancel);
    assert_eq!(board.message, Some(BoardMessage::Cancelled));
    let late = board::run(&request).unwrap();
    board.apply(
        &mut cohort,
        BoardAction::ResultReady {
            run: stale,
            pairing: late,
        },
    );
    assert_eq!(*pairing(&board), *before, "a late result is ignored");
    assert_eq!(
        board.run_request(&cohort).settings.mode,
        MatchingMode::Reverse,
        "a plain run uses the settings again"
    );
    board.apply(&mut cohort, BoardAction::Rematch);
    answer(&mut board, &mut cohort);
    check_kept_and_apart(&before, &pairing(&board), &broken);
}
