//! The score matrix: every pair's score computed once, read by every later step, and
//! exported as [`ScoreMatrix`] (`kakehashi scores`, the app's heatmap).
//!
//! Mutual mode keeps a symmetric `n × n` matrix over all participants; reverse mode a
//! `mentors × mentees` one, since only mentor–mentee pairs exist. [`NO_EDGE`] marks a
//! pair a hard constraint forbids. Indices are participants sorted by id (the scorer's
//! order), so the matrix is the same whatever the order of the responses.
//!
//! Depends on the scorer for the numbers; knows nothing about the solvers or about
//! locks, which do not change a pair's score.

use super::super::score::Scorer;
use super::super::NO_EDGE;
use super::{MatchError, ScoredCohort};
use crate::document::model::{Cohort, MatchingMode, MatchingSettings};

/// Every pair's score: in mutual mode a symmetric participants × participants matrix,
/// in reverse mode mentors × mentees. Ids are sorted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreMatrix {
    pub mode: MatchingMode,
    /// Mutual mode: every participant; reverse mode: the mentors.
    pub row_ids: Vec<String>,
    /// Mutual mode: the same as `row_ids`; reverse mode: the mentees.
    pub col_ids: Vec<String>,
    /// Row-major, [`NO_EDGE`] where a hard constraint forbids the pair (and on the
    /// diagonal in mutual mode).
    pub cells: Vec<i64>,
}

impl ScoreMatrix {
    /// The score of row `r` with column `c`, `None` when forbidden.
    pub fn get(&self, r: usize, c: usize) -> Option<i64> {
        let w = self.cells[r * self.col_ids.len() + c];
        (w != NO_EDGE).then_some(w)
    }

    /// `{"ids": [...], "matrix": [[...]]}` in mutual mode, `{"rows": [...], "cols":
    /// [...], "matrix": [[...]]}` in reverse mode; `null` for a forbidden pair.
    pub fn to_json(&self) -> serde_json::Value {
        let matrix: Vec<Vec<Option<i64>>> = (0..self.row_ids.len())
            .map(|r| (0..self.col_ids.len()).map(|c| self.get(r, c)).collect())
            .collect();
        match self.mode {
            MatchingMode::Mutual => serde_json::json!({ "ids": self.row_ids, "matrix": matrix }),
            MatchingMode::Reverse => {
                serde_json::json!({ "rows": self.row_ids, "cols": self.col_ids, "matrix": matrix })
            }
        }
    }
}

/// Every pair's score under `settings` (which replace the workshop's own).
pub fn score_matrix(
    cohort: &Cohort,
    settings: &MatchingSettings,
) -> Result<ScoreMatrix, MatchError> {
    Ok(ScoredCohort::new(cohort, settings)?.score_matrix())
}

/// The scores of one run and, in reverse mode, who sits on which side: the matrix part
/// of [`ScoredCohort`], which [`ScoredCohort::new`] moves into its fields.
pub(super) struct Cells {
    /// Mutual mode: `n × n`, symmetric. Reverse mode: `mentors.len() × mentees.len()`.
    pub cells: Vec<i64>,
    /// Reverse mode: the mentors and the mentees (participant indices, ascending).
    pub mentors: Vec<usize>,
    pub mentees: Vec<usize>,
    /// Reverse mode: if `p` is a mentor, `role_index[p]` is their row; else their column.
    pub role_index: Vec<usize>,
}

/// Scores every pair the mode allows.
pub(super) fn score_all(scorer: &Scorer, mode: MatchingMode) -> Cells {
    let n = scorer.len();
    let (mut mentors, mut mentees, mut role_index) = (Vec::new(), Vec::new(), vec![0; n]);
    let cells = match mode {
        MatchingMode::Mutual => {
            let mut cells = vec![NO_EDGE; n * n];
            for a in 0..n {
                for b in a + 1..n {
                    if let Some(w) = scorer.score(a, b) {
                        cells[a * n + b] = w;
                        cells[b * n + a] = w;
                    }
                }
            }
            cells
        }
        MatchingMode::Reverse => {
            for p in 0..n {
                let list = if scorer.people[p].is_mentor {
                    &mut mentors
                } else {
                    &mut mentees
                };
                role_index[p] = list.len();
                list.push(p);
            }
            let mut cells = Vec::with_capacity(mentors.len() * mentees.len());
            for &m in &mentors {
                cells.extend(
                    mentees
                        .iter()
                        .map(|&e| scorer.score(m, e).unwrap_or(NO_EDGE)),
                );
            }
            cells
        }
    };
    Cells {
        cells,
        mentors,
        mentees,
        role_index,
    }
}

impl ScoredCohort<'_> {
    /// The score matrix in the shape of [`ScoreMatrix`].
    pub fn score_matrix(&self) -> ScoreMatrix {
        let ids = |list: &[usize]| {
            list.iter()
                .map(|&p| self.id(p).to_owned())
                .collect::<Vec<_>>()
        };
        match self.settings.mode {
            MatchingMode::Mutual => {
                let all: Vec<usize> = (0..self.n()).collect();
                ScoreMatrix {
                    mode: MatchingMode::Mutual,
                    row_ids: ids(&all),
                    col_ids: ids(&all),
                    cells: self.cells.clone(),
                }
            }
            MatchingMode::Reverse => ScoreMatrix {
                mode: MatchingMode::Reverse,
                row_ids: ids(&self.mentors),
                col_ids: ids(&self.mentees),
                cells: self.cells.clone(),
            },
        }
    }

    /// The allowed score of `a` with `b` in either order; `None` when a hard constraint
    /// forbids it or (reverse mode) they are not a mentor and a mentee.
    pub(super) fn allowed(&self, a: usize, b: usize) -> Option<i64> {
        let w = match self.settings.mode {
            MatchingMode::Mutual if a != b => self.cells[a * self.n() + b],
            MatchingMode::Mutual => NO_EDGE,
            MatchingMode::Reverse => match (self.is_mentor(a), self.is_mentor(b)) {
                (true, false) => {
                    self.cells[self.role_index[a] * self.mentees.len() + self.role_index[b]]
                }
                (false, true) => {
                    self.cells[self.role_index[b] * self.mentees.len() + self.role_index[a]]
                }
                _ => NO_EDGE,
            },
        };
        (w != NO_EDGE).then_some(w)
    }
}
