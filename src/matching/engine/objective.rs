//! Steps 2–3 of the engine: the exact solve the objective asks for, on the pool left
//! after the locks.
//!
//! Most pairs is one weighted solve. The fairest objective first finds the highest
//! threshold `T` such that the pairs scoring at least `T` still pair as many people
//! (a binary search over the distinct scores, each probe an unweighted cardinality
//! check, much cheaper than a weighted solve), then solves on those pairs only, so the
//! total decides among the fairest results.
//!
//! Plain functions on integer matrices: they know the solvers and [`Objective`], not the
//! cohort, so they take no [`super::ScoredCohort`].

use super::super::{assignment, blossom, cardinality, NO_EDGE};
use crate::document::model::Objective;

/// Mutual mode, steps 2–3: the matching of the `m × m` pool for the objective.
/// `locked_min` is the lowest locked pair score (`i64::MAX` without locks).
pub(super) fn best_matching(
    m: usize,
    w: &[i64],
    objective: Objective,
    locked_min: i64,
    first: &[bool],
) -> Vec<Option<usize>> {
    if m < 2 {
        return vec![None; m];
    }
    let solve = |w: &[i64]| blossom::max_weight_matching(m, &matching_with_priority(m, w, first));
    if objective == Objective::MostPairs {
        return solve(w);
    }
    // The fairest objective asks "do the pairs scoring at least t still pair as many?"
    // a few times; a cardinality check answers that without a weighted solve.
    let graph = |t: i64| -> Vec<Vec<usize>> {
        (0..m)
            .map(|i| {
                (0..m)
                    .filter(|&j| j != i && w[i * m + j] != NO_EDGE && w[i * m + j] >= t)
                    .collect()
            })
            .collect()
    };
    let most = cardinality::matching_size(&graph(i64::MIN + 1));
    let threshold = fairest_threshold(w, i64::MIN, locked_min, |t| {
        cardinality::reaches_matching_size(&graph(t), most)
    });
    match threshold {
        Some(t) => solve(&at_least(w, t)),
        None => solve(w),
    }
}

/// A weight worth more than any difference in the total of `w`'s allowed entries between
/// two results of at most `groups` pairs: a tier above the total.
pub(super) fn tier(w: &[i64], groups: usize) -> i64 {
    let max = w
        .iter()
        .filter(|&&x| x != NO_EDGE)
        .map(|x| x.unsigned_abs())
        .max()
        .unwrap_or(0);
    (2 * groups as i64)
        .saturating_mul(max as i64)
        .saturating_add(1)
}

/// `w` (`m × m`) with each pair worth one [`tier`] more for each of its members who comes
/// first (`first`): the solver then pairs as many of them as it can before it looks at
/// the total, and still pairs the most people first (its own shift is above both).
fn matching_with_priority(m: usize, w: &[i64], first: &[bool]) -> Vec<i64> {
    if !first.iter().any(|&f| f) {
        return w.to_vec();
    }
    let t = tier(w, m / 2);
    let mut out = w.to_vec();
    for i in 0..m {
        for j in 0..m {
            let x = &mut out[i * m + j];
            if *x != NO_EDGE {
                *x += t * (i64::from(first[i]) + i64::from(first[j]));
            }
        }
    }
    out
}

/// Reverse mode, steps 2–3: the assignment for the objective.
pub(super) fn best_assignment(
    n_mentors: usize,
    n_mentees: usize,
    capacity: &[u32],
    w: &[i64],
    objective: Objective,
    locked_min: i64,
    first: &Priority,
) -> Vec<Option<usize>> {
    if n_mentors == 0 || n_mentees == 0 {
        return vec![None; n_mentees];
    }
    let solve = |w: &[i64]| assignment_with_priority(n_mentors, n_mentees, capacity, w, first);
    if objective == Objective::MostPairs {
        return solve(w);
    }
    let graph = |t: i64| -> Vec<Vec<usize>> {
        (0..n_mentees)
            .map(|c| {
                (0..n_mentors)
                    .filter(|&r| w[r * n_mentees + c] != NO_EDGE && w[r * n_mentees + c] >= t)
                    .collect()
            })
            .collect()
    };
    let most = cardinality::assignment_size(&graph(i64::MIN + 1), capacity);
    let threshold = fairest_threshold(w, i64::MIN, locked_min, |t| {
        cardinality::reaches_assignment_size(&graph(t), capacity, most)
    });
    match threshold {
        Some(t) => solve(&at_least(w, t)),
        None => solve(w),
    }
}

