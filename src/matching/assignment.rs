//! Capacitated maximum-weight assignment (reverse mode).
//!
//! [`max_weight_assignment`] gives each mentee at most one mentor, each mentor at most
//! `capacity` mentees. The graph is bipartite, so this is a min-cost flow problem, solved
//! here by successive shortest paths with Dijkstra on reduced costs (the Hungarian method
//! in the form of Jonker & Volgenant, "A shortest augmenting path algorithm for dense and
//! sparse linear assignment problems", Computing 38, 1987), generalised to mentor
//! capacities without replicating mentors into slots. It depends on nothing but `std`.
//!
//! **The network.** Mentees are rows, mentors are columns, plus one sink `t`:
//! mentee `i → mentor j` for every allowed pair, with cost `-(w[i][j] + B)`;
//! mentor `j → t` while `j` has free capacity, cost 0; and a private "stay unassigned"
//! edge `mentee i → t` of cost 0. Every mentee sends one unit of flow, either through a
//! mentor or through its private edge, so a complete flow always exists. The shift
//! `B > 2 · n_mentees · max|w|` makes one more assigned mentee worth more than any
//! difference in the original weights, so the minimum-cost flow maximises first the
//! number of assigned mentees and then the total weight, with zero or negative weights.
//!
//! **The method.** Mentees are inserted one at a time, in index order. For mentee `i0`,
//! Dijkstra runs from `i0` over the residual network with reduced costs
//! `c(a, b) + π(a) − π(b) ≥ 0`, stops as soon as `t` is the nearest unsettled node, and
//! the flow is augmented along that shortest path (which may move earlier mentees to other
//! mentors, or out to their "unassigned" edge). The potentials of the settled nodes then
//! move by `d(x) − d(t)`, which keeps every reduced cost non-negative and every used
//! edge tight; `π(t)` therefore stays 0 forever. Each insertion costs O(n_mentors) per
//! settled mentor, O(n_mentees · n_mentors · (n_mentors + 1)) in the worst case and far
//! less in practice because the search stops at the first free mentor.
//!
//! **Determinism.** Mentees are inserted in index order; among mentors at equal distance
//! the lowest index is settled first, and reaching `t` wins ties, so the same input always
//! yields the same assignment.
//!
//! **Verification.** The tests compare against exhaustive enumeration on small instances
//! and check the final potentials (dual feasibility and complementary slackness).

use super::NO_EDGE;

/// Assigns mentees (columns) to mentors (rows) given a row-major `n_mentors × n_mentees`
/// weight matrix ([`super::NO_EDGE`] where a pair is not allowed) and each mentor's
/// capacity (how many mentees they take at most).
///
/// Maximises first the number of mentees assigned, then the total weight. Returns, for
/// every mentee, the index of their mentor or `None`.
///
/// # Panics
///
/// If `capacity.len() != n_mentors` or `weight.len() != n_mentors * n_mentees`.
pub fn max_weight_assignment(
    n_mentors: usize,
    n_mentees: usize,
    capacity: &[u32],
    weight: &[i64],
) -> Vec<Option<usize>> {
    assert_eq!(capacity.len(), n_mentors, "one capacity per mentor");
    assert_eq!(weight.len(), n_mentors * n_mentees, "weight must be n_mentors × n_mentees");
    let max_abs = weight
        .iter()
        .filter(|&&w| w != NO_EDGE)
        .map(|w| u128::from(w.unsigned_abs()))
        .max()
        .unwrap_or(0);
    let problem = Problem { n_mentors, n_mentees, capacity, weight, max_abs };
    if fits_i64(n_mentors, n_mentees, max_abs) {
        Solver::<i64>::new(&problem).solve().assignment()
    } else {
        Solver::<i128>::new(&problem).solve().assignment()
    }
}

/// The validated input, as given.
struct Problem<'a> {
    n_mentors: usize,
    n_mentees: usize,
    capacity: &'a [u32],
    weight: &'a [i64],
    max_abs: u128,
}

/// Whether `i64` arithmetic is safe: potentials are shortest-path distances in a network
/// of `n_mentors + n_mentees + 1` nodes whose costs are at most `B + max|w|` in absolute
/// value, with `B ≤ 2 · n_mentees · max|w| + 1`; a factor of 16 leaves a wide margin.
fn fits_i64(n_mentors: usize, n_mentees: usize, max_abs: u128) -> bool {
    let nodes = (n_mentors + n_mentees) as u128 + 2;
    nodes
        .checked_mul(nodes)
        .and_then(|x| x.checked_mul(max_abs + 1))
        .and_then(|x| x.checked_mul(16))
        .is_some_and(|x| x < (i64::MAX as u128) / 4)
}

