//! Times the exact solvers on realistic, tie-heavy score matrices.
//!
//! `cargo run --release --example solver_timing [sizes…] [mutual | reverse]`
//! (sizes default to 500 1000 2000; reverse instances stop at 1000).
//!
//! The matrices imitate survey scores (see `src/matching/score.rs`): people have a
//! generation, a department and 1–5 ratings of eight skills that depend on their
//! generation; a pair earns the rating gaps where one can teach, doubled for wanted
//! skills, plus a generation bonus, minus a same-department penalty; about 1% of pairs are
//! forbidden and 2% carry an earlier-partner penalty. Scores land in roughly 0..60 with a
//! great many equal values: the hard case for matching algorithms (many tight edges, many
//! blossoms), much harder than uniform random weights, which are timed for comparison.
//! Also timed: the same with an odd number of people (one must stay single, so the last
//! search has to prove it), uniform small integers, and all weights equal; in reverse
//! mode, capacities 1, 1–3 and 2.
//!
//! No `rand` dependency: a tiny seeded SplitMix64 keeps the matrices reproducible.

use kakehashi::matching::assignment::max_weight_assignment;
use kakehashi::matching::blossom::max_weight_matching;
use kakehashi::matching::NO_EDGE;
use std::time::Instant;

/// SplitMix64 (Steele, Lea & Flood 2014): small, fast, good enough for test data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const SKILLS: usize = 8;

struct Person {
    generation: i64,
    department: u64,
    ratings: [i64; SKILLS],
    wants: u32,
}

fn people(n: usize, rng: &mut SplitMix64) -> Vec<Person> {
    (0..n)
        .map(|_| {
            let generation = rng.below(4) as i64;
            let department = rng.below(8);
            let mut ratings = [0; SKILLS];
            for (s, r) in ratings.iter_mut().enumerate() {
                // Half the skills favour the young (digital), half the old (experience).
                let base = if s < SKILLS / 2 {
                    1 + generation
                } else {
                    4 - generation
                };
                *r = (base + rng.below(3) as i64 - 1).clamp(1, 5);
            }
            let mut wants = 0;
            for _ in 0..1 + rng.below(3) {
                wants |= 1 << rng.below(SKILLS as u64);
            }
            Person {
                generation,
                department,
                ratings,
                wants,
            }
        })
        .collect()
}

/// What `a` can teach `b`: rating gaps on skills `a` rates 4 or more, doubled if wanted.
fn gain(a: &Person, b: &Person) -> i64 {
    (0..SKILLS)
        .filter(|&s| a.ratings[s] >= 4)
        .map(|s| (a.ratings[s] - b.ratings[s]).max(0) * if b.wants >> s & 1 == 1 { 2 } else { 1 })
        .sum()
}

fn pair_adjustment(a: &Person, b: &Person, rng: &mut SplitMix64) -> Option<i64> {
    match rng.below(100) {
        0 => None,
        1 | 2 => Some(-20),
        _ => Some(
            3 * (a.generation - b.generation).abs()
                - if a.department == b.department { 8 } else { 0 },
        ),
    }
}

fn mutual_matrix(n: usize, seed: u64) -> Vec<i64> {
    let mut rng = SplitMix64(seed);
    let people = people(n, &mut rng);
    let mut weight = vec![NO_EDGE; n * n];
    for i in 0..n {
        for j in i + 1..n {
            let (a, b) = (&people[i], &people[j]);
            let w = pair_adjustment(a, b, &mut rng).map_or(NO_EDGE, |adj| {
                let (ab, ba) = (gain(a, b), gain(b, a));
                ab + ba + if ab > 0 && ba > 0 { 5 } else { 0 } + adj
            });
            weight[i * n + j] = w;
            weight[j * n + i] = w;
        }
    }
    weight
}

fn uniform_mutual_matrix(n: usize, seed: u64) -> Vec<i64> {
    let mut rng = SplitMix64(seed);
    let mut weight = vec![NO_EDGE; n * n];
    for i in 0..n {
        for j in i + 1..n {
            let w = rng.below(1_000_000) as i64;
            weight[i * n + j] = w;
            weight[j * n + i] = w;
        }
    }
    weight
}

/// Small integer scores `0..=max` drawn uniformly (many exact ties), `per_mille` of the
/// pairs forbidden.
fn small_int_mutual_matrix(n: usize, max: u64, per_mille: u64, seed: u64) -> Vec<i64> {
    let mut rng = SplitMix64(seed);
    let mut weight = vec![NO_EDGE; n * n];
    for i in 0..n {
        for j in i + 1..n {
            let w = if rng.below(1000) < per_mille {
                NO_EDGE
            } else {
                rng.below(max + 1) as i64
            };
            weight[i * n + j] = w;
            weight[j * n + i] = w;
        }
    }
    weight
}

