"""The need index engine: presets, Berlin MSS 2021 reproduced, two-level trees, suppression, properties."""

import json
import statistics
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quartier_plugin.core.method_preset import PresetError, load_preset, parse_preset
from quartier_plugin.core.methods import MethodError
from quartier_plugin.core.need_index import AreaData, compute

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
PUBLISHED_STATUS = {"hoch": 75, "mittel": 366, "niedrig": 46, "sehr niedrig": 49}
PUBLISHED_DYNAMICS = {"positiv": 48, "stabil": 436, "negativ": 52}


def mss():
    return load_preset("berlin_mss_2021", str(PRESETS))


# -- an independent, literal implementation of the MSS steps in DOMAIN.md -------------------------
def mss_by_hand(rows):
    scored = [r for r in rows if r["EW"] >= 300]

    def index(cols):
        z = {}
        for c in cols:
            vals = [r[c] for r in scored]
            mu, sd = statistics.mean(vals), statistics.pstdev(vals)
            z[c] = {r["key"]: (r[c] - mu) / sd for r in scored}
        sums = {r["key"]: sum(z[c][r["key"]] for c in cols) for r in scored}
        mu, sd = statistics.mean(sums.values()), statistics.pstdev(sums.values())
        return {k: (v - mu) / sd for k, v in sums.items()}

    status, dyn = index(["S1", "S3", "S4"]), index(["D1", "D3", "D4"])

    def status_class(v):
        return "hoch" if v < -1 else "mittel" if v <= 1 else "niedrig" if v <= 1.5 else "sehr niedrig"

    def dyn_class(v):
        return "positiv" if v < -1 else "stabil" if v <= 1 else "negativ"

    return {k: (status_class(status[k]), dyn_class(dyn[k])) for k in status}


def target_values(counts, bins, rng):
    """Values spread inside the given bins, ``counts`` per bin, shuffled."""
    out = np.concatenate([rng.uniform(lo, hi, n) for n, (lo, hi) in zip(counts, bins)])
    rng.shuffle(out)
    return out


def published_like_table(seed=21):
    """542 Planungsräume: 536 scored with the published class counts, 6 under 300 residents."""
    rng = np.random.default_rng(seed)
    y = target_values([75, 366, 46, 49], [(-2.3, -1.15), (-0.9, 0.9), (1.2, 1.5), (1.7, 2.6)], rng)
    d = target_values([48, 436, 52], [(-2.6, -1.2), (-0.85, 0.85), (1.2, 2.6)], rng)
    rows = []
    for i in range(536):
        rows.append({"key": f"{1100000 + i:08d}", "EW": int(rng.integers(300, 30000)),
                     "S1": 8 + 3 * y[i], "S3": 6 + 2.5 * y[i], "S4": 26 + 11 * y[i],  # a share: >= 0 (y >= -2.3)
                     "D1": 0.1 + 0.4 * d[i], "D3": -0.2 + 0.6 * d[i], "D4": 0.5 + 1.5 * d[i]})
    for j in range(6):  # tiny areas with extreme values: must not influence anybody
        rows.append({"key": f"{1200000 + j:08d}", "EW": [0, 12, 150, 299, 80, 5][j], "S1": 90.0, "S3": 95.0,
                     "S4": 99.0, "D1": 40.0, "D3": -40.0, "D4": 55.0})
    return rows


def area_data(rows, fields=("EW", "S1", "S3", "S4", "D1", "D3", "D4")):
    return AreaData([r["key"] for r in rows], {f: np.array([float(r[f]) for r in rows]) for f in fields})


def test_mss_reproduces_published_counts_and_every_class():
    rows = published_like_table()
    expected = mss_by_hand(rows)
    from collections import Counter

    assert Counter(s for s, _ in expected.values()) == PUBLISHED_STATUS  # the table is built right
    assert Counter(d for _, d in expected.values()) == PUBLISHED_DYNAMICS
    result = compute(mss(), area_data(rows))
    status, dyn = result.nodes["status"]["class"], result.nodes["dynamik"]["class"]
    for i, r in enumerate(rows):
        if r["key"] in expected:
            assert (status[i], dyn[i]) == expected[r["key"]], r["key"]
        else:
            assert status[i] is None and dyn[i] is None and result.reason[i] == "population"
    assert Counter(x for x in status if x) == PUBLISHED_STATUS
    assert Counter(x for x in dyn if x) == PUBLISHED_DYNAMICS
    assert int(result.scored.sum()) == 536
    groups = result.matrix["group"]
    assert set(groups[result.scored]) <= set(range(1, 13)) and result.matrix["label"][0].count("/") == 1


