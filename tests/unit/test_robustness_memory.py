"""Issue 19: robustness memory grows with the areas, not with areas x draws.

Each run is a fresh Python process (tests/benchmarks/robustness_memory.py) so that ``ru_maxrss`` is the peak
of that run alone.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tests" / "benchmarks" / "robustness_memory.py"


def peak(areas, draws):
    proc = subprocess.run([sys.executable, str(SCRIPT), str(areas), str(draws)], cwd=str(REPO),
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss units and behaviour checked on Linux")
def test_robustness_100k_areas_1000_draws_peaks_under_1_gb_and_not_with_the_draws():
    few, full = peak(100_000, 50), peak(100_000, 1000)
    assert full["peak_mb"] < 1024, full
    # the draws are streamed: 20 times the draws cost (almost) no more memory
    assert full["peak_mb"] - few["peak_mb"] < 48, (few, full)
