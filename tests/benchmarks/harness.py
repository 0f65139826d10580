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


def best_times(funcs, repeat=3):
    """Best wall-clock and best CPU time (this process) of each of ``funcs``, run in turns ``repeat`` times.

    Taking turns spreads a busy spell of the machine over all of them; the CPU time of the process is what
    other processes on a shared machine disturb least. Returns [(wall seconds, CPU seconds)] in order."""
    best = [[float("inf"), float("inf")] for _ in funcs]
    for _ in range(repeat):
        for i, func in enumerate(funcs):
            wall, cpu = time.perf_counter(), time.process_time()
            func()
            best[i][0] = min(best[i][0], time.perf_counter() - wall)
            best[i][1] = min(best[i][1], time.process_time() - cpu)
    return [tuple(b) for b in best]


def report_factor(name, ours, floor, floor_name, target):
    """Print one result line in the direction of a floor: our time as a multiple of the floor's.

    ``ours`` and ``floor`` are (wall seconds, CPU seconds) as from :func:`best_times`; ``target`` the
    largest factor aimed at (e.g. 1.5). The verdict goes by wall time, the CPU factor is printed beside it."""
    factor = ours[0] / floor[0] if floor[0] > 0 else float("inf")
    cpu = ours[1] / floor[1] if floor[1] > 0 else float("inf")
    verdict = "met" if factor <= target else "NOT met"
    print(f"BENCH {name}: ours {ours[0] * 1000:.0f} ms = {factor:.2f}x the floor ({floor_name} "
          f"{floor[0] * 1000:.0f} ms; CPU time {cpu:.2f}x) (target <= {target:g}x the floor: {verdict})")
    return factor
