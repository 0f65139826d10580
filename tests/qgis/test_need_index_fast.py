"""The fast paths of need_index (issue 18) give what the straightforward ones give, on random data.

The straightforward versions are here, as they were before: the rows built cell by cell in Python
(``reference_rows``) and written one new feature per row (``write_reference``). Random values with NULLs,
text cells, ties, small areas and a matrix of two classified indices go through ``quartier:need_index``; its
output must equal, field for field and row for row, the reference written from the same computed result.
"""

import json

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from quartier_plugin.core.disclosure import round_share
from quartier_plugin.core.method_preset import parse_preset
from quartier_plugin.core.need_index import REASONS
from quartier_plugin.definitions import PROVIDER_ID
from quartier_plugin.layers.area_data_reader import read_area_data
from quartier_plugin.processing.need_index_table import result_fields, result_row_blocks
from quartier_plugin.storage.fields import float_values, int_values, value_or_none
from quartier_plugin.translation import tr

INDICATORS = ["a", "b", "c", "d"]
BANDS = {"method": "bands", "bands": [{"upper": -0.5, "label": "gering"}, {"upper": 0.5, "label": "mittel"},
                                      {"label": "hoch"}]}
PRESET = {
    "id": "fast", "label": {"de": "Fast", "en": "Fast"}, "key_field": "key", "population_field": "ew",
    "indicators": [{"id": "a", "label": {"de": "a", "en": "a"}, "numerator": "a_n", "denominator": "ew",
                    "scale": 100, "direction": "higher_is_need"}] + [
        {"id": i, "label": {"de": i, "en": i}, "value_field": i, "direction": d}
        for i, d in (("b", "higher_is_need"), ("c", "lower_is_need"), ("d", "higher_is_need"))],
    "indices": [{"id": "status", "children": ["a", "b"], "weights": {"a": 2, "b": 1}, "classification": BANDS},
                {"id": "dyn", "children": ["c", "d"], "weights": "equal", "classification": BANDS},
                {"id": "index", "children": ["status", "dyn"], "weights": "equal", "classification": BANDS}],
    "matrix": {"id": "matrix", "status": "status", "dynamics": "dyn"},
}


def reference_rows(preset, result, names=None, decimals=None):
    """The rows as need_index built them before issue 18: cell by cell."""
    n = len(result.keys)
    columns = [[str(k) for k in result.keys]]
    if names is not None:
        columns.append([None if v is None else str(v) for v in names])
    for node in preset.nodes:
        info = result.nodes[node.id]
        columns += [float_values(info["value"]), int_values(info["rank"])]
        if node.classification:
            columns.append(list(info["class"]))
    if result.matrix:
        columns += [int_values(result.matrix["group"]), list(result.matrix["label"])]
    for ind in preset.indicators:
        info = result.indicators[ind.id]
        score = info["score"]
        values = float_values(info["value"])
        if decimals is not None:
            values = [round_share(v, decimals) for v in values]
        columns += [values, float_values(score) if score is not None else [None] * n, list(info["rating"])]
    columns += [[int(s) for s in result.scored], [tr(REASONS[r]) if r else None for r in result.reason]]
    return list(zip(*columns))


def write_reference(fields, rows):
    """A memory layer written the straightforward way: a new feature per row, added one by one."""
    layer = QgsVectorLayer("None", "reference", "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        assert layer.dataProvider().addFeature(feature)
    return layer


def random_input(n, seed):
    """A table with NULLs, a text cell that is no number, ties (whole numbers), small areas and names."""
    rng = np.random.default_rng(seed)
    fields = "&".join(["field=key:string", "field=name:string", "field=ew:integer", "field=a_n:double"]
                      + [f"field={i}:double" for i in INDICATORS[1:]] + ["field=note:string"])
    layer = QgsVectorLayer(f"None?{fields}", "random", "memory")
    features = []
    for r in range(n):
        ew = int(rng.choice([0, 50, 299, 300, 301, 1000, 5000]) if rng.random() < 0.2 else rng.integers(300, 9000))
        values = [float(np.round(rng.normal(10, 4), int(rng.integers(0, 3)))) for _ in INDICATORS[1:]]
        values = [None if rng.random() < 0.05 else v for v in values]
        share = None if rng.random() < 0.05 else float(ew * rng.uniform(0, 0.4))
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"{r:05d}", None if rng.random() < 0.1 else f"Gebiet {r}",
                               None if rng.random() < 0.03 else ew, share] + values + [""])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def method(tmp_path):
    path = tmp_path / "fast.json"
    path.write_text(json.dumps(PRESET))
    return str(path)


def rows_of(layer):
    return [[value_or_none(v) for v in f.attributes()] for f in layer.getFeatures()]


@pytest.mark.parametrize("n,seed", [(7, 1), (157, 2), (2500, 3)])
def test_need_index_output_equals_the_straightforward_rows(quartier_provider, method, n, seed):
    layer = random_input(n, seed)
    params = {"INPUT": layer, "KEY_FIELD": "key", "NAME_FIELD": "name", "METHOD_FILE": method, "IMPLAUSIBLE": 1,
              "OUTPUT": "TEMPORARY_OUTPUT"}
    out = processing.run(f"{PROVIDER_ID}:need_index", params)["OUTPUT"]
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"{PROVIDER_ID}:need_index")
    run = algorithm.run_method(params, QgsProcessingContext(), QgsProcessingFeedback(), push_warnings=False)
    assert not run.result.scored.all() and run.result.scored.any()  # small areas and missing data are in it
    fields = result_fields(run.preset, run.result, "key", "name")
    reference = reference_rows(run.preset, run.result, run.read.names, run.city.share_decimals)
    fast = [row for block in result_row_blocks(run.preset, run.result, run.read.names, run.city.share_decimals,
                                               size=50) for row in block]
    # the rows themselves: the same Python values of the same types
    assert [[(type(v), v) for v in row] for row in fast] == [[(type(v), v) for v in row] for row in reference]
    # and what reaches the layer: field for field, row for row
    assert [(f.name(), f.type()) for f in out.fields()] == [(f.name(), f.type()) for f in fields]
    assert rows_of(out) == rows_of(write_reference(fields, reference))


def test_reading_every_row_equals_reading_a_subset(quartier_provider):
    """Columns taken whole (every row kept) equal the row-by-row path (a year field selects rows)."""
    preset = parse_preset(dict(PRESET, year_field="jahr"))
    whole = random_input(300, 4)
    fields = "&".join([f"field={f.name()}:{'string' if f.type() == 10 else 'double'}" for f in whole.fields()]
                      + ["field=jahr:integer"])
    long_table = QgsVectorLayer(f"None?{fields}", "long", "memory")
    features = []
    for year in (2023, 2024):
        for source in whole.getFeatures():
            feature = QgsFeature(long_table.fields())
            feature.setAttributes(source.attributes() + [year])
            features.append(feature)
    long_table.dataProvider().addFeatures(features)
    a = read_area_data(whole, "key", preset)
    b = read_area_data(long_table, "key", preset, year=2024)
    assert b.year == 2024 and a.year is None
    assert a.data.keys == b.data.keys and a.feature_ids == [f - 300 for f in b.feature_ids]
    for name, column in a.data.columns.items():
        np.testing.assert_array_equal(column, b.data.columns[name])
    assert [(f.key, f.column, f.kind) for f in a.findings] == [(f.key, f.column, f.kind) for f in b.findings]
