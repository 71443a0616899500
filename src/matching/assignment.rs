//! Capacitated maximum-weight assignment (reverse mode).
//!
//! [`max_weight_assignment`] gives each mentee at most one mentor, each mentor at most
//! `capacity` mentees. The graph is bipartite, so this is a minimum-cost flow problem,
//! solved by the primal–dual (Hungarian) method: shortest augmenting paths on reduced
//! costs (Kuhn 1955; Jonker & Volgenant, "A shortest augmenting path algorithm for dense
//! and sparse linear assignment problems", Computing 38, 1987), with mentor capacities
//! handled directly rather than by replicating mentors into slots. It depends on nothing
//! but `std`.
//!
//! **The network.** The input is a row-major `n_mentors × n_mentees` weight matrix
//! (mentors are rows, mentees columns: `w[j][i]` for mentor `j` and mentee `i`); the
//! solver stores its transpose, mentee-major, so that a mentee's edges are contiguous
//! (`Solver::cost`). Nodes are the mentees, the mentors and one sink `t`:
//! mentee `i → mentor j` for every allowed pair, with cost `-(w[j][i] + B)`;
//! mentor `j → t` while `j` has free capacity, cost 0; and a private "stay unassigned"
//! edge `mentee i → t` of cost 0. Every mentee sends one unit of flow, either through a
//! mentor or through its private edge, so a complete flow always exists. The shift
//! `B > 2 · n_mentees · max|w|` makes one more assigned mentee worth more than any
//! difference in the original weights, so the minimum-cost flow maximises first the
//! number of assigned mentees and then the total weight, with zero or negative weights.
//!
//! **The method.** Potentials `π` keep every residual reduced cost
//! `c(a, b) + π(a) − π(b)` non-negative and every used edge tight (`π(t)` stays 0).
//! Mentees still waiting for their unit of flow are *pending*. Each *phase*
//!
//! 1. runs one multi-source Dijkstra from a batch of pending mentees at once, settling
//!    mentors a whole distance level at a time and stopping as soon as `t` is the nearest
//!    unsettled node (at distance `d(t)`);
//! 2. moves the potentials of the settled nodes by `d(x) − d(t)`, which keeps every
//!    reduced cost non-negative and makes every shortest path a path of tight edges;
//! 3. augments along disjoint tight paths from the batch to `t`, found by depth-first
//!    search over the phase's tight edges until none is left (each is a shortest
//!    augmenting path for its mentee).
//!
//! Inserting mentees one at a time along shortest augmenting paths is the Hungarian
//! method, whose invariant (the flow is optimal for the mentees inserted so far) does not
//! care which pending mentee goes next; batching them per phase is what makes
//! survey-like data fast: there, scores take few distinct values, so shortest paths come
//! in large groups of equal length, and one Dijkstra serves a whole group instead of
//! re-exploring the same plateau of tied mentors once per mentee. The batch adapts (see
//! `Solver::solve`) so that scores without ties get single-source searches instead. Each
//! phase costs O(n_mentees · n_mentors) and routes at least one mentee: O(n³) overall.
//!
//! **Determinism.** No randomness, no hashing: mentees are tried in index order, mentors
//! are scanned in index order, and every minimum keeps the first (lowest-index)
//! candidate, so the same input always yields the same assignment.
//!
//! **Verification.** The tests compare against exhaustive enumeration on small instances
//! and check the final potentials (`Solver::certificate_violation`: every residual edge
//! has a non-negative reduced cost, every used edge is tight), which proves optimality.
//! Debug builds check the same certificate after every solve, as `mwmatching.py` does by
//! default; the check only reads the result and costs about one phase.

