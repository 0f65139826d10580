"""Issue 18: the cost of need_index as the number of areas grows (10,000, 100,000, 1,000,000 areas).

Each size runs in a fresh process (need_index_growth.py), one after the other (never two at once), and prints
its time and peak resident memory. Between sizes the time per area is compared: growth is linear when ten
times the areas take about ten times as long (a per-area ratio near 1). Target: 1,000,000 areas well under
the 24 GB of a workstation.
"""

from .need_index_growth import measure

SIZES = (10_000, 100_000, 1_000_000)
MEMORY_LIMIT_MB = 24 * 1024


def test_bench_need_index_growth():
    runs = [measure(n) for n in SIZES]
    for run in runs:
        verdict = "met" if run["peak_mb"] < MEMORY_LIMIT_MB else "NOT met"
        print(f"BENCH need_index growth, {run['areas']:,} areas: {run['seconds']:.2f} s "
              f"(CPU {run['cpu_seconds']:.2f} s), peak {run['peak_mb']:.0f} MB (of which {run['setup_mb']:.0f} MB "
              f"QGIS and the input before the run; target < {MEMORY_LIMIT_MB} MB: {verdict})")
    for small, big in zip(runs, runs[1:]):
        factor = big["areas"] / small["areas"]
        time_ratio = big["seconds"] / small["seconds"]
        cpu_ratio = big["cpu_seconds"] / small["cpu_seconds"]
        print(f"BENCH need_index growth, {small['areas']:,} -> {big['areas']:,} areas ({factor:g}x): time "
              f"{time_ratio:.1f}x (CPU {cpu_ratio:.1f}x), per area {time_ratio / factor:.2f}x "
              f"(linear: about 1); run memory {big['peak_mb'] - big['setup_mb']:.0f} MB vs "
              f"{small['peak_mb'] - small['setup_mb']:.0f} MB")
