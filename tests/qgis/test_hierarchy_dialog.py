"""The district hierarchy dialog: recognition, validation, the styled group, storage in the project."""

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from quartier_plugin.definitions import GROUP_HIERARCHY
from quartier_plugin.gui.hierarchy_dialog import HierarchyDialog
from quartier_plugin.storage.project_state import load_hierarchy

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
NAMES = {"stadtbezirke": "stadtbezirk", "stadtteile": "stadtteil", "steuerungsbereiche": "steuerungsbereich",
         "rtk_regionen": "rtk_region", "planungsraeume": "planungsraum"}


@pytest.fixture
def demo_project(qgis_new_project, demo_gpkg):
    project = QgsProject.instance()
    layers = {}
    for name, level_id in NAMES.items():
        layer = QgsVectorLayer(f"{demo_gpkg}|layername={name}", name, "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
        layers[level_id] = layer
    return project, layers


def test_fields_are_recognised_when_a_layer_is_chosen(qgis_iface, demo_project):
    project, layers = demo_project
    dialog = HierarchyDialog(qgis_iface, project=project)
    row = dialog.rows["stadtteil"]
    row.layer.setLayer(layers["stadtteil"])
    assert [row.fields[r].currentField() for r in ("key_field", "name_field", "parent_field", "population_field")] \
        == ["stadtteil_nr", "stadtteil_name", "bezirk_nr", "einwohner"]
    assert row.mapping().schema == "quartier_demo"
    row.fields["name_field"].setField("bezirk_nr")
    assert row.mapping().schema == "manual"


def test_validate_add_to_map_and_reopen(qgis_iface, demo_project, tmp_path):
    project, layers = demo_project
    dialog = HierarchyDialog(qgis_iface, project=project)
    for level_id, layer in layers.items():
        dialog.rows[level_id].layer.setLayer(layer)
    report = dialog.validate()
    assert report is not None and report.errors == []
    assert dialog.table.rowCount() == 0
    assert "No findings" in dialog.summary.text()
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "hierarchy_dialog.png"))

    new_layers = dialog.add_to_map()
    group = project.layerTreeRoot().findGroup(GROUP_HIERARCHY)
    assert [n.name() for n in group.findLayers()] == [
        "Stadtbezirke", "Stadtteile", "Steuerungsbereiche", "RTK-Regionen", "Planungsräume"]
    assert [n.itemVisibilityChecked() for n in group.findLayers()] == [True, True, False, False, False]
    bezirke, stadtteile = new_layers["stadtbezirk"], new_layers["stadtteil"]
    width = {k: lyr.renderer().symbol().symbolLayer(0).width() for k, lyr in new_layers.items()}
    assert width["stadtbezirk"] > 3 * width["stadtteil"]
    assert stadtteile.labeling().settings().fieldName == "stadtteil_name"
    assert new_layers["planungsraum"].labeling().settings().fieldName == "pr_name"
    assert bezirke.id() != layers["stadtbezirk"].id()  # new layer objects; the user's are untouched
    assert type(layers["stadtbezirk"].renderer().symbol().symbolLayer(0)).__name__ == "QgsSimpleFillSymbolLayer"

    dialog.add_to_map()  # again: the group is replaced, not doubled
    assert sum(1 for c in project.layerTreeRoot().children() if c.name() == GROUP_HIERARCHY) == 1
    assert len(project.layerTreeRoot().findGroup(GROUP_HIERARCHY).findLayers()) == 5

    path = tmp_path / "hierarchy.qgz"
    assert project.write(str(path))
    project.clear()
    assert load_hierarchy(project) is None
    assert project.read(str(path))
    definition = load_hierarchy(project)
    assert set(definition.levels) == set(NAMES.values())
    assert definition.levels["stadtteil"]["mapping"]["key_field"] == "stadtteil_nr"
    reopened = HierarchyDialog(qgis_iface, project=project)
    assert reopened.rows["stadtteil"].layer.currentLayer() is not None
    assert reopened.rows["stadtteil"].fields["parent_field"].currentField() == "bezirk_nr"


def test_findings_are_listed_by_name(qgis_iface, qgis_new_project, stuttgart_data):
    project = QgsProject.instance()
    bezirke = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtbezirke_23.geojson"), "Bezirke", "ogr")
    stadtteile = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtteile_152.geojson"), "Stadtteile", "ogr")
    project.addMapLayers([bezirke, stadtteile])
    dialog = HierarchyDialog(qgis_iface, project=project)
    dialog.rows["stadtbezirk"].layer.setLayer(bezirke)
    dialog.rows["stadtteil"].layer.setLayer(stadtteile)
    assert dialog.rows["stadtbezirk"].mapping().key_field == "districtNumber"
    report = dialog.validate()
    assert report.errors == []
    assert dialog.table.rowCount() == 2  # the two geographic-CRS warnings
    assert "EPSG:4326" in dialog.table.item(0, 4).text()
    dialog.show()
    assert dialog.grab().save(str(SHOTS / "hierarchy_dialog_stuttgart.png"))


