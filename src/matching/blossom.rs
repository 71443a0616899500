//! Maximum-weight matching in a general graph (mutual mode).
//!
//! [`max_weight_matching`] pairs the participants of a mutual-mentoring cohort: any two
//! people may be paired, so the graph is general (odd cycles exist) and bipartite methods
//! do not apply. It is Edmonds' primal–dual blossom algorithm for weighted matching
//! ("Paths, trees, and flowers", 1965; the weighted version as presented by Galil,
//! "Efficient algorithms for finding maximum matching in graphs", ACM Computing Surveys
//! 18, 1986), in the dense O(n³) formulation that keeps, for every pair of blossoms, the
//! least-slack edge between them (the formulation popular in competitive programming,
//! e.g. for UOJ problem #81). It depends on nothing but `std`.
//!
//! **Objective.** The result maximises first the number of matched vertices, then the
//! total weight. Both are folded into one weight: every existing edge is shifted by a
//! constant `B > n · max|w|`, so that one more matched pair is always worth more than any
//! possible difference in the original weights; then all shifted weights are positive and
//! a plain maximum-weight matching of the shifted graph is the lexicographic optimum.
//! Zero and negative original weights are therefore fine.
//!
//! **Speed on tied scores.** Survey scores take a few dozen distinct values, so most of
//! the n / 2 augmentations are found early and cheaply; the textbook algorithm, which
//! restarts its search (all trees) after every augmentation, then spends Θ(n³) rescanning
//! free vertices. Here the search keeps every alternating tree the augmenting path did
//! not touch (see `Solver::dissolve_trees`), with lazily refreshed slack edges. Hot loops
//! are written over slices so they stay fast under the release profile's `opt-level =
//! "z"`.
//!
//! **Integers only.** Weights are doubled internally so that every dual variable stays
//! an integer (with even weights all duals remain integral). The arithmetic runs in the
//! narrowest of `i32`, `i64` and `i128` in which no intermediate value can overflow, with
//! a wide margin (see `fits`, and `width` for the types); all three are the same generic code.
//!
//! **Determinism.** No randomness, no hashing, no dependence on the platform: every step
//! follows a fixed order (vertices scanned in index order, a last-in-first-out queue, every
//! minimum taken with a strict `<` so the first candidate met wins). The same input always
//! yields the same matching. Among several optimal matchings the one returned is the
//! first this order reaches; callers that need a particular one among equals must encode
//! that preference in the weights.
//!
//! **Verification.** The tests compare every result with exhaustive enumeration on small
//! graphs (`tests/solvers.rs`) and check the final duals (`Solver::certificate_violation`:
//! non-negative slacks counting blossom duals, tight matched edges, zero duals on free
//! vertices and full blossoms wherever a blossom dual is positive, which proves
//! optimality) on hand-made scenarios (several from van Rantwijk's `mwmatching.py` test
//! suite) and on thousands of random tie-heavy graphs. Debug builds check the same
//! certificate after every solve, as `mwmatching.py` does by default, so any run of the
//! app or the CLI built without `--release` proves each matching it computes; the check
//! only reads the result and costs about one pass over the matrix.

// The integer type the solver computes with: the narrowest of `i32`, `i64` and `i128`
// that provably cannot overflow (see `fits`).
use super::width::SolverInt as Dual;
use super::NO_EDGE;

/// Maximum-weight matching on a general graph given as a dense symmetric `n × n` matrix
/// (`weight[i * n + j]`, [`super::NO_EDGE`] where no edge exists; the diagonal is ignored).
///
/// Maximises first the number of matched vertices, then the total weight. Returns
/// `mate[v]`: the vertex matched to `v`, or `None`.
///
/// Runs in O(n³) time and O(n²) memory. Ties are broken deterministically (lowest index
/// first, see the module documentation).
///
/// # Panics
///
/// If `weight.len() != n * n`. The matrix is assumed symmetric (checked in debug builds).
pub fn max_weight_matching(n: usize, weight: &[i64]) -> Vec<Option<usize>> {
    assert_eq!(weight.len(), n * n, "weight must be an n × n matrix");
    debug_assert!(
        (0..n).all(|i| (0..n).all(|j| weight[i * n + j] == weight[j * n + i])),
        "weight matrix must be symmetric"
    );
    let max_abs = max_abs_weight(n, weight);
    if fits::<i32>(n, max_abs) {
        Solver::<i32>::new(n, weight, max_abs).solve().mates()
    } else if fits::<i64>(n, max_abs) {
        Solver::<i64>::new(n, weight, max_abs).solve().mates()
    } else {
        Solver::<i128>::new(n, weight, max_abs).solve().mates()
    }
}

/// Largest `|w|` over the existing off-diagonal edges (0 if there are none).
fn max_abs_weight(n: usize, weight: &[i64]) -> u128 {
    let mut max_abs = 0u128;
    for i in 0..n {
        for j in 0..n {
            let w = weight[i * n + j];
            if i != j && w != NO_EDGE {
                max_abs = max_abs.max(u128::from(w.unsigned_abs()));
            }
        }
    }
    max_abs
}

/// Whether arithmetic in `D` is safe. Every dual value stays within `[0, 2 · W']` where
/// `W' ≤ (n + 1) · max|w| + 1` is the largest shifted weight, and every intermediate
/// (a slack is a sum of at most three such terms, a missing edge's sentinel is −2 · W')
/// within a small multiple of that; a factor of 16 leaves a wide margin.
fn fits<D: Dual>(n: usize, max_abs: u128) -> bool {
    let n = n as u128 + 2;
    n.checked_mul(max_abs + 1)
        .and_then(|x| x.checked_mul(16))
        .is_some_and(|x| x < D::MAX_U128 / 4)
}

/// "No vertex / no blossom" in the `u32` index arrays.
const NONE: u32 = u32::MAX;

/// Labels of top-level nodes, as in the paper.
const UNLABELED: i8 = -1;
/// Outer (even) vertex or blossom: its dual decreases.
const S: i8 = 0;
/// Inner (odd) vertex or blossom: its dual increases.
const T: i8 = 1;

