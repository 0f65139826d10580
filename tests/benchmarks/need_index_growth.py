"""Time and peak memory of one need_index run, measured in a fresh process (issue 18).

``python tests/benchmarks/need_index_growth.py AREAS`` builds a table of AREAS areas x 7 indicators (a memory
layer, as test_bench_indicators.py does), runs ``quartier:need_index`` into a temporary layer and prints one
JSON line: areas, setup_mb (peak resident memory before the run: QGIS and the input), peak_mb (peak after it,
VmHWM, see :func:`robustness_memory.peak_mb`), seconds (wall) and cpu_seconds. Used by
``test_bench_need_index_growth.py`` (``make bench``).
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def measure(areas, timeout=3600):
    """Run this file in a fresh Python process and return its JSON line as a dict."""
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), str(areas)], cwd=str(REPO),
                          capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(areas):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in (str(REPO), str(REPO / "tests")):
        sys.path.insert(0, path)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing
    from qgis import processing

    Processing.initialize()
    from provider_helper import ensure_provider

    from benchmarks.robustness_memory import peak_mb
    from benchmarks.test_bench_indicators import PRESET, table

    ensure_provider()
    with tempfile.TemporaryDirectory() as folder:
        method = Path(folder) / "bench.json"
        method.write_text(json.dumps(PRESET))

        def run(layer):
            return processing.run("quartier:need_index", {"INPUT": layer, "KEY_FIELD": "key",
                                                          "METHOD_FILE": str(method),
                                                          "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]

        run(table(100))  # the modules a first run imports are not part of the cost per area
        layer = table(areas)
        setup = peak_mb()
        wall, cpu = time.perf_counter(), time.process_time()
        out = run(layer)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert out.featureCount() == areas
    print(json.dumps({"areas": areas, "setup_mb": round(setup, 1), "peak_mb": round(peak_mb(), 1),
                      "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3)}))
    app.exitQgis()


if __name__ == "__main__":
    main(int(sys.argv[1]))