// The integer type the search computes with: the narrowest of `i32`, `i64` and `i128`
// that provably cannot overflow (see `fits`). A forbidden pair costs `C::FORBIDDEN`.
use super::width::SolverInt as Cost;
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
    assert_eq!(
        weight.len(),
        n_mentors * n_mentees,
        "weight must be n_mentors × n_mentees"
    );
    let max_abs = weight
        .iter()
        .filter(|&&w| w != NO_EDGE)
        .map(|w| u128::from(w.unsigned_abs()))
        .max()
        .unwrap_or(0);
    let problem = Problem {
        n_mentors,
        n_mentees,
        capacity,
        weight,
        max_abs,
    };
    if fits::<i32>(n_mentees, max_abs) {
        Solver::<i32>::new(&problem).solve().assignment()
    } else if fits::<i64>(n_mentees, max_abs) {
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

/// Whether arithmetic in `C` is safe. With `G = B + max|w|` the largest gain (and
/// `B ≤ 2 · n_mentees · max|w| + 1`), every potential stays within `[−G, G]`: a mentor
/// with room has π = 0, a mentor with mentees has π(j) = π(i) − gain(i, j) ≥ −G for
/// any of its mentees `i` (whose private edge keeps π(i) ≥ 0) and π(j) ≤ 0 (edge
/// t → j), and a mentee's π lies between its mentor's and that plus its gain. Distances
/// never exceed the private edge's π(i) ≤ G, so every sum the search forms is within
/// 4 · G; a factor of 16, plus room for the forbidden-pair sentinel, leaves a wide
/// margin. The bound grows linearly in the number of mentees: survey scores fit `i32`.
fn fits<C: Cost>(n_mentees: usize, max_abs: u128) -> bool {
    (n_mentees as u128)
        .checked_mul(max_abs)
        .and_then(|x| x.checked_mul(2))
        .and_then(|b| b.checked_add(max_abs + 2))
        .and_then(|g| g.checked_mul(16))
        .is_some_and(|x| x < C::MAX_U128 / 4)
}

/// "No mentor / no mentee" in the `u32` index arrays.
const NONE: u32 = u32::MAX;

/// Where a mentee's unit of flow currently goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Route {
    /// Not routed yet: the mentee may be a source of the next phase.
    Pending,
    /// Through mentor `j`.
    Mentor(u32),
    /// Through its private edge: the mentee stays unassigned (final).
    Unassigned,
}

/// One frame of the depth-first search for a tight augmenting path.
#[derive(Clone, Copy)]
enum Frame {
    /// At mentee `i`, trying its tight mentors from position `next` of its list on.
    Mentee { i: u32, next: u32 },
    /// At full mentor `j` (entered from the mentee below on the stack), trying its
    /// mentees from position `next` on.
    Mentor { j: u32, next: u32 },
}

/// The state of one run.
///
/// **Index spaces.** Mentees `i` in `0..n_mentees` (the rows of `cost`, the columns of
/// the input), mentors `j` in `0..n_mentors` (the columns of `cost`, the rows of the
/// input), and the sink `t`, whose potential is always 0.
struct Solver<C: Cost> {
    n_mentors: usize,
    n_mentees: usize,
    /// If `i` is a mentee and `j` a mentor, `cost[i * n_mentors + j]` is `-(w + B)` for
    /// an allowed pair, or `C::FORBIDDEN` if the pair is not allowed. (Mentee-major, the
    /// transpose of the input, so a mentee's edges are contiguous.) The sentinel is a
    /// positive cost larger than any distance the search can reach, so forbidden pairs
    /// never get settled or tight and the hot loops need no test for them.
    cost: Vec<C>,
    /// If `j` is a mentor, `capacity[j]` is how many mentees they take at most.
    capacity: Vec<u32>,
    /// If `i` is a mentee, `row_pot[i]` is its potential π(i).
    row_pot: Vec<C>,
    /// If `j` is a mentor, `col_pot[j]` is its potential π(j). A mentor with free
    /// capacity always has π(j) = 0 (π(j) ≥ π(t) = 0 and potentials only decrease).
    col_pot: Vec<C>,
    /// If `i` is a mentee, where its flow goes.
    route: Vec<Route>,
    /// If `j` is a mentor, the mentees it currently takes, in the order they came.
    mentees: Vec<Vec<u32>>,
    // Per-phase scratch space, allocated once.
    /// If `j` is a mentor, its tentative distance from the pending mentees.
    dist: Vec<C>,
    /// If `j` is a mentor, whether its distance is final in this phase's Dijkstra.
    settled: Vec<bool>,
    /// Mentors settled in this phase, in order.
    settled_mentors: Vec<u32>,
    /// Mentees reached in this phase, with their (final) distances.
    reached_mentees: Vec<(u32, C)>,
    /// Mentors settled at the current distance level.
    level: Vec<u32>,
    /// Pass stamps marking the mentees and mentors the path search has visited.
    row_seen: Vec<u32>,
    col_seen: Vec<u32>,
    stamp: u32,
    /// The path search's stack.
    stack: Vec<Frame>,
    /// The tight edges of the phase, built lazily per mentee: if mentee `i` has been
    /// visited in this phase (`tight_phase[i]` is the phase number), its tight mentors are
    /// `tight_edges[tight_start[i]..tight_start[i] + tight_len[i]]`. The potentials do not
    /// change during the augmentations of a phase, and used edges stay tight, so the list
    /// stays valid for the whole phase; it makes repeated path searches cost O(tight edges)
    /// instead of O(n_mentors) per visited mentee.
    tight_edges: Vec<u32>,
    tight_start: Vec<usize>,
    tight_len: Vec<u32>,
    tight_phase: Vec<u32>,
    phase: u32,
}