def test_mss_on_random_table_matches_the_literal_method():
    rng = np.random.default_rng(7)
    rows = [{"key": str(i), "EW": int(rng.integers(100, 20000)), **{c: float(rng.gamma(2, 4)) for c in
                                                                      ("S1", "S3", "S4")},
             **{c: float(rng.normal(0, 1)) for c in ("D1", "D3", "D4")}} for i in range(400)]
    expected = mss_by_hand(rows)
    result = compute(mss(), area_data(rows))
    got = {r["key"]: (result.nodes["status"]["class"][i], result.nodes["dynamik"]["class"][i])
           for i, r in enumerate(rows) if result.scored[i]}
    assert got == expected


def test_outliers_are_excluded_like_small_areas():
    rows = published_like_table()
    preset = mss()
    preset.outliers = [rows[0]["key"].lstrip("0")]  # keys match without leading zeros
    result = compute(preset, area_data(rows))
    assert result.reason[0] == "outlier" and int(result.scored.sum()) == 535


def simple_preset(**over):
    data = {
        "id": "t", "label": {"de": "T", "en": "T"}, "population_field": "ew",
        "indicators": [
            {"id": "a", "label": {"de": "A", "en": "A"}, "numerator": "a_n", "denominator": "ew",
             "direction": "higher_is_need"},
            {"id": "b", "label": {"de": "B", "en": "B"}, "value_field": "b", "direction": "lower_is_need"},
            {"id": "c", "label": {"de": "C", "en": "C"}, "value_field": "c", "direction": "higher_is_need"}],
        "indices": [
            {"id": "sozial", "children": ["a", "b"], "weights": {"a": 3, "b": 1}},
            {"id": "gesundheit", "children": ["c"]},
            {"id": "index", "children": ["sozial", "gesundheit"], "weights": "equal",
             "classification": {"method": "quantile", "classes": 2, "labels": ["niedrig", "hoch"]}}],
    }
    data.update(over)
    return parse_preset(data)


DATA = AreaData(["1", "2", "3", "4", "5"], {
    "ew": np.array([1000.0, 2000, 1000, 100, 4000]), "a_n": np.array([100.0, 100, 300, 99, 800]),
    "b": np.array([5.0, 1, 3, 0, 2]), "c": np.array([1.0, 2, 3, 4, 5])})


def test_two_level_tree_by_hand():
    result = compute(simple_preset(), DATA)
    scored = result.scored
    assert scored.tolist() == [True, True, True, False, True]
    a = np.array([10.0, 5, 30, 20])   # % of residents, scored areas only
    b = np.array([5.0, 1, 3, 2])
    c = np.array([1.0, 2, 3, 5])
    za, zb, zc = (a - a.mean()) / a.std(), -(b - b.mean()) / b.std(), (c - c.mean()) / c.std()
    expected = 0.5 * (0.75 * za + 0.25 * zb) + 0.5 * zc
    got = result.nodes["index"]["value"][scored]
    assert got == pytest.approx(expected)
    assert result.nodes["index"]["rank"][scored].tolist() == (np.argsort(np.argsort(-expected)) + 1).tolist()
    assert result.weights["sozial"] == pytest.approx({"a": 0.75, "b": 0.25})
    assert result.indicators["a"]["city_value"] == pytest.approx(1300 / 8000 * 100)  # ratio of sums
    assert np.isnan(result.indicators["a"]["value"][3])  # the suppressed area shows nothing
    assert result.indicators["a"]["rating"][3] is None
    assert sorted(x for x in result.nodes["index"]["class"] if x) == ["hoch", "hoch", "niedrig", "niedrig"]


def test_ahp_node_and_inconsistency_warning():
    preset = simple_preset(indices=[
        {"id": "index", "children": ["a", "b", "c"],
         "weights": {"ahp": [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]}}])
    result = compute(preset, DATA)
    assert ("ahp_inconsistent", {"index": "index", "cr": result.warnings[0][1]["cr"]}) in result.warnings


