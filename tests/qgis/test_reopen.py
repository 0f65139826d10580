"""Reopen is a test: results made through the dialogs' code, saved, cleared, read again — all still there.

One suite for both workspace kinds (a GeoPackage beside the project, a PostGIS schema). After reopening:
every layer valid, no memory layer, counts and values equal, map themes and scenarios equal, a meeting
pack written again equals the first (pages; ranking CSV byte for byte), and the saved project holds no
credentials. Also the regressions: the pack's own layer as an input, scenario names over other weights.
"""

import os
import zipfile

import pytest
from qgis.core import QgsProject
from test_meeting_pack import pdf_pages, pdf_text  # noqa: I001

from quartier_plugin.gui.meeting_pack_dialog import MeetingPackDialog
from quartier_plugin.gui.overlay_dialog import OverlayDialog
from quartier_plugin.gui.weighting_dock import WeightingDock
from quartier_plugin.layers.workspace_layers import set_workspace, workspace_spec
from quartier_plugin.storage.project_state import load_scenarios
from quartier_plugin.storage.workspace import Workspace


def snapshot(project):
    out = {}
    for layer in project.mapLayers().values():
        fields = [f.name() for f in layer.fields()]
        key = "key" if "key" in fields else fields[0] if fields else None
        values = sorted(tuple(str(v) for v in f.attributes()) for f in layer.getFeatures()) if key else []
        out[layer.id()] = (layer.name(), layer.providerType(), layer.featureCount(), values)
    return out


def make_results(project, qgis_iface, tmp_path, answered=()):
    """Two scenarios, the overlay and a pack, through the dialogs' own code."""
    dialog = WeightingDock(qgis_iface, project=project)
    assert dialog.load_data()
    dialog.save_scenario_as("Gleichgewichtet")
    dialog.settings["weights"]["index"] = {"mode": "direct", "values": {
        "laerm": 1, "migration": 1, "einkommen": 3, "buergergeld_u25": 3, "bonuscard": 2, "uebergewicht": 1,
        "wohndauer_u5": 1}}
    dialog.recompute()
    dialog.save_scenario_as("Schwerpunkt Armut")
    dialog.close()

    layers = {lay.name(): lay for lay in project.mapLayers().values()}
    scenario = next(lay for lay in project.mapLayers().values() if lay.customProperty("quartier/scenario")
                    == "Gleichgewichtet")
    overlay = OverlayDialog(qgis_iface, project=project)
    overlay.areas.setLayer(scenario)
    overlay.key.setField("key")
    overlay.class_field.setField("class")
    overlay.rank_field.setField("rank")
    overlay.renewal.setLayer(layers["Stadterneuerungs-Vorranggebiete 2025/2026"])
    result = overlay.run()
    assert result is not None, list(answered)
    overlay.close()

    pack = MeetingPackDialog(qgis_iface, project=project)
    assert pack.run(str(tmp_path / "pack1")) == str(tmp_path / "pack1"), pack.status.text()
    pack.close()
    return tmp_path / "pack1"


@pytest.fixture
def plugin(qgis_iface, no_quartier_provider):
    """The plugin loaded as QGIS loads it (its provider, and its hooks on writing and reading projects)."""
    import quartier_plugin

    loaded = quartier_plugin.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()


@pytest.fixture
def reopen_workspace(request, demo_project, tmp_path):
    """The demo project with its workspace as a GeoPackage (default) or in PostGIS."""
    project, layers = demo_project
    if request.param == "postgres":
        from conftest import spec_factory

        set_workspace(spec_factory("postgres", request, tmp_path)("alice"), project)
    return project, layers


@pytest.mark.parametrize("reopen_workspace", ["gpkg", "postgres"], indirect=True)
def test_results_survive_saving_and_reopening(reopen_workspace, qgis_iface, plugin, tmp_path,
                                              answered_message_boxes):
    project, _layers = reopen_workspace
    first = make_results(project, qgis_iface, tmp_path, answered_message_boxes)
    before = snapshot(project)
    themes = sorted(project.mapThemeCollection().mapThemes())
    scenarios = load_scenarios(project)[0]
    path = tmp_path / "stadt.qgz"
    assert project.write(str(path))

    with zipfile.ZipFile(path) as archive:
        qgs = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode("utf-8")
    assert 'provider="memory"' not in qgs and "memory?" not in qgs
    assert "secret" not in qgs and "password=" not in qgs.lower()  # credentials stay in the auth database

    project.clear()
    assert project.read(str(path))
    after = snapshot(project)
    assert all(layer.isValid() for layer in project.mapLayers().values())
    assert not [lay.name() for lay in project.mapLayers().values() if lay.providerType() == "memory"]
    saved = {k: v for k, v in before.items() if v[1] != "memory"}  # the live preview is not saved, by design
    assert after == saved
    assert sorted(project.mapThemeCollection().mapThemes()) == themes
    assert load_scenarios(project)[0] == scenarios

    runs = Workspace(workspace_spec(project)).runs()
    steps = {r["step"] for r in runs}
    assert {"weighting_scenario", "weighting_indicators", "renewal_overlay", "meeting_pack"} <= steps

    pack = MeetingPackDialog(qgis_iface, project=project)
    assert pack.run(str(tmp_path / "pack2")) == str(tmp_path / "pack2")
    pack.close()
    second = tmp_path / "pack2"
    assert pdf_pages(first / "sitzungsunterlage.pdf") == pdf_pages(second / "sitzungsunterlage.pdf")
    assert (first / "rangfolge.csv").read_bytes() == (second / "rangfolge.csv").read_bytes()


