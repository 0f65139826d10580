"""Any German city: its levels from the city profile, validated to any depth (Berlin-like, Flensburg)."""

from collections import Counter

import pytest
from berlin_like import lor_layers
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)


def findings(result):
    layer = result["OUTPUT"]
    return [(f["severity"], f["code"], f["level"], f["key"]) for f in layer.getFeatures()]


def run(params):
    return processing.run("quartier:validate_hierarchy", dict(params, OUTPUT="memory:report"))


@pytest.fixture
def flensburg_layers(flensburg_data):
    stadtteile = QgsVectorLayer(str(flensburg_data / "flensburg_stadtteile.geojson"), "flensburg_stadtteile", "ogr")
    bezirke = QgsVectorLayer(str(flensburg_data / "flensburg_stadtbezirke.geojson"), "flensburg_stadtbezirke", "ogr")
    assert stadtteile.isValid() and bezirke.isValid()
    return stadtteile, bezirke


def test_flensburg_levels_are_recognised_by_the_profile(quartier_provider, flensburg_layers):
    stadtteile, bezirke = flensburg_layers
    result = run({"CITY": "flensburg", "LAYERS": [bezirke, stadtteile]})
    rows = findings(result)
    codes = Counter(code for _s, code, _l, _k in rows)
    # the README's facts: two invalid Bezirke, both layers in CRS84, gaps in STGT05/STGT06, no missing parent
    assert sorted(k for _s, c, _l, k in rows if c == "invalid_geometry") == ["STBZ073", "STBZ122"]
    assert codes["geographic_crs"] == 2 and codes["missing_parent"] == 0 and codes["no_parent_key"] == 0
    assert codes["gap"] >= 2
    assert {level for _s, _c, level, _k in rows} <= {"Stadtteile", "Statistische Bezirke"}


def test_flensburg_missing_parent_names_the_key(quartier_provider, flensburg_layers):
    stadtteile, bezirke = flensburg_layers
    copy = bezirke.materialize(QgsFeatureRequest())
    copy.setName("bezirke_copy")
    fid = next(f.id() for f in copy.getFeatures() if f["AREA_ID"] == "STBZ011")
    copy.startEditing()
    copy.changeAttributeValue(fid, copy.fields().indexOf("PARENT_ARE"), "STGT99")
    assert copy.commitChanges()
    rows = findings(run({"CITY": "flensburg", "LAYERS": [stadtteile, copy]}))
    missing = [r for r in rows if r[1] == "missing_parent"]
    assert missing == [("Fehler", "missing_parent", "Statistische Bezirke", "STBZ011")]
    report = run({"CITY": "flensburg", "LAYERS": [stadtteile, copy]})["OUTPUT"]
    message = next(f["message"] for f in report.getFeatures() if f["code"] == "missing_parent")
    assert "STGT99" in message and "Stadtteile" in message


def test_without_the_parent_layer_the_parent_keys_are_reported_unchecked(quartier_provider, flensburg_layers):
    _stadtteile, bezirke = flensburg_layers
    rows = findings(run({"CITY": "flensburg", "LAYERS": [bezirke]}))
    assert ("Warnung", "parent_not_checked", "Statistische Bezirke", None) in [
        (s, c, lv, k or None) for s, c, lv, k in rows]


def test_berlin_four_levels_nest_by_key_prefix(quartier_provider):
    layers = lor_layers()
    result = run({"CITY": "berlin", "LAYERS": list(layers.values())})
    rows = findings(result)
    assert result["ERRORS"] == 0, rows
    assert not [r for r in rows if r[1] in ("missing_parent", "outside_parent", "gap", "overlap")]
    # a Planungsraum whose key names a Bezirksregion that does not exist: an error naming the key
    plr = layers["planungsraum"]
    fid = next(f.id() for f in plr.getFeatures() if f["PLR_ID"] == "01010101")
    plr.startEditing()
    plr.changeAttributeValue(fid, plr.fields().indexOf("PLR_ID"), "01019901")
    assert plr.commitChanges()
    result = run({"CITY": "berlin", "LAYERS": list(layers.values())})
    report = result["OUTPUT"]
    missing = [(f["key"], f["level"], f["message"]) for f in report.getFeatures() if f["code"] == "missing_parent"]
    assert len(missing) == 1 and missing[0][0] == "01019901" and missing[0][1] == "Planungsräume"
    assert "010199" in missing[0][2] and "Bezirksregionen" in missing[0][2]


