#!/usr/bin/env python3
"""Runs scipy's linear_sum_assignment (reverse mode) and networkx's max_weight_matching
(mutual mode) on the score matrices `kakehashi scores` prints for demo cohorts, and checks
that their totals equal those of `kakehashi match`. Prints the solver times for
docs/PERFORMANCE.md.

    pip install scipy networkx
    cargo build --release
    python3 benches/compare_solvers.py --kakehashi target/release/kakehashi \
        --reverse 100,500,1000,2000 --mutual 100,500

networkx needs about two minutes at n = 1000 on a 2-core machine; add it to --mutual only
when you have the time. Demo cohorts use seed 1 and a fixed time, as `kakehashi bench`
does, so the matrices are the same ones the benchmark solves.
"""

import argparse
import json
import os
import subprocess
import tempfile
import time

NOW = "2026-11-26T09:30:00Z"


def kakehashi(binary, *args):
    out = subprocess.run([binary, *args], check=True, capture_output=True, text=True)
    return out.stdout


def cohort_file(binary, n, directory):
    path = os.path.join(directory, f"cohort-{n}.json")
    kakehashi(binary, "demo", "--participants", str(n), "--seed", "1", "--lang", "en", "--now", NOW, "-o", path)
    return path


def kakehashi_result(binary, path, mode):
    """Total score, number of pairs and wall time of `kakehashi match` (process included)."""
    start = time.perf_counter()
    pairing = json.loads(kakehashi(binary, "match", path, "--mode", mode, "--capacity", "1"))
    elapsed = time.perf_counter() - start
    if pairing["unmatched"] and mode == "mutual":
        raise SystemExit("an odd or constrained cohort: totals would include trios")
    return pairing["total_score"], len(pairing["pairs"]), elapsed


def reverse(binary, path):
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    scores = json.loads(kakehashi(binary, "scores", path, "--mode", "reverse"))
    matrix = scores["matrix"]
    if any(x is None for row in matrix for x in row):
        raise SystemExit("forbidden pairs: linear_sum_assignment cannot express them exactly")
    w = np.array(matrix, dtype=np.int64)
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(w, maximize=True)
    elapsed = time.perf_counter() - start
    return int(w[rows, cols].sum()), len(rows), elapsed, w.shape


def mutual(binary, path):
    import networkx as nx

    scores = json.loads(kakehashi(binary, "scores", path, "--mode", "mutual"))
    matrix = scores["matrix"]
    n = len(matrix)
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for i in range(n):
        for j in range(i + 1, n):
            if matrix[i][j] is not None:
                graph.add_edge(i, j, weight=matrix[i][j])
    start = time.perf_counter()
    mate = nx.max_weight_matching(graph, maxcardinality=True)
    elapsed = time.perf_counter() - start
    return sum(matrix[i][j] for i, j in mate), len(mate), elapsed, (n, n)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kakehashi", default="target/release/kakehashi")
    parser.add_argument("--reverse", default="100,500,1000,2000")
    parser.add_argument("--mutual", default="100,500")
    args = parser.parse_args()
    print("| n | mode | matrix | reference | reference s | reference total | kakehashi match s (whole process) | kakehashi total | equal |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as directory:
        for mode, sizes, solve, name in [
            ("reverse", args.reverse, reverse, "scipy linear_sum_assignment"),
            ("mutual", args.mutual, mutual, "networkx max_weight_matching"),
        ]:
            for n in [int(s) for s in sizes.split(",") if s]:
                path = cohort_file(args.kakehashi, n, directory)
                total, pairs, elapsed, shape = solve(args.kakehashi, path)
                k_total, k_pairs, k_elapsed = kakehashi_result(args.kakehashi, path, mode)
                equal = total == k_total and pairs == k_pairs
                print(f"| {n} | {mode} | {shape[0]}×{shape[1]} | {name} | {elapsed:.3f} | {total} | {k_elapsed:.3f} | {k_total} | {'yes' if equal else 'NO'} |")


if __name__ == "__main__":
    main()