/// The state of one run of the algorithm.
///
/// **Index spaces.** Vertices are `0..n`. Non-trivial blossoms get ids `n..n + n / 2 + 1`
/// (at most `(n - 1) / 2` blossoms exist at once, since they form a laminar family of odd
/// sets of at least three vertices); an id is recycled once its blossom is expanded. A
/// "node" is a vertex or a blossom id; a vertex that is not inside any blossom is its own
/// top-level node.
///
/// **Units.** The graph weights are `w2[u][v] = 2 · (w[u][v] + B)`; `lab` holds the duals
/// in the same doubled units, so an edge is tight when `lab[u] + lab[v] (+ the duals of
/// the blossoms containing both) = w2[u][v]`. The slack `lab[u] + lab[v] − w2[u][v]`
/// without blossom duals (`dist`) is the true slack of every edge between two different
/// top-level nodes, the only ones the algorithm looks at.
///
/// **The search.** Every free top-level node is the root of an alternating tree labelled
/// S; trees grow along tight edges, odd cycles shrink into blossoms, and when no tight
/// edge is left to follow the duals change by the largest feasible step. Unlike the
/// textbook stages, the search is not restarted after an augmentation: only the two trees
/// the augmenting path joins are dissolved (see [`Solver::dissolve_trees`]). It ends when
/// no free node is left or the free vertices' duals reach zero, which proves optimality.
struct Solver<D: Dual> {
    /// Number of vertices.
    n: usize,
    /// Capacity of the node index space: `n + n / 2 + 1`.
    cap: usize,
    /// One past the largest node id in use so far (`n` before any blossom exists).
    n_nodes: usize,
    /// If `u, v` are vertices, `w2[u * n + v]` is the doubled shifted weight of the edge.
    /// Missing edges (and the diagonal) hold a negative sentinel so large that their slack
    /// always exceeds every other candidate step: they never become tight and never bound
    /// a dual step, so the hot loop needs no test for them.
    w2: Vec<D>,
    /// If `u` is a vertex, `lab[u]` is its dual variable; if `b` is a blossom, `lab[b]` is
    /// its dual variable (both doubled). Feasible at all times; at the end, optimal.
    lab: Vec<D>,
    /// If `x` is a top-level node, `mate[x]` is the vertex (in another top-level node) its
    /// base is matched to, or `NONE` if `x` is unmatched. For vertices inside blossoms it
    /// is kept up to date by `set_match` whenever the blossom is augmented through.
    mate: Vec<u32>,
    /// If `x` is a node, `st[x]` is the top-level blossom containing it (`x` itself if it
    /// is top-level); `NONE` for unused blossom ids.
    st: Vec<u32>,
    /// If `x` is a top-level T-node, `pa[x]` is the S-vertex that labelled it (its parent
    /// in the alternating tree). Only meaningful while `x` is labelled.
    pa: Vec<u32>,
    /// If `x` is a top-level node, its label (`UNLABELED`, `S` or `T`).
    label: Vec<i8>,
    /// If `x` is a labelled top-level node, `root[x]` names its alternating tree: the id
    /// of the free top-level node at its root when the search labelled it. An
    /// augmentation dissolves exactly the two trees it joins.
    root: Vec<u32>,
    /// Number of free top-level nodes (roots) left.
    n_free: usize,
    /// If `x` is a top-level node that is not a T-node, `(slack_from[x], slack_to[x])` is
    /// the least-slack edge from an S-vertex outside `x` to a vertex inside `x`, and
    /// `slack_dist[x]` its slack, kept current through dual steps; `NONE` / `D::MAX` if
    /// there is none. The dual step reads its bound from these in O(n).
    ///
    /// After an augmentation the S-vertices of the two dissolved trees stop being S, and
    /// entries naming them go *stale*. They are not repaired eagerly (that would cost
    /// O(n) per entry per augmentation): a stale `slack_dist[x]` keeps moving as if its
    /// source were still S, so it stays a lower bound of the true least slack. A dual step
    /// bounded by it is merely short, and when it reaches zero the entry is checked and
    /// recomputed (see [`Solver::follow_tight_slacks`]).
    slack_from: Vec<u32>,
    slack_to: Vec<u32>,
    slack_dist: Vec<D>,
    /// If `b` is a blossom, `flower[b]` lists its sub-nodes around the odd cycle, starting
    /// with the base sub-node; consecutive entries (cyclically) are joined by a tight edge,
    /// and entries `2k - 1, 2k` (k ≥ 1) are matched to each other.
    flower: Vec<Vec<u32>>,
    /// If `b` is a blossom and `v` a vertex in it, `flower_from[(b - n) * n + v]` is the
    /// sub-node of `b` (an entry of `flower[b]`) containing `v`.
    flower_from: Vec<u32>,
    /// If `b` is a blossom and `x` any other node, `best_end[(b - n) * cap + x]` is the
    /// endpoint inside `b` of the least-slack edge between `b` and `x`. Together with the
    /// mirror entry it names that edge: see [`Solver::edge`]. Valid for every pair of live
    /// nodes, top-level or not, because slacks of edges between two fixed nodes all change
    /// by the same amount while the nodes exist.
    best_end: Vec<u32>,
    /// Scratch space for `add_blossom`: the best slack found so far per node.
    best_dist: Vec<D>,
    /// Nodes dissolved since the last `sync_slacks`, each listed once (`unsynced_mark[x]`
    /// equals `unsynced_stamp` while `x` is listed).
    unsynced: Vec<u32>,
    unsynced_mark: Vec<u32>,
    unsynced_stamp: u32,
    /// Per-node stamps for the lowest-common-ancestor walk.
    visit: Vec<u32>,
    visit_stamp: u32,
    /// S-vertices whose edges have not been scanned yet.
    queue: Vec<u32>,
}

impl<D: Dual> Solver<D> {
    fn new(n: usize, weight: &[i64], max_abs: u128) -> Self {
        assert!(n < (NONE as usize) / 2, "too many vertices");
        let shift = (n as i128) * (max_abs as i128) + 1;
        let doubled = |w: i64| 2 * (i128::from(w) + shift);
        let max_w2 = (0..n * n)
            .filter(|&k| k / n != k % n && weight[k] != NO_EDGE)
            .map(|k| doubled(weight[k]))
            .max()
            .unwrap_or(2);
        // Every dual stays in [0, max_w2], so a slack of a missing edge is at least
        // 2 · max_w2, more than any real step (at most max_w2 / 2).
        let missing = D::from_i128(-2 * max_w2);
        let mut w2 = vec![missing; n * n];
        for (k, (x, &w)) in w2.iter_mut().zip(weight).enumerate() {
            if k / n != k % n && w != NO_EDGE {
                *x = D::from_i128(doubled(w));
            }
        }
        let cap = n + n / 2 + 1;
        let mut st = vec![NONE; cap];
        for (v, s) in st.iter_mut().enumerate().take(n) {
            *s = v as u32;
        }
        // Every vertex starts at half the largest (doubled) weight, so every edge is
        // feasible and all free vertices share one dual value, which the stopping rule
        // relies on.
        let mut lab = vec![D::ZERO; cap];
        lab[..n].fill(D::from_i128(max_w2 / 2));
        Solver {
            n,
            cap,
            n_nodes: n,
            w2,
            lab,
            mate: vec![NONE; cap],
            st,
            pa: vec![NONE; cap],
            label: vec![UNLABELED; cap],
            root: vec![NONE; cap],
            n_free: 0,
            slack_from: vec![NONE; cap],
            slack_to: vec![NONE; cap],
            slack_dist: vec![D::MAX; cap],
            flower: vec![Vec::new(); cap],
            flower_from: vec![NONE; (cap - n) * n],
            best_end: vec![NONE; (cap - n) * cap],
            best_dist: vec![D::MAX; cap],
            unsynced: Vec::new(),
            unsynced_mark: vec![0; cap],
            unsynced_stamp: 1,
            visit: vec![0; cap],
            visit_stamp: 0,
            queue: Vec::with_capacity(n),
        }
    }

