"""Kill tests: ``qgis_process run`` of quartier:need_index (100,000 rows, CSV and GeoPackage) and of
quartier:meeting_pack is killed with SIGKILL at several points; the target must then be absent or
complete (never a truncated CSV that looks valid, never a GeoPackage without its table), and the next
normal run into the same folder must leave no ``.quartier-*`` leftovers.

Kill points: 0.5 s, 1 s and 2 s after the start (QGIS still starting or computing), as soon as the
temporary file or folder appears (the writer has just begun), a while into writing, and, with an earlier
output in place, when the temporary file has almost reached the full size (writing ends, the rename is
near; for the pack: when its settings JSON, the second-last file, is there). A run that ends before its
kill point counts as finished; its output must be complete too.

Folders that refuse writing: tests run as root, and root ignores permission bits (chmod 0o555 does not
stop it) and tmpfs/overlay file systems have no ``chattr +i``. So the refusing folders are: a path under
a regular file (not a folder), a folder that does not exist, and /sys, where even root cannot create a
file although access(W_OK) says yes (sysfs answers EACCES): that one is only found when the sink is made.

The plugin is copied from this checkout into a temporary plugin folder (as `make package` lays it out):
these tests need no build/ and run unchanged in the QGIS 3.44 chroot.
"""

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Debian 12's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process.bin rejects.
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
ROWS = 100_000
SMALL_ROWS = 40
FIELDS = ("EW", "S1", "S3", "S4", "D1", "D3", "D4")  # the berlin_mss_2021 preset's fields
PACK_FILES = {"sitzungsunterlage.pdf", "rangfolge.csv", "einstellungen.json", "LIESMICH.md"}

