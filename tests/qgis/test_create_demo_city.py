"""Processing algorithm quartier:create_demo_city: output layers, determinism, bad output paths."""

import hashlib
import os

import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

EXPECTED = {
    "stadtbezirke": 23, "stadtteile": 152, "steuerungsbereiche": 10, "rtk_regionen": 18,
    "planungsraeume": 138, "vorranggebiete": 8, "statistik_stadtteile": 304,
}


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_algorithm_writes_all_layers(demo_gpkg):
    for name, count in EXPECTED.items():
        layer = QgsVectorLayer(f"{demo_gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        assert layer.featureCount() == count, name
        if name != "statistik_stadtteile":
            assert layer.crs().authid() == "EPSG:25832"
            assert all(f.geometry().isGeosValid() for f in layer.getFeatures())
    grid = QgsVectorLayer(f"{demo_gpkg}|layername=bevoelkerung_raster", "grid", "ogr")
    assert sum(f["einwohner"] for f in grid.getFeatures()) == 609_000


def test_keys_keep_their_leading_zeros(demo_gpkg):
    layer = QgsVectorLayer(f"{demo_gpkg}|layername=stadtbezirke", "b", "ogr")
    assert sorted(f["bezirk_nr"] for f in layer.getFeatures())[:2] == ["01", "02"]


def test_same_seed_same_bytes(quartier_provider, tmp_path):
    a, b, c = tmp_path / "a.gpkg", tmp_path / "b.gpkg", tmp_path / "c.gpkg"
    processing.run("quartier:create_demo_city", {"SEED": 11, "OUTPUT": str(a)})
    processing.run("quartier:create_demo_city", {"SEED": 11, "OUTPUT": str(b)})
    processing.run("quartier:create_demo_city", {"SEED": 12, "OUTPUT": str(c)})
    assert sha256(a) == sha256(b)
    assert sha256(a) != sha256(c)


def test_missing_folder_gives_a_clear_message(quartier_provider, tmp_path):
    target = tmp_path / "does" / "not" / "exist.gpkg"
    with pytest.raises(QgsProcessingException, match="does not exist"):
        processing.run("quartier:create_demo_city", {"SEED": 1, "OUTPUT": str(target)})
    assert not target.parent.exists()


def test_unwritable_folder_gives_a_clear_message(quartier_provider, tmp_path, monkeypatch):
    """CI runs as root, who may write anywhere, so the folder is made unwritable by the os check."""
    from quartier_plugin.storage import geopackage

    real_access = os.access
    monkeypatch.setattr(geopackage.os, "access",
                        lambda p, mode: False if str(p) == str(tmp_path) else real_access(p, mode))
    with pytest.raises(QgsProcessingException, match="not writable"):
        processing.run("quartier:create_demo_city", {"SEED": 1, "OUTPUT": str(tmp_path / "x.gpkg")})
    assert os.listdir(tmp_path) == []


def test_existing_file_is_replaced_whole_and_cancel_leaves_it_untouched(quartier_provider, tmp_path):
    target = tmp_path / "city.gpkg"
    processing.run("quartier:create_demo_city", {"SEED": 3, "OUTPUT": str(target)})
    before = sha256(target)

    class CancelAfterFirstLayer(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            super().pushInfo(info)
            if "stadtteile" in info:
                self.cancel()

    with pytest.raises(QgsProcessingException):
        processing.run("quartier:create_demo_city", {"SEED": 4, "OUTPUT": str(target)},
                       feedback=CancelAfterFirstLayer())
    assert sha256(target) == before
    assert sorted(os.listdir(tmp_path)) == ["city.gpkg"], "no temporary file may be left behind"