    /// Runs the search until the duals prove the matching optimal.
    fn solve(mut self) -> Self {
        self.search();
        // The optimality certificate, checked after every solve in debug builds (as
        // mwmatching.py does by default); release builds skip it.
        debug_assert_eq!(self.certificate_violation(), None);
        self
    }

    /// Checks the final primal and dual solutions against each other: the matching is a
    /// symmetric set of existing edges; every dual is non-negative; every edge has
    /// non-negative slack counting the duals of the blossoms containing both ends, zero
    /// if matched; free vertices have zero dual; blossoms with a positive dual are full.
    /// Together these prove the matching maximises the shifted weight, hence the number
    /// of pairs first and the original weight second. Returns the first violation, or
    /// `None` when the certificate holds. Reads only; O(n² · d²) for blossoms nested d
    /// deep, about the cost of one pass over the matrix.
    fn certificate_violation(&self) -> Option<String> {
        macro_rules! ensure {
            ($ok:expr, $($why:tt)+) => {
                if !$ok {
                    return Some(format!($($why)+));
                }
            };
        }
        /// Appends the vertices of node `x` to `out`; checks every blossom on the way is
        /// an odd cycle.
        fn leaves<D: Dual>(s: &Solver<D>, x: usize, out: &mut Vec<usize>) -> Result<(), String> {
            if x < s.n {
                out.push(x);
                return Ok(());
            }
            let odd_cycle = s.flower[x].len() >= 3 && s.flower[x].len() % 2 == 1;
            odd_cycle
                .then_some(())
                .ok_or_else(|| format!("blossom {x} is not an odd cycle"))?;
            for &y in &s.flower[x] {
                leaves(s, y as usize, out)?;
            }
            Ok(())
        }
        let n = self.n;
        let real_edge = |u: usize, v: usize| u != v && self.w2[u * n + v] > D::ZERO;
        // Vertex sets of the live blossoms, and for each vertex the blossoms holding it.
        let live: Vec<usize> = (n..self.n_nodes).filter(|&b| self.st[b] != NONE).collect();
        let mut holders = vec![Vec::new(); n];
        // If `v` is a vertex, `member_of[v]` is the last blossom found to hold it.
        let mut member_of = vec![NONE; n];
        for &b in &live {
            let mut vertices = Vec::new();
            if let Err(violation) = leaves(self, b, &mut vertices) {
                return Some(violation);
            }
            for &v in &vertices {
                holders[v].push(b);
                member_of[v] = b as u32;
            }
            ensure!(self.lab[b] >= D::ZERO, "blossom dual must be non-negative");
            if self.lab[b] > D::ZERO {
                let inside = vertices
                    .iter()
                    .filter(|&&v| {
                        let m = self.mate[v];
                        m != NONE && member_of[m as usize] == b as u32
                    })
                    .count();
                ensure!(
                    inside == vertices.len() - 1,
                    "blossom {b} with positive dual is not full"
                );
            }
        }
        for u in 0..n {
            ensure!(self.lab[u] >= D::ZERO, "vertex dual must be non-negative");
            match self.mate[u] {
                NONE => ensure!(
                    self.lab[u] == D::ZERO,
                    "free vertex {u} has a positive dual"
                ),
                m => {
                    let m = m as usize;
                    ensure!(self.mate[m] as usize == u, "mates must be symmetric");
                    ensure!(real_edge(u, m), "matched along a missing edge");
                }
            }
            for v in u + 1..n {
                if !real_edge(u, v) {
                    continue;
                }
                let mut slack = self.dist(u, v);
                for &b in holders[u].iter().filter(|b| holders[v].contains(b)) {
                    slack = slack.add(self.lab[b]);
                }
                ensure!(
                    slack >= D::ZERO,
                    "edge {u}–{v} has negative slack {slack:?}"
                );
                if self.mate[u] as usize == v {
                    ensure!(slack == D::ZERO, "matched edge {u}–{v} is not tight");
                }
            }
        }
        None
    }

    fn mates(&self) -> Vec<Option<usize>> {
        self.mate[..self.n]
            .iter()
            .map(|&m| (m != NONE).then_some(m as usize))
            .collect()
    }

    /// The endpoint inside node `a` of the least-slack edge between `a` and node `x`.
    #[inline(always)]
    fn end(&self, a: usize, x: usize) -> usize {
        if a < self.n {
            a
        } else {
            self.best_end[(a - self.n) * self.cap + x] as usize
        }
    }

    /// The least-slack edge `(u, v)` between nodes `a` and `x`: `u` in `a`, `v` in `x`.
    #[inline(always)]
    fn edge(&self, a: usize, x: usize) -> (usize, usize) {
        (self.end(a, x), self.end(x, a))
    }

    /// Slack of the vertex pair `(u, v)`, not counting blossom duals.
    #[inline(always)]
    fn dist(&self, u: usize, v: usize) -> D {
        self.lab[u].add(self.lab[v]).sub(self.w2[u * self.n + v])
    }

    #[inline(always)]
    fn top(&self, v: u32) -> usize {
        self.st[v as usize] as usize
    }

    /// Forgets the slack edge of node `x`.
    #[inline(always)]
    fn clear_slack(&mut self, x: usize) {
        self.slack_from[x] = NONE;
        self.slack_to[x] = NONE;
        self.slack_dist[x] = D::MAX;
    }

    /// Recomputes the slack edge of top-level node `x` over all S-vertices outside it.
    fn set_slack(&mut self, x: usize) {
        self.clear_slack(x);
        let n = self.n;
        if x < n {
            // A vertex: read its own row of the (symmetric) matrix, contiguously.
            let (lab_x, row) = (self.lab[x], &self.w2[x * n..(x + 1) * n]);
            let (lab, st, label) = (&self.lab[..n], &self.st[..n], &self.label[..]);
            let (mut best, mut best_d) = (NONE, D::MAX);
            for (u, ((&w, &l), &su)) in row.iter().zip(lab).zip(st).enumerate() {
                if su as usize != x && label[su as usize] == S {
                    let d = lab_x.add(l).sub(w);
                    if d < best_d {
                        best = u as u32;
                        best_d = d;
                    }
                }
            }
            if best != NONE {
                self.slack_from[x] = best;
                self.slack_to[x] = x as u32;
                self.slack_dist[x] = best_d;
            }
            return;
        }
        for u in 0..n {
            let su = self.top(u as u32);
            if su != x && self.label[su] == S {
                let v = self.end(x, u);
                let d = self.dist(u, v);
                if d < self.slack_dist[x] {
                    self.slack_from[x] = u as u32;
                    self.slack_to[x] = v as u32;
                    self.slack_dist[x] = d;
                }
            }
        }
    }

