"""Peak memory and time of one robustness run, measured in a fresh process (issues 19 and 18).

``python tests/benchmarks/robustness_memory.py AREAS DRAWS [streamed|all_draws|evaluate_only]`` builds AREAS
areas with 5 indicators (one equal-weight index), computes the need index and then either runs
``robustness(preset, result, draws=DRAWS)`` (``streamed``) or, as the baseline, only holds the ranks of all
draws at once (``all_draws``: one draws x areas float64 array, what a Monte Carlo that keeps its draws needs
at least), or only evaluates the index for the same weight draws, without ranking or counting
(``evaluate_only``: the time any Monte Carlo of these draws pays at least). It prints one JSON line:
areas, draws, mode, setup_mb (peak before the run), peak_mb (peak resident set size, see :func:`peak_mb`) and
seconds. Used by ``tests/unit/test_robustness_memory.py`` and ``make bench``.
"""

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
N_IND = 5


def peak_mb():
    """Peak resident set size of this process in MB.

    On Linux from VmHWM: ``ru_maxrss`` of a freshly started process also holds the peak of the process that
    started it (the kernel keeps the old address space's peak across exec), so a test run that used a lot of
    memory before would be counted. Elsewhere ``ru_maxrss`` (kB; bytes on macOS).
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def measure(areas, draws, mode="streamed", timeout=900):
    """Run this file in a fresh Python process and return its JSON line as a dict."""
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), str(areas), str(draws), mode],
                          cwd=str(REPO), capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(areas, draws, mode):
    sys.path.insert(0, str(REPO))
    import numpy as np

    from quartier_plugin.core.method_preset import parse_preset
    from quartier_plugin.core.need_index import AreaData, compute
    from quartier_plugin.core.robustness import robustness

    names = [f"i{j}" for j in range(N_IND)]
    preset = parse_preset({
        "id": "mem", "label": {"de": "mem", "en": "mem"},
        "indicators": [{"id": i, "label": {"de": i, "en": i}, "value_field": i, "direction": "higher_is_need"}
                       for i in names],
        "indices": [{"id": "index", "children": names}]})
    rng = np.random.default_rng(1)
    data = AreaData([str(k) for k in range(areas)], {i: rng.normal(10, 3, areas) for i in names})
    result = compute(preset, data)
    setup = peak_mb()
    start = time.perf_counter()
    if mode == "streamed":
        rob = robustness(preset, result, draws=draws, seed=1)
        assert rob.draws == draws
    elif mode == "evaluate_only":
        _evaluate_only(preset, result, draws)
    elif mode == "all_draws":
        ranks = np.empty((draws, areas))
        ranks.fill(1.0)  # touch every page
    else:
        raise SystemExit(f"unknown mode {mode!r}; use streamed, all_draws or evaluate_only")
    seconds = time.perf_counter() - start
    print(json.dumps({"areas": areas, "draws": draws, "mode": mode, "setup_mb": round(setup, 1),
                      "peak_mb": round(peak_mb(), 1), "seconds": round(seconds, 2)}))


def _evaluate_only(preset, result, draws, spread=20.0, seed=1):
    """The index of every draw of weights, as robustness() draws and evaluates them, and nothing else."""
    import numpy as np

    from quartier_plugin.core import robustness as rb
    from quartier_plugin.core.need_index import evaluate_tree

    n = int(result.scored.sum())
    scores = {k: v["score"] for k, v in result.indicators.items() if v["score"] is not None}
    base = {node.id: np.array([result.weights[node.id][c] for c in node.children]) for node in preset.nodes}
    needed = rb._needed_nodes(preset, preset.main_index)
    rng = np.random.default_rng(seed)
    chunk = max(1, min(draws, int(6e6 // n)))
    step = max(1, rb.CHUNK_BYTES // (8 * n))
    done = 0
    while done < draws:
        size = min(chunk, draws - done)
        drawn = {k: rb._dirichlet_draws(rng, w, spread, size) for k, w in base.items() if k in needed}
        for start in range(0, size, step):
            weights = {k: drawn[k][start:start + step] if k in drawn else w for k, w in base.items()}
            evaluate_tree(preset, scores, weights, result.scored, only=needed)
        done += size


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "streamed")