def test_pack_takes_an_earlier_packs_layer_as_input(demo_project, qgis_iface, plugin, tmp_path):
    """Regression: after reopening, the boundaries defaulted to the pack's own copy, which the next pack
    removed first ("wrapped C/C++ object … has been deleted")."""
    project, _layers = demo_project
    make_results(project, qgis_iface, tmp_path)
    path = tmp_path / "stadt.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    own_copy = next(lay for lay in project.mapLayers().values()
                    if lay.customProperty("quartier/role") == "pack" and lay.name().startswith("Stadtbezirke"))
    dialog = MeetingPackDialog(qgis_iface, project=project)
    assert dialog.boundaries.currentLayer() is not own_copy  # never suggested
    dialog.boundaries.setLayer(own_copy)  # and if a user picks it anyway, the pack still works
    assert dialog.run(str(tmp_path / "again")) == str(tmp_path / "again")
    dialog.close()


def test_unsaved_weights_never_print_under_a_scenario_name(demo_project, qgis_iface, plugin, tmp_path):
    project, _layers = demo_project
    weighting = WeightingDock(qgis_iface, project=project)
    assert weighting.load_data()
    weighting.save_scenario_as("Gleichgewichtet")
    assert not weighting.is_modified() and not weighting.windowTitle().endswith("*")
    weighting.settings["weights"]["index"] = {"mode": "direct", "values": {
        "laerm": 5, "migration": 1, "einkommen": 1, "buergergeld_u25": 1, "bonuscard": 1, "uebergewicht": 1,
        "wohndauer_u5": 1}}
    weighting.recompute()
    assert weighting.is_modified() and weighting.windowTitle().endswith("Gleichgewichtet*")
    assert weighting.scenario_box.currentText() == "Gleichgewichtet*"
    weighting.close()  # the test's message box answers "Discard"

    dialog = MeetingPackDialog(qgis_iface, project=project)
    assert dialog.scenario.currentText() == "(current settings, not saved)"
    assert "unsaved settings" in dialog.printed.text()
    folder = tmp_path / "pack"
    assert dialog.run(str(folder))
    text = pdf_text(folder / "sitzungsunterlage.pdf")
    assert "unsaved settings" in text and "scenario Gleichgewichtet" not in text
    import json

    settings = json.loads((folder / "einstellungen.json").read_text(encoding="utf-8"))
    assert settings["scenario_saved"] is False and settings["settings_hash"][:8] in text
    dialog.scenario.setCurrentIndex(dialog.scenario.findData("Gleichgewichtet"))
    assert "Gleichgewichtet" in dialog.printed.text()
    assert dialog.run(str(tmp_path / "saved"))
    saved_text = pdf_text(tmp_path / "saved" / "sitzungsunterlage.pdf")
    assert "scenario Gleichgewichtet" in saved_text and "unsaved settings" not in saved_text
    dialog.close()


def test_closing_with_unsaved_weights_asks(demo_project, qgis_iface, answered_message_boxes):
    project, _layers = demo_project
    weighting = WeightingDock(qgis_iface, project=project)
    assert weighting.load_data()
    weighting.close()
    assert answered_message_boxes == []  # nothing changed: no question
    weighting = WeightingDock(qgis_iface, project=project)
    assert weighting.load_data()
    weighting.settings["weights"]["index"] = {"mode": "direct", "values": {
        "laerm": 5, "migration": 1, "einkommen": 1, "buergergeld_u25": 1, "bonuscard": 1, "uebergewicht": 1,
        "wohndauer_u5": 1}}
    weighting.recompute()
    weighting.show()
    weighting.close()
    assert [kind for kind, _text in answered_message_boxes] == ["question"]
    assert "not saved" in answered_message_boxes[0][1]


def test_the_demo_project_opens_complete(tmp_path, quartier_provider):
    """make demo's project: every layer valid, none in memory, quartier_runs filled."""
    import datetime

    from quartier_plugin import demo

    out = tmp_path / "demo"
    demo.build_demo(out, seed=2026, language="en", today=datetime.date(2026, 11, 21))
    project = QgsProject()
    assert project.read(str(out / demo.PROJECT_NAME))
    layers = list(project.mapLayers().values())
    assert layers and all(layer.isValid() for layer in layers)
    assert not [lay.name() for lay in layers if lay.providerType() == "memory"]
    runs = Workspace(workspace_spec(project)).runs()
    assert {r["step"] for r in runs} >= {"weighting_scenario", "weighting_indicators", "meeting_pack"}
    assert all(r["settings_hash"] and r["inputs"] for r in runs)
    atlas = project.layoutManager().layoutByName("AGSP profiles").atlas()
    atlas.updateFeatures()
    assert atlas.count() == 13
    assert os.path.exists(out / "demostadt.quartier.gpkg")


def test_the_live_preview_stays_out_of_the_saved_project(plugin, qgis_new_project, tmp_path):
    from qgis.core import QgsVectorLayer

    project = QgsProject.instance()
    kept = QgsVectorLayer("Polygon?crs=EPSG:25832&field=a:integer", "kept", "memory")
    preview = QgsVectorLayer("Polygon?crs=EPSG:25832&field=a:integer", "Bedarfsindex (Vorschau)", "memory")
    preview.setCustomProperty("quartier/role", "preview")
    project.addMapLayers([kept, preview])
    assert project.write(str(tmp_path / "p.qgs"))
    text = (tmp_path / "p.qgs").read_text(encoding="utf-8")
    assert preview.id() not in text and kept.id() in text  # the user's own memory layer is theirs to keep
    assert project.mapLayer(preview.id()) is preview  # the session keeps its preview, in its place
    assert project.layerTreeRoot().findLayer(preview.id()) is not None and not project.isDirty()
    other = QgsProject()
    assert other.read(str(tmp_path / "p.qgs"))
    assert [layer.name() for layer in other.mapLayers().values()] == ["kept"]
