//! Property tests for the exact solvers: on random small instances with forbidden pairs,
//! negative weights and many ties, the result of each solver is a valid pairing whose
//! (cardinality, total weight) equals the optimum found by exhaustive enumeration.
//!
//! Native only (proptest does not run on wasm32).
#![cfg(not(target_arch = "wasm32"))]

use kakehashi::matching::assignment::max_weight_assignment;
use kakehashi::matching::blossom::max_weight_matching;
use kakehashi::matching::NO_EDGE;
use proptest::prelude::*;

/// Objective of a pairing: number of pairs, then total weight (i128: no overflow).
type Score = (usize, i128);

/// Checks that `mate` is a symmetric matching using only existing edges; returns its score.
fn matching_score(n: usize, weight: &[i64], mate: &[Option<usize>]) -> Score {
    assert_eq!(mate.len(), n);
    let (mut pairs, mut total) = (0, 0i128);
    for (v, &m) in mate.iter().enumerate() {
        if let Some(u) = m {
            assert!(u < n && u != v, "mate out of range or self-loop");
            assert_eq!(mate[u], Some(v), "mates must be symmetric");
            let w = weight[v * n + u];
            assert_ne!(w, NO_EDGE, "used a forbidden pair {v}–{u}");
            if v < u {
                pairs += 1;
                total += i128::from(w);
            }
        }
    }
    (pairs, total)
}

/// The best score over all matchings, by recursion on the lowest unmatched vertex.
fn brute_force_matching(n: usize, weight: &[i64]) -> Score {
    fn go(n: usize, weight: &[i64], used: &mut Vec<bool>, from: usize) -> Score {
        let Some(v) = (from..n).find(|&v| !used[v]) else {
            return (0, 0);
        };
        used[v] = true;
        let mut best = go(n, weight, used, v + 1); // v stays single
        for u in v + 1..n {
            let w = weight[v * n + u];
            if !used[u] && w != NO_EDGE {
                used[u] = true;
                let (c, t) = go(n, weight, used, v + 1);
                best = best.max((c + 1, t + i128::from(w)));
                used[u] = false;
            }
        }
        used[v] = false;
        best
    }
    go(n, weight, &mut vec![false; n], 0)
}

/// Checks that `mentor_of` is a valid capacitated assignment; returns its score.
fn assignment_score(
    n_mentors: usize,
    n_mentees: usize,
    capacity: &[u32],
    weight: &[i64],
    mentor_of: &[Option<usize>],
) -> Score {
    assert_eq!(mentor_of.len(), n_mentees);
    let mut load = vec![0u32; n_mentors];
    let (mut count, mut total) = (0, 0i128);
    for (i, &m) in mentor_of.iter().enumerate() {
        if let Some(j) = m {
            assert!(j < n_mentors, "mentor out of range");
            let w = weight[j * n_mentees + i];
            assert_ne!(w, NO_EDGE, "used a forbidden pair mentor {j} – mentee {i}");
            load[j] += 1;
            count += 1;
            total += i128::from(w);
        }
    }
    for j in 0..n_mentors {
        assert!(load[j] <= capacity[j], "mentor {j} over capacity");
    }
    (count, total)
}

/// The best score over all assignments, by recursion over mentees.
fn brute_force_assignment(
    n_mentors: usize,
    n_mentees: usize,
    capacity: &[u32],
    weight: &[i64],
) -> Score {
    fn go(
        n_mentors: usize,
        n_mentees: usize,
        weight: &[i64],
        left: &mut Vec<u32>,
        i: usize,
    ) -> Score {
        if i == n_mentees {
            return (0, 0);
        }
        let mut best = go(n_mentors, n_mentees, weight, left, i + 1);
        for j in 0..n_mentors {
            let w = weight[j * n_mentees + i];
            if left[j] > 0 && w != NO_EDGE {
                left[j] -= 1;
                let (c, t) = go(n_mentors, n_mentees, weight, left, i + 1);
                best = best.max((c + 1, t + i128::from(w)));
                left[j] += 1;
            }
        }
        best
    }
    go(n_mentors, n_mentees, weight, &mut capacity.to_vec(), 0)
}

