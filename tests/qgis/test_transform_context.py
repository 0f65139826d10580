"""The algorithms reproject with their run's transform context, never with the global project's: a run may be
in a worker thread (the toolbox, a task) or for another project than the open one."""

import pytest
from qgis import processing
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from quartier_plugin.layers import geometry_reader


class NoGlobalProject:
    @staticmethod
    def instance():
        raise AssertionError("a run read the global project's transform context")


@pytest.fixture
def no_global_project(monkeypatch):
    monkeypatch.setattr(geometry_reader, "QgsProject", NoGlobalProject)
    with pytest.raises(AssertionError):  # the guard bites: a reader not given the run's context would fail
        geometry_reader.transform_to(QgsCoordinateReferenceSystem("EPSG:4326"),
                                     QgsCoordinateReferenceSystem("EPSG:25832"))


def test_hierarchy_overlay_and_crosswalk_use_the_run_context(no_global_project, quartier_provider, flensburg_data,
                                                             demo_gpkg):
    # Flensburg's GeoJSON is in WGS 84: every reader reprojects into the working CRS
    stadtteile = QgsVectorLayer(str(flensburg_data / "flensburg_stadtteile.geojson"), "Stadtteile", "ogr")
    bezirke = QgsVectorLayer(str(flensburg_data / "flensburg_stadtbezirke.geojson"), "Bezirke", "ogr")
    assert stadtteile.crs().isGeographic()
    report = processing.run("quartier:validate_hierarchy", {
        "CITY": "flensburg", "LAYERS": [stadtteile, bezirke], "OUTPUT": "memory:report"})["OUTPUT"]
    assert report.featureCount() >= 0
    overlay = processing.run("quartier:renewal_overlay", {
        "AREAS": stadtteile, "KEY_FIELD": "AREA_ID", "RENEWAL": bezirke, "OUTPUT": "memory:overlay",
        "CANDIDATES": "memory:candidates"})["OUTPUT"]
    assert overlay.featureCount() == stadtteile.featureCount()
    assert sum(f["renewal_m2"] for f in overlay.getFeatures()) > 0  # the Bezirke cover the Stadtteile
    grid = QgsVectorLayer(f"{demo_gpkg}|layername=bevoelkerung_raster", "grid", "ogr")
    moved = processing.run("quartier:crosswalk", {
        "SOURCE": QgsVectorLayer(f"{demo_gpkg}|layername=stadtteile", "s", "ogr"), "SOURCE_KEY": "stadtteil_nr",
        "FIELDS": ["einwohner"], "TARGET": QgsVectorLayer(
            f"{demo_gpkg}|layername=planungsraeume", "p", "ogr"), "TARGET_KEY": "pr_nr", "POPULATION": grid,
        "POPULATION_FIELD": "einwohner", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert moved.featureCount() == 138