def test_geometric_needs_positive_scores():
    with pytest.raises(MethodError, match="geometric"):
        compute(simple_preset(aggregation="geometric"), DATA)
    result = compute(simple_preset(aggregation="geometric", normalisation={"method": "rank"}), DATA)
    assert np.isfinite(result.nodes["index"]["value"][result.scored]).all()
    assert (result.nodes["index"]["value"][result.scored] > 0).all()


def test_missing_value_means_not_scored_and_bad_input():
    data = AreaData(DATA.keys, dict(DATA.columns, c=np.array([1.0, np.nan, 3, 4, 5])))
    result = compute(simple_preset(), data)
    assert result.reason[1] == "missing data" and not result.scored[1]
    assert ("missing_data", {"indicator": "c", "share": "25"}) in result.warnings
    with pytest.raises(MethodError, match="do not vary"):
        compute(simple_preset(), AreaData(DATA.keys, dict(DATA.columns, c=np.ones(5))))
    with pytest.raises(MethodError, match="all values are missing"):
        compute(simple_preset(), AreaData(DATA.keys, dict(DATA.columns, c=np.full(5, np.nan))))
    with pytest.raises(MethodError, match="field 'c' is missing"):
        compute(simple_preset(), AreaData(DATA.keys, {k: v for k, v in DATA.columns.items() if k != "c"}))
    with pytest.raises(MethodError, match="all weights are zero"):
        compute(simple_preset(), DATA, weights_override={"sozial": [0, 0]})


@pytest.mark.parametrize("change,message", [
    ({"indices": [{"id": "x", "children": ["nope"]}]}, r"indices\[0\].children\[0\]: unknown indicator"),
    ({"normalisation": {"method": "zz"}}, "normalisation.method: expected one of"),
    ({"weird": 1}, "weird: unknown key"),
    ({"indicators": [{"id": "a", "label": {"de": "A", "en": "A"}, "direction": "up", "value_field": "a"}]},
     r"indicators\[0\].direction"),
    ({"indicators": [{"id": "a", "label": {"de": "A", "en": "A"}, "direction": "higher_is_need"}]},
     r"indicators\[0\].value_field: give either"),
    ({"indices": [{"id": "x", "children": ["a"], "weights": {"ahp": [[1]]}},
                  {"id": "y", "children": ["x"], "weights": {"ahp": [[1, 2], [0.5, 1]]}}]},
     r"indices\[1\].weights.ahp"),
    ({"rating": {"bands": [1, 0.5]}}, "rating.bands"),
    ({"label": {"de": "T"}}, "label.en"),
])
def test_preset_errors_name_the_key(change, message):
    data = json.loads(json.dumps(simple_preset().raw))
    data.update(change)
    with pytest.raises(PresetError, match=message):
        parse_preset(data)


def test_unknown_preset_and_bad_json(tmp_path):
    with pytest.raises(PresetError, match="berlin_mss_2021"):
        load_preset("nope", str(PRESETS))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(PresetError, match="not valid JSON"):
        load_preset(str(bad), str(PRESETS))


def test_shipped_presets_parse():
    for name in ("stuttgart_gebietsauswahl", "berlin_mss_2021"):
        preset = load_preset(name, str(PRESETS))
        assert preset.indicators and preset.nodes
    assert len(load_preset("stuttgart_gebietsauswahl", str(PRESETS)).indicators) == 7


# -- properties --------------------------------------------------------------------------------
values = st.lists(st.floats(min_value=0.0, max_value=100.0, allow_nan=False), min_size=6, max_size=6)


def props_data(a, b, c, ew=(500, 500, 500, 500, 500, 500)):
    return AreaData([str(i) for i in range(6)], {"ew": np.array(ew, float), "a_n": np.array(a) * 5,
                                                   "b": np.array(b), "c": np.array(c)})


def varied(*cols):
    return all(len({round(x, 6) for x in col}) > 2 for col in cols)


