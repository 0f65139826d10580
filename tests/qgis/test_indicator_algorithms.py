"""The indicator algorithms on the demo city, on a messy Berlin-style CSV, and the real Stuttgart CSV."""

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsField, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from quartier_plugin.compat import field_type

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_need_index import PUBLISHED_DYNAMICS, PUBLISHED_STATUS, mss_by_hand, published_like_table  # noqa: E402


def layer(gpkg, name):
    lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert lyr.isValid()
    return lyr


def run(alg, **params):
    params.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
    return processing.run(f"quartier:{alg}", params)


def test_need_index_on_the_demo_statistics(demo_gpkg, quartier_provider):
    stats = layer(demo_gpkg, "statistik_stadtteile")
    result = run("need_index", INPUT=stats, METHOD="stuttgart_gebietsauswahl")
    out = result["OUTPUT"]
    names = [f.name() for f in out.fields()]
    assert names[:4] == ["stadtteil_nr", "index", "index_rank", "index_class"]
    assert {"laerm_value", "laerm_norm", "laerm_rating", "scored", "not_scored_reason"} <= set(names)
    rows = list(out.getFeatures())
    assert len(rows) == 152 and result["SCORED"] == 149
    assert sorted(f["index_rank"] for f in rows if f["scored"]) == list(range(1, 150))
    assert Counter(f["index_class"] for f in rows if f["scored"]) .keys() <= {"gering", "mittel", "hoch", "sehr hoch"}
    assert {f["laerm_rating"] for f in rows if f["scored"]} <= {"++", "+", "o", "-", "--"}
    assert "300" in result["WARNINGS"]
    for f in rows:  # privacy: areas under 300 residents carry no value at all
        if not f["scored"]:
            assert all(f[n] is None or f[n] == QVariant() or str(f[n]) == "NULL"
                       for n in names if n not in ("stadtteil_nr", "scored", "not_scored_reason"))
    previous = run("need_index", INPUT=stats, METHOD="stuttgart_gebietsauswahl", YEAR=2022)["OUTPUT"]
    assert [f["index"] for f in previous.getFeatures()] != [f["index"] for f in rows]


def test_need_index_keeps_geometry_of_an_area_layer(demo_gpkg, quartier_provider):
    """Areas with their counts (one year, as a layer) give a map-ready output."""
    stats = {f["stadtteil_nr"]: f for f in layer(demo_gpkg, "statistik_stadtteile").getFeatures() if f["jahr"] == 2024}
    stadtteile = layer(demo_gpkg, "stadtteile")
    fields = [n for n in stats["0101"].fields().names() if n not in ("fid", "jahr", "stadtteil_nr")]
    mem = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=stadtteil_nr:string", "st", "memory")
    mem.dataProvider().addAttributes([QgsField(n, field_type("real")) for n in fields])
    mem.updateFields()
    feats = []
    for f in stadtteile.getFeatures():
        g = QgsFeature(mem.fields())
        g.setGeometry(f.geometry())
        g.setAttributes([f["stadtteil_nr"]] + [float(stats[f["stadtteil_nr"]][n]) for n in fields])
        feats.append(g)
    mem.dataProvider().addFeatures(feats)
    out = run("need_index", INPUT=mem, METHOD="stuttgart_gebietsauswahl")["OUTPUT"]
    assert out.featureCount() == 152 and out.isSpatial() and out.crs().authid() == "EPSG:25832"
    assert all(not f.geometry().isEmpty() for f in out.getFeatures())


def write_mss_csv(path, rows):
    """The Berlin table the way spreadsheets export it: cp1252, ';', decimal commas, 8-digit keys."""
    def num(x):
        return f"{x:.6f}".replace(".", ",")
    lines = ["PLR_ID;PLR_NAME;EW;S1;S3;S4;D1;D3;D4"]
    for i, r in enumerate(rows):
        ew = f"{r['EW']:,}".replace(",", ".")
        lines.append(";".join([r["key"], f"Planungsraum Ä{i}", ew] + [num(r[c]) for c in ("S1", "S3", "S4", "D1", "D3",
                                                                                         "D4")]))
    path.write_bytes("\n".join(lines).encode("cp1252"))


