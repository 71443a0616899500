//! How many people can be paired at all — maximum-cardinality matching without weights —
//! for the fairest objective's threshold search, which asks many times "do the pairs
//! scoring at least T still pair K people?". Answering that with the weighted solvers
//! costs a full O(n³) solve per question; these checks are usually O(n²).
//!
//! - [`reaches_matching_size`] (mutual mode): Edmonds' blossom algorithm for cardinality
//!   matching (J. Edmonds, "Paths, trees, and flowers", 1965) in the BFS formulation with
//!   blossom bases and lowest common ancestors (as in e-maxx's "Edmonds' algorithm for
//!   maximum matching in general graphs"), started from a greedy matching.
//! - [`reaches_assignment_size`] (reverse mode): augmenting paths for a bipartite
//!   b-matching (mentors with capacities), also started greedily.
//!
//! Both stop as soon as the answer is known: when the target size is reached, or when
//! more vertices have failed to find an augmenting path than the target allows (a vertex
//! with no augmenting path never gets one later: Berge's theorem and the monotonicity of
//! Edmonds' search). The target is usually the whole pool, so a "no" comes after one or
//! two failed searches. Graphs are adjacency lists built once per threshold.
//!
//! Verified in `tests/matching.rs` against the weighted solvers' cardinality.

const NONE: usize = usize::MAX;

/// Whether the general graph given by `neighbours` (symmetric adjacency lists) has a
/// matching covering at least `target` vertices.
pub fn reaches_matching_size(neighbours: &[Vec<usize>], target: usize) -> bool {
    grow_matching(neighbours, target, true) >= target
}

/// The number of vertices a maximum matching of `neighbours` covers.
pub fn matching_size(neighbours: &[Vec<usize>]) -> usize {
    grow_matching(neighbours, neighbours.len(), false)
}

/// Grows a matching until it covers `target` vertices or (when `stop_early`) more
/// vertices have failed to find an augmenting path than `target` leaves room for.
/// Returns how many vertices it covers then.
fn grow_matching(neighbours: &[Vec<usize>], target: usize, stop_early: bool) -> usize {
    let n = neighbours.len();
    let mut search = Search::new(n);
    // Greedy start: most vertices of a realistic pool are matched here.
    for v in 0..n {
        if search.mate[v] == NONE {
            if let Some(&u) = neighbours[v]
                .iter()
                .find(|&&u| search.mate[u] == NONE && u != v)
            {
                search.mate[v] = u;
                search.mate[u] = v;
            }
        }
    }
    let mut matched = search.mate.iter().filter(|&&m| m != NONE).count();
    let allowed_unmatched = n.saturating_sub(target);
    let mut failed = 0;
    for root in 0..n {
        if matched >= target {
            break;
        }
        if search.mate[root] != NONE {
            continue;
        }
        match search.find_path(neighbours, root) {
            Some(end) => {
                search.augment(end);
                matched += 2;
            }
            None => {
                failed += 1;
                if stop_early && failed > allowed_unmatched {
                    break;
                }
            }
        }
    }
    matched
}

/// Edmonds' search state. Vertices are `0..n`.
struct Search {
    /// If v is matched, `mate[v]` is its partner; else `NONE`.
    mate: Vec<usize>,
    /// During a search: for an odd (outer-reached) vertex v, `parent[v]` is the even vertex
    /// it was reached from; `NONE` otherwise.
    parent: Vec<usize>,
    /// During a search: the base of the blossom containing v (v itself if none).
    base: Vec<usize>,
    /// During a search: v is an even vertex, in the queue or done.
    even: Vec<bool>,
    /// Scratch marks for blossom contraction and LCA.
    in_blossom: Vec<bool>,
    on_path: Vec<bool>,
}

impl Search {
    fn new(n: usize) -> Self {
        Search {
            mate: vec![NONE; n],
            parent: vec![NONE; n],
            base: (0..n).collect(),
            even: vec![false; n],
            in_blossom: vec![false; n],
            on_path: vec![false; n],
        }
    }

