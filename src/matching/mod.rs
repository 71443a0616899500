//! The matching engine: scores every possible pair of a cohort and computes the provably
//! optimal pairing under the facilitator's constraints, with an explanation of every pair.
//!
//! **Architecture invariant:** the matching module knows nothing about the browser, the
//! file system or the clock; the app, the CLI and the tests call the same functions.
//!
//! Submodules: [`blossom`] (maximum-weight general matching, mutual mode) and
//! [`assignment`] (capacitated assignment, reverse mode) are the exact solvers on integer
//! weight matrices; [`cardinality`] counts how many can be paired at all (for the fairest
//! objective); [`score`] scores and explains pairs and checks constraints; [`engine`]
//! builds the pairing document on top of them ([`match_cohort`], [`score_matrix`]), one
//! module per job (see its code map); [`regroup`] scores a grouping the facilitator
//! arranged by hand, building its pairs with the engine's own assembly; [`suggest`] runs
//! the engine on alternative settings that may pair more people; `width` is the
//! integer type both solvers compute in. See `docs/MATCHING.md`.

pub mod assignment;
pub mod blossom;
pub mod cardinality;
pub mod engine;
pub mod regroup;
pub mod score;
pub mod suggest;
mod width;

pub use engine::{
    check_cohort, check_settings, match_cohort, score_matrix, smallest_capacity_for_most_mentees,
    MatchError, PairList, ScoreMatrix, ScoredCohort,
};

/// Marks a pair that must not be formed in a weight matrix.
pub const NO_EDGE: i64 = i64::MIN;
