"""Issue 3 speed: validation + aggregation of a 20,000-cell grid nested in 152 parents.

Baseline, same run, same data: the QGIS user's route of assigning cells to parents by location and
summing, `native:joinattributesbylocation` + `native:aggregate`. Ours: reading both layers,
validating the hierarchy (keys, geometry validity, nesting, gaps and overlaps) and aggregating.
Target: at least as fast (ratio >= 1).
"""

import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from quartier_plugin.core.aggregation import aggregate_counts
from quartier_plugin.core.hierarchy import LevelMapping
from quartier_plugin.core.validation import validate_hierarchy
from quartier_plugin.layers.unit_reader import read_units

from .harness import best_time, report

PARENTS_X, PARENTS_Y = 8, 19      # 152 parents
CELLS_X, CELLS_Y = 11, 12         # 132 cells each -> 20,064 cells
CELL = 100.0
X0, Y0 = 500_000.0, 5_390_000.0


def make_layers():
    parents = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=pkey:string&field=pname:string", "p", "memory")
    cells = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=ckey:string&field=pkey:string&field=pop:integer",
                           "c", "memory")
    pfeats, cfeats = [], []
    n = 0
    for px in range(PARENTS_X):
        for py in range(PARENTS_Y):
            key = f"{px:02d}{py:02d}"
            x0, y0 = X0 + px * CELLS_X * CELL, Y0 + py * CELLS_Y * CELL
            f = QgsFeature(parents.fields())
            f.setGeometry(QgsGeometry.fromWkt(
                f"MULTIPOLYGON((({x0} {y0},{x0 + CELLS_X * CELL} {y0},{x0 + CELLS_X * CELL} {y0 + CELLS_Y * CELL},"
                f"{x0} {y0 + CELLS_Y * CELL},{x0} {y0})))"))
            f.setAttributes([key, f"Parent {key}"])
            pfeats.append(f)
            for cx in range(CELLS_X):
                for cy in range(CELLS_Y):
                    a, b = x0 + cx * CELL, y0 + cy * CELL
                    c = QgsFeature(cells.fields())
                    c.setGeometry(QgsGeometry.fromWkt(
                        f"MULTIPOLYGON((({a} {b},{a + CELL} {b},{a + CELL} {b + CELL},{a} {b + CELL},{a} {b})))"))
                    c.setAttributes([f"c{n}", key, (n * 7919) % 250])
                    cfeats.append(c)
                    n += 1
    parents.dataProvider().addFeatures(pfeats)
    cells.dataProvider().addFeatures(cfeats)
    return parents, cells


@pytest.fixture(scope="module")
def layers(qgis_processing):
    parents, cells = make_layers()
    assert parents.featureCount() == 152 and cells.featureCount() == 20_064
    return parents, cells


def ours(parents, cells):
    up, _ = read_units(parents, LevelMapping("stadtteil", "pkey", "pname"))
    uc, _ = read_units(cells, LevelMapping("planungsraum", "ckey", None, "pkey", "pop"))
    # cells play the children of the parents: validate them as Stadtteile in Bezirke
    report = validate_hierarchy({"stadtbezirk": up, "stadtteil": uc}, tolerance_m2=1.0)
    assert report.errors == []
    records = ({"ckey": u.raw_key, "pop": u.population} for u in uc)
    result = aggregate_counts(records, "ckey", report.parent_of["stadtteil"], ["pop"])
    assert len(result.rows) == 152
    return result


def baseline(parents, cells):
    joined = processing.run("native:joinattributesbylocation", {
        "INPUT": cells, "JOIN": parents, "PREDICATE": [5], "JOIN_FIELDS": ["pkey"], "METHOD": 2,
        "DISCARD_NONMATCHING": False, "PREFIX": "p_", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = processing.run("native:aggregate", {
        "INPUT": joined, "GROUP_BY": '"p_pkey"', "AGGREGATES": [
            {"aggregate": "first_value", "delimiter": ",", "input": '"p_pkey"', "length": 0, "name": "pkey",
             "precision": 0, "type": 10},
            {"aggregate": "sum", "delimiter": ",", "input": '"pop"', "length": 0, "name": "pop", "precision": 0,
             "type": 6}],
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert out.featureCount() == 152
    return out


def test_bench_validation_and_aggregation(layers):
    parents, cells = layers
    ours_sums = {r["parent_key"]: r["pop"] for r in ours(parents, cells).rows}
    base_sums = {f["pkey"].lstrip("0") or "0": f["pop"] for f in baseline(parents, cells).getFeatures()}
    assert ours_sums == base_sums  # both routes give the same answer
    t_ours = best_time(lambda: ours(parents, cells))
    t_base = best_time(lambda: baseline(parents, cells))
    report("hierarchy validation + aggregation, 20,064 cells in 152 parents", t_ours, t_base,
           "native:joinattributesbylocation + native:aggregate", target=">= 1.0x")
