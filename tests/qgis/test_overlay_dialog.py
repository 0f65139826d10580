"""The renewal overlay dialog: run, bivariate layer in the group, candidates listed and selected."""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from quartier_plugin.definitions import GROUP_NEED, GROUP_RENEWAL
from quartier_plugin.gui.overlay_dialog import OverlayDialog

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def test_overlay_dialog_runs_and_shows_the_result(qgis_iface, qgis_new_project, demo_gpkg, quartier_provider,
                                                   tmp_path, monkeypatch):
    from qgis import processing
    from qgis.PyQt.QtWidgets import QFileDialog
    from test_renewal_overlay import memory_copy

    from quartier_plugin.layers.workspace_layers import workspace_spec

    project = QgsProject.instance()
    # the project was never saved: the dialog asks where the results go (answered here)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a) or
                                                                           str(tmp_path / "stadt.quartier.gpkg"), ""))
    stats = QgsVectorLayer(f"{demo_gpkg}|layername=statistik_stadtteile", "stats", "ogr")
    index = processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    by_key = {f["stadtteil_nr"]: f for f in index.getFeatures()}
    stadtteile = QgsVectorLayer(f"{demo_gpkg}|layername=stadtteile", "Stadtteile", "ogr")
    clean = lambda v: None if v is None or str(v) == "NULL" else v  # noqa: E731
    areas = memory_copy(stadtteile, extra={
        "index_class": {f.id(): clean(by_key[f["stadtteil_nr"]]["index_class"]) for f in stadtteile.getFeatures()},
        "index_rank": {f.id(): clean(by_key[f["stadtteil_nr"]]["index_rank"]) for f in stadtteile.getFeatures()}})
    renewal = QgsVectorLayer(f"{demo_gpkg}|layername=vorranggebiete", "Vorranggebiete", "ogr")
    project.addMapLayers([areas, renewal])

    dialog = OverlayDialog(qgis_iface, project=project)
    dialog.areas.setLayer(areas)
    dialog.renewal.setLayer(renewal)
    assert dialog.key.currentField() == "stadtteil_nr"
    assert dialog.class_field.currentField() == "index_class" and dialog.rank_field.currentField() == "index_rank"
    layer = dialog.run()
    assert layer is not None and layer.renderer().type() == "categorizedSymbol"
    root = project.layerTreeRoot()
    assert root.findGroup(GROUP_NEED).findLayers()[0].layer() is layer
    assert root.findGroup(GROUP_RENEWAL).findLayers()
    assert dialog.table.rowCount() == layer.selectedFeatureCount() > 0
    assert "Joint approach" in dialog.summary.text()
    assert len(asked) == 1 and workspace_spec(project).path == str(tmp_path / "stadt.quartier.gpkg")
    assert layer.providerType() == "ogr" and "stadt.quartier.gpkg" in layer.source()
    # a second run replaces the result in place: same layer, no second copy, no second renewal copy
    before = sorted(project.mapLayers())
    again = dialog.run()
    assert again is layer and sorted(project.mapLayers()) == before and len(asked) == 1
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "overlay_dialog.png"))
    assert renewal.renderer().type() == "singleSymbol"  # the user's own layer keeps its style