fn reverse_matrix(n_mentors: usize, n_mentees: usize, seed: u64) -> Vec<i64> {
    let mut rng = SplitMix64(seed);
    let mentors = people(n_mentors, &mut rng);
    let mentees = people(n_mentees, &mut rng);
    let mut weight = vec![NO_EDGE; n_mentors * n_mentees];
    for (j, m) in mentors.iter().enumerate() {
        for (i, e) in mentees.iter().enumerate() {
            if let Some(adj) = pair_adjustment(m, e, &mut rng) {
                weight[j * n_mentees + i] = gain(m, e) + adj;
            }
        }
    }
    weight
}

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed().as_secs_f64())
}

fn report_matching(label: &str, n: usize, weight: &[i64]) {
    let (mate, secs) = time(|| max_weight_matching(n, weight));
    let (mut pairs, mut total) = (0, 0i64);
    for (v, &m) in mate.iter().enumerate() {
        if let Some(u) = m {
            assert_eq!(mate[u], Some(v));
            assert_ne!(weight[v * n + u], NO_EDGE);
            if v < u {
                pairs += 1;
                total += weight[v * n + u];
            }
        }
    }
    println!("mutual  {label:8} n = {n:5}: {secs:8.3} s  ({pairs} pairs, total {total})");
}

fn report_assignment(
    label: &str,
    n_mentors: usize,
    n_mentees: usize,
    capacity: &[u32],
    weight: &[i64],
) {
    let (mentor_of, secs) = time(|| max_weight_assignment(n_mentors, n_mentees, capacity, weight));
    let mut load = vec![0; n_mentors];
    let (mut count, mut total) = (0, 0i64);
    for (i, &m) in mentor_of.iter().enumerate() {
        if let Some(j) = m {
            load[j] += 1;
            assert!(load[j] <= capacity[j]);
            count += 1;
            total += weight[j * n_mentees + i];
        }
    }
    println!(
        "reverse {label:8} {n_mentors:5} × {n_mentees:5}: {secs:8.3} s  ({count} assigned, total {total})"
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let numbers: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes = if numbers.is_empty() {
        vec![500, 1000, 2000]
    } else {
        numbers
    };
    // `mutual` or `reverse` on the command line limits the run to that solver.
    let run_mutual = !args.iter().any(|a| a == "reverse");
    let run_reverse = !args.iter().any(|a| a == "mutual");
    for &n in sizes.iter().filter(|_| run_mutual) {
        report_matching("survey", n, &mutual_matrix(n, 42 + n as u64));
    }
    for &n in sizes.iter().filter(|_| run_mutual) {
        report_matching("survey+1", n + 1, &mutual_matrix(n + 1, 43 + n as u64));
    }
    for &n in sizes.iter().filter(|_| run_mutual) {
        report_matching(
            "0..60",
            n,
            &small_int_mutual_matrix(n, 60, 20, 11 + n as u64),
        );
    }
    for &n in sizes.iter().filter(|_| run_mutual) {
        report_matching("0..5", n, &small_int_mutual_matrix(n, 5, 20, 13 + n as u64));
    }
    for &n in sizes.iter().filter(|_| run_mutual) {
        report_matching("all 0", n, &small_int_mutual_matrix(n, 0, 0, 17 + n as u64));
    }
    for &n in sizes.iter().filter(|_| run_mutual) {
        report_matching("uniform", n, &uniform_mutual_matrix(n, 7 + n as u64));
    }
    for &n in sizes.iter().filter(|&&n| run_reverse && n <= 1000) {
        let weight = reverse_matrix(n, n, 99 + n as u64);
        report_assignment("cap 1", n, n, &vec![1; n], &weight);
        let mut rng = SplitMix64(5 + n as u64);
        let capacity: Vec<u32> = (0..n).map(|_| 1 + rng.below(3) as u32).collect();
        report_assignment("cap 1-3", n, n, &capacity, &weight);
        let mut rng = SplitMix64(3 + n as u64);
        let uniform: Vec<i64> = (0..n * n).map(|_| rng.below(1_000_000) as i64).collect();
        report_assignment("uniform", n, n, &vec![1; n], &uniform);
        let half = n / 2;
        let weight = reverse_matrix(half, n, 77 + n as u64);
        let capacity = vec![2; half];
        report_assignment("cap 2", half, n, &capacity, &weight);
    }
}
