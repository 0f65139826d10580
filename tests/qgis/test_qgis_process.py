"""The algorithms run headless through qgis_process, with the packaged plugin (make package)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "build"
# Debian 12's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process.bin
# rejects; the binary itself works.
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")

pytestmark = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")


def qgis_process(args, home):
    env = dict(os.environ, QGIS_PLUGINPATH=str(BUILD), XDG_DATA_HOME=str(home / "data"),
               HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    if not (BUILD / "quartier" / "metadata.txt").exists():
        pytest.fail("build/quartier is missing: run `make package` first (make test does)")
    home = tmp_path_factory.mktemp("qgis_home")
    proc = qgis_process(["plugins", "enable", "quartier"], home)
    assert proc.returncode == 0 or "already enabled" in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return home


def test_provider_listed(home):
    proc = qgis_process(["list"], home)
    assert proc.returncode == 0, proc.stderr
    assert "quartier:create_demo_city" in proc.stdout


def test_create_demo_city_runs(home, tmp_path):
    out = tmp_path / "city.gpkg"
    proc = qgis_process(["--json", "run", "quartier:create_demo_city", "--", "SEED=5", f"OUTPUT={out}"], home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout[proc.stdout.index("{"):])
    assert result["results"]["OUTPUT"] == str(out)
    assert "stadtteile" in result["results"]["LAYERS"]
    assert out.stat().st_size > 1_000_000


def test_bad_output_fails_with_message(home, tmp_path):
    proc = qgis_process(["run", "quartier:create_demo_city", "--", f"OUTPUT={tmp_path}/missing/city.gpkg"], home)
    assert proc.returncode != 0
    assert "does not exist" in proc.stdout + proc.stderr


def test_need_index_runs_on_a_csv(home, tmp_path):
    csv_path = tmp_path / "stats.csv"
    rows = ["nr;EW;S1;S3;S4;D1;D3;D4"] + [
        f"{i:04d};{1000 + i};{5 + i % 7},5;{3 + i % 5},25;{20 + i % 11};{i % 3 - 1},1;{i % 4 - 2};{i % 5 - 2},5"
        for i in range(40)]
    csv_path.write_text("\n".join(rows), encoding="utf-8")
    out = tmp_path / "index.gpkg"
    proc = qgis_process(["--json", "run", "quartier:need_index", "--", f"INPUT={csv_path}", "KEY_FIELD=nr",
                         "METHOD=berlin_mss_2021", f"OUTPUT={out}"], home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout[proc.stdout.index("{"):])
    assert result["results"]["SCORED"] == 40
    layer_path = result["results"]["OUTPUT"]
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(layer_path, "index", "ogr")
    assert layer.featureCount() == 40
    assert {f["status_class"] for f in layer.getFeatures()} <= {"hoch", "mittel", "niedrig", "sehr niedrig"}