    /// The lowest common ancestor of `a` and `b` in the alternating tree, as a base.
    fn lca(&mut self, mut a: usize, mut b: usize) -> usize {
        self.on_path.iter_mut().for_each(|x| *x = false);
        loop {
            a = self.base[a];
            self.on_path[a] = true;
            if self.mate[a] == NONE {
                break;
            }
            a = self.parent[self.mate[a]];
        }
        loop {
            b = self.base[b];
            if self.on_path[b] {
                return b;
            }
            b = self.parent[self.mate[b]];
        }
    }

    /// Marks the blossom's vertices on the path from `v` up to `base`, re-pointing parents
    /// so that paths through the blossom can be followed later.
    fn mark_path(&mut self, mut v: usize, base: usize, mut child: usize) {
        while self.base[v] != base {
            self.in_blossom[self.base[v]] = true;
            self.in_blossom[self.base[self.mate[v]]] = true;
            self.parent[v] = child;
            child = self.mate[v];
            v = self.parent[self.mate[v]];
        }
    }

    /// BFS for an augmenting path from the unmatched `root`; returns its other end.
    fn find_path(&mut self, neighbours: &[Vec<usize>], root: usize) -> Option<usize> {
        let n = neighbours.len();
        self.parent.iter_mut().for_each(|p| *p = NONE);
        self.even.iter_mut().for_each(|e| *e = false);
        for (i, b) in self.base.iter_mut().enumerate() {
            *b = i;
        }
        self.even[root] = true;
        let mut queue = std::collections::VecDeque::from([root]);
        while let Some(v) = queue.pop_front() {
            for &to in &neighbours[v] {
                if to == v || self.base[v] == self.base[to] || self.mate[v] == to {
                    continue;
                }
                if to == root || (self.mate[to] != NONE && self.parent[self.mate[to]] != NONE) {
                    // An edge between two even vertices: contract the blossom.
                    let base = self.lca(v, to);
                    self.in_blossom.iter_mut().for_each(|x| *x = false);
                    self.mark_path(v, base, to);
                    self.mark_path(to, base, v);
                    for i in 0..n {
                        if self.in_blossom[self.base[i]] {
                            self.base[i] = base;
                            if !self.even[i] {
                                self.even[i] = true;
                                queue.push_back(i);
                            }
                        }
                    }
                } else if self.parent[to] == NONE {
                    self.parent[to] = v;
                    if self.mate[to] == NONE {
                        return Some(to);
                    }
                    let next = self.mate[to];
                    self.even[next] = true;
                    queue.push_back(next);
                }
            }
        }
        None
    }

    /// Flips the augmenting path ending at the unmatched `end`.
    fn augment(&mut self, mut end: usize) {
        while end != NONE {
            let via = self.parent[end];
            let next = self.mate[via];
            self.mate[end] = via;
            self.mate[via] = end;
            end = next;
        }
    }
}

/// Whether at least `target` mentees can each get a mentor, when mentee `c` may have the
/// mentors `mentors_of[c]` and mentor `r` takes at most `capacity[r]` mentees.
pub fn reaches_assignment_size(mentors_of: &[Vec<usize>], capacity: &[u32], target: usize) -> bool {
    grow_assignment(mentors_of, capacity, target, true) >= target
}

/// How many mentees a maximum assignment gives a mentor.
pub fn assignment_size(mentors_of: &[Vec<usize>], capacity: &[u32]) -> usize {
    grow_assignment(mentors_of, capacity, mentors_of.len(), false)
}

