//! The integer widths the exact solvers compute in. Each solver proves, before it starts,
//! that the narrowest of `i32`, `i64` and `i128` cannot overflow for the weights at hand
//! (its own `fits`: the bounds differ with the algorithm), then runs the same generic
//! code in that width. `i32` halves the memory traffic of the hot loops compared with
//! `i64`; `i128` only serves absurd weights.

/// What the solvers need of an integer: plain arithmetic (overflow is ruled out
/// beforehand, so none is checked here) and a few constants.
pub trait SolverInt: Copy + Ord + std::fmt::Debug {
    const ZERO: Self;
    const MAX: Self;
    /// `MAX` as a `u128`, for the solvers' overflow bounds.
    const MAX_U128: u128;
    /// `MAX / 4`: above anything a search reaches, yet far enough from overflow that
    /// adding a potential to it is safe (the assignment solver's cost of a forbidden pair).
    const FORBIDDEN: Self;
    /// `x` in this width; the caller has checked that it fits.
    fn from_i128(x: i128) -> Self;
    fn add(self, other: Self) -> Self;
    fn sub(self, other: Self) -> Self;
    /// Exact halving; only ever applied to even values.
    fn half(self) -> Self;
}

macro_rules! impl_solver_int {
    ($($t:ty),*) => {$(
        impl SolverInt for $t {
            const ZERO: Self = 0;
            const MAX: Self = <$t>::MAX;
            const MAX_U128: u128 = <$t>::MAX as u128;
            const FORBIDDEN: Self = <$t>::MAX / 4;
            fn from_i128(x: i128) -> Self {
                <$t>::try_from(x).expect("checked by the solver's fits")
            }
            #[inline(always)]
            fn add(self, other: Self) -> Self {
                self + other
            }
            #[inline(always)]
            fn sub(self, other: Self) -> Self {
                self - other
            }
            #[inline(always)]
            fn half(self) -> Self {
                self >> 1
            }
        }
    )*};
}

impl_solver_int!(i32, i64, i128);
