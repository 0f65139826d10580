"""Smoke test: the packaged plugin in the real QGIS desktop under Xvfb.

The plugin folder from ``make package`` is copied into a fresh temporary QGIS profile with the
plugin enabled; ``qgis`` starts under ``xvfb-run`` with a start-up hook that records every Python
error QGIS reports and a ``--code`` script that writes what it finds, then quits QGIS.
A sabotaged copy of the plugin shows that a broken plugin makes this test fail.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BUILT_PLUGIN = REPO / "build" / "quartier"

pytestmark = pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("xvfb-run") is None,
                                reason="the QGIS desktop or xvfb-run is not installed")


def run_desktop(tmp_path, plugin_dir, screenshot=None, locale=None, project=None, walk=None, script=None,
                screen="1400x900", extra_env=None, timeout=150):
    settings_root = tmp_path / "qgis"  # QGIS puts profiles in <--profiles-path>/profiles/<name>
    profiles = settings_root / "profiles"
    plugins = profiles / "default" / "python" / "plugins"
    (profiles / "default" / "QGIS").mkdir(parents=True)
    plugins.mkdir(parents=True)
    shutil.copytree(plugin_dir, plugins / "quartier")
    ini = "[PythonPlugins]\nquartier=true\n"
    if locale:
        ini += f"\n[locale]\noverrideFlag=true\nuserLocale={locale}\n"
    (profiles / "default" / "QGIS" / "QGIS3.ini").write_text(ini)
    marker = tmp_path / "marker.json"
    errors = tmp_path / "errors.txt"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) screen this time
    env.update(QUARTIER_SMOKE_MARKER=str(marker), QUARTIER_SMOKE_ERRORS=str(errors),
               PYQGIS_STARTUP=str(HERE / "qgis_startup_hook.py"))
    if screenshot:
        env["QUARTIER_SMOKE_SCREENSHOT"] = str(screenshot)
    if project:
        env["QUARTIER_SMOKE_PROJECT"] = str(project)
    if walk:
        env["QUARTIER_SMOKE_WALK"] = walk
    env.update(extra_env or {})
    cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24", "qgis", "--profiles-path", str(settings_root),
           "--nologo", "--noversioncheck", "--code", str(script or HERE / "qgis_check_script.py")]
    proc = subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=timeout)
    assert marker.exists(), f"QGIS wrote no report (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    report = json.loads(marker.read_text())
    report["errors"] = errors.read_text() if errors.exists() else ""
    return report


def make_demo(tmp_path):
    """``make demo`` into tmp_path/demo (as a user runs it); returns that folder and the screenshot folder."""
    demo = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(["/usr/bin/python3", "-m", "quartier_plugin.demo", str(demo)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    shots = REPO / "out" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    return demo, shots


@pytest.fixture(scope="module")
def built_plugin():
    if not (BUILT_PLUGIN / "metadata.txt").exists():
        pytest.fail("build/quartier is missing: run `make package` first (make smoke does)")
    return BUILT_PLUGIN


def test_plugin_loads_in_qgis_desktop(tmp_path, built_plugin):
    shots = REPO / "out" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    report = run_desktop(tmp_path, built_plugin, screenshot=shots / "qgis_desktop.png", locale="de")
    assert report.get("error") is None, report
    assert report["errors"] == "", report["errors"]
    assert report["loaded"] and report["active"], report
    assert "&Quartier" in report["menus"], report["menus"]
    # QGIS runs in German here: the plugin's menu speaks German
    assert report["menu_texts"][:3] == ["Demostadt erzeugen…", "Gebietsgliederung…", "Abgleich Stadterneuerung…"], \
        report["menu_texts"]
    assert report["toolbar"], report
    assert report["provider"], report
    assert "quartier:create_demo_city" in report["algorithms"]
    assert not [m for m in report["messages"] if m.startswith("[Python error]")], report["messages"]


def test_broken_plugin_is_detected(tmp_path, built_plugin):
    broken = tmp_path / "broken"
    shutil.copytree(built_plugin, broken)
    init = broken / "__init__.py"
    init.write_text(init.read_text() + "\nraise RuntimeError('sabotaged for the smoke test')\n")
    report = run_desktop(tmp_path / "run", broken)
    assert not report["loaded"]
    assert "sabotaged for the smoke test" in report["errors"]


def test_saved_workshop_project_reopens_with_its_need_maps(tmp_path, built_plugin):
    """The demo project (two scenarios, map themes) opened in the real QGIS: the scenario layers come
    from the workspace, the dock lists the maps and shows a profile."""
    demo, shots = make_demo(tmp_path)
    report = run_desktop(tmp_path, built_plugin, screenshot=shots / "qgis_workshop.png", locale="de",
                         project=demo / "demostadt.qgz")
    assert report.get("error") is None, report
    assert report["errors"] == "", report["errors"]
    assert report["need_layers"] == {"Szenario: Gleichgewichtet": 152, "Szenario: Schwerpunkt Armut": 152,
                                     "Indikatoren": 152}, report["need_layers"]
    assert report["dock_maps"] == 9, report
    assert report["profile_rank"] == 1 and report["profile_values"] == 7, report
    assert not [m for m in report["messages"] if m.startswith("[Python error]")], report["messages"]


def test_workspace_walk_save_quit_reopen_print(tmp_path, built_plugin):
    """Results made, project saved, QGIS quit; QGIS again: everything there, unsaved weights printed as such."""
    demo, shots = make_demo(tmp_path)
    first = run_desktop(tmp_path / "one", built_plugin, screenshot=shots / "walk.png", locale="de",
                        project=demo / "demostadt.qgz", walk="change")
    assert first.get("error") is None and first["errors"] == "", first
    assert first["invalid"] == [] and first["memory"] == [], first
    assert first["saved"] and not first["modified"] and first["title"].endswith("Rundgang"), first
    second = run_desktop(tmp_path / "two", built_plugin, screenshot=shots / "walk.png", locale="de",
                         project=demo / "demostadt.qgz", walk="reopen")
    assert second.get("error") is None and second["errors"] == "", second
    assert second["invalid"] == [] and second["memory"] == [], second
    assert second["layers"] == first["layers_saved"] == first["layers"] + 1, (first, second)  # + "Rundgang"
    assert second["modified"] and second["title"].endswith("Rundgang*"), second
    assert second["pack_scenario"] == "(aktuelle Einstellungen, nicht gespeichert)", second
    assert "nicht gespeicherte Einstellungen" in second["pack_prints"], second
    assert second["pack"] and second["pack_pages"] >= 2, second
    text = subprocess.run(["pdftotext", str(demo / "walk_pack" / "sitzungsunterlage.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "nicht gespeicherte Einstellungen" in text and "Szenario Rundgang" not in text
    assert not [m for m in second["messages"] if m.startswith("[Python error]")], second["messages"]