/// Reverse mode: who comes first — mentors (rows) and mentees (columns) who sat out.
pub(super) struct Priority {
    pub mentors: Vec<bool>,
    pub mentees: Vec<bool>,
}

/// The assignment maximising, in this order, the mentees placed, the people who come
/// first placed (a mentor counts once, for their first mentee), the total. A mentor who
/// comes first is split into a row of one place worth a [`tier`] more and a row with
/// their other places; a mentee who comes first is worth a tier more with any mentor.
fn assignment_with_priority(
    n_mentors: usize,
    n_mentees: usize,
    capacity: &[u32],
    w: &[i64],
    first: &Priority,
) -> Vec<Option<usize>> {
    if !first.mentors.iter().chain(&first.mentees).any(|&f| f) {
        return assignment::max_weight_assignment(n_mentors, n_mentees, capacity, w);
    }
    let t = tier(w, n_mentees);
    // (mentor, places, worth a tier more)
    let mut rows: Vec<(usize, u32, bool)> = Vec::new();
    for r in 0..n_mentors {
        if first.mentors[r] && capacity[r] > 0 {
            rows.push((r, 1, true));
            if capacity[r] > 1 {
                rows.push((r, capacity[r] - 1, false));
            }
        } else {
            rows.push((r, capacity[r], false));
        }
    }
    let mut split = Vec::with_capacity(rows.len() * n_mentees);
    for &(r, _, bonus) in &rows {
        split.extend((0..n_mentees).map(|c| {
            let x = w[r * n_mentees + c];
            if x == NO_EDGE {
                NO_EDGE
            } else {
                x + t * (i64::from(bonus) + i64::from(first.mentees[c]))
            }
        }));
    }
    let places: Vec<u32> = rows.iter().map(|r| r.1).collect();
    assignment::max_weight_assignment(rows.len(), n_mentees, &places, &split)
        .into_iter()
        .map(|row| row.map(|i| rows[i].0))
        .collect()
}

/// Step 3: the lowest score the fairest result must reach — the highest threshold `t`
/// such that the pairs scoring at least `t` still pair as many people (`feasible`),
/// capped at the lowest locked pair (`locked_min`), which bounds the lowest score
/// anyway; then among results reaching it the total decides. Only thresholds above
/// `lowest` are tried; `None` when none is feasible.
fn fairest_threshold(
    w: &[i64],
    lowest: i64,
    locked_min: i64,
    feasible: impl FnMut(i64) -> bool,
) -> Option<i64> {
    if locked_min <= lowest {
        return None;
    }
    let mut candidates = distinct_above(w, lowest);
    // Thresholds above the first value reaching `locked_min` cannot raise the result.
    if let Some(i) = candidates.iter().position(|&t| t >= locked_min) {
        candidates.truncate(i + 1);
    }
    highest_feasible(&candidates, feasible).map(|t| t.min(locked_min))
}

/// Keeps only the entries of `w` scoring at least `threshold`.
fn at_least(w: &[i64], threshold: i64) -> Vec<i64> {
    w.iter()
        .map(|&x| {
            if x != NO_EDGE && x >= threshold {
                x
            } else {
                NO_EDGE
            }
        })
        .collect()
}

/// The sorted distinct allowed values of `w` above `lower`.
fn distinct_above(w: &[i64], lower: i64) -> Vec<i64> {
    let mut values: Vec<i64> = w
        .iter()
        .copied()
        .filter(|&x| x != NO_EDGE && x > lower)
        .collect();
    values.sort_unstable();
    values.dedup();
    values
}

/// The largest `t` in `candidates` (ascending) with `feasible(t)`, or `None`; `feasible`
/// must be monotone (true up to some point, then false).
fn highest_feasible(candidates: &[i64], mut feasible: impl FnMut(i64) -> bool) -> Option<i64> {
    let (mut lo, mut hi) = (0, candidates.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if feasible(candidates[mid]) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo.checked_sub(1).map(|i| candidates[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highest_feasible_is_a_binary_search() {
        let c = [1, 3, 5, 7, 9];
        assert_eq!(highest_feasible(&c, |t| t <= 6), Some(5));
        assert_eq!(highest_feasible(&c, |_| true), Some(9));
        assert_eq!(highest_feasible(&c, |_| false), None);
        assert_eq!(highest_feasible(&[], |_| true), None);
    }
}