def test_unload_closes_the_dialog(qgis_iface, qgis_processing):
    import quartier_plugin

    plugin = quartier_plugin.classFactory(qgis_iface)
    plugin.initGui()
    plugin._open_hierarchy_dialog()
    assert plugin.hierarchy_dialog.isVisible()
    plugin.unload()
    assert plugin.hierarchy_dialog is None


def test_another_city_its_levels_export_and_import(qgis_iface, qgis_new_project, flensburg_data, tmp_path,
                                                  monkeypatch):
    """Flensburg: the profile gives two levels told apart by LEVEL_ID; validated in EPSG:25832; exported as a
    new city's profile from the mappings, imported again, and kept with the project."""
    import json

    from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog

    from quartier_plugin.core.city_profile import load_profile
    from quartier_plugin.storage.project_state import load_city

    project = QgsProject.instance()
    stadtteile = QgsVectorLayer(str(flensburg_data / "flensburg_stadtteile.geojson"), "stadtteile", "ogr")
    bezirke = QgsVectorLayer(str(flensburg_data / "flensburg_stadtbezirke.geojson"), "bezirke", "ogr")
    project.addMapLayers([stadtteile, bezirke])
    dialog = HierarchyDialog(qgis_iface, project=project)
    assert dialog.city.id == "stuttgart" and len(dialog.rows) == 6
    dialog.city_combo.setCurrentIndex(dialog.city_combo.findData("flensburg"))
    assert list(dialog.rows) == ["stadtteil", "statistischer_bezirk"]
    assert dialog.crs.crs().authid() == "EPSG:25832"
    dialog.rows["stadtteil"].layer.setLayer(stadtteile)
    dialog.rows["statistischer_bezirk"].layer.setLayer(bezirke)
    assert dialog.rows["statistischer_bezirk"].mapping().parent_field == "PARENT_ARE"
    report = dialog.validate()
    assert not report.by_code("missing_parent") and len(report.by_code("invalid_geometry")) == 2
    levels_shown = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert levels_shown <= {"Stadtteile", "Statistische Bezirke"}
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "hierarchy_dialog_flensburg.png"))

    dialog.rows["stadtteil"].fields["name_field"].setField("AREA_ID")  # the user's own choice of fields
    target = tmp_path / "meine_stadt.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Meine Stadt", True))
    assert dialog.export_profile() == str(target)
    exported = load_profile(str(target), "")
    assert (exported.id, exported.name) == ("meine_stadt", "Meine Stadt")
    assert json.loads(target.read_text(encoding="utf-8"))["levels"][0]["fields"][0]["name_field"] == "AREA_ID"
    assert dialog.city.id == "meine_stadt" and dialog.rows["stadtteil"].layer.currentLayer() is stadtteile

    dialog.set_city(load_profile("stuttgart", str(Path(__file__).resolve().parents[2] / "resources" / "cities")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    assert dialog.import_profile().id == "meine_stadt"
    assert dialog.city_combo.currentText() == "Meine Stadt" and list(dialog.rows) == ["stadtteil",
                                                                                      "statistischer_bezirk"]
    dialog.rows["stadtteil"].layer.setLayer(stadtteile)
    dialog.rows["statistischer_bezirk"].layer.setLayer(bezirke)
    layers = dialog.add_to_map()
    group = project.layerTreeRoot().findGroup(GROUP_HIERARCHY)
    assert [n.name() for n in group.findLayers()] == ["Stadtteile", "Statistische Bezirke"]
    assert layers["stadtteil"].labeling().settings().fieldName == "AREA_ID"
    assert load_city(project).name == "Meine Stadt"  # the profile travels with the project

    path = tmp_path / "flensburg.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    reopened = HierarchyDialog(qgis_iface, project=project)
    assert reopened.city.name == "Meine Stadt" and reopened.rows["stadtteil"].layer.currentLayer() is not None


def test_a_broken_profile_is_refused_with_its_key_path(qgis_iface, qgis_new_project, tmp_path, answered_message_boxes):
    broken = tmp_path / "kaputt.json"
    broken.write_text('{"id": "k", "name": "K", "levels": [{"id": "a", "label": "A", "parent": "b"}]}',
                      encoding="utf-8")
    dialog = HierarchyDialog(qgis_iface, project=QgsProject.instance())
    assert dialog.import_profile(str(broken)) is None
    assert dialog.city.id == "stuttgart"
    assert answered_message_boxes == [("warning", "The city profile cannot be used: kaputt.json: levels[0].parent: "
                                                  "unknown level 'b'; a parent must be defined before its children")]
