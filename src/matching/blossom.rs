//! Maximum-weight matching in a general graph (mutual mode).

/// Maximum-weight matching on a general graph given as a dense symmetric `n × n` matrix
/// (`weight[i * n + j]`, [`super::NO_EDGE`] where no edge exists; the diagonal is ignored).
///
/// Maximises first the number of matched vertices, then the total weight. Returns
/// `mate[v]`: the vertex matched to `v`, or `None`.
pub fn max_weight_matching(n: usize, weight: &[i64]) -> Vec<Option<usize>> {
    let _ = weight;
    todo!("stub: maximum-weight maximum-cardinality matching for n = {n}")
}
