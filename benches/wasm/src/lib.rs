//! Exports for `bench.mjs`: build a demo cohort once, then score, solve or match it, so
//! that Node can time each step with `performance.now()` (wasm32 has no clock of its own).
//! Plain C-ABI exports, no wasm-bindgen: the numbers are the core's alone.

use kakehashi::matching::{assignment, blossom, ScoredCohort};
use kakehashi::document::model::{Cohort, Lang, MatchingMode, MatchingSettings, Objective};
use std::cell::RefCell;

thread_local! {
    /// The cohort and settings of the current measurement (leaked: one per instance).
    static INPUT: RefCell<Option<(&'static Cohort, &'static MatchingSettings)>> = const { RefCell::new(None) };
}

fn input() -> (&'static Cohort, &'static MatchingSettings) {
    INPUT.with(|i| i.borrow().expect("make_cohort first"))
}

/// A demo cohort of `n` (seed 1, as `kakehashi bench`), in mutual (`mode` 0) or reverse
/// mode (1), with the most-pairs (`fairest` 0) or fairest objective (1).
#[no_mangle]
pub extern "C" fn make_cohort(n: u32, mode: u32, fairest: u32) {
    let cohort: &'static Cohort =
        Box::leak(Box::new(kakehashi::demo::demo_cohort(n as usize, 1, Lang::En, "2026-11-26T09:30:00Z")));
    let settings: &'static MatchingSettings = Box::leak(Box::new(MatchingSettings {
        mode: if mode == 0 { MatchingMode::Mutual } else { MatchingMode::Reverse },
        objective: if fairest == 0 { Objective::MostPairs } else { Objective::Fairest },
        ..cohort.workshop.matching.clone()
    }));
    INPUT.with(|i| *i.borrow_mut() = Some((cohort, settings)));
}

/// Validation and scoring only; returns the number of rows.
#[no_mangle]
pub extern "C" fn score() -> u32 {
    let (cohort, settings) = input();
    ScoredCohort::new(cohort, settings).map_or(0, |s| s.score_matrix().row_ids.len() as u32)
}

/// Scoring, then the solver alone on the score matrix; returns how many were matched.
#[no_mangle]
pub extern "C" fn solver() -> u32 {
    let (cohort, settings) = input();
    let Ok(scored) = ScoredCohort::new(cohort, settings) else { return 0 };
    let m = scored.score_matrix();
    let (rows, cols) = (m.row_ids.len(), m.col_ids.len());
    let matched = match settings.mode {
        MatchingMode::Mutual => blossom::max_weight_matching(rows, &m.cells).iter().flatten().count(),
        MatchingMode::Reverse => {
            assignment::max_weight_assignment(rows, cols, &vec![settings.mentor_capacity; rows], &m.cells)
                .iter()
                .flatten()
                .count()
        }
    };
    matched as u32
}

/// Scoring, then the whole matching; returns the total score.
#[no_mangle]
pub extern "C" fn pairing() -> i64 {
    let (cohort, settings) = input();
    ScoredCohort::new(cohort, settings).map_or(-1, |s| s.pairing().total_score)
}
