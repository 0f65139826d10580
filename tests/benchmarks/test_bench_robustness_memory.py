"""Issue 19 memory: robustness with 100,000 areas x 1,000 draws, peak resident memory of a fresh process.

The baseline, measured in the same run, is the same set-up holding the ranks of all draws at once (one
draws x areas float64 array), the least a Monte Carlo needs that keeps its draws. Target: under 1 GB
(printed, not asserted here; tests/unit/test_robustness_memory.py asserts it).
"""

from .harness import report_memory
from .robustness_memory import measure


def test_bench_robustness_peak_memory_100k_areas_1000_draws():
    ours = measure(100_000, 1000)
    baseline = measure(100_000, 1000, "all_draws")
    report_memory("robustness peak memory, 100,000 areas x 1,000 draws", ours["peak_mb"], baseline["peak_mb"],
                  "all draws held (draws x areas float64)", target="< 1024 MB")
    print(f"BENCH robustness, 100,000 areas x 1,000 draws: {ours['seconds']:.1f} s "
          f"(set-up {ours['setup_mb']:.0f} MB before the run)")
