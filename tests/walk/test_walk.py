"""``make walk``: the real QGIS desktop (German, 1366 x 768 under Xvfb) with the demo project; every dialog and
dock is driven through its public slots and photographed into out/walk/ (look at them). Fails on any Python
error QGIS reports, or when a window does not do its job."""

import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "tests" / "smoke"))
from test_desktop_smoke import BUILT_PLUGIN, make_demo, run_desktop  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("xvfb-run") is None,
                                reason="the QGIS desktop or xvfb-run is not installed")


def test_walk_through_every_window(tmp_path):
    if not (BUILT_PLUGIN / "metadata.txt").exists():
        pytest.fail("build/quartier is missing: run `make package` first (make walk does)")
    demo, _shots = make_demo(tmp_path)
    shots = REPO / "out" / "walk"
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    report = run_desktop(tmp_path, BUILT_PLUGIN, locale="de", project=demo / "demostadt.qgz",
                         script=HERE / "walk_script.py", screen="1366x768", timeout=300,
                         extra_env={"QUARTIER_WALK_SHOTS": str(shots)})
    assert report.get("error") is None, report.get("error")
    assert report["errors"] == "", report["errors"]
    assert not [m for m in report["messages"] if m.startswith("[Python error]")], report["messages"]
    assert report["window"][0] <= 1366 and report["canvas_width"] > report["dock_width"], report
    # the docks are tabs of one dock area; each fits under the toolbars of a 768 px high screen
    assert max(report["dock_minimum_heights"]) <= 768 - 250, report["dock_minimum_heights"]
    assert len(report["scenarios"]) >= 2 and report["compare_rows"] > 0, report
    defaults = report["overlay_defaults"]  # the need result, the renewal areas and their fields, by themselves
    assert defaults["areas"].startswith("Szenario") and "Vorranggebiete" in defaults["renewal"], defaults
    assert (defaults["key"], defaults["class"], defaults["rank"]) == ("key", "class", "rank"), defaults
    assert report["selection_areas"] > 0 and report["assessment_recorded"] and report["selection_view_rows"] > 0
    names = sorted(p.name for p in shots.glob("*.png"))
    assert len(names) == 13, names
    assert {"stuttgart_gebietsauswahl", "berlin_mss_2021"} <= set(report["method_options"]), report["method_options"]
