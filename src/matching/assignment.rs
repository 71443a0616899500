//! Capacitated maximum-weight assignment (reverse mode).

/// Assigns mentees (columns) to mentors (rows) given a row-major `n_mentors × n_mentees`
/// weight matrix ([`super::NO_EDGE`] where a pair is not allowed) and each mentor's
/// capacity (how many mentees they take at most).
///
/// Maximises first the number of mentees assigned, then the total weight. Returns, for
/// every mentee, the index of their mentor or `None`.
pub fn max_weight_assignment(
    n_mentors: usize,
    n_mentees: usize,
    capacity: &[u32],
    weight: &[i64],
) -> Vec<Option<usize>> {
    let _ = (capacity, weight);
    todo!("stub: assignment of {n_mentees} mentees to {n_mentors} mentors")
}