    /// Queues every vertex of node `x` for scanning (it just became S).
    fn queue_push(&mut self, x: usize) {
        if x < self.n {
            self.queue.push(x as u32);
        } else {
            for i in 0..self.flower[x].len() {
                self.queue_push(self.flower[x][i] as usize);
            }
        }
    }

    /// Makes `b` the top-level blossom of node `x` and everything inside it.
    fn set_st(&mut self, x: usize, b: usize) {
        self.st[x] = b as u32;
        if x >= self.n {
            for i in 0..self.flower[x].len() {
                self.set_st(self.flower[x][i] as usize, b);
            }
        }
    }

    /// Position of sub-node `xr` in `flower[b]`, after reorienting the cycle if needed so
    /// that the path from the base to `xr` along increasing positions has even length.
    fn even_position(&mut self, b: usize, xr: usize) -> usize {
        let flower = &mut self.flower[b];
        let pr = flower
            .iter()
            .position(|&x| x as usize == xr)
            .expect("sub-node of b");
        if pr % 2 == 1 {
            flower[1..].reverse();
            flower.len() - pr
        } else {
            pr
        }
    }

    /// Matches node `u` to node `v` through their least-slack edge, and, if `u` is a
    /// blossom, rematches its inside along the even path to the new base and rotates the
    /// cycle so that the entry sub-node becomes the base.
    fn set_match(&mut self, u: usize, v: usize) {
        let (eu, ev) = self.edge(u, v);
        self.mate[u] = ev as u32;
        if u >= self.n {
            let xr = self.flower_from[(u - self.n) * self.n + eu] as usize;
            let pr = self.even_position(u, xr);
            for i in 0..pr {
                let (a, b) = (self.flower[u][i] as usize, self.flower[u][i ^ 1] as usize);
                self.set_match(a, b);
            }
            self.set_match(xr, v);
            self.flower[u].rotate_left(pr);
        }
    }

    /// Flips the alternating path from top-level S-node `u` back to its root, after `u`
    /// was joined to `v` by a tight edge.
    fn augment(&mut self, mut u: usize, mut v: usize) {
        loop {
            let m = self.mate[u];
            self.set_match(u, v);
            if m == NONE {
                return;
            }
            let xnv = self.top(m);
            let parent = self.top(self.pa[xnv]);
            self.set_match(xnv, parent);
            u = parent;
            v = xnv;
        }
    }

    /// Walks up from top-level S-nodes `u` and `v` alternately; returns the first node
    /// seen from both (the base of the new blossom), or `NONE` if they are in different
    /// trees (an augmenting path was found).
    fn lowest_common_ancestor(&mut self, u: usize, v: usize) -> u32 {
        self.visit_stamp += 1;
        let stamp = self.visit_stamp;
        let (mut u, mut v) = (u as u32, v as u32);
        while u != NONE || v != NONE {
            if u != NONE {
                if self.visit[u as usize] == stamp {
                    return u;
                }
                self.visit[u as usize] = stamp;
                let m = self.mate[u as usize];
                u = if m == NONE {
                    NONE
                } else {
                    self.st[self.pa[self.top(m)] as usize]
                };
            }
            std::mem::swap(&mut u, &mut v);
        }
        NONE
    }

    /// Shrinks the odd cycle through S-nodes `u` and `v` (joined by a tight edge) and their
    /// common ancestor `base` into a new S-blossom.
    fn add_blossom(&mut self, u: usize, base: usize, v: usize) {
        let n = self.n;
        let b = (n..self.n_nodes)
            .find(|&b| self.st[b] == NONE)
            .unwrap_or_else(|| {
                self.n_nodes += 1;
                self.n_nodes - 1
            });
        assert!(b < self.cap);
        self.lab[b] = D::ZERO;
        self.label[b] = S;
        self.root[b] = self.root[base];
        self.mate[b] = self.mate[base];
        let mut flower = std::mem::take(&mut self.flower[b]);
        flower.clear();
        flower.push(base as u32);
        // Walk from u down to the base (collecting pairs T-node, S-node), then reverse so
        // the cycle reads base → … → u; then walk from v down to the base.
        for (start, reverse) in [(u, true), (v, false)] {
            let from = flower.len();
            let mut x = start;
            while x != base {
                flower.push(x as u32);
                let y = self.top(self.mate[x]);
                flower.push(y as u32);
                self.queue_push(y);
                x = self.top(self.pa[y]);
            }
            if reverse {
                flower[from..].reverse();
            }
        }
        self.flower[b] = flower;
        self.set_st(b, b);

        self.compute_best_edges(b);
        let ff = (b - n) * n;
        for i in 0..self.flower[b].len() {
            let xs = self.flower[b][i] as usize;
            self.mark_flower_from(ff, xs, xs);
        }
        self.set_slack(b);
    }

    /// Least-slack edges between new blossom `b` and every other live node (unused ids
    /// and nodes inside `b` need none): the best over `b`'s sub-nodes, the first one met
    /// winning ties. Written over slices, since blossoms form often on tied scores and
    /// this is then the second-hottest loop: rows of vertex sub-nodes are read
    /// contiguously.
    fn compute_best_edges(&mut self, b: usize) {
        let (n, cap, n_nodes) = (self.n, self.cap, self.n_nodes);
        let flower = std::mem::take(&mut self.flower[b]);
        let (lab, st, w2) = (&self.lab[..], &self.st[..], &self.w2[..]);
        let best_dist = &mut self.best_dist[..];
        let best_end = &mut self.best_end[..];
        let b_row = (b - n) * cap;
        let outside = |x: usize| st[x] != NONE && st[x] as usize != b;
        for (i, &xs) in flower.iter().enumerate() {
            let (xs, first) = (xs as usize, i == 0);
            if xs < n {
                let (lab_xs, row) = (lab[xs], &w2[xs * n..(xs + 1) * n]);
                for x in (0..n).filter(|&x| outside(x)) {
                    let d = lab_xs.add(lab[x]).sub(row[x]);
                    if first || d < best_dist[x] {
                        best_dist[x] = d;
                        best_end[b_row + x] = xs as u32;
                    }
                }
                for x in (n..n_nodes).filter(|&x| outside(x)) {
                    let ev = best_end[(x - n) * cap + xs] as usize;
                    let d = lab_xs.add(lab[ev]).sub(row[ev]);
                    if first || d < best_dist[x] {
                        best_dist[x] = d;
                        best_end[b_row + x] = xs as u32;
                        best_end[(x - n) * cap + b] = ev as u32;
                    }
                }
            } else {
                let xs_row = (xs - n) * cap;
                for x in (0..n).filter(|&x| outside(x)) {
                    let eu = best_end[xs_row + x] as usize;
                    let d = lab[eu].add(lab[x]).sub(w2[x * n + eu]);
                    if first || d < best_dist[x] {
                        best_dist[x] = d;
                        best_end[b_row + x] = eu as u32;
                    }
                }
                for x in (n..n_nodes).filter(|&x| outside(x)) {
                    let eu = best_end[xs_row + x] as usize;
                    let ev = best_end[(x - n) * cap + xs] as usize;
                    let d = lab[eu].add(lab[ev]).sub(w2[eu * n + ev]);
                    if first || d < best_dist[x] {
                        best_dist[x] = d;
                        best_end[b_row + x] = eu as u32;
                        best_end[(x - n) * cap + b] = ev as u32;
                    }
                }
            }
        }
        self.flower[b] = flower;
    }