/// The integer type the solver computes with: `i64` on the fast path, `i128` when the
/// weights are so large that `i64` could overflow.
trait Cost: Copy + Ord + std::fmt::Debug {
    const ZERO: Self;
    const MAX: Self;
    fn from_i128(x: i128) -> Self;
    fn add(self, other: Self) -> Self;
    fn sub(self, other: Self) -> Self;
}

impl Cost for i64 {
    const ZERO: Self = 0;
    const MAX: Self = i64::MAX;
    fn from_i128(x: i128) -> Self {
        i64::try_from(x).expect("checked by fits_i64")
    }
    #[inline(always)]
    fn add(self, other: Self) -> Self {
        self + other
    }
    #[inline(always)]
    fn sub(self, other: Self) -> Self {
        self - other
    }
}

impl Cost for i128 {
    const ZERO: Self = 0;
    const MAX: Self = i128::MAX;
    fn from_i128(x: i128) -> Self {
        x
    }
    #[inline(always)]
    fn add(self, other: Self) -> Self {
        self + other
    }
    #[inline(always)]
    fn sub(self, other: Self) -> Self {
        self - other
    }
}

/// "No mentor / no mentee" in the `u32` index arrays.
const NONE: u32 = u32::MAX;

/// How the shortest path of the current insertion reaches the sink `t`.
#[derive(Clone, Copy)]
enum SinkEdge {
    /// Through mentor `j`, which has free capacity.
    Mentor(u32),
    /// Through mentee `i`'s private "stay unassigned" edge.
    Unassigned(u32),
}

/// The state of one run.
///
/// **Index spaces.** Mentees `i` in `0..n_mentees` (rows of the search), mentors `j` in
/// `0..n_mentors` (columns), and the sink `t`, whose potential is always 0.
struct Solver<C: Cost> {
    n_mentors: usize,
    n_mentees: usize,
    /// If `i` is a mentee and `j` a mentor, `cost[i * n_mentors + j]` is `-(w + B)` for
    /// an allowed pair, or `C::MAX` if the pair is not allowed. (Mentee-major, the
    /// transpose of the input, so a mentee's edges are contiguous.)
    cost: Vec<C>,
    /// If `j` is a mentor, `capacity[j]` is how many mentees they take at most.
    capacity: Vec<u32>,
    /// If `i` is a mentee, `row_pot[i]` is its potential π(i).
    row_pot: Vec<C>,
    /// If `j` is a mentor, `col_pot[j]` is its potential π(j).
    col_pot: Vec<C>,
    /// If `i` is a mentee, `mentor_of[i]` is its mentor, or `NONE` while it is not
    /// inserted yet or uses its "stay unassigned" edge.
    mentor_of: Vec<u32>,
    /// If `j` is a mentor, `mentees[j]` lists the mentees it currently takes.
    mentees: Vec<Vec<u32>>,
    // Per-insertion scratch space, allocated once.
    /// If `j` is a mentor, `dist[j]` is its tentative distance from the inserted mentee.
    dist: Vec<C>,
    /// If `j` is a mentor reached in this insertion, `via[j]` is the mentee it was
    /// reached from.
    via: Vec<u32>,
    /// If `j` is a mentor, whether its distance is final in this insertion.
    settled: Vec<bool>,
    /// Mentors settled in this insertion, in order.
    settled_mentors: Vec<u32>,
    /// Mentees reached in this insertion, with their (final) distances.
    reached_mentees: Vec<(u32, C)>,
}

impl<C: Cost> Solver<C> {
    fn new(p: &Problem<'_>) -> Self {
        let (n_mo, n_me) = (p.n_mentors, p.n_mentees);
        let shift = 2 * (n_me as i128) * (p.max_abs as i128) + 1;
        let mut cost = vec![C::MAX; n_me * n_mo];
        // Initial potentials: π(mentor) = π(t) = 0 and π(i) = the most a mentee could
        // gain, so every edge has a non-negative reduced cost and each mentee's favourite
        // mentors are tight: the first insertions are plain greedy choices.
        let mut row_pot = vec![C::ZERO; n_me];
        for j in 0..n_mo {
            for i in 0..n_me {
                let w = p.weight[j * n_me + i];
                if w != NO_EDGE {
                    let gain = i128::from(w) + shift;
                    cost[i * n_mo + j] = C::from_i128(-gain);
                    row_pot[i] = row_pot[i].max(C::from_i128(gain));
                }
            }
        }
        Solver {
            n_mentors: n_mo,
            n_mentees: n_me,
            cost,
            capacity: p.capacity.to_vec(),
            row_pot,
            col_pot: vec![C::ZERO; n_mo],
            mentor_of: vec![NONE; n_me],
            mentees: vec![Vec::new(); n_mo],
            dist: vec![C::MAX; n_mo],
            via: vec![NONE; n_mo],
            settled: vec![false; n_mo],
            settled_mentors: Vec::new(),
            reached_mentees: Vec::new(),
        }
    }

