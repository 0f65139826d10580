"""Tables as offices publish them: no-data codes, declared outliers, the real Flensburg tables joined by
code or by name, bad cells, totals, a chain of imports into one layer."""

import json
import os

import numpy as np
import pytest
from flensburg_files import FLENSBURG, TAB_1, TAB_4, TAB_5, TAB_6, TAB_8, TAB_18
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from quartier_plugin import paths

MSS_FIELDS = ("EW", "S1", "S3", "S4", "D1", "D3", "D4")


class Log(QgsProcessingFeedback):
    """A feedback that keeps what the algorithm writes to the log."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.infos.append(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)

    @property
    def lines(self):
        return self.infos + self.warnings


def run(alg, feedback=None, **params):
    params.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
    return processing.run(f"quartier:{alg}", params, feedback=feedback)


def flensburg(name):
    if not os.path.isdir(FLENSBURG):
        pytest.fail(f"real Flensburg data not found at {FLENSBURG} (../shared is absent)")
    return os.path.join(FLENSBURG, name)


@pytest.fixture
def stadtteile(qgis_app):
    """The 13 real Stadtteile as a memory copy (an algorithm that fails must not own an OGR layer)."""
    source = QgsVectorLayer(flensburg("flensburg_stadtteile.geojson"), "Stadtteile", "ogr")
    assert source.isValid() and source.featureCount() == 13
    return source.materialize(QgsFeatureRequest())


# -- a Berlin-MSS-like table with -9999 cells -----------------------------------------------------------------
def mss_rows(seed=14, n=60):
    """n Planungsräume with the fields of the berlin_mss_2021 preset; some cells are -9999 (no data)."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        rows.append({"PLR_ID": f"{1100100 + i:08d}", "PLR_NAME": f"Planungsraum {i}", "KOM": "",
                     "EW": float(rng.integers(150, 20000)), "S1": abs(rng.normal(8, 3)),  # shares: >= 0
                     "S3": abs(rng.normal(6, 2.5)), "S4": abs(rng.normal(25, 10)), "D1": rng.normal(0.1, 0.4),
                     "D3": rng.normal(-0.2, 0.6),
                     "D4": rng.normal(0.5, 1.5)})
    for i, field in zip(rng.choice(n, 8, replace=False), ["EW", "S1", "S1", "S3", "S4", "D1", "D3", "D4"]):
        rows[int(i)][field] = -9999.0
    return rows


def cleaned(rows):
    return [{k: (None if v == -9999.0 else v) for k, v in r.items()} for r in rows]


def memory_table(rows):
    spec = "&".join(["field=PLR_ID:string", "field=PLR_NAME:string", "field=KOM:string"]
                    + [f"field={f}:double" for f in MSS_FIELDS])
    layer = QgsVectorLayer(f"None?{spec}", "mss", "memory")
    features = []
    for r in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([r["PLR_ID"], r["PLR_NAME"], r["KOM"]] + [r[n] for n in MSS_FIELDS])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def csv_table(rows, path):
    """The same table as a CSV the way spreadsheets export it (OGR reads every field as text)."""
    def cell(v):
        return "" if v is None else ("-9999" if v == -9999.0 else f"{v:.4f}".replace(".", ","))
    lines = [";".join(["PLR_ID", "PLR_NAME", "KOM", *MSS_FIELDS])]
    lines += [";".join([r["PLR_ID"], r["PLR_NAME"], r["KOM"]] + [cell(r[f]) for f in MSS_FIELDS]) for r in rows]
    path.write_text("\n".join(lines), encoding="utf-8")
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid()
    return layer


def classes(output):
    return {f["PLR_ID"]: (f["status_class"], f["dynamik_class"], f["scored"], f["not_scored_reason"])
            for f in output.getFeatures()}