    /// Records that every vertex inside node `x` lies in sub-node `xs` of the blossom
    /// whose `flower_from` row starts at `row`.
    fn mark_flower_from(&mut self, row: usize, x: usize, xs: usize) {
        if x < self.n {
            self.flower_from[row + x] = xs as u32;
        } else {
            for i in 0..self.flower[x].len() {
                self.mark_flower_from(row, self.flower[x][i] as usize, xs);
            }
        }
    }

    /// Expands top-level T-blossom `b` whose dual reached zero: its sub-nodes become
    /// top-level, the ones on the even path from the entry to the base are labelled so
    /// that the alternating tree stays valid, the others become unlabelled.
    fn expand_blossom(&mut self, b: usize) {
        let n = self.n;
        for i in 0..self.flower[b].len() {
            let x = self.flower[b][i] as usize;
            self.set_st(x, x);
        }
        let entry = self.end(b, self.pa[b] as usize);
        let xr = self.flower_from[(b - n) * n + entry] as usize;
        let pr = self.even_position(b, xr);
        let mut i = 0;
        while i < pr {
            let xs = self.flower[b][i] as usize;
            let xns = self.flower[b][i + 1] as usize;
            self.pa[xs] = self.end(xns, xs) as u32;
            self.label[xs] = T;
            self.label[xns] = S;
            self.root[xs] = self.root[b];
            self.root[xns] = self.root[b];
            self.clear_slack(xs);
            self.set_slack(xns);
            self.queue_push(xns);
            i += 2;
        }
        self.label[xr] = T;
        self.root[xr] = self.root[b];
        self.clear_slack(xr);
        self.pa[xr] = self.pa[b];
        for i in pr + 1..self.flower[b].len() {
            let xs = self.flower[b][i] as usize;
            self.label[xs] = UNLABELED;
            self.set_slack(xs);
        }
        self.st[b] = NONE;
    }

    /// Handles tight edge `(eu, ev)` from S-vertex `eu`: grows the tree, forms a blossom or
    /// augments. Returns `true` if it augmented (then `eu` is no longer an S-vertex).
    fn on_tight_edge(&mut self, eu: usize, ev: usize) -> bool {
        let u = self.top(eu as u32);
        let v = self.top(ev as u32);
        if self.label[v] == UNLABELED {
            // v is matched (free nodes are all S roots): label it T and its mate S.
            self.pa[v] = eu as u32;
            self.label[v] = T;
            let nu = self.top(self.mate[v]);
            self.root[v] = self.root[u];
            self.root[nu] = self.root[u];
            self.clear_slack(v);
            self.clear_slack(nu);
            self.label[nu] = S;
            self.queue_push(nu);
        } else if self.label[v] == S {
            let base = self.lowest_common_ancestor(u, v);
            if base == NONE {
                let (root_u, root_v) = (self.root[u], self.root[v]);
                self.augment(u, v);
                self.augment(v, u);
                self.dissolve_trees(root_u, root_v);
                return true;
            }
            self.add_blossom(u, base as usize, v);
        }
        false
    }

    /// After an augmentation joined the trees rooted at `r1` and `r2`, removes their
    /// labels; the other trees stay as they are and the search goes on (the duals of the
    /// remaining free vertices are still all equal). The dissolved nodes need a fresh
    /// slack edge (an S-node's entry only covered S-vertices scanned after it became S,
    /// the earlier ones being recorded on their side), but only if they are still
    /// unlabelled when the next dual step needs it: that is done by `sync_slacks`. Entries
    /// elsewhere naming their former S-vertices go stale (see `slack_from`).
    ///
    /// Restarting the whole search after each augmentation, as the textbook stages do,
    /// rescans every free vertex each time: Θ(n³) when most of the n / 2 augmentations
    /// come early, which is what tie-heavy survey scores produce. But when the two trees
    /// hold more nodes than the rest of the forest has S-vertices (say, when nearly every
    /// edge is tight and the trees span the graph), refreshing their slack edges can cost
    /// more than a restart, so the search restarts instead.
    fn dissolve_trees(&mut self, r1: u32, r2: u32) {
        self.n_free -= 2;
        let mut dissolved = 0;
        let mut other_s_vertices = 0;
        for x in 0..self.n_nodes {
            if self.st[x] as usize != x || self.label[x] == UNLABELED {
                continue;
            }
            if self.root[x] == r1 || self.root[x] == r2 {
                dissolved += 1;
            } else if self.label[x] == S {
                other_s_vertices += self.vertex_count(x);
            }
        }
        if dissolved > other_s_vertices {
            self.restart();
            return;
        }
        for x in 0..self.n_nodes {
            if self.st[x] as usize == x
                && self.label[x] != UNLABELED
                && (self.root[x] == r1 || self.root[x] == r2)
            {
                self.label[x] = UNLABELED;
                self.clear_slack(x);
                if self.unsynced_mark[x] != self.unsynced_stamp {
                    self.unsynced_mark[x] = self.unsynced_stamp;
                    self.unsynced.push(x as u32);
                }
            }
        }
    }

    /// Gives every node dissolved since the last call that is still unlabelled and
    /// top-level its least-slack edge, before the dual step needs them all.
    fn sync_slacks(&mut self) {
        let mut unsynced = std::mem::take(&mut self.unsynced);
        for &x in &unsynced {
            let x = x as usize;
            if self.st[x] as usize == x && self.label[x] == UNLABELED {
                self.set_slack(x);
            }
        }
        unsynced.clear();
        self.unsynced = unsynced;
        self.unsynced_stamp += 1;
    }

    /// Number of vertices inside node `x`.
    fn vertex_count(&self, x: usize) -> usize {
        if x < self.n {
            1
        } else {
            self.flower[x]
                .iter()
                .map(|&y| self.vertex_count(y as usize))
                .sum()
        }
    }

