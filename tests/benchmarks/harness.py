"""Timing helpers for `make bench`: best-of-n wall time, printed as a ratio against a baseline.

Benchmarks measure the baseline in the same run on the same machine and print; they never assert a
time, so `make test` stays independent of machine speed.
"""

import time


def best_time(func, repeat=5):
    """Best wall-clock time of ``func()`` over ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def report(name, ours, baseline, baseline_name, target=None):
    """Print one result line: our time, the baseline's, and the speed-up ratio."""
    ratio = baseline / ours if ours > 0 else float("inf")
    line = f"BENCH {name}: {ours * 1000:.1f} ms vs {baseline_name} {baseline * 1000:.1f} ms -> {ratio:.2f}x"
    if target is not None:
        line += f" (target {target})"
    print(line)
    return ratio


def report_memory(name, ours_mb, baseline_mb, baseline_name, target=None):
    """Print one result line for peak memory: ours, the baseline's, and how many times less we need."""
    ratio = baseline_mb / ours_mb if ours_mb > 0 else float("inf")
    line = f"BENCH {name}: {ours_mb:.0f} MB peak vs {baseline_name} {baseline_mb:.0f} MB -> {ratio:.2f}x"
    if target is not None:
        line += f" (target {target})"
    print(line)
    return ratio