    fn solve(mut self) -> Self {
        for i in 0..self.n_mentees {
            self.insert(i);
        }
        self
    }

    fn assignment(&self) -> Vec<Option<usize>> {
        self.mentor_of.iter().map(|&j| (j != NONE).then_some(j as usize)).collect()
    }

    /// Relaxes the edges leaving mentee `i`, reached at distance `d`; returns the
    /// improved distance to `t` through `i`'s "stay unassigned" edge.
    fn relax_mentee(&mut self, i: usize, d: C, best_t: &mut (C, SinkEdge)) {
        let n_mo = self.n_mentors;
        let base = d.add(self.row_pot[i]);
        let own = self.mentor_of[i];
        let row = &self.cost[i * n_mo..(i + 1) * n_mo];
        for j in 0..n_mo {
            let c = row[j];
            if c == C::MAX || self.settled[j] || j as u32 == own {
                continue;
            }
            let nd = base.add(c).sub(self.col_pot[j]);
            if nd < self.dist[j] {
                self.dist[j] = nd;
                self.via[j] = i as u32;
            }
        }
        // The private edge i → t (reduced cost π(i) − π(t) = π(i)).
        if base < best_t.0 {
            *best_t = (base, SinkEdge::Unassigned(i as u32));
        }
    }

    /// Inserts mentee `i0`: finds a shortest augmenting path from it to the sink and
    /// augments along it.
    fn insert(&mut self, i0: usize) {
        let n_mo = self.n_mentors;
        self.dist.fill(C::MAX);
        self.settled.fill(false);
        self.settled_mentors.clear();
        self.reached_mentees.clear();
        let mut best_t = (C::MAX, SinkEdge::Unassigned(i0 as u32));
        self.reached_mentees.push((i0 as u32, C::ZERO));
        self.relax_mentee(i0, C::ZERO, &mut best_t);
        loop {
            // The nearest unsettled mentor, lowest index first.
            let mut next = NONE;
            let mut next_d = C::MAX;
            for j in 0..n_mo {
                if !self.settled[j] && self.dist[j] < next_d {
                    next_d = self.dist[j];
                    next = j as u32;
                }
            }
            if next == NONE || best_t.0 <= next_d {
                break;
            }
            let j = next as usize;
            self.settled[j] = true;
            self.settled_mentors.push(next);
            if (self.mentees[j].len() as u32) < self.capacity[j] {
                // Edge j → t, reduced cost π(j) − π(t) = π(j).
                let nd = next_d.add(self.col_pot[j]);
                if nd < best_t.0 {
                    best_t = (nd, SinkEdge::Mentor(next));
                }
            }
            for k in 0..self.mentees[j].len() {
                let i = self.mentees[j][k] as usize;
                // The reverse edge j → i of a used edge is tight, so i is as near as j.
                debug_assert_eq!(
                    self.cost[i * n_mo + j].add(self.row_pot[i]).sub(self.col_pot[j]),
                    C::ZERO
                );
                self.reached_mentees.push((i as u32, next_d));
                self.relax_mentee(i, next_d, &mut best_t);
            }
        }
        let (dt, sink_edge) = best_t;
        debug_assert!(dt < C::MAX, "the private edge always reaches t");

        // Potentials: settled nodes move by d(x) − d(t) ≤ 0, others stay.
        for k in 0..self.settled_mentors.len() {
            let j = self.settled_mentors[k] as usize;
            self.col_pot[j] = self.col_pot[j].add(self.dist[j]).sub(dt);
        }
        for k in 0..self.reached_mentees.len() {
            let (i, d) = self.reached_mentees[k];
            let i = i as usize;
            self.row_pot[i] = self.row_pot[i].add(d).sub(dt);
        }

        // Augment backwards from t.
        let mut j = match sink_edge {
            SinkEdge::Mentor(j) => j,
            SinkEdge::Unassigned(i) => {
                let old = self.mentor_of[i as usize];
                self.mentor_of[i as usize] = NONE;
                if old != NONE {
                    self.remove_mentee(old as usize, i);
                }
                old
            }
        };
        while j != NONE {
            let i = self.via[j as usize];
            let old = self.mentor_of[i as usize];
            self.mentor_of[i as usize] = j;
            self.mentees[j as usize].push(i);
            if old != NONE {
                self.remove_mentee(old as usize, i);
            }
            j = old;
        }
    }

    fn remove_mentee(&mut self, j: usize, i: u32) {
        let list = &mut self.mentees[j];
        let pos = list.iter().position(|&x| x == i).expect("mentee listed under its mentor");
        list.remove(pos);
    }
}