def test_a_mapping_for_an_unknown_level_says_so(quartier_provider):
    layers = lor_layers()
    with pytest.raises(QgsProcessingException, match="names the level stadtteil, which the city profile Berlin"):
        run({"CITY": "berlin", "LAYERS": [layers["bezirk"]], "MAPPINGS": '{"stadtteil": {"key_field": "BEZ"}}'})
    with pytest.raises(QgsProcessingException, match="STADTTEIL is a level of Stuttgart"):
        run({"CITY": "berlin", "STADTTEIL": layers["bezirk"]})


def test_a_layer_no_level_fits_is_named(quartier_provider):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25833&field=foo:string", "fremd", "memory")
    with pytest.raises(QgsProcessingException, match="Layer fremd fits none of the levels of the city profile Berlin"):
        run({"CITY": "berlin", "LAYERS": [layer]})
    mapping = '{"bezirk": {"layer": "fremd", "key_field": "foo"}}'
    with pytest.raises(QgsProcessingException, match="The layer fremd of the level Bezirke has no features"):
        run({"CITY": "berlin", "LAYERS": [layer], "MAPPINGS": mapping})  # taken, but empty: nothing validated
    square = QgsFeature(layer.fields())
    square.setAttributes(["01"])
    square.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((390000 5818000, 391000 5818000, 391000 5819000, "
                                           "390000 5819000, 390000 5818000)))"))
    layer.dataProvider().addFeatures([square])
    mapped = run({"CITY": "berlin", "LAYERS": [layer], "MAPPINGS": mapping})
    assert mapped["ERRORS"] == 0


def test_counts_aggregate_along_any_edge_of_the_berlin_tree(quartier_provider):
    """Planungsraum → Bezirksregion by key prefix, then Bezirksregion → Prognoseraum through the units layer
    (its parent key from the city profile's field layout)."""
    layers = lor_layers()
    plr = layers["planungsraum"]
    table = QgsVectorLayer("None?field=PLR_ID:string&field=ew:double&field=alg2:double", "zahlen", "memory")
    rows = []
    for i, f in enumerate(plr.getFeatures()):
        row = QgsFeature(table.fields())
        row.setAttributes([f["PLR_ID"], 1000.0 + i, 100.0 + i])
        rows.append(row)
    table.dataProvider().addFeatures(rows)
    up = processing.run("quartier:aggregate_counts", {
        "INPUT": table, "KEY_FIELD": "PLR_ID", "COUNT_FIELDS": ["ew", "alg2"], "SHARES": "quote=alg2/ew",
        "PARENT_PREFIX": 6, "OUTPUT": "memory:bzr"})["OUTPUT"]
    by_region = {f["parent_key"]: (f["ew"], f["n_children"]) for f in up.getFeatures()}
    assert len(by_region) == 8 and by_region["010101"] == (1000 + 1001 + 1002 + 1003, 4)
    quote = {f["parent_key"]: f["quote"] for f in up.getFeatures()}
    assert quote["010101"] == pytest.approx(100 * (100 + 101 + 102 + 103) / (1000 + 1001 + 1002 + 1003))
    from quartier_plugin.storage.project_state import builtin_city, save_city

    save_city(builtin_city("berlin"), QgsProject.instance())
    try:
        renamed = processing.run("native:renametablefield", {"INPUT": up, "FIELD": "parent_key", "NEW_NAME": "BZR_ID",
                                                             "OUTPUT": "memory:"})["OUTPUT"]
        top = processing.run("quartier:aggregate_counts", {
            "INPUT": renamed, "KEY_FIELD": "BZR_ID", "COUNT_FIELDS": ["ew"], "UNITS": layers["bezirksregion"],
            "OUTPUT": "memory:pgr"})["OUTPUT"]
    finally:
        QgsProject.instance().clear()
    assert sorted(f["parent_key"] for f in top.getFeatures()) == ["0101", "0102", "0201", "0202"]
    assert sum(f["ew"] for f in top.getFeatures()) == sum(1000.0 + i for i in range(32))