    /// Starts the search afresh: every label and slack edge is dropped and every free
    /// top-level node becomes the S root of a new tree.
    fn restart(&mut self) {
        self.label[..self.n_nodes].fill(UNLABELED);
        self.slack_from[..self.n_nodes].fill(NONE);
        self.slack_to[..self.n_nodes].fill(NONE);
        self.slack_dist[..self.n_nodes].fill(D::MAX);
        self.queue.clear();
        self.unsynced.clear();
        self.unsynced_stamp += 1;
        self.n_free = 0;
        for x in 0..self.n_nodes {
            if self.st[x] as usize == x && self.mate[x] == NONE {
                self.label[x] = S;
                self.root[x] = x as u32;
                self.n_free += 1;
                self.queue_push(x);
            }
        }
    }

    /// Scans the edges of S-vertex `u`: follows tight ones, records the others as slack
    /// edges of their top-level node. Stops early if an augmentation takes `u` out of
    /// the forest.
    ///
    /// This is the hot loop (O(n) per scan), written over slices so that it compiles to
    /// plain loads even when optimising for size.
    fn scan(&mut self, u: usize) {
        let n = self.n;
        let mut v = 0;
        while v < n {
            // Follow non-tight edges from v on, stopping at the first tight one.
            let su = self.st[u];
            let lab_u = self.lab[u];
            let row = &self.w2[u * n..(u + 1) * n];
            let lab = &self.lab[..n];
            let st = &self.st[..n];
            let label = &self.label[..];
            let slack_from = &mut self.slack_from[..];
            let slack_to = &mut self.slack_to[..];
            let slack_dist = &mut self.slack_dist[..];
            let mut tight = NONE;
            while v < n {
                let sv = st[v];
                if sv != su {
                    let d = lab_u.add(lab[v]).sub(row[v]);
                    if d == D::ZERO {
                        tight = v as u32;
                        v += 1;
                        break;
                    }
                    let x = sv as usize;
                    if d < slack_dist[x] && label[x] != T {
                        slack_from[x] = u as u32;
                        slack_to[x] = v as u32;
                        slack_dist[x] = d;
                    }
                }
                v += 1;
            }
            if tight != NONE && self.on_tight_edge(u, tight as usize) {
                return;
            }
        }
    }

    /// Changes the duals by the largest step that keeps them feasible. Returns `true` if
    /// that step brought the free vertices' duals to zero, which proves optimality.
    fn dual_step(&mut self) -> bool {
        let n = self.n;
        // delta1: an S-vertex dual reaches zero (the free vertices have the least dual,
        // so this means no augmenting path can pay off any more).
        let mut delta1 = D::MAX;
        for u in 0..n {
            if self.label[self.top(u as u32)] == S {
                delta1 = delta1.min(self.lab[u]);
            }
        }
        let mut delta = D::MAX;
        for x in 0..self.n_nodes {
            if self.st[x] as usize != x {
                continue;
            }
            match self.label[x] {
                // delta2: an edge from S to an unlabelled node becomes tight.
                UNLABELED => delta = delta.min(self.slack_dist[x]),
                // delta3: an edge between two S-nodes becomes tight (the slack is even).
                S if self.slack_from[x] != NONE => delta = delta.min(self.slack_dist[x].half()),
                // delta4: a T-blossom dual reaches zero (it can be expanded).
                T if x >= n => delta = delta.min(self.lab[x].half()),
                _ => {}
            }
        }
        let done = delta1 <= delta;
        let delta = delta.min(delta1);
        for u in 0..n {
            match self.label[self.top(u as u32)] {
                S => self.lab[u] = self.lab[u].sub(delta),
                T => self.lab[u] = self.lab[u].add(delta),
                _ => {}
            }
        }
        let delta2 = delta.add(delta);
        for x in 0..self.n_nodes {
            if self.st[x] as usize != x {
                continue;
            }
            match self.label[x] {
                S if x >= n => self.lab[x] = self.lab[x].add(delta2),
                T if x >= n => self.lab[x] = self.lab[x].sub(delta2),
                _ => {}
            }
            if self.slack_from[x] != NONE {
                match self.label[x] {
                    UNLABELED => self.slack_dist[x] = self.slack_dist[x].sub(delta),
                    S => self.slack_dist[x] = self.slack_dist[x].sub(delta2),
                    _ => {}
                }
            }
        }
        done
    }

    /// Follows every tight slack edge: an entry at zero whose source is still an
    /// S-vertex outside the node and whose edge really is tight is followed; a stale one is
    /// recomputed first. Returns whether anything was followed.
    fn follow_tight_slacks(&mut self) -> bool {
        let mut followed = false;
        for x in 0..self.n_nodes {
            if self.st[x] as usize != x
                || self.label[x] == T
                || self.slack_from[x] == NONE
                || self.slack_dist[x] != D::ZERO
            {
                continue;
            }
            let (u, v) = (self.slack_from[x] as usize, self.slack_to[x] as usize);
            let su = self.top(u as u32);
            if self.label[su] != S || su == x || self.dist(u, v) != D::ZERO {
                self.set_slack(x);
                if self.slack_dist[x] != D::ZERO {
                    continue;
                }
            }
            let (u, v) = (self.slack_from[x] as usize, self.slack_to[x] as usize);
            debug_assert_eq!(self.dist(u, v), D::ZERO);
            self.on_tight_edge(u, v);
            followed = true;
        }
        followed
    }

