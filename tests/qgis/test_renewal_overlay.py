"""quartier:renewal_overlay on the demo city and on the real Stuttgart Stadtteile."""

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from quartier_plugin.compat import field_type


def layer(gpkg, name):
    lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert lyr.isValid()
    return lyr


def memory_copy(source, crs=None, extra=None):
    """A memory copy of ``source`` (optionally reprojected) with extra attributes {name: {fid: value}}."""
    target = QgsCoordinateReferenceSystem(crs) if crs else source.crs()
    mem = QgsVectorLayer(f"MultiPolygon?crs={target.authid()}", source.name(), "memory")
    def kind(values):
        return field_type("string") if any(isinstance(x, str) for x in values.values()) else field_type("integer")

    extra_fields = [QgsField(n, kind(v)) for n, v in (extra or {}).items()]
    mem.dataProvider().addAttributes(source.fields().toList() + extra_fields)
    mem.updateFields()
    tr = QgsCoordinateTransform(source.crs(), target, QgsProject.instance())
    feats = []
    for f in source.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(tr)
        out = QgsFeature(mem.fields())
        out.setGeometry(g)
        out.setAttributes(f.attributes() + [v.get(f.id()) for v in (extra or {}).values()])
        feats.append(out)
    mem.dataProvider().addFeatures(feats)
    return mem


@pytest.fixture(scope="module")
def areas_with_index(demo_gpkg, qgis_processing):
    from provider_helper import ensure_provider

    ensure_provider()
    stats = layer(demo_gpkg, "statistik_stadtteile")
    index = processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    by_key = {f["stadtteil_nr"]: f for f in index.getFeatures()}
    stadtteile = layer(demo_gpkg, "stadtteile")
    classes = {f.id(): by_key[f["stadtteil_nr"]]["index_class"] for f in stadtteile.getFeatures()}
    ranks = {f.id(): by_key[f["stadtteil_nr"]]["index_rank"] for f in stadtteile.getFeatures()}
    classes = {k: (None if v is None or str(v) == "NULL" else v) for k, v in classes.items()}
    ranks = {k: (None if v is None or str(v) == "NULL" else v) for k, v in ranks.items()}
    return memory_copy(stadtteile, extra={"index_class": classes, "index_rank": ranks})


def overlay(areas, renewal, **extra):
    params = {"AREAS": areas, "KEY_FIELD": "stadtteil_nr", "CLASS_FIELD": "index_class", "RANK_FIELD": "index_rank",
              "RENEWAL": renewal, "OUTPUT": "TEMPORARY_OUTPUT", "CANDIDATES": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return processing.run("quartier:renewal_overlay", params)


def shares(result):
    return {f["stadtteil_nr"]: f["renewal_share"] for f in result["OUTPUT"].getFeatures()}


def test_demo_overlay_hand_checkable(demo_gpkg, quartier_provider, areas_with_index):
    renewal = layer(demo_gpkg, "vorranggebiete")
    result = overlay(areas_with_index, renewal, POPULATION=layer(demo_gpkg, "bevoelkerung_raster"),
                     POPULATION_FIELD="einwohner")
    rows = list(result["OUTPUT"].getFeatures())
    assert len(rows) == 152
    values = [f["renewal_share"] for f in rows]
    assert max(values) == pytest.approx(100.0)        # the Stadtteil wholly inside VG01
    assert all(0 <= v <= 100.0 + 1e-9 for v in values)  # overlapping VG01/VG02 never push above 100
    full = [f for f in rows if f["renewal_share"] == pytest.approx(100.0)]
    assert all(f["residents_share"] == pytest.approx(100.0) for f in full)
    assert all(0 <= f["residents_share"] <= 100.0 + 1e-9 for f in rows if f["residents_share"] is not None
               and str(f["residents_share"]) != "NULL")
    assert {f["decision_group"] for f in rows} <= {"social_first", "joint", "renewal_only", "neither", "no_index"}
    small = [f for f in rows if f["index_class"] is None or str(f["index_class"]) == "NULL"]
    assert len(small) == 3 and all(f["decision_group"] == "no_index" for f in small)
    for f in rows:
        if f["decision_group"] == "joint":
            assert f["need_level"] == 3 and f["coverage_level"] >= 2 and f["bivariate"] in ("3-2", "3-3")
    candidates = list(result["CANDIDATES"].getFeatures())
    groups = [c["decision_group"] for c in candidates]
    assert groups == sorted(groups, key=["joint", "social_first", "renewal_only"].index)
    for g in set(groups):
        ranks = [c["rank"] for c in candidates if c["decision_group"] == g]
        assert ranks == sorted(ranks)


def test_renewal_layer_in_another_crs_and_invalid_geometry(demo_gpkg, quartier_provider, areas_with_index):
    renewal = layer(demo_gpkg, "vorranggebiete")
    base = shares(overlay(areas_with_index, renewal))
    in_4326 = memory_copy(renewal, "EPSG:4326")
    reprojected = shares(overlay(areas_with_index, in_4326))
    assert all(reprojected[k] == pytest.approx(base[k], abs=0.05) for k in base)
    broken = memory_copy(renewal)
    f = next(broken.getFeatures())
    bb = f.geometry().boundingBox()
    bowtie = QgsGeometry.fromWkt(f"MULTIPOLYGON((({bb.xMinimum()} {bb.yMinimum()}, {bb.xMaximum()} {bb.yMaximum()}, "
                                 f"{bb.xMaximum()} {bb.yMinimum()}, {bb.xMinimum()} {bb.yMaximum()}, "
                                 f"{bb.xMinimum()} {bb.yMinimum()})))")
    broken.dataProvider().changeGeometryValues({f.id(): bowtie})
    assert not next(broken.getFeatures()).geometry().isGeosValid()
    result = shares(overlay(areas_with_index, broken))
    assert all(0 <= v <= 100 + 1e-9 for v in result.values())
    assert not next(broken.getFeatures()).geometry().isGeosValid()  # the source stays as it was


def test_empty_and_far_away_renewal_layers(demo_gpkg, quartier_provider, areas_with_index):
    empty = QgsVectorLayer("MultiPolygon?crs=EPSG:25832", "empty", "memory")
    assert set(shares(overlay(areas_with_index, empty)).values()) == {0.0}
    far = QgsVectorLayer("MultiPolygon?crs=EPSG:25832", "far", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))"))
    far.dataProvider().addFeatures([f])
    result = overlay(areas_with_index, far)
    assert set(shares(result).values()) == {0.0}
    assert {g["decision_group"] for g in result["OUTPUT"].getFeatures()} <= {"social_first", "neither", "no_index"}


