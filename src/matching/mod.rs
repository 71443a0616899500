//! The matching engine: scores every possible pair of a cohort and computes the provably
//! optimal pairing under the facilitator's constraints, with an explanation of every pair.
//!
//! **Architecture invariant:** the matching module knows nothing about the browser, the
//! file system or the clock; the app, the CLI and the tests call the same functions.
//!
//! Submodules: [`blossom`] (maximum-weight general matching, mutual mode) and
//! [`assignment`] (capacitated assignment, reverse mode) are the exact solvers on integer
//! weight matrices; scoring, constraints, explanations and the pairing document are built
//! on top of them.

pub mod assignment;
pub mod blossom;
pub mod cardinality;
pub mod engine;
pub mod regroup;
pub mod score;

pub use engine::{match_cohort, score_matrix, MatchError, ScoreMatrix, ScoredCohort};

/// Marks a pair that must not be formed in a weight matrix.
pub const NO_EDGE: i64 = i64::MIN;