impl<C: Cost> Solver<C> {
    fn new(p: &Problem<'_>) -> Self {
        let (n_mo, n_me) = (p.n_mentors, p.n_mentees);
        let shift = 2 * (n_me as i128) * (p.max_abs as i128) + 1;
        let mut cost = vec![C::FORBIDDEN; n_me * n_mo];
        // Initial potentials: π(mentor) = π(t) = 0 and π(i) = the most a mentee could
        // gain, so every edge has a non-negative reduced cost and each mentee's favourite
        // mentors are tight: the first phase is a greedy assignment with rerouting.
        let mut row_pot = vec![C::ZERO; n_me];
        for (i, (costs, pot)) in cost
            .chunks_exact_mut(n_mo.max(1))
            .zip(&mut row_pot)
            .enumerate()
        {
            for (j, c) in costs.iter_mut().enumerate() {
                let w = p.weight[j * n_me + i];
                if w != NO_EDGE {
                    let gain = C::from_i128(i128::from(w) + shift);
                    *c = C::ZERO.sub(gain);
                    *pot = (*pot).max(gain);
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
            route: vec![Route::Pending; n_me],
            mentees: vec![Vec::new(); n_mo],
            dist: vec![C::MAX; n_mo],
            settled: vec![false; n_mo],
            settled_mentors: Vec::new(),
            reached_mentees: Vec::new(),
            level: Vec::new(),
            row_seen: vec![0; n_me],
            col_seen: vec![0; n_mo],
            stamp: 0,
            stack: Vec::new(),
            tight_edges: Vec::new(),
            tight_start: vec![0; n_me],
            tight_len: vec![0; n_me],
            tight_phase: vec![0; n_me],
            phase: 0,
        }
    }

    /// Runs phases until every mentee is routed. Each phase starts from a batch of the
    /// pending mentees, the first ones in index order. The batch doubles after a phase
    /// that routed several mentees and halves after one that routed a single one: on tied
    /// scores a phase routes dozens of mentees and the whole batch is worth its
    /// O(batch · n_mentors) start, while on scores with few ties (say, uniformly random)
    /// shortest paths have distinct lengths, each phase routes one mentee whatever the
    /// batch, and a batch of one makes it a plain single-source search that stops early,
    /// as in Jonker–Volgenant. (Measured on 1000 × 1000: always the whole batch costs 5×
    /// more on uniform scores; a batch proportional to the last phase's yield costs 3×
    /// more on tied ones.)
    fn solve(mut self) -> Self {
        let mut pending: Vec<u32> = (0..self.n_mentees as u32).collect();
        let mut batch = pending.len();
        while !pending.is_empty() {
            let sources = &pending[..batch.clamp(1, pending.len())];
            self.shortest_paths(sources);
            self.augment_tight_paths(sources);
            let before = pending.len();
            pending.retain(|&i| self.route[i as usize] == Route::Pending);
            batch = if before - pending.len() >= 2 {
                batch.saturating_mul(2)
            } else {
                (batch / 2).max(1)
            };
        }
        // The optimality certificate, checked after every solve in debug builds (as
        // mwmatching.py does by default); release builds skip it.
        debug_assert_eq!(self.certificate_violation(), None);
        self
    }

    fn assignment(&self) -> Vec<Option<usize>> {
        self.route
            .iter()
            .map(|r| match *r {
                Route::Mentor(j) => Some(j as usize),
                _ => None,
            })
            .collect()
    }

    /// Whether mentor `j` can take one more mentee.
    #[inline(always)]
    fn has_room(&self, j: usize) -> bool {
        (self.mentees[j].len() as u32) < self.capacity[j]
    }

    /// Relaxes the edges leaving mentee `i`, reached at distance `d`; returns the
    /// distance to `t` through `i`'s private "stay unassigned" edge.
    fn relax_mentee(&mut self, i: usize, d: C) -> C {
        let n_mo = self.n_mentors;
        // Reduced cost of i → j is c + π(i) − π(j); of i → t it is π(i). Settled mentors
        // need no test: reduced costs are non-negative, so d + c + π(i) − π(j) ≥ d is
        // never below their final distance.
        let base = d.add(self.row_pot[i]);
        let row = &self.cost[i * n_mo..(i + 1) * n_mo];
        for ((dist, &c), &p) in self.dist.iter_mut().zip(row).zip(&self.col_pot) {
            let nd = base.add(c).sub(p);
            if nd < *dist {
                *dist = nd;
            }
        }
        base
    }

    /// Step 1 and 2 of a phase: Dijkstra from all `pending` mentees at distance 0 over
    /// reduced costs, mentors settled a whole distance level at a time, until `t` is the
    /// nearest unsettled node; then the potential update that makes shortest paths tight.
    fn shortest_paths(&mut self, pending: &[u32]) {
        let n_mo = self.n_mentors;
        self.dist.fill(C::MAX);
        self.settled.fill(false);
        self.settled_mentors.clear();
        self.reached_mentees.clear();
        let mut dist_t = C::MAX;
        for &i in pending {
            self.reached_mentees.push((i, C::ZERO));
            dist_t = dist_t.min(self.relax_mentee(i as usize, C::ZERO));
        }
        loop {
            let level_d = self
                .dist
                .iter()
                .zip(&self.settled)
                .filter(|&(_, &settled)| !settled)
                .fold(C::MAX, |m, (&d, _)| m.min(d));
            if dist_t <= level_d {
                break;
            }
            // Settle every mentor at this distance. One with room reaches t at the same
            // distance (its π is 0), which ends the search.
            self.level.clear();
            for j in 0..n_mo {
                if !self.settled[j] && self.dist[j] == level_d {
                    self.settled[j] = true;
                    self.settled_mentors.push(j as u32);
                    self.level.push(j as u32);
                    if self.has_room(j) {
                        debug_assert_eq!(self.col_pot[j], C::ZERO);
                        dist_t = level_d;
                    }
                }
            }
            if dist_t <= level_d {
                break;
            }
            // Full mentors lead on to their mentees, through tight used edges.
            for k in 0..self.level.len() {
                let j = self.level[k] as usize;
                for m in 0..self.mentees[j].len() {
                    let i = self.mentees[j][m] as usize;
                    debug_assert_eq!(
                        self.cost[i * n_mo + j]
                            .add(self.row_pot[i])
                            .sub(self.col_pot[j]),
                        C::ZERO
                    );
                    self.reached_mentees.push((i as u32, level_d));
                    dist_t = dist_t.min(self.relax_mentee(i, level_d));
                }
            }
        }
        // Settled nodes move by d(x) − d(t) ≤ 0; the others keep their potentials.
        for k in 0..self.settled_mentors.len() {
            let j = self.settled_mentors[k] as usize;
            self.col_pot[j] = self.col_pot[j].add(self.dist[j]).sub(dist_t);
        }
        for k in 0..self.reached_mentees.len() {
            let (i, d) = self.reached_mentees[k];
            let i = i as usize;
            self.row_pot[i] = self.row_pot[i].add(d).sub(dist_t);
        }
    }

    /// Step 3 of a phase: from each pending mentee in turn, a depth-first search over
    /// tight edges for a path to `t` (a mentor with room, or some mentee's private edge),
    /// augmenting along every path found. Within one pass a node is visited at most once
    /// (so a pass costs at most O(n_mentees · n_mentors)); passes repeat while they find
    /// paths, because a node passed over by one search may lie on another path after an
    /// augmentation. Every path is a shortest augmenting path for its mentee.
    fn augment_tight_paths(&mut self, pending: &[u32]) {
        self.phase += 1;
        self.tight_edges.clear();
        loop {
            self.stamp += 1;
            let mut augmented = false;
            for &i0 in pending {
                if self.route[i0 as usize] == Route::Pending && self.search_tight_path(i0) {
                    augmented = true;
                }
            }
            if !augmented {
                return;
            }
        }
    }

    /// Depth-first search over tight edges from pending mentee `i0`, skipping the nodes
    /// visited earlier in this pass; augments and returns `true` if it reaches `t`.
    fn search_tight_path(&mut self, i0: u32) -> bool {
        let n_mo = self.n_mentors;
        let stamp = self.stamp;
        self.row_seen[i0 as usize] = stamp;
        self.stack.clear();
        self.stack.push(Frame::Mentee { i: i0, next: 0 });
        while let Some(top) = self.stack.pop() {
            match top {
                Frame::Mentee { i, next } => {
                    let iu = i as usize;
                    let own = match self.route[iu] {
                        Route::Mentor(j) => j,
                        _ => NONE,
                    };
                    let (start, len) = self.tight_mentors(iu);
                    let tight = &self.tight_edges[start..start + len];
                    let col_seen = &self.col_seen[..n_mo];
                    let found = (next as usize..len)
                        .find(|&k| col_seen[tight[k] as usize] != stamp && tight[k] != own);
                    if let Some(k) = found {
                        let j = tight[k] as usize;
                        self.col_seen[j] = stamp;
                        self.stack.push(Frame::Mentee {
                            i,
                            next: k as u32 + 1,
                        });
                        if self.has_room(j) {
                            // j → t is tight too: π(j) = 0 for every mentor with room.
                            debug_assert_eq!(self.col_pot[j], C::ZERO);
                            self.augment_stack(Some(j as u32));
                            return true;
                        }
                        self.stack.push(Frame::Mentor {
                            j: j as u32,
                            next: 0,
                        });
                    } else if self.row_pot[iu] == C::ZERO {
                        // The private edge is tight: i gives up its mentor (if any) to the
                        // mentee before it on the path.
                        self.stack.push(Frame::Mentee {
                            i,
                            next: len as u32,
                        });
                        self.augment_stack(None);
                        return true;
                    }
                }
                Frame::Mentor { j, next } => {
                    let ju = j as usize;
                    let position = (next as usize..self.mentees[ju].len())
                        .find(|&m| self.row_seen[self.mentees[ju][m] as usize] != stamp);
                    if let Some(m) = position {
                        let i = self.mentees[ju][m];
                        self.row_seen[i as usize] = stamp;
                        self.stack.push(Frame::Mentor {
                            j,
                            next: m as u32 + 1,
                        });
                        self.stack.push(Frame::Mentee { i, next: 0 });
                    }
                }
            }
        }
        false
    }

    /// The tight mentors of mentee `i` in this phase (as a range of `tight_edges`),
    /// collected on first use.
    fn tight_mentors(&mut self, i: usize) -> (usize, usize) {
        if self.tight_phase[i] != self.phase {
            let n_mo = self.n_mentors;
            let base = self.row_pot[i];
            let start = self.tight_edges.len();
            let row = &self.cost[i * n_mo..(i + 1) * n_mo];
            for (j, (&c, &p)) in row.iter().zip(&self.col_pot[..n_mo]).enumerate() {
                if base.add(c) == p {
                    self.tight_edges.push(j as u32);
                }
            }
            self.tight_phase[i] = self.phase;
            self.tight_start[i] = start;
            self.tight_len[i] = (self.tight_edges.len() - start) as u32;
        }
        (self.tight_start[i], self.tight_len[i] as usize)
    }

    /// Augments along the path on the stack: mentee, mentor, mentee, …, mentee, ending
    /// at mentor `last` (which has room) or, for `None`, at the last mentee's private edge.
    fn augment_stack(&mut self, last: Option<u32>) {
        let frames = std::mem::take(&mut self.stack);
        let mentees_on_path = frames.iter().filter_map(|f| match *f {
            Frame::Mentee { i, .. } => Some(i),
            Frame::Mentor { .. } => None,
        });
        let mentors_on_path: Vec<u32> = frames
            .iter()
            .filter_map(|f| match *f {
                Frame::Mentor { j, .. } => Some(j),
                Frame::Mentee { .. } => None,
            })
            .collect();
        // Mentee k on the path moves to mentor k (the one the search entered after it),
        // the last one to `last`.
        for (k, i) in mentees_on_path.enumerate() {
            let to = match mentors_on_path.get(k) {
                Some(&j) => Route::Mentor(j),
                None => last.map_or(Route::Unassigned, Route::Mentor),
            };
            let iu = i as usize;
            if let Route::Mentor(old) = self.route[iu] {
                let list = &mut self.mentees[old as usize];
                let pos = list
                    .iter()
                    .position(|&x| x == i)
                    .expect("listed under its mentor");
                list.remove(pos);
            }
            if let Route::Mentor(j) = to {
                self.mentees[j as usize].push(i);
            }
            self.route[iu] = to;
        }
        self.stack = frames;
        self.stack.clear();
    }

    /// Checks the final flow against the final potentials: every mentee is routed,
    /// capacities hold, and every residual edge has a non-negative reduced cost (used
    /// edges tight). No negative residual cycle can then exist, so the flow has minimum
    /// cost: the assignment maximises the shifted weight, hence the number of assigned
    /// mentees first and the original weight second. Returns the first violation, or
    /// `None` when the certificate holds. Reads only; O(n_mentees · n_mentors), the cost
    /// of one phase.
    fn certificate_violation(&self) -> Option<String> {
        macro_rules! ensure {
            ($ok:expr, $($why:tt)+) => {
                if !$ok {
                    return Some(format!($($why)+));
                }
            };
        }
        let n_mo = self.n_mentors;
        let reduced = |i: usize, j: usize| {
            self.cost[i * n_mo + j]
                .add(self.row_pot[i])
                .sub(self.col_pot[j])
        };
        for i in 0..self.n_mentees {
            let own = match self.route[i] {
                Route::Pending => {
                    ensure!(false, "mentee {i} was never routed");
                    NONE
                }
                // Only t → i is residual: reduced cost −π(i) ≥ 0.
                Route::Unassigned => {
                    ensure!(
                        self.row_pot[i] <= C::ZERO,
                        "mentee {i} left out too cheaply"
                    );
                    NONE
                }
                // i → t is residual: π(i) ≥ 0; the used edge is tight.
                Route::Mentor(j) => {
                    ensure!(
                        self.row_pot[i] >= C::ZERO,
                        "mentee {i} would rather stay out"
                    );
                    ensure!(
                        self.cost[i * n_mo + j as usize] != C::FORBIDDEN,
                        "forbidden pair"
                    );
                    ensure!(
                        reduced(i, j as usize) == C::ZERO,
                        "used edge {i}–{j} not tight"
                    );
                    ensure!(
                        self.mentees[j as usize].contains(&(i as u32)),
                        "mentee {i} is not listed under its mentor {j}"
                    );
                    j
                }
            };
            for j in (0..n_mo).filter(|&j| j as u32 != own) {
                ensure!(
                    reduced(i, j) >= C::ZERO,
                    "edge {i}–{j} has a negative reduced cost"
                );
            }
        }
        for j in 0..n_mo {
            let load = self.mentees[j].len() as u32;
            ensure!(load <= self.capacity[j], "mentor {j} over capacity");
            if load < self.capacity[j] {
                ensure!(
                    self.col_pot[j] >= C::ZERO,
                    "j → t has a negative reduced cost"
                );
            }
            if load > 0 {
                ensure!(
                    self.col_pot[j] <= C::ZERO,
                    "t → j has a negative reduced cost"
                );
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    //! Hand-made scenarios checked against their known optimum and by [`verify_optimum`];
    //! random tie-heavy instances checked by the potentials. Exhaustive comparison with
    //! brute force lives in `tests/solvers.rs`.

    use super::*;

    /// Panics unless the final potentials prove the assignment optimal (see
    /// `Solver::certificate_violation`).
    fn verify_optimum<C: Cost>(s: &Solver<C>) {
        if let Some(violation) = s.certificate_violation() {
            panic!("{violation}");
        }
    }

    /// Solves with the same arithmetic choice as the public function, verifying the
    /// optimum's certificate and that the public function agrees.
    fn solve_verified(
        n_mentors: usize,
        n_mentees: usize,
        capacity: &[u32],
        weight: &[i64],
    ) -> Vec<Option<usize>> {
        let max_abs = weight
            .iter()
            .filter(|&&w| w != NO_EDGE)
            .map(|w| u128::from(w.unsigned_abs()))
            .max()
            .unwrap_or(0);
        let result = if fits::<i32>(n_mentees, max_abs) {
            solve_in::<i32>(n_mentors, n_mentees, capacity, weight)
        } else if fits::<i64>(n_mentees, max_abs) {
            solve_in::<i64>(n_mentors, n_mentees, capacity, weight)
        } else {
            solve_in::<i128>(n_mentors, n_mentees, capacity, weight)
        };
        assert_eq!(
            result,
            max_weight_assignment(n_mentors, n_mentees, capacity, weight)
        );
        result
    }

    const X: i64 = NO_EDGE;

    #[test]
    fn empty_inputs() {
        assert_eq!(solve_verified(0, 0, &[], &[]), vec![]);
        assert_eq!(solve_verified(0, 3, &[], &[]), vec![None; 3]);
        assert_eq!(solve_verified(2, 0, &[1, 1], &[]), vec![]);
    }

    #[test]
    fn all_pairs_forbidden() {
        assert_eq!(solve_verified(2, 2, &[1, 1], &[X; 4]), vec![None, None]);
    }

    #[test]
    fn a_mentor_without_capacity_takes_nobody() {
        assert_eq!(solve_verified(2, 1, &[0, 1], &[9, 1]), vec![Some(1)]);
    }

    #[test]
    fn negative_weights_are_still_assigned_because_count_comes_first() {
        assert_eq!(solve_verified(1, 2, &[2], &[-7, 0]), vec![Some(0), Some(0)]);
    }

    #[test]
    fn capacity_is_respected_and_the_best_mentees_win() {
        // One mentor for three mentees, room for two: the two heaviest.
        assert_eq!(
            solve_verified(1, 3, &[2], &[4, 9, 6]),
            vec![None, Some(0), Some(0)]
        );
    }

    #[test]
    fn a_later_mentee_displaces_an_earlier_one_with_nowhere_else_to_go() {
        // Mentees are inserted in order; mentee 1 must swap out mentee 0.
        assert_eq!(solve_verified(1, 2, &[1], &[3, 8]), vec![None, Some(0)]);
    }

    #[test]
    fn favourite_first_is_suboptimal() {
        // Rows are mentors. Mentee 0 likes A (10) over B (9); mentee 1 only A (8).
        // Greedy gives mentee 0 to A and strands mentee 1; the optimum is 0→B, 1→A.
        let weight = [10, 8, 9, X];
        assert_eq!(
            solve_verified(2, 2, &[1, 1], &weight),
            vec![Some(1), Some(0)]
        );
    }

    #[test]
    fn more_mentees_beat_a_heavier_total() {
        // Mentor A: mentee 0 → 100, mentee 1 → 1; mentor B only takes mentee 0 (1).
        // Best weight alone is {0→A} (100); two mentees assigned is better: 0→B, 1→A.
        let weight = [100, 1, 1, X];
        assert_eq!(
            solve_verified(2, 2, &[1, 1], &weight),
            vec![Some(1), Some(0)]
        );
    }

    #[test]
    fn rerouting_through_a_chain_of_full_mentors() {
        // Three mentees, three mentors with capacity 1, a chain of preferences.
        let weight = [
            5, 5, X, //
            X, 4, 4, //
            X, X, 1, //
        ];
        assert_eq!(
            solve_verified(3, 3, &[1, 1, 1], &weight),
            vec![Some(0), Some(1), Some(2)]
        );
    }

    #[test]
    fn ties_are_broken_the_same_way_every_time() {
        let weight = vec![2; 12];
        let first = solve_verified(3, 4, &[2, 1, 1], &weight);
        assert!(first.iter().all(Option::is_some));
        for _ in 0..3 {
            assert_eq!(max_weight_assignment(3, 4, &[2, 1, 1], &weight), first);
        }
    }

    #[test]
    fn extreme_weights_take_the_wide_arithmetic() {
        let weight = [i64::MAX, i64::MIN + 1, 0, i64::MAX];
        assert!(!fits::<i64>(2, i64::MAX.unsigned_abs() as u128));
        assert_eq!(
            solve_verified(2, 2, &[1, 1], &weight),
            vec![Some(0), Some(1)]
        );
    }

    /// SplitMix64, enough for test data.
    fn next(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A random instance with weights drawn from `0..range`, shifted down by a third.
    fn random_instance(
        rng: &mut u64,
        n_mentors: usize,
        n_mentees: usize,
        range: u64,
    ) -> (Vec<u32>, Vec<i64>) {
        let capacity = (0..n_mentors).map(|_| (next(rng) % 4) as u32).collect();
        let weight = (0..n_mentors * n_mentees)
            .map(|_| match next(rng) % 10 {
                0 => NO_EDGE,
                _ => (next(rng) % range) as i64 - range as i64 / 3,
            })
            .collect();
        (capacity, weight)
    }

    /// Solves in width `C`, verifies, returns the assignment.
    fn solve_in<C: Cost>(
        n_mentors: usize,
        n_mentees: usize,
        capacity: &[u32],
        weight: &[i64],
    ) -> Vec<Option<usize>> {
        let max_abs = weight
            .iter()
            .filter(|&&w| w != NO_EDGE)
            .map(|w| u128::from(w.unsigned_abs()))
            .max()
            .unwrap_or(0);
        let p = Problem {
            n_mentors,
            n_mentees,
            capacity,
            weight,
            max_abs,
        };
        let s = Solver::<C>::new(&p).solve();
        verify_optimum(&s);
        s.assignment()
    }

    #[test]
    fn every_arithmetic_width_finds_the_same_assignment() {
        let mut rng = 8;
        for (n_mentors, n_mentees) in [(1, 1), (3, 9), (20, 20), (40, 25)] {
            let (capacity, weight) = random_instance(&mut rng, n_mentors, n_mentees, 9);
            let narrow = solve_in::<i32>(n_mentors, n_mentees, &capacity, &weight);
            assert_eq!(
                narrow,
                solve_in::<i64>(n_mentors, n_mentees, &capacity, &weight)
            );
            assert_eq!(
                narrow,
                solve_in::<i128>(n_mentors, n_mentees, &capacity, &weight)
            );
        }
    }

    #[test]
    fn the_overflow_bound_holds_at_its_limit() {
        // Weights of ±(the largest magnitude `fits` accepts for i32): with overflow
        // checks on in tests, any intermediate outside i32 would panic.
        let mut rng = 21;
        for n_mentees in [1, 5, 30] {
            let limit = (1..u128::from(u32::MAX))
                .rev()
                .step_by(997)
                .find(|&m| fits::<i32>(n_mentees, m))
                .unwrap() as i64;
            let n_mentors = 1 + (next(&mut rng) % 20) as usize;
            let (capacity, mut weight) = random_instance(&mut rng, n_mentors, n_mentees, 3);
            for w in weight.iter_mut().filter(|w| **w != NO_EDGE) {
                *w = [limit, -limit, 0][(next(&mut rng) % 3) as usize];
            }
            let narrow = solve_in::<i32>(n_mentors, n_mentees, &capacity, &weight);
            assert_eq!(
                narrow,
                solve_in::<i64>(n_mentors, n_mentees, &capacity, &weight)
            );
        }
    }

    #[test]
    fn potentials_prove_optimality_on_random_tie_heavy_instances() {
        let mut rng = 77;
        for round in 0..300 {
            let n_mentors = (next(&mut rng) % 25) as usize;
            let n_mentees = (next(&mut rng) % 40) as usize;
            let range = [2, 5, 60][round % 3];
            let (capacity, weight) = random_instance(&mut rng, n_mentors, n_mentees, range);
            solve_verified(n_mentors, n_mentees, &capacity, &weight);
        }
    }
}