fn grow_assignment(
    mentors_of: &[Vec<usize>],
    capacity: &[u32],
    target: usize,
    stop_early: bool,
) -> usize {
    let n_mentees = mentors_of.len();
    let n_mentors = capacity.len();
    let mut mentor_of = vec![NONE; n_mentees];
    let mut mentees_of: Vec<Vec<usize>> = vec![Vec::new(); n_mentors];
    for c in 0..n_mentees {
        if let Some(&r) = mentors_of[c]
            .iter()
            .find(|&&r| (mentees_of[r].len() as u32) < capacity[r])
        {
            mentor_of[c] = r;
            mentees_of[r].push(c);
        }
    }
    let mut assigned = mentor_of.iter().filter(|&&r| r != NONE).count();
    let allowed_unassigned = n_mentees.saturating_sub(target);
    let mut failed = 0;
    // BFS over mentors: `came_from[r]` is the mentee through whom mentor r was reached.
    let mut came_from = vec![NONE; n_mentors];
    for root in 0..n_mentees {
        if assigned >= target {
            break;
        }
        if mentor_of[root] != NONE {
            continue;
        }
        came_from.iter_mut().for_each(|x| *x = NONE);
        let mut queue = std::collections::VecDeque::new();
        for &r in &mentors_of[root] {
            if came_from[r] == NONE {
                came_from[r] = root;
                queue.push_back(r);
            }
        }
        let mut free_mentor = NONE;
        while let Some(r) = queue.pop_front() {
            if (mentees_of[r].len() as u32) < capacity[r] {
                free_mentor = r;
                break;
            }
            for &c in &mentees_of[r] {
                for &r2 in &mentors_of[c] {
                    if came_from[r2] == NONE && r2 != r {
                        came_from[r2] = c;
                        queue.push_back(r2);
                    }
                }
            }
        }
        if free_mentor == NONE {
            failed += 1;
            if stop_early && failed > allowed_unassigned {
                break;
            }
            continue;
        }
        // Walk back: each mentee on the path moves to the mentor after it.
        let mut r = free_mentor;
        loop {
            let c = came_from[r];
            let previous = mentor_of[c];
            if previous != NONE {
                mentees_of[previous].retain(|&x| x != c);
            }
            mentor_of[c] = r;
            mentees_of[r].push(c);
            if c == root {
                break;
            }
            r = previous;
        }
        assigned += 1;
    }
    assigned
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
        let mut g = vec![Vec::new(); n];
        for &(a, b) in edges {
            g[a].push(b);
            g[b].push(a);
        }
        g
    }

    #[test]
    fn an_odd_cycle_needs_a_blossom() {
        // A triangle 0-1-2 with a tail 2-3 and 0-4: greedy takes 0-1 and 2-3, leaving 4;
        // a perfect matching does not exist (5 vertices) but 4 are coverable.
        let g = graph(5, &[(0, 1), (1, 2), (2, 0), (2, 3), (0, 4)]);
        assert_eq!(matching_size(&g), 4);
        // Two triangles joined by an edge: the augmenting path goes through a blossom.
        let g = graph(6, &[(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3)]);
        assert_eq!(matching_size(&g), 6);
    }

    #[test]
    fn stops_early_both_ways() {
        let g = graph(4, &[(0, 1), (2, 3)]);
        assert!(reaches_matching_size(&g, 4));
        assert!(!reaches_matching_size(
            &graph(4, &[(0, 1), (0, 2), (0, 3)]),
            4
        ));
        assert!(reaches_matching_size(&[], 0));
    }

    #[test]
    fn assignment_moves_mentees_to_make_room() {
        // Greedy gives mentee 0 to mentor 0, whom mentee 1 also needs; mentee 0 moves.
        let mentors_of = vec![vec![0, 1], vec![0]];
        assert!(reaches_assignment_size(&mentors_of, &[1, 1], 2));
        assert!(!reaches_assignment_size(&[vec![0], vec![0]], &[1], 2));
        assert!(reaches_assignment_size(&[vec![0], vec![0]], &[2], 2));
        assert_eq!(assignment_size(&[vec![0], vec![0], vec![1]], &[1, 1]), 2);
    }
}
