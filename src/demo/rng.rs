//! A tiny seeded pseudo-random generator for the core (SplitMix64, Steele, Lea and
//! Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), so that demo
//! data is reproducible from a seed on every platform.
//!
//! Integer arithmetic only: no floating-point library function (`ln`, `cos`) whose last
//! bit could differ between native code and wasm, so `kakehashi demo --seed 7` and the
//! app's "load sample workshop" with seed 7 produce the same cohort. Not for anything
//! that needs unpredictability. No global state: the caller owns the generator.

/// SplitMix64: a 64-bit state advanced by a Weyl sequence and scrambled on output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `0..n` (Lemire's multiply-shift; the bias is below 2⁻³² for
    /// the small `n` used here). Returns 0 when `n` is 0.
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// A uniform integer in `lo..=hi` (`lo` when the range is empty).
    pub fn range_i64(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo) as u64 + 1;
        lo + self.below(span) as i64
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// A roughly normal integer with mean 0 and standard deviation about `sd` (the sum
    /// of four uniforms, Irwin–Hall), in integer arithmetic.
    pub fn noise(&mut self, sd: i64) -> i64 {
        // Each uniform in −6..=6 has variance 14; four of them 56 ≈ 7.5²; scale to sd.
        let sum: i64 = (0..4).map(|_| self.range_i64(-6, 6)).sum();
        sum * sd / 7
    }

    /// One element of a non-empty slice, uniformly.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// An index drawn with the given relative weights (the last index if all are 0).
    pub fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut draw = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if draw < w {
                return i;
            }
            draw -= w;
        }
        weights.len().saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_reference_sequence() {
        // The first outputs of the reference C implementation for seed 1234567.
        let mut rng = SplitMix64::new(1234567);
        let expected: [u64; 3] = [
            6457827717110365317,
            3203168211198807973,
            9817491932198370423,
        ];
        for e in expected {
            assert_eq!(rng.next_u64(), e);
        }
    }

    #[test]
    fn below_and_ranges_stay_in_bounds() {
        let mut rng = SplitMix64::new(42);
        for _ in 0..10_000 {
            assert!(rng.below(7) < 7);
            let x = rng.range_i64(-3, 5);
            assert!((-3..=5).contains(&x));
        }
        assert_eq!(rng.below(0), 0);
        assert_eq!(rng.range_i64(4, 4), 4);
    }

    #[test]
    fn noise_has_roughly_the_asked_spread() {
        let mut rng = SplitMix64::new(9);
        let n = 20_000;
        let xs: Vec<i64> = (0..n).map(|_| rng.noise(100)).collect();
        let mean = xs.iter().sum::<i64>() / n;
        let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<i64>() / n;
        assert!(mean.abs() < 5, "{mean}");
        assert!((8_000..12_000).contains(&var), "{var}");
    }

    #[test]
    fn weighted_follows_the_weights() {
        let mut rng = SplitMix64::new(3);
        let mut counts = [0u32; 3];
        for _ in 0..30_000 {
            counts[rng.weighted(&[1, 0, 2])] += 1;
        }
        assert_eq!(counts[1], 0);
        assert!((9_000..11_000).contains(&counts[0]), "{counts:?}");
    }
}