pytestmark = [pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed"), pytest.mark.slow]


# -- set-up ----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def qgis_env(tmp_path_factory):
    """Environment for qgis_process with this checkout's plugin enabled in a QGIS home of its own."""
    root = tmp_path_factory.mktemp("kill_qgis")
    plugin = root / "plugins" / "quartier"
    shutil.copytree(REPO / "quartier_plugin", plugin, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("metadata.txt", "LICENSE"):
        shutil.copy(REPO / name, plugin / name)
    shutil.copytree(REPO / "resources", plugin / "resources")
    (plugin / "i18n").mkdir(exist_ok=True)
    for qm in (REPO / "i18n").glob("*.qm"):
        shutil.copy(qm, plugin / "i18n" / qm.name)
    home = root / "home"
    env = dict(os.environ, QGIS_PLUGINPATH=str(root / "plugins"), XDG_DATA_HOME=str(home / "data"),
               HOME=str(home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([QGIS_PROCESS, "plugins", "enable", "quartier"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0 or "already enabled" in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return env


def write_table(path, rows):
    """A GeoPackage table ``stats`` (no geometry) with plausible berlin_mss_2021 inputs for ``rows`` areas."""
    from osgeo import ogr

    driver = ogr.GetDriverByName("GPKG")
    source = driver.CreateDataSource(str(path))
    layer = source.CreateLayer("stats", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("nr", ogr.OFTString))
    for name in FIELDS:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for i in range(rows):
        feature = ogr.Feature(definition)
        feature.SetField("nr", f"{i:06d}")
        values = (1000 + i % 5000, 5.5 + i % 7, 3.25 + i % 5, 20 + i % 11, i % 3 - 0.9, i % 4 - 2, i % 5 - 1.5)
        for name, value in zip(FIELDS, values):
            feature.SetField(name, float(value))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None
    return f"{path}|layername=stats"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill_inputs")
    return {"big": write_table(folder / "big.gpkg", ROWS), "small": write_table(folder / "small.gpkg", SMALL_ROWS)}


def need_index_args(table, target):
    return ["run", "quartier:need_index", "--", f"INPUT={table}", "KEY_FIELD=nr", "METHOD=berlin_mss_2021",
            f"OUTPUT={target}"]


def pack_args(gpkg, target):
    return ["run", "quartier:meeting_pack", "--", f"AREAS={gpkg}|layername=stadtteile", "AREA_KEY=stadtteil_nr",
            "AREA_NAME=stadtteil_name", f"STATISTICS={gpkg}|layername=statistik_stadtteile",
            "STATISTICS_KEY=stadtteil_nr", f"RENEWAL={gpkg}|layername=vorranggebiete",
            f"BOUNDARIES={gpkg}|layername=stadtbezirke", "DATE=2026-11-23", f"OUTPUT={target}"]


def run(env, args):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=600)


# -- killing ---------------------------------------------------------------------------------------------
def leftovers(folder):
    return sorted(name for name in os.listdir(folder) if name.startswith(".quartier-"))


def temporary_size(folder):
    total = 0
    for name in leftovers(folder):
        path = os.path.join(folder, name)
        try:
            if os.path.isdir(path):
                total += sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
            else:
                total += os.path.getsize(path)
        except OSError:
            pass
    return total


def run_and_kill(env, args, folder, when, seen=()):
    """Start qgis_process and SIGKILL it at ``when``: ("after", seconds from the start), ("temporary",
    seconds after a new temporary name appeared in ``folder``), ("size", bytes the temporary files
    reached) or ("file", a name that appeared in a temporary folder). Returns (killed, seconds from the
    start)."""
    proc = subprocess.Popen([QGIS_PROCESS, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.monotonic()
    kind, value = when
    try:
        if kind == "temporary":
            while proc.poll() is None and not set(leftovers(folder)) - set(seen):
                time.sleep(0.005)
        if kind == "size":
            while proc.poll() is None and temporary_size(folder) < value:
                time.sleep(0.002)
        elif kind == "file":
            while proc.poll() is None and not any(os.path.exists(os.path.join(folder, name, value))
                                                  for name in leftovers(folder)):
                time.sleep(0.002)
        elif kind in ("after", "temporary"):
            deadline = (start if kind == "after" else time.monotonic()) + value
            while proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
        return killed, round(time.monotonic() - start, 2)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=120)


# -- what a target may look like -----------------------------------------------------------------------
def csv_rows(path):
    """Rows of a complete CSV written by QGIS (header, rows with as many separators, final line whole)."""
    text = path.read_bytes().decode("utf-8")
    lines = text.splitlines()
    header = lines[0].split(",")
    assert header[0] == "nr", header[:3]
    for line in lines[1:]:
        assert line.count(",") >= len(header) - 1, f"a truncated row in {path.name}: {line[:80]}"
    return len(lines) - 1


def gpkg_rows(path, table="index"):
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents")}
        assert table in tables, f"{path.name} has no table {table} (it has {sorted(tables)})"
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()


def state(target, allowed):
    """"absent" or the row count of the target, which must be one of ``allowed``."""
    if not target.exists():
        return "absent"
    rows = csv_rows(target) if target.suffix == ".csv" else gpkg_rows(target)
    assert rows in allowed, f"{target.name} has {rows} rows, neither of {allowed}: not whole"
    return rows


def report(name, outcomes):
    lines = [f"{name}: {len(outcomes)} kill points"]
    for when, killed, at, outcome, left in outcomes:
        lines.append(f"  {when[0]} {when[1]}: {'killed' if killed else 'finished'} at {at} s -> target "
                     f"{outcome}, {len(left)} leftovers")
    print("\n".join(lines))


# -- need_index --------------------------------------------------------------------------------------------
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("fmt", ["csv", "gpkg"])
def test_need_index_killed_leaves_a_whole_output_or_none(qgis_env, tables, tmp_path, fmt):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"index.{fmt}"
    big, small = need_index_args(tables["big"], target), need_index_args(tables["small"], target)
    outcomes = []

    def kill(args, when, allowed):
        before = leftovers(folder)
        killed, at = run_and_kill(qgis_env, args, folder, when, seen=before)
        outcomes.append((when, killed, at, state(target, allowed), leftovers(folder)))

    # no target yet: absent or complete
    for when in (("after", 0.5), ("after", 1.0), ("after", 2.0), ("temporary", 0.0), ("temporary", 1.5)):
        kill(big, when, (ROWS,))
    assert any(o[1] and o[0][0] == "temporary" for o in outcomes), "no run was killed while writing"
    proc = run(qgis_env, big)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert state(target, (ROWS,)) == ROWS
    assert leftovers(folder) == []  # the killed runs' temporary files are gone
    full_size = target.stat().st_size

    # an earlier output in place (from 40 rows): it stays whole until the new one replaces it whole
    proc = run(qgis_env, small)
    assert proc.returncode == 0 and state(target, (SMALL_ROWS,)) == SMALL_ROWS, proc.stdout + proc.stderr
    for when in (("size", int(full_size * 0.9)), ("temporary", 0.3)):
        kill(big, when, (SMALL_ROWS, ROWS))
    assert all(o[3] != "absent" for o in outcomes[-2:])
    proc = run(qgis_env, big)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert state(target, (ROWS,)) == ROWS
    assert leftovers(folder) == []
    report(f"need_index -> {fmt}", outcomes)


# -- meeting pack ------------------------------------------------------------------------------------------
def pack_state(folder, pages=None):
    """"absent" or "complete": every file the settings list, the settings JSON whole, the PDF whole."""
    if not folder.exists():
        return "absent"
    settings = json.loads((folder / "einstellungen.json").read_text(encoding="utf-8"))
    assert settings.get("quartier_pack") and set(settings["files"]) == PACK_FILES
    assert {p.name for p in folder.iterdir()} == PACK_FILES
    pdf = (folder / "sitzungsunterlage.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-1024:]
    if pages is not None and shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(folder / "sitzungsunterlage.pdf")], capture_output=True, text=True)
        assert re.search(r"(?m)^Pages:\s+(\d+)$", info.stdout).group(1) == str(pages)
    assert (folder / "rangfolge.csv").read_bytes().count(b"\n") > 100
    return "complete"


@pytest.mark.timeout(1800)
def test_meeting_pack_killed_leaves_a_whole_pack_or_none(qgis_env, demo_gpkg, tmp_path):
    parent = tmp_path / "packs"
    parent.mkdir()
    target = parent / "sitzung"
    args = pack_args(demo_gpkg, target)
    outcomes = []

    def kill(when):
        before = leftovers(parent)
        killed, at = run_and_kill(qgis_env, args, parent, when, seen=before)
        outcomes.append((when, killed, at, pack_state(target), leftovers(parent)))

    for when in (("after", 0.5), ("after", 1.0), ("after", 2.0), ("temporary", 0.0), ("temporary", 2.0)):
        kill(when)
    assert any(o[1] and o[0][0] == "temporary" for o in outcomes), "no run was killed while writing"
    proc = run(qgis_env, args)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    pages = int(next(line.split()[-1] for line in proc.stdout.splitlines() if line.startswith("PAGES")))
    assert pack_state(target, pages) == "complete"
    assert leftovers(parent) == []
    # an earlier pack in place: it stays whole
    for when in (("temporary", 0.0), ("temporary", 1.0), ("file", "einstellungen.json")):
        kill(when)
        assert outcomes[-1][3] == "complete"
    proc = run(qgis_env, args)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert pack_state(target, pages) == "complete"
    assert leftovers(parent) == []
    report("meeting_pack", outcomes)


# -- folders that refuse writing ---------------------------------------------------------------------------
def refusing_folders(tmp_path):
    a_file = tmp_path / "a_file.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    return [("under a file", a_file), ("missing", tmp_path / "missing"), ("/sys", Path("/sys"))]


@pytest.mark.timeout(900)
def test_need_index_into_a_folder_that_refuses_fails_naming_it(qgis_env, tables, tmp_path):
    for label, folder in refusing_folders(tmp_path):
        for name in ("index.csv", "index.gpkg"):
            proc = run(qgis_env, need_index_args(tables["small"], folder / name))
            text = proc.stdout + proc.stderr
            assert proc.returncode != 0, f"{label}: exit 0\n{text}"
            assert str(folder) in text, f"{label}: the folder is not named\n{text}"
            assert not (folder / name).exists()
            if folder.is_dir() and str(folder) != "/sys":
                assert leftovers(folder) == []


@pytest.mark.timeout(900)
def test_meeting_pack_into_a_folder_that_refuses_fails_naming_it(qgis_env, demo_gpkg, tmp_path):
    for label, folder in refusing_folders(tmp_path):
        proc = run(qgis_env, pack_args(demo_gpkg, folder / "sitzung"))
        text = proc.stdout + proc.stderr
        assert proc.returncode != 0, f"{label}: exit 0\n{text}"
        assert str(folder) in text, f"{label}: the folder is not named\n{text}"
        assert not (folder / "sitzung").exists()