@settings(max_examples=50, deadline=None)
@given(values, values, values, st.floats(min_value=0.01, max_value=1000))
def test_zscore_index_invariant_to_rescaling(a, b, c, factor):
    if not varied(a, b, c):
        return
    one = compute(simple_preset(), props_data(a, b, c)).nodes["index"]["value"]
    two = compute(simple_preset(), props_data(a, b, [x * factor for x in c])).nodes["index"]["value"]
    assert two == pytest.approx(one, abs=1e-6)


@settings(max_examples=50, deadline=None)
@given(values, values, values, st.integers(0, 5), st.floats(min_value=0.1, max_value=50))
def test_raising_a_need_indicator_never_lowers_the_index(a, b, c, area, delta):
    if not varied(a, b, c):
        return
    preset = simple_preset(normalisation={"method": "minmax"})
    before = compute(preset, props_data(a, b, c)).nodes["index"]["value"][area]
    c2 = list(c)
    c2[area] += delta
    after = compute(preset, props_data(a, b, c2)).nodes["index"]["value"][area]
    assert after >= before - 1e-12


@settings(max_examples=50, deadline=None)
@given(values, values, values, st.floats(min_value=0, max_value=1e6))
def test_suppressed_areas_never_influence_the_others(a, b, c, junk):
    if not varied(a[:5], b[:5], c[:5]):
        return
    ew = (500, 500, 500, 500, 500, 10)  # the last area is under 300 residents
    one = compute(simple_preset(), props_data(a, b, c, ew))
    a2, b2, c2 = list(a), list(b), list(c)
    a2[5], b2[5], c2[5] = junk, junk / 3, -junk
    two = compute(simple_preset(), props_data(a2, b2, c2, ew))
    for key in ("index", "sozial"):
        assert two.nodes[key]["value"][:5] == pytest.approx(one.nodes[key]["value"][:5])
    assert two.indicators["a"]["city_value"] == pytest.approx(one.indicators["a"]["city_value"])
    assert np.isnan(two.indicators["c"]["value"][5])


def test_the_city_value_comes_from_counts_not_from_a_mean_of_percentages():
    """10 % of 100, 50 % of 10 000 and 20 % of 5 000 residents: the city has 40.1 %, not the mean 26.7 %."""
    data = json.loads((PRESETS / "berlin_mss_2021.json").read_text(encoding="utf-8"))
    data["rating"]["reference"] = "mean"  # even a preset asking for the mean gets the city's own value
    data["suppression"]["min_population"] = 0
    preset = parse_preset(data)
    rows = [dict(EW=100.0, S1=10.0, S3=5, S4=5, D1=0, D3=0, D4=0), dict(EW=10000.0, S1=50.0, S3=6, S4=7, D1=1, D3=1,
                                                                       D4=2),
            dict(EW=5000.0, S1=20.0, S3=7, S4=6, D1=2, D3=0, D4=1)]
    result = compute(preset, AreaData(["a", "b", "c"], {k: np.array([r[k] for r in rows], dtype=float)
                                                          for k in rows[0]}))
    expected = (0.1 * 100 + 0.5 * 10000 + 0.2 * 5000) / 15100 * 100
    assert result.indicators["S1"]["city_value"] == pytest.approx(expected)
    assert result.indicators["S1"]["city_value"] != pytest.approx((10 + 50 + 20) / 3)


def test_absurd_nesting_is_a_sentence_not_a_recursion_error(tmp_path):
    from quartier_plugin.core.method_preset import MAX_NESTING, object_nesting, text_nesting

    deep = tmp_path / "deep.json"
    deep.write_text('{"id": "x", "comment": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(PresetError, match=rf"deep.json: the method JSON is nested too deeply \(more than "
                                          rf"{MAX_NESTING} levels\)"):
        load_preset(str(deep), str(PRESETS))
    nested = []
    for _ in range(MAX_NESTING + 5):
        nested = [nested]
    with pytest.raises(PresetError, match="nested too deeply"):
        parse_preset({"id": "x", "comment": nested})
    assert text_nesting('{"a": "[[[[", "b": [{"c": "\\"]["}]}') == 3
    assert object_nesting({"a": [{"b": 1}], "c": 2}) == 3


def test_a_binary_method_file_is_named(tmp_path):
    binary = tmp_path / "method.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(PresetError, match="method.json is not a UTF-8 text file"):
        load_preset(str(binary), str(PRESETS))