def test_bad_parameters(demo_gpkg, quartier_provider, areas_with_index):
    renewal = layer(demo_gpkg, "vorranggebiete")
    with pytest.raises(QgsProcessingException, match="coverage breaks"):
        overlay(areas_with_index, renewal, COVERAGE_BREAKS="50;5")
    with pytest.raises(QgsProcessingException, match="need levels"):
        overlay(areas_with_index, renewal, NEED_LEVELS="hoch:9")


def test_real_stuttgart_stadtteile(stuttgart_data, quartier_provider):
    stadtteile = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtteile_152.geojson"), "Stadtteile", "ogr")
    nordbahnhof = next(f for f in stadtteile.getFeatures() if f["STADTTEILNAME"] == "Nordbahnhof")
    to_utm = QgsCoordinateTransform(stadtteile.crs(), QgsCoordinateReferenceSystem("EPSG:25832"), QgsProject.instance())
    g = QgsGeometry(nordbahnhof.geometry())
    g.transform(to_utm)
    renewal = QgsVectorLayer("MultiPolygon?crs=EPSG:25832", "renewal", "memory")
    whole, half = QgsFeature(), QgsFeature()
    whole.setGeometry(g.buffer(50, 8))                       # covers Nordbahnhof wholly
    c = g.centroid().asPoint()
    half.setGeometry(QgsGeometry.fromRect(g.boundingBox()).buffer(0, 1).intersection(  # overlaps the first
        QgsGeometry.fromWkt(f"POLYGON(({c.x()} 0, 1e7 0, 1e7 1e8, {c.x()} 1e8, {c.x()} 0))")))
    renewal.dataProvider().addFeatures([whole, half])
    result = processing.run("quartier:renewal_overlay", {
        "AREAS": stadtteile, "KEY_FIELD": "STADTTEILNR", "RENEWAL": renewal, "OUTPUT": "TEMPORARY_OUTPUT",
        "CANDIDATES": "TEMPORARY_OUTPUT"})
    rows = {f["STADTTEILNAME"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows["Nordbahnhof"]["renewal_share"] == pytest.approx(100.0)
    assert 0 < sum(1 for f in rows.values() if 0 < f["renewal_share"] < 100)
    assert max(f["renewal_share"] for f in rows.values()) <= 100.0 + 1e-9
    assert {f["decision_group"] for f in rows.values()} == {"no_index"}  # no class field given