    /// The search: every free node is the root of an alternating tree; trees grow along
    /// tight edges, odd cycles shrink into blossoms, and when nothing tight is left the
    /// duals move by the largest feasible step. An augmenting path is used at once and
    /// only its two trees are dissolved. Ends when no free node is left or the free
    /// vertices' duals reach zero, which proves optimality.
    fn search(&mut self) {
        let n = self.n;
        self.restart();
        loop {
            while let Some(u) = self.queue.pop() {
                let u = u as usize;
                if self.label[self.top(u as u32)] == S {
                    self.scan(u);
                }
            }
            self.sync_slacks();
            if self.follow_tight_slacks() {
                continue;
            }
            if self.n_free == 0 || self.dual_step() {
                return;
            }
            // Expand the T-blossoms whose dual reached zero, then go on scanning and
            // following what the step made tight.
            for b in n..self.n_nodes {
                if self.st[b] as usize == b && self.label[b] == T && self.lab[b] == D::ZERO {
                    self.expand_blossom(b);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! Hand-made scenarios (several from the test suite of van Rantwijk's `mwmatching.py`,
    //! named by the stage of the algorithm they exercise), each checked against the known
    //! optimum and by [`verify_optimum`]; random tie-heavy graphs checked by the duals.
    //! Exhaustive comparison with brute force lives in `tests/solvers.rs`.

    use super::*;

    /// Panics unless the final duals prove the matching optimal (see
    /// `Solver::certificate_violation`).
    fn verify_optimum<D: Dual>(s: &Solver<D>) {
        if let Some(violation) = s.certificate_violation() {
            panic!("{violation}");
        }
    }

    /// Solves with the same arithmetic choice as the public function, verifying the duals.
    fn solve_verified(n: usize, weight: &[i64]) -> Vec<Option<usize>> {
        let max_abs = max_abs_weight(n, weight);
        if fits::<i32>(n, max_abs) {
            let s = Solver::<i32>::new(n, weight, max_abs).solve();
            verify_optimum(&s);
            s.mates()
        } else if fits::<i64>(n, max_abs) {
            let s = Solver::<i64>::new(n, weight, max_abs).solve();
            verify_optimum(&s);
            s.mates()
        } else {
            let s = Solver::<i128>::new(n, weight, max_abs).solve();
            verify_optimum(&s);
            s.mates()
        }
    }

    /// A matrix from an edge list (everything else forbidden).
    fn from_edges(n: usize, edges: &[(usize, usize, i64)]) -> Vec<i64> {
        let mut weight = vec![NO_EDGE; n * n];
        for &(u, v, w) in edges {
            weight[u * n + v] = w;
            weight[v * n + u] = w;
        }
        weight
    }

    /// Mates in the `mwmatching.py` notation: `-1` for a free vertex.
    fn mates_of(n: usize, edges: &[(usize, usize, i64)]) -> Vec<i64> {
        let mate = solve_verified(n, &from_edges(n, edges));
        assert_eq!(mate, max_weight_matching(n, &from_edges(n, edges)));
        mate.iter().map(|m| m.map_or(-1, |v| v as i64)).collect()
    }

    #[test]
    fn empty_graph() {
        assert_eq!(max_weight_matching(0, &[]), Vec::<Option<usize>>::new());
    }

    #[test]
    fn single_vertex_stays_free() {
        assert_eq!(solve_verified(1, &[NO_EDGE]), vec![None]);
        // The diagonal is ignored whatever it holds.
        assert_eq!(solve_verified(1, &[7]), vec![None]);
    }

    #[test]
    fn all_pairs_forbidden() {
        assert_eq!(solve_verified(4, &[NO_EDGE; 16]), vec![None; 4]);
    }

    #[test]
    fn a_negative_edge_is_still_used_because_pairs_come_first() {
        assert_eq!(mates_of(2, &[(0, 1, -5)]), vec![1, 0]);
        assert_eq!(mates_of(2, &[(0, 1, 0)]), vec![1, 0]);
    }

    #[test]
    fn two_light_pairs_beat_one_heavy_pair() {
        // Greedy (heaviest edge first) takes 1–2 and strands 0 and 3.
        assert_eq!(
            mates_of(4, &[(0, 1, -5), (1, 2, 100), (2, 3, -5)]),
            vec![1, 0, 3, 2]
        );
    }

    #[test]
    fn heaviest_edge_first_is_suboptimal() {
        // Greedy takes 0–1 (10) then 2–3 (1): 11; the optimum is 0–2 + 1–3: 16.
        let edges = [(0, 1, 10), (2, 3, 1), (0, 2, 8), (1, 3, 8)];
        assert_eq!(mates_of(4, &edges), vec![2, 3, 0, 1]);
    }

    #[test]
    fn triangle_keeps_its_heaviest_edge() {
        // An odd cycle: a blossom forms, then the duals prove one pair is the best.
        assert_eq!(
            mates_of(3, &[(0, 1, 5), (1, 2, 7), (0, 2, 6)]),
            vec![-1, 2, 1]
        );
    }

    #[test]
    fn ties_are_broken_the_same_way_every_time() {
        let weight = vec![3; 36];
        let first = solve_verified(6, &weight);
        for _ in 0..3 {
            assert_eq!(max_weight_matching(6, &weight), first);
        }
        assert!(first.iter().all(Option::is_some));
    }

    #[test]
    fn extreme_weights_take_the_wide_arithmetic() {
        let big = i64::MAX;
        let edges = [(0, 1, big), (1, 2, big), (2, 3, big), (0, 3, -big)];
        assert!(!fits::<i64>(4, max_abs_weight(4, &from_edges(4, &edges))));
        assert_eq!(mates_of(4, &edges), vec![1, 0, 3, 2]);
    }

    // Scenarios from mwmatching.py (vertex 0 unused there, so it stays free here).

    #[test]
    fn create_s_blossom_and_use_it_for_augmentation() {
        assert_eq!(
            mates_of(5, &[(1, 2, 8), (1, 3, 9), (2, 3, 10), (3, 4, 7)]),
            [-1, 2, 1, 4, 3]
        );
        let edges = [
            (1, 2, 8),
            (1, 3, 9),
            (2, 3, 10),
            (3, 4, 7),
            (1, 6, 5),
            (4, 5, 6),
        ];
        assert_eq!(mates_of(7, &edges), [-1, 6, 3, 2, 5, 4, 1]);
    }

    #[test]
    fn maximum_cardinality_beats_a_heavier_middle_edge() {
        assert_eq!(
            mates_of(5, &[(1, 2, 5), (2, 3, 11), (3, 4, 5)]),
            [-1, 2, 1, 4, 3]
        );
    }

    #[test]
    fn negative_weights_with_maximum_cardinality() {
        let edges = [(1, 2, 2), (1, 3, -2), (2, 3, 1), (2, 4, -1), (3, 4, -6)];
        assert_eq!(mates_of(5, &edges), [-1, 3, 4, 1, 2]);
    }

    #[test]
    fn create_s_blossom_relabel_as_t_blossom_use_for_augmentation() {
        let base = [(1, 2, 9), (1, 3, 8), (2, 3, 10), (1, 4, 5)];
        let with = |extra: [(usize, usize, i64); 2]| {
            let mut edges = base.to_vec();
            edges.extend(extra);
            mates_of(7, &edges)
        };
        assert_eq!(with([(4, 5, 4), (1, 6, 3)]), [-1, 6, 3, 2, 5, 4, 1]);
        assert_eq!(with([(4, 5, 3), (1, 6, 4)]), [-1, 6, 3, 2, 5, 4, 1]);
        assert_eq!(with([(4, 5, 3), (3, 6, 4)]), [-1, 2, 1, 6, 5, 4, 3]);
    }

    #[test]
    fn create_nested_s_blossom_use_for_augmentation() {
        let edges = [
            (1, 2, 9),
            (1, 3, 9),
            (2, 3, 10),
            (2, 4, 8),
            (3, 5, 8),
            (4, 5, 10),
            (5, 6, 6),
        ];
        assert_eq!(mates_of(7, &edges), [-1, 3, 4, 1, 2, 6, 5]);
    }

    #[test]
    fn create_s_blossom_relabel_as_s_include_in_nested_s_blossom() {
        let edges = [
            (1, 2, 10),
            (1, 7, 10),
            (2, 3, 12),
            (3, 4, 20),
            (3, 5, 20),
            (4, 5, 25),
            (5, 6, 10),
            (6, 7, 10),
            (7, 8, 8),
        ];
        assert_eq!(mates_of(9, &edges), [-1, 2, 1, 4, 3, 6, 5, 8, 7]);
    }

    #[test]
    fn create_nested_s_blossom_augment_expand_recursively() {
        let edges = [
            (1, 2, 8),
            (1, 3, 8),
            (2, 3, 10),
            (2, 4, 12),
            (3, 5, 12),
            (4, 5, 14),
            (4, 6, 12),
            (5, 7, 12),
            (6, 7, 14),
            (7, 8, 12),
        ];
        assert_eq!(mates_of(9, &edges), [-1, 2, 1, 5, 6, 3, 4, 8, 7]);
    }

    #[test]
    fn create_s_blossom_relabel_as_t_expand() {
        let edges = [
            (1, 2, 23),
            (1, 5, 22),
            (1, 6, 15),
            (2, 3, 25),
            (3, 4, 22),
            (4, 5, 25),
            (4, 8, 14),
            (5, 7, 13),
        ];
        assert_eq!(mates_of(9, &edges), [-1, 6, 3, 2, 8, 7, 1, 5, 4]);
    }

    #[test]
    fn create_nested_s_blossom_relabel_as_t_expand() {
        let edges = [
            (1, 2, 19),
            (1, 3, 20),
            (1, 8, 8),
            (2, 3, 25),
            (2, 4, 18),
            (3, 5, 18),
            (4, 5, 13),
            (4, 7, 7),
            (5, 6, 7),
        ];
        assert_eq!(mates_of(9, &edges), [-1, 8, 3, 2, 7, 6, 5, 4, 1]);
    }

    #[test]
    fn t_blossom_expansion_with_nasty_least_slack_edges() {
        let base = [
            (1, 2, 45),
            (1, 5, 45),
            (2, 3, 50),
            (3, 4, 45),
            (4, 5, 50),
            (1, 6, 30),
            (3, 9, 35),
        ];
        let expected = [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9];
        for extra in [
            [(4, 8, 35), (5, 7, 26), (9, 10, 5)],
            [(4, 8, 26), (5, 7, 40), (9, 10, 5)],
            [(4, 8, 28), (5, 7, 26), (9, 10, 5)],
        ] {
            let mut edges = base.to_vec();
            edges.extend(extra);
            assert_eq!(mates_of(11, &edges), expected);
        }
    }

    #[test]
    fn nested_t_blossom_expansion_with_nasty_least_slack_edges() {
        let edges = [
            (1, 2, 45),
            (1, 7, 45),
            (2, 3, 50),
            (3, 4, 45),
            (4, 5, 95),
            (4, 6, 94),
            (5, 6, 94),
            (6, 7, 50),
            (1, 8, 30),
            (3, 11, 35),
            (5, 9, 36),
            (7, 10, 26),
            (11, 12, 5),
        ];
        assert_eq!(
            mates_of(13, &edges),
            [-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11]
        );
    }

    #[test]
    fn create_nested_s_blossom_relabel_as_s_expand_recursively() {
        let edges = [
            (1, 2, 40),
            (1, 3, 40),
            (2, 3, 60),
            (2, 4, 55),
            (3, 5, 55),
            (4, 5, 50),
            (1, 8, 15),
            (5, 7, 30),
            (7, 6, 10),
            (8, 10, 10),
            (4, 9, 30),
        ];
        assert_eq!(mates_of(11, &edges), [-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8]);
    }

    /// SplitMix64, enough for test data.
    fn next(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Random graphs: `n` vertices, weights in `0..range` shifted down by a third (so
    /// some are negative), one pair in ten forbidden.
    fn random_graph(rng: &mut u64, n: usize, range: u64) -> Vec<i64> {
        let mut weight = vec![NO_EDGE; n * n];
        for i in 0..n {
            for j in i + 1..n {
                if next(rng) % 10 != 0 {
                    let w = (next(rng) % range) as i64 - range as i64 / 3;
                    weight[i * n + j] = w;
                    weight[j * n + i] = w;
                }
            }
        }
        weight
    }

    #[test]
    fn every_arithmetic_width_finds_the_same_matching() {
        let mut rng = 5;
        for n in [1, 2, 7, 30, 61] {
            let weight = random_graph(&mut rng, n, 9);
            let max_abs = max_abs_weight(n, &weight);
            assert!(fits::<i32>(n, max_abs));
            let narrow = Solver::<i32>::new(n, &weight, max_abs).solve();
            let wide = Solver::<i64>::new(n, &weight, max_abs).solve();
            let widest = Solver::<i128>::new(n, &weight, max_abs).solve();
            verify_optimum(&narrow);
            assert_eq!(narrow.mates(), wide.mates());
            assert_eq!(narrow.mates(), widest.mates());
        }
    }

    #[test]
    fn the_overflow_bound_holds_at_its_limit() {
        // Weights of ±(the largest magnitude `fits` accepts for i32): with overflow
        // checks on in tests, any intermediate outside i32 would panic.
        let mut rng = 17;
        for n in [2, 9, 40] {
            let limit = (1..u128::from(u32::MAX))
                .rev()
                .step_by(997)
                .find(|&m| fits::<i32>(n, m))
                .unwrap() as i64;
            let mut weight = random_graph(&mut rng, n, 3);
            for i in 0..n {
                for j in i + 1..n {
                    if weight[i * n + j] != NO_EDGE {
                        let w = [limit, -limit, 0][(next(&mut rng) % 3) as usize];
                        weight[i * n + j] = w;
                        weight[j * n + i] = w;
                    }
                }
            }
            let max_abs = max_abs_weight(n, &weight);
            let narrow = Solver::<i32>::new(n, &weight, max_abs).solve();
            verify_optimum(&narrow);
            let wide = Solver::<i64>::new(n, &weight, max_abs).solve();
            assert_eq!(narrow.mates(), wide.mates());
        }
    }

    /// Longer run of [`duals_prove_optimality_on_random_tie_heavy_graphs`] on bigger
    /// graphs: `cargo test --release --lib blossom -- --ignored`.
    #[test]
    #[ignore]
    fn duals_prove_optimality_on_many_larger_graphs() {
        let mut rng = 99;
        for round in 0..3000 {
            let n = 1 + (next(&mut rng) % 160) as usize;
            let range = [1, 2, 3, 8, 61, 1_000_000][round % 6];
            solve_verified(n, &random_graph(&mut rng, n, range));
        }
    }

    #[test]
    fn duals_prove_optimality_on_random_tie_heavy_graphs() {
        let mut rng = 2024;
        for round in 0..300 {
            let n = 1 + (next(&mut rng) % 40) as usize;
            let range = [2, 5, 60][round % 3];
            solve_verified(n, &random_graph(&mut rng, n, range));
        }
    }
}