/// A weight drawn from a small range (ties and negatives are common), sometimes forbidden.
fn small_weight() -> impl Strategy<Value = i64> + Clone {
    prop_oneof![
        1 => Just(NO_EDGE),
        4 => -4i64..=6,
    ]
}

/// Like [`small_weight`], with occasional huge magnitudes that force the i128 path.
fn any_weight() -> impl Strategy<Value = i64> + Clone {
    prop_oneof![
        2 => Just(NO_EDGE),
        6 => -4i64..=6,
        1 => prop_oneof![Just(i64::MAX), Just(i64::MIN + 1), Just(1i64 << 40), Just(-(1i64 << 50))],
    ]
}

/// A symmetric n × n matrix built from the upper triangle.
fn symmetric(n: usize, upper: &[i64]) -> Vec<i64> {
    let mut weight = vec![NO_EDGE; n * n];
    let mut k = 0;
    for i in 0..n {
        for j in i + 1..n {
            weight[i * n + j] = upper[k];
            weight[j * n + i] = upper[k];
            k += 1;
        }
    }
    weight
}

fn graph(weight: impl Strategy<Value = i64> + Clone) -> impl Strategy<Value = (usize, Vec<i64>)> {
    (0usize..=10).prop_flat_map(move |n| {
        proptest::collection::vec(weight.clone(), n * n.saturating_sub(1) / 2)
            .prop_map(move |upper| (n, symmetric(n, &upper)))
    })
}

fn bipartite(
    weight: impl Strategy<Value = i64> + Clone,
) -> impl Strategy<Value = (usize, usize, Vec<u32>, Vec<i64>)> {
    (0usize..=4, 0usize..=6).prop_flat_map(move |(n_mentors, n_mentees)| {
        (
            proptest::collection::vec(1u32..=3, n_mentors),
            proptest::collection::vec(weight.clone(), n_mentors * n_mentees),
        )
            .prop_map(move |(capacity, weight)| (n_mentors, n_mentees, capacity, weight))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn matching_is_optimal_on_small_tied_graphs((n, weight) in graph(small_weight())) {
        let mate = max_weight_matching(n, &weight);
        prop_assert_eq!(matching_score(n, &weight, &mate), brute_force_matching(n, &weight));
    }

    #[test]
    fn matching_is_optimal_with_extreme_weights((n, weight) in graph(any_weight())) {
        let mate = max_weight_matching(n, &weight);
        prop_assert_eq!(matching_score(n, &weight, &mate), brute_force_matching(n, &weight));
    }

    #[test]
    fn matching_is_deterministic((n, weight) in graph(small_weight())) {
        prop_assert_eq!(max_weight_matching(n, &weight), max_weight_matching(n, &weight));
    }

    #[test]
    fn assignment_is_optimal_on_small_tied_instances(
        (n_mentors, n_mentees, capacity, weight) in bipartite(small_weight())
    ) {
        let mentor_of = max_weight_assignment(n_mentors, n_mentees, &capacity, &weight);
        prop_assert_eq!(
            assignment_score(n_mentors, n_mentees, &capacity, &weight, &mentor_of),
            brute_force_assignment(n_mentors, n_mentees, &capacity, &weight)
        );
    }

    #[test]
    fn assignment_is_deterministic(
        (n_mentors, n_mentees, capacity, weight) in bipartite(small_weight())
    ) {
        prop_assert_eq!(
            max_weight_assignment(n_mentors, n_mentees, &capacity, &weight),
            max_weight_assignment(n_mentors, n_mentees, &capacity, &weight)
        );
    }

    #[test]
    fn assignment_is_optimal_with_extreme_weights(
        (n_mentors, n_mentees, capacity, weight) in bipartite(any_weight())
    ) {
        let mentor_of = max_weight_assignment(n_mentors, n_mentees, &capacity, &weight);
        prop_assert_eq!(
            assignment_score(n_mentors, n_mentees, &capacity, &weight, &mentor_of),
            brute_force_assignment(n_mentors, n_mentees, &capacity, &weight)
        );
    }
}
