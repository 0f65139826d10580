"""The district hierarchy dialog: recognition, validation, the styled group, storage in the project."""

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from quartier_plugin.definitions import GROUP_HIERARCHY
from quartier_plugin.gui.hierarchy_dialog import HierarchyDialog
from quartier_plugin.project_storage import load_hierarchy

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
