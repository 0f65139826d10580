"""District hierarchy on the real Stuttgart layers, and on damaged copies the tests make."""

import json
from collections import Counter

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from quartier_plugin.core.validation import validate_hierarchy
from quartier_plugin.layers.unit_reader import mapping_for, read_units

README_COUNTS = ("01:10 02:11 03:8 04:7 05:9 06:18 07:3 08:4 09:5 10:8 11:4 12:9 13:5 14:1 15:2 16:5 17:3 "
                 "18:2 19:8 20:12 21:1 22:6 23:11")


@pytest.fixture(scope="module")
def real_layers(stuttgart_data):
    bezirke = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtbezirke_23.geojson"), "Bezirke", "ogr")
    stadtteile = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtteile_152.geojson"), "Stadtteile", "ogr")
    assert bezirke.isValid() and stadtteile.isValid()
    return bezirke, stadtteile


def copy_of(layer, crs=None):
    """An editable in-memory copy (optionally reprojected); the file on disk is never touched."""
    mem = layer.materialize(QgsFeatureRequest())
    if crs is not None:
        target = QgsCoordinateReferenceSystem(crs)
        tr = QgsCoordinateTransform(mem.crs(), target, QgsProject.instance())
        out = QgsVectorLayer(f"MultiPolygon?crs={crs}", mem.name(), "memory")
        out.dataProvider().addAttributes(mem.fields().toList())
        out.updateFields()
        feats = []
        for f in mem.getFeatures():
            g = QgsGeometry(f.geometry())
            g.transform(tr)
            f.setGeometry(g)
            feats.append(f)
        out.dataProvider().addFeatures(feats)
        mem = out
    return mem


def feature_by(layer, field, value):
    return next(f for f in layer.getFeatures() if f[field] == value)


def change(layer, fid, field=None, value=None, geometry=None):
    layer.startEditing()
    if field is not None:
        layer.changeAttributeValue(fid, layer.fields().indexOf(field), value)
    if geometry is not None:
        layer.changeGeometry(fid, geometry)
    assert layer.commitChanges()


def validate(bezirke, stadtteile, tol=100.0):
    ub, fb = read_units(bezirke, mapping_for(bezirke, "stadtbezirk"))
    ut, ft = read_units(stadtteile, mapping_for(stadtteile, "stadtteil"))
    report = validate_hierarchy({"stadtbezirk": ub, "stadtteil": ut}, tolerance_m2=tol)
    return fb + ft + report.findings, report


