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
