"""Issue 18's vectorised helpers equal the value-by-value code they replace (random values, halves, NULLs)."""

import math

import numpy as np
import pytest

from quartier_plugin.core import plausibility as p
from quartier_plugin.core.disclosure import round_share, round_shares


@pytest.mark.parametrize("decimals", [0, 1, 2, 3])
def test_round_shares_equals_round_share_value_for_value(decimals):
    rng = np.random.default_rng(decimals)
    step = 10.0 ** -decimals
    values = np.concatenate([
        rng.normal(0, 100, 50_000), rng.uniform(0, 100, 50_000), np.round(rng.uniform(-100, 100, 20_000), decimals + 1),
        (np.arange(-2000, 2000) + 0.5) * step,  # the halves, where scaled rounding can go the other way
        [np.nan, np.inf, -np.inf, 0.0, -0.0, -0.04, 1e300, -1e300, 2.0 ** 60, 5e-324, 0.125, 0.285, 0.675, 1.005]])
    fast = round_shares(values, decimals)
    slow = [round_share(v, decimals) for v in values.tolist()]
    for a, b in zip(fast.tolist(), slow):
        assert (a == b and math.copysign(1, a) == math.copysign(1, b)) or (a != a and b != b), (a, b)


def reference_kinds(keys, columns, roles, skip):
    """The first loop of check_columns as it was: every suspicious cell classified on its own."""
    out = []
    for column, values in columns.items():
        role = roles.columns.get(column, p.VALUE)
        suspicious = ~np.isfinite(values) & ~np.isnan(values)
        suspicious |= np.isfinite(values) & ((values < 0) | (np.abs(values) >= 999))
        if role == p.SHARE:
            suspicious |= np.isfinite(values) & (values > 100)
        for i in np.flatnonzero(suspicious):
            if i in skip:
                continue
            kind = p._cell_kind(float(values[i]), role)
            if kind is not None:
                out.append((keys[i], column, float(values[i]), kind, int(i)))
    return out


def test_suspicious_cells_classified_once_per_value_equal_cell_by_cell():
    rng = np.random.default_rng(7)
    n = 3000
    codes = np.array([-1, -9, -99, -999, 999, 9999, -9999, 99999, 999999, 1000, 5000, 101, np.inf, -np.inf, np.nan])
    columns = {}
    for name in ("ew", "share", "value"):
        values = rng.normal(50, 30, n)
        pick = rng.random(n) < 0.3
        values[pick] = rng.choice(codes, pick.sum())
        columns[name] = values
    roles = p.Roles(columns={"ew": p.COUNT, "share": p.SHARE, "value": p.VALUE}, parts=[])
    keys = [str(i) for i in range(n)]
    skip = set(rng.choice(n, 200, replace=False).tolist())
    found = p.check_columns(keys, columns, roles, z_limit=None, skip=skip)
    assert found and sorted((f.key, f.column, f.value, f.kind, f.row) for f in found) == sorted(
        reference_kinds(keys, columns, roles, skip))


def test_need_index_remembers_only_what_the_weights_do_not_change():
    """The weighting dock computes with a memo: every weight change must give what a run without it gives."""
    import numpy as np

    from quartier_plugin.core.method_preset import parse_preset
    from quartier_plugin.core.need_index import AreaData, compute

    rng = np.random.default_rng(11)
    n = 500
    names = ["a", "b", "c", "d"]
    preset = parse_preset({
        "id": "t", "label": {"de": "t", "en": "t"}, "population_field": "ew",
        "indicators": [{"id": i, "label": {"de": i, "en": i}, "value_field": i, "direction": "higher_is_need"}
                       for i in names],
        "indices": [{"id": "index", "children": names, "weights": "equal"}]})
    columns = {"ew": rng.integers(0, 3000, n).astype(float), **{i: rng.normal(10, 3, n) for i in names}}
    columns["a"][rng.random(n) < 0.05] = np.nan
    data = AreaData([str(k) for k in range(n)], columns)
    parents = [str(k % 7) for k in range(n)]
    memo = {}
    for step in range(5):
        weights = {"index": rng.uniform(0.1, 1, 4).tolist()}
        threshold = 300 if step < 3 else 800
        fresh = compute(preset, data, weights_override=weights, min_population=threshold, parents=parents)
        again = compute(preset, data, weights_override=weights, min_population=threshold, parents=parents,
                        memo=memo)
        for key in ("value", "rank", "class_index"):
            a, b = fresh.nodes["index"][key], again.nodes["index"][key]
            assert np.array_equal(np.asarray(a, dtype=float), np.asarray(b, dtype=float), equal_nan=True), (step, key)
        assert list(fresh.nodes["index"]["class"]) == list(again.nodes["index"]["class"])
        assert fresh.reason == again.reason and np.array_equal(fresh.scored, again.scored)
        assert fresh.warnings == again.warnings and fresh.weights == again.weights
        for ind in names:
            assert list(fresh.indicators[ind]["rating"]) == list(again.indicators[ind]["rating"])
    assert sum(1 for k in memo if k and k[0] == "base") == 2  # one weight-free part per threshold