def run_validate(quartier_provider, bezirke, stadtteile):
    return processing.run("quartier:validate_hierarchy", {
        "STADTBEZIRK": bezirke, "STADTTEIL": stadtteile, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_real_layers_load_without_mapping(real_layers):
    bezirke, stadtteile = real_layers
    assert mapping_for(bezirke).schema == "stuttgart_opendata" and bezirke.featureCount() == 23
    assert mapping_for(stadtteile).schema == "stuttgart_klgl" and stadtteile.featureCount() == 152


def test_real_layers_validate_without_error(real_layers, quartier_provider):
    bezirke, stadtteile = real_layers
    result = run_validate(quartier_provider, bezirke, stadtteile)
    assert result["ERRORS"] == 0
    table = result["OUTPUT"]
    codes = [f["code"] for f in table.getFeatures()]
    assert codes == ["geographic_crs", "geographic_crs"]  # both files are lon/lat; areas go to EPSG:25832


def test_real_counts_and_area(real_layers):
    bezirke, stadtteile = real_layers
    findings, report = validate(bezirke, stadtteile)
    per_bezirk = Counter(report.parent_of["stadtteil"].values())
    expected = {k.lstrip("0"): int(v) for k, v in (p.split(":") for p in README_COUNTS.split())}
    assert dict(per_bezirk) == expected
    ub, _ = read_units(bezirke, mapping_for(bezirke))
    ut, _ = read_units(stadtteile, mapping_for(stadtteile))
    assert sum(u.geometry.area for u in ub) / 1e6 == pytest.approx(207.24, abs=0.05)
    assert sum(u.geometry.area for u in ut) / 1e6 == pytest.approx(207.24, abs=0.05)


def test_damaged_missing_parent(real_layers):
    bezirke, stadtteile = real_layers
    st = copy_of(stadtteile)
    f = feature_by(st, "STADTTEILNAME", "Nordbahnhof")
    change(st, f.id(), "STADTBEZIRKNR", "99")
    findings, _ = validate(bezirke, st)
    hits = [x for x in findings if x.code == "missing_parent"]
    assert [(x.name, x.severity) for x in hits] == [("Nordbahnhof", "error")]
    assert "99" in hits[0].message


def test_damaged_duplicate_key(real_layers):
    bezirke, stadtteile = real_layers
    st = copy_of(stadtteile)
    a = feature_by(st, "STADTTEILNAME", "Nordbahnhof")
    b = feature_by(st, "STADTTEILNR", "127") if any(f["STADTTEILNR"] == "127" for f in st.getFeatures()) \
        else next(f for f in st.getFeatures() if f.id() != a.id())
    change(st, b.id(), "STADTTEILNR", a["STADTTEILNR"])
    findings, _ = validate(bezirke, st)
    names = sorted(x.name for x in findings if x.code == "duplicate_key")
    assert names == sorted([a["STADTTEILNAME"], b["STADTTEILNAME"]])


def test_damaged_key_1_against_01_is_matched_and_reported(real_layers):
    bezirke, stadtteile = real_layers
    st = copy_of(stadtteile)
    f = next(f for f in st.getFeatures() if f["STADTBEZIRKNR"] == "01")
    change(st, f.id(), "STADTBEZIRKNR", "1")
    findings, report = validate(bezirke, st)
    assert [(x.code, x.name) for x in findings if x.severity == "error"] == []
    hits = [x for x in findings if x.code == "key_spelling"]
    assert [x.name for x in hits] == [f["STADTTEILNAME"]] and "'1'" in hits[0].message and "'01'" in hits[0].message


def test_damaged_self_intersection_is_repaired_on_a_copy(real_layers):
    bezirke, stadtteile = real_layers
    st = copy_of(stadtteile)
    f = feature_by(st, "STADTTEILNAME", "Nordbahnhof")
    bb = f.geometry().boundingBox()
    x0, y0, x1, y1 = bb.xMinimum(), bb.yMinimum(), bb.xMaximum(), bb.yMaximum()
    bowtie = QgsGeometry.fromWkt(f"POLYGON(({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))")
    change(st, f.id(), geometry=bowtie)
    findings, _ = validate(bezirke, st)
    hits = [x for x in findings if x.code == "invalid_geometry"]
    assert [x.name for x in hits] == ["Nordbahnhof"] and "Self-intersection" in hits[0].message
    assert not feature_by(st, "STADTTEILNAME", "Nordbahnhof").geometry().isGeosValid()  # the layer is unchanged


def test_damaged_stadtteil_in_the_wrong_bezirk(real_layers):
    bezirke, stadtteile = real_layers
    st = copy_of(stadtteile)
    f = feature_by(st, "STADTTEILNAME", "Nordbahnhof")  # in Nord (02)
    change(st, f.id(), "STADTBEZIRKNR", "06")  # claims Bad Cannstatt
    findings, _ = validate(bezirke, st)
    out = [x for x in findings if x.code == "outside_parent"]
    assert [x.name for x in out] == ["Nordbahnhof"] and out[0].params["share"] == "100.0"
    gaps = [x for x in findings if x.code == "gap"]
    assert [x.params["parent"] for x in gaps] == ["02"]  # the hole it left in Nord


def test_damaged_sliver_gap(real_layers):
    bezirke, stadtteile = real_layers
    st = copy_of(stadtteile, "EPSG:25832")
    f = feature_by(st, "STADTTEILNAME", "Nordbahnhof")
    change(st, f.id(), geometry=f.geometry().buffer(-2.0, 8))
    findings, _ = validate(bezirke, st)
    gaps = [x for x in findings if x.code == "gap"]
    assert len(gaps) == 1 and gaps[0].params["parent"] == "02"
    assert 1000 < float(gaps[0].params["area"].replace(" ", "")) < 20000
    assert not [x for x in findings if x.code == "geographic_crs" and x.level == "stadtteil"]


def test_layer_in_epsg4326_is_reported_and_areas_are_projected(real_layers):
    bezirke, stadtteile = real_layers
    assert stadtteile.crs().authid() == "EPSG:4326"
    findings, _ = validate(bezirke, stadtteile)
    geo = [x for x in findings if x.code == "geographic_crs"]
    assert {x.level for x in geo} == {"stadtbezirk", "stadtteil"}
    assert "EPSG:25832" in geo[0].message
    projected = copy_of(stadtteile, "EPSG:25832")
    a = sum(u.geometry.area for u in read_units(stadtteile, mapping_for(stadtteile))[0])
    b = sum(u.geometry.area for u in read_units(projected, mapping_for(projected))[0])
    assert a == pytest.approx(b, rel=1e-9)


def test_source_files_are_never_modified(real_layers, stuttgart_data):
    import hashlib

    paths = [stuttgart_data / "stuttgart_stadtbezirke_23.geojson", stuttgart_data / "stuttgart_stadtteile_152.geojson"]
    before = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    bezirke, stadtteile = real_layers
    validate(bezirke, stadtteile)
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths] == before


def test_unknown_schema_gives_a_clear_message(quartier_provider):
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=foo:string", "odd", "memory")
    with pytest.raises(QgsProcessingException, match="has no features"):
        processing.run("quartier:validate_hierarchy", {"STADTTEIL": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["x"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))"))
    assert layer.dataProvider().addFeatures([feature])[0]
    with pytest.raises(QgsProcessingException, match="not in a known schema"):
        processing.run("quartier:validate_hierarchy", {"STADTTEIL": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="no field"):
        processing.run("quartier:validate_hierarchy", {
            "STADTTEIL": layer, "MAPPINGS": '{"stadtteil": {"key_field": "nr"}}', "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="JSON"):
        processing.run("quartier:validate_hierarchy", {
            "STADTTEIL": layer, "MAPPINGS": "{not json", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_shapefile_with_explicit_mapping(stuttgart_data, quartier_provider, tmp_path):
    """Shapefiles cut field names to 10 characters, so the schema is given as a mapping."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    source = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtteile_152.geojson"), "Stadtteile", "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    path = str(tmp_path / "stadtteile.shp")
    write = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or QgsVectorFileWriter.writeAsVectorFormatV2
    written = write(source, path, QgsCoordinateTransformContext(), options)
    assert written[0] == QgsVectorFileWriter.WriterError.NoError, written
    names = [f.name() for f in QgsVectorLayer(path, "probe", "ogr").fields()]
    assert "STADTTEILNR" not in names and "STADTTEILN" in names  # truncated by the format
    mapping = {"stadtteil": {"key_field": "STADTTEILN", "name_field": "STADTTEI_1"}}
    result = processing.run("quartier:validate_hierarchy", {
        "STADTTEIL": path, "MAPPINGS": json.dumps(mapping), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["ERRORS"] == 0
    assert [f["code"] for f in result["OUTPUT"].getFeatures()] == ["geographic_crs"]