def preset_with(tmp_path, **suppression):
    with open(paths.resource("presets", "berlin_mss_2021.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    data["suppression"].update(suppression)
    path = tmp_path / "mss_with_suppression.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_minus_9999_gives_the_same_classes_as_empty_cells(quartier_provider, tmp_path):
    rows = mss_rows()
    expected = classes(run("need_index", INPUT=memory_table(cleaned(rows)), KEY_FIELD="PLR_ID",
                           METHOD="berlin_mss_2021")["OUTPUT"])
    assert sum(1 for c in expected.values() if not c[2]) >= 8  # the cleaned cells are not scored
    as_numbers = memory_table(rows)
    as_text = csv_table(rows, tmp_path / "mss_9999.csv")
    for table in (as_numbers, as_text):
        out = run("need_index", INPUT=table, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021", NO_DATA="-9999")
        assert classes(out["OUTPUT"]) == expected
        out = run("need_index", INPUT=table, KEY_FIELD="PLR_ID",
                  METHOD_FILE=preset_with(tmp_path, missing_values=[-9999]))
        assert classes(out["OUTPUT"]) == expected
    # -9999 read as a value would change classes: undeclared, the codes stop the run (plausibility check) …
    with pytest.raises(QgsProcessingException, match="-9999 looks like a no-data code left in the data"):
        run("need_index", INPUT=as_numbers, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021")
    # … or, excluded, are missing like declared codes
    out = run("need_index", INPUT=as_numbers, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021", IMPLAUSIBLE=1)
    assert classes(out["OUTPUT"]) == expected


def test_outliers_declared_in_a_comment_column(quartier_provider, tmp_path):
    rows = cleaned(mss_rows(seed=3))
    declared = [rows[i]["PLR_ID"] for i in (4, 17, 33)]
    for i in (4, 17, 33):
        rows[i]["KOM"] = "ungültig (Ausreißer)"
    rows[5]["KOM"] = "geprüft"
    table = memory_table(rows)
    listed = classes(run("need_index", INPUT=table, KEY_FIELD="PLR_ID",
                         METHOD_FILE=preset_with(tmp_path, outliers=declared))["OUTPUT"])
    assert [listed[k][3] for k in declared] == ["declared outlier"] * 3
    log = Log()
    by_column = run("need_index", feedback=log, INPUT=table, KEY_FIELD="PLR_ID",
                    METHOD_FILE=preset_with(tmp_path, outlier_column={"field": "KOM", "contains": "Ausreißer"}))
    assert classes(by_column["OUTPUT"]) == listed
    assert "3 areas declared outliers by the field KOM (containing “Ausreißer”)." in log.infos
    for text in ("ausreißer", "AUSREISSER"):  # case does not matter (ß casefolds to ss)
        by_parameters = run("need_index", INPUT=table, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021",
                            OUTLIER_FIELD="KOM", OUTLIER_TEXT=text)
        assert classes(by_parameters["OUTPUT"]) == listed
    checked = run("need_index", INPUT=table, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021",
                  OUTLIER_FIELD="KOM", OUTLIER_TEXT="GEPRÜFT")["OUTPUT"]
    assert [c[3] for c in classes(checked).values()].count("declared outlier") == 1


def test_need_index_keeps_the_name_field(quartier_provider):
    table = memory_table(cleaned(mss_rows()))
    out = run("need_index", INPUT=table, KEY_FIELD="PLR_ID", NAME_FIELD="PLR_NAME", METHOD="berlin_mss_2021")
    names = out["OUTPUT"].fields().names()
    assert names[:3] == ["PLR_ID", "PLR_NAME", "status"]
    first = next(out["OUTPUT"].getFeatures())
    assert first["PLR_NAME"] == "Planungsraum 0"
    without = run("need_index", INPUT=table, KEY_FIELD="PLR_ID", METHOD="berlin_mss_2021")["OUTPUT"]
    assert "PLR_NAME" not in without.fields().names()


def test_need_index_prints_each_warning_once(quartier_provider):
    log = Log()
    result = run("need_index", feedback=log, INPUT=memory_table(cleaned(mss_rows())), KEY_FIELD="PLR_ID",
                 METHOD="berlin_mss_2021")
    assert "300" in result["WARNINGS"]
    assert not any(w in result["WARNINGS"] for w in log.warnings)


# -- the real Flensburg tables --------------------------------------------------------------------------------
def by_area(output):
    return {f["AREA_ID"]: f for f in output.getFeatures()}


def test_flensburg_tables_join_by_code_and_by_name(quartier_provider, stadtteile):
    log = Log()
    result = run("import_statistics", feedback=log, AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=flensburg(TAB_1),
                 TABLE_KEY="id")
    rows = by_area(result["OUTPUT"])
    assert len(rows) == 13 and "Matched: 13;" in result["REPORT"]
    assert rows["STGT01"]["männlich"] == pytest.approx(53.4) and rows["STGT04"]["stadtteil"] == "Westliche_Höhe"
    assert any("Matched: 13 (by key 0, by number 13, by name 0)" in line for line in log.lines)
    assert any("STGT01" in line and "1 → STGT01" in line for line in log.lines)

    result = run("import_statistics", AREAS=stadtteile, AREA_KEY="AREA_ID", AREA_NAME="AREA_NAME",
                 TABLE=flensburg(TAB_18), TABLE_KEY="Stadtteil", COLUMNS="Anzahl_2021;Anteil_in_%_2021")
    rows = by_area(result["OUTPUT"])
    assert "Matched: 13;" in result["REPORT"] and rows["STGT04"]["Anzahl_2021"] == 733
    assert rows["STGT13"]["Anteil_in_%_2021"] == pytest.approx(3.1)

    result = run("import_statistics", AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=flensburg(TAB_6),
                 TABLE_KEY="Stadtteil", COLUMN_NAMES="Stadtteil;u18_2011;u18_2017;u18_2018;u18_2019;u18_2020;u18_2021")
    rows = by_area(result["OUTPUT"])
    assert "Matched: 13;" in result["REPORT"] and len(rows) == 13
    assert rows["STGT01"]["u18_2011"] == 297 and rows["STGT13"]["u18_2021"] == 1244  # the first row is data

    result = run("import_statistics", AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=flensburg(TAB_6),
                 TABLE_KEY="column_1", HEADER=2)
    assert "Matched: 13;" in result["REPORT"] and "column_7" in result["OUTPUT"].fields().names()


def test_bad_cells_and_totals_are_named_once(quartier_provider, stadtteile):
    log = Log()
    result = run("import_statistics", feedback=log, AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=flensburg(TAB_8),
                 TABLE_KEY="column_1")
    assert "Line 7, column column_2: '857°' is not a number; it is read as missing." in log.warnings
    assert by_area(result["OUTPUT"])["STGT07"]["column_2"] is None or \
        str(by_area(result["OUTPUT"])["STGT07"]["column_2"]) == "NULL"
    assert "cells that are not numbers: 1;" in result["REPORT"]

    log = Log()
    result = run("import_statistics", feedback=log, AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=flensburg(TAB_5),
                 TABLE_KEY="id", COLUMNS="stadtteil;gesamt",
                 TOTALS="gesamt = unter_18 + 18_bis_unter_30 + 30_bis_unter_45 + 45_bis_unter_65 + 65_bis_unter_80 "
                        "+ 80_und_älter")
    assert "8: gesamt is 7602, but its parts sum to 6702." in log.warnings
    assert "totals that differ: 2" in result["REPORT"]
    assert len(log.lines) == len(set(log.lines))  # nothing twice
    assert not any(line in result["REPORT"] for line in log.lines)


def test_three_tables_in_a_chain_keep_every_area_and_column(quartier_provider, stadtteile):
    layer = stadtteile
    for table, expected in ((TAB_1, ["stadtteil", "2011", "gesamt"]), (TAB_4, ["stadtteil_stat", "2011_stat"]),
                            (TAB_5, ["stadtteil_stat2", "gesamt_stat", "unter_18"])):
        layer = run("import_statistics", AREAS=layer, AREA_KEY="AREA_ID", TABLE=flensburg(table),
                    TABLE_KEY="id")["OUTPUT"]
        assert layer.featureCount() == 13
        assert set(expected) <= set(layer.fields().names())
    rows = by_area(layer)
    assert rows["STGT08"]["gesamt"] == 6702 and rows["STGT08"]["gesamt_stat"] == 7602
    assert rows["STGT04"]["2020_stat"] == 43 and rows["STGT03"]["stadtteil_stat2"] == "Nordstadt"
    assert len(layer.fields().names()) == len(stadtteile.fields()) + 9 + 7 + 10


def test_undecidable_decimal_and_empty_joins_are_errors(quartier_provider, stadtteile, tmp_path):
    ambiguous = tmp_path / "ambiguous.csv"
    ambiguous.write_text("id,Personen\n1,\"1.374\"\n2,12\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="column Personen has '1.374'.*Decimal separator"):
        run("import_statistics", AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=str(ambiguous), TABLE_KEY="id")
    rows = by_area(run("import_statistics", AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=str(ambiguous),
                       TABLE_KEY="id", DECIMAL=1)["OUTPUT"])
    assert rows["STGT01"]["Personen"] == 1374
    other = tmp_path / "other_keys.csv"
    other.write_text("nr;wert\n901;1\n902;2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="No row of the table matches an area"):
        run("import_statistics", AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=str(other), TABLE_KEY="nr")
    with pytest.raises(QgsProcessingException, match="No row of the table matches an area"):
        run("import_statistics", AREAS=stadtteile, AREA_KEY="AREA_ID", TABLE=flensburg(TAB_18), TABLE_KEY="Stadtteil")
