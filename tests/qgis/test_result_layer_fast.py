"""The result layer updater (issue 18: numpy comparison, only changed cells) writes what the straightforward
one writes: every column compared value by value in Python, as before. Random results with NULLs, small
areas, ties and classes go through both, one weight change after another, into two identical layers."""

import numpy as np
from qgis.core import QgsFeature, QgsVectorLayer

from quartier_plugin.core.method_preset import parse_preset
from quartier_plugin.core.need_index import AreaData, compute
from quartier_plugin.layers.result_layer import (
    ResultLayerUpdater,
    _field,
    field_spec,
    result_columns,
)
from quartier_plugin.storage.fields import value_or_none

PRESET = {
    "id": "fast", "label": {"de": "Fast", "en": "Fast"}, "key_field": "key", "population_field": "ew",
    "indicators": [{"id": i, "label": {"de": i, "en": i}, "value_field": i, "direction": "higher_is_need"}
                   for i in ("a", "b", "c")],
    "indices": [{"id": "index", "children": ["a", "b", "c"], "weights": "equal",
                 "classification": {"method": "quantile", "classes": 4}}],
}


class ReferenceUpdater:
    """The updater as it was before issue 18: every value of every column compared in Python."""

    def __init__(self, layer):
        self.layer = layer
        self.fids = [f.id() for f in layer.getFeatures()]
        self.index = {f.name(): i for i, f in enumerate(layer.fields())}
        self.cache = {}

    def update(self, preset, result):
        changes = {}
        for name, values in result_columns(preset, result).items():
            if name not in self.index:
                continue
            old = self.cache.get(name)
            for fid, new, before in zip(self.fids, values, old or [object()] * len(values)):
                if new != before:
                    changes.setdefault(fid, {})[self.index[name]] = new
            self.cache[name] = values
        if changes:
            self.layer.dataProvider().changeAttributeValues(changes)
        return len(changes)


def area_layer(preset, n):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "result", "memory")
    layer.dataProvider().addAttributes([_field(name, kind) for name, kind in field_spec(preset)])
    layer.updateFields()
    features = []
    for i in range(n):
        feature = QgsFeature(layer.fields())
        feature["key"] = str(i)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def rows_of(layer):
    return [[(type(value_or_none(v)), value_or_none(v)) for v in f.attributes()] for f in layer.getFeatures()]


def test_updates_equal_the_straightforward_updates():
    rng = np.random.default_rng(5)
    n = 400
    preset = parse_preset(PRESET)
    columns = {"ew": np.where(rng.random(n) < 0.15, rng.choice([0.0, 120.0, 299.0, np.nan], n),
                              rng.integers(300, 5000, n).astype(float))}
    for name in ("a", "b", "c"):
        values = np.round(rng.normal(10, 3, n), 0)  # whole numbers: many ties
        values[rng.random(n) < 0.05] = np.nan
        columns[name] = values
    data = AreaData([str(i) for i in range(n)], columns)
    fast_layer, slow_layer = area_layer(preset, n), area_layer(preset, n)
    fast, slow = ResultLayerUpdater(fast_layer), ReferenceUpdater(slow_layer)
    changed = []
    for step in range(6):
        weights = {"index": [1.0, 1.0, 1.0] if step in (0, 3) else rng.uniform(0.1, 1, 3).tolist()}
        result = compute(preset, data, weights_override=weights, min_population=300 if step < 4 else 1000)
        changed.append((fast.update(preset, result), slow.update(preset, result)))
        assert rows_of(fast_layer) == rows_of(slow_layer), f"step {step}"
    assert all(a == b for a, b in changed), changed
    assert changed[0][0] == n and 0 < changed[1][0] <= n  # all at first, then what changed
    assert fast_layer.renderer() is not None and "(" in fast_layer.renderer().categories()[0].label()


def test_the_map_columns_first_the_rest_when_flushed():
    """The live preview writes what the map draws at once and the other columns on flush (when the user pauses);
    after the flush the layer equals the straightforward update, also over several changes without a flush."""
    from quartier_plugin.layers.result_layer import MAP_COLUMNS

    rng = np.random.default_rng(9)
    n = 300
    preset = parse_preset(PRESET)
    data = AreaData([str(i) for i in range(n)], {"ew": rng.integers(100, 5000, n).astype(float),
                                                  **{c: rng.normal(10, 3, n) for c in ("a", "b", "c")}})
    fast_layer, slow_layer = area_layer(preset, n), area_layer(preset, n)
    fast, slow = ResultLayerUpdater(fast_layer), ReferenceUpdater(slow_layer)
    names = fast_layer.fields().names()
    map_idx = [names.index(c) for c in MAP_COLUMNS]
    other_idx = [i for i, name in enumerate(names) if name in ("index", "rank")]
    for step in range(4):
        weights = {"index": rng.uniform(0.1, 1, 3).tolist()}
        result = compute(preset, data, weights_override=weights)
        fast.update(preset, result, now=MAP_COLUMNS)
        slow.update(preset, result)
        got, want = rows_of(fast_layer), rows_of(slow_layer)
        assert [[r[i] for i in map_idx] for r in got] == [[r[i] for i in map_idx] for r in want]  # the map: now
        if step < 2:
            continue  # two changes in a row without a pause: nothing else written yet
        assert [[r[i] for i in other_idx] for r in got] != [[r[i] for i in other_idx] for r in want]
        assert fast.flush() > 0
        assert rows_of(fast_layer) == rows_of(slow_layer), f"step {step}"
        assert fast.flush() == 0  # nothing left waiting


def test_a_withheld_area_loses_its_values_at_once():
    """When the threshold changes which areas are scored, nothing waits for the flush: no withheld area keeps a
    value in the preview, not even for the pause."""
    from quartier_plugin.layers.result_layer import MAP_COLUMNS

    rng = np.random.default_rng(4)
    n = 200
    preset = parse_preset(PRESET)
    data = AreaData([str(i) for i in range(n)], {"ew": rng.integers(100, 3000, n).astype(float),
                                                  **{c: rng.normal(10, 3, n) for c in ("a", "b", "c")}})
    layer = area_layer(preset, n)
    updater = ResultLayerUpdater(layer)
    updater.update(preset, compute(preset, data, min_population=300), now=MAP_COLUMNS)
    updater.flush()
    stricter = compute(preset, data, min_population=1500)
    updater.update(preset, stricter, now=MAP_COLUMNS)
    index = layer.fields().indexOf("index")
    withheld = [f for f in layer.getFeatures() if not f["scored"]]
    assert len(withheld) > 30
    assert all(value_or_none(f.attributes()[index]) is None for f in withheld)
    assert updater.flush() == 0  # everything went at once