def test_berlin_mss_preset_from_a_messy_csv(quartier_provider, tmp_path):
    rows = published_like_table()
    csv_path = tmp_path / "mss_2021.csv"
    write_mss_csv(csv_path, rows)
    table = QgsVectorLayer(str(csv_path), "mss", "ogr")
    assert table.isValid()
    out = run("need_index", INPUT=table, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021")["OUTPUT"]
    got = {f["PLR_ID"]: (f["status_class"], f["dynamik_class"]) for f in out.getFeatures() if f["scored"]}
    assert got == mss_by_hand(rows)
    assert Counter(s for s, _ in got.values()) == PUBLISHED_STATUS
    assert Counter(d for _, d in got.values()) == PUBLISHED_DYNAMICS
    groups = {f["gesamtindex_group"] for f in out.getFeatures() if f["scored"]}
    assert groups <= set(range(1, 13))
    assert all(f["PLR_ID"].startswith("0") for f in out.getFeatures())  # keys keep their leading zeros


def test_robustness_and_area_types(demo_gpkg, quartier_provider):
    stats = layer(demo_gpkg, "statistik_stadtteile")
    rob = run("robustness", INPUT=stats, DRAWS=500, SPREAD=10, SEED=3)["OUTPUT"]
    rows = [f for f in rob.getFeatures() if f["rank"] is not None and str(f["rank"]) != "NULL"]
    assert len(rows) == 149
    assert all(f["rank_p05"] <= f["median_rank"] <= f["rank_p95"] for f in rows)
    top_k = round(sum(f["share_selected"] for f in rows))
    assert top_k >= 1
    again = run("robustness", INPUT=stats, DRAWS=500, SPREAD=10, SEED=3)["OUTPUT"]
    assert [f.attributes() for f in again.getFeatures()] == [f.attributes() for f in rob.getFeatures()]
    types = run("area_types", INPUT=stats, K=7, PROFILES="TEMPORARY_OUTPUT")
    assigned = [f["area_type"] for f in types["OUTPUT"].getFeatures()]
    assert set(a for a in assigned if a) == set(range(1, 8))
    profiles = list(types["PROFILES"].getFeatures())
    assert len(profiles) == 7 and sum(p["areas"] for p in profiles) == 149
    assert profiles[0]["migration_z"] > profiles[-1]["migration_z"]  # type 1 = highest need


def test_import_real_sozialmietwohnungen(stuttgart_data, quartier_provider):
    stadtteile = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtteile_152.geojson"), "Stadtteile", "ogr")
    result = run("import_statistics", AREAS=stadtteile, AREA_KEY="STADTTEILNR",
                 TABLE=str(stuttgart_data / "sozialmietwohnungen_2023_stadtteile.csv"), TABLE_KEY="Stadtteil Nr.",
                 COLUMNS="Anz_Sozialmietwohnungen;AntSozmietwohnungen_am_Wohnungsbestand")
    out = result["OUTPUT"]
    assert "Matched: 152" in result["REPORT"]
    rows = {f["STADTTEILNR"]: f for f in out.getFeatures()}
    assert rows["104"]["AntSozmietwohnungen_am_Wohnungsbestand"] == pytest.approx(14.3)
    assert rows["102"]["Anz_Sozialmietwohnungen"] == 258
    nulls = sum(1 for f in out.getFeatures() if f["Anz_Sozialmietwohnungen"] is None
                or str(f["Anz_Sozialmietwohnungen"]) == "NULL")
    assert nulls == 40


def memory_table(rows, fields):
    mem = QgsVectorLayer("None?" + "&".join(f"field={n}:{t}" for n, t in fields), "t", "memory")
    feats = []
    for r in rows:
        f = QgsFeature(mem.fields())
        f.setAttributes(list(r))
        feats.append(f)
    mem.dataProvider().addFeatures(feats)
    return mem


MSS_FIELDS = [("PLR_ID", "string"), ("EW", "integer")] + [(c, "double") for c in ("S1", "S3", "S4", "D1", "D3", "D4")]


def test_bad_input_messages(quartier_provider, tmp_path):
    rng = np.random.default_rng(1)
    rows = [(f"{i:03d}", 1000, *(float(x) for x in rng.normal(5, 1, 6))) for i in range(20)]
    good = memory_table(rows, MSS_FIELDS)
    with pytest.raises(QgsProcessingException, match="no field KEY"):
        run("need_index", INPUT=good, KEY_FIELD="KEY", METHOD="berlin_mss_2021")
    with pytest.raises(QgsProcessingException, match="There is no method preset nope"):
        run("need_index", INPUT=good, KEY_FIELD="PLR_ID", METHOD="nope")
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"id": "x", "label": {"de": "x", "en": "x"}, "indicators": [], "indices": []}))
    with pytest.raises(QgsProcessingException, match="indicators: expected a list"):
        run("need_index", INPUT=good, KEY_FIELD="PLR_ID", METHOD_FILE=str(broken))
    flat = memory_table([(r[0], r[1], 3.0, *r[3:]) for r in rows], MSS_FIELDS)
    with pytest.raises(QgsProcessingException, match="S1: the values do not vary"):
        run("need_index", INPUT=flat, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021")
    dup = memory_table(rows + [rows[0]], MSS_FIELDS)
    with pytest.raises(QgsProcessingException, match="more than once"):
        run("need_index", INPUT=dup, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021")
    empty = memory_table([(r[0], r[1], None, *r[3:]) for r in rows], MSS_FIELDS)
    with pytest.raises(QgsProcessingException, match="S1: all values are missing"):
        run("need_index", INPUT=empty, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021")


def test_missing_year_message(quartier_provider):
    """(Memory layers: an OGR layer owned by Python and an algorithm failing inside processAlgorithm make the
    pytest-qgis session crash at exit; qgis_process itself exits cleanly with 1 and the message.)"""
    fields = [("nr", "string"), ("jahr", "integer"), ("EW", "integer")] + [
        (c, "double") for c in ("S1", "S3", "S4", "D1", "D3", "D4")]
    rows = [(f"{i:02d}", 2024, 1000, float(i), float(i % 3), float(i % 5), 0.1 * i, 0.2, 0.3 * (i % 2))
            for i in range(10)]
    table = memory_table(rows, fields)
    preset = {"id": "y", "label": {"de": "y", "en": "y"}, "population_field": "EW", "year_field": "jahr",
              "indicators": [{"id": "S1", "label": {"de": "S1", "en": "S1"}, "value_field": "S1",
                              "direction": "higher_is_need"}],
              "indices": [{"id": "index", "children": ["S1"]}]}
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(preset, handle)
    with pytest.raises(QgsProcessingException, match="No rows for the year 1999"):
        run("need_index", INPUT=table, KEY_FIELD="nr", METHOD_FILE=handle.name, YEAR=1999)
    out = run("need_index", INPUT=table, KEY_FIELD="nr", METHOD_FILE=handle.name)["OUTPUT"]
    assert out.featureCount() == 10
