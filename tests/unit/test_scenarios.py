"""Weighting scenarios: settings -> method, scenario files, weight shares, AHP input, comparison, profile."""

import copy
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quartier_plugin.core import scenario as sc
from quartier_plugin.core.method_preset import parse_preset
from quartier_plugin.core.methods import MethodError, ahp_weights
from quartier_plugin.core.need_index import AreaData, compute
from quartier_plugin.core.profile import area_profile
from quartier_plugin.core.robustness import robustness
from quartier_plugin.core.scenario_compare import compare, ranking_of, summary

BASE = {
    "id": "t", "label": {"de": "T", "en": "T"}, "population_field": "ew",
    "indicators": [
        {"id": "a", "label": {"de": "A", "en": "A"}, "numerator": "a_n", "denominator": "ew",
         "direction": "higher_is_need", "unit": "%"},
        {"id": "b", "label": {"de": "B", "en": "B"}, "value_field": "b", "direction": "lower_is_need"},
        {"id": "c", "label": {"de": "C", "en": "C"}, "value_field": "c", "direction": "higher_is_need"}],
    "indices": [
        {"id": "index", "children": ["a", "b", "c"], "weights": "equal",
         "classification": {"method": "quantile", "classes": 2, "labels": ["niedrig", "hoch"]}}],
}
RNG = np.random.default_rng(4)
N = 40
DATA = AreaData([f"{i:03d}" for i in range(N)], {
    "ew": np.r_[[150.0], RNG.uniform(400, 5000, N - 1)], "a_n": RNG.uniform(10, 300, N),
    "b": RNG.uniform(0, 10, N), "c": RNG.uniform(0, 10, N)})


def run(settings_):
    preset = parse_preset(sc.effective_method(BASE, settings_))
    return preset, compute(preset, DATA)


def test_default_settings_reproduce_the_base_method():
    s = sc.default_settings(BASE)
    assert s["weights"]["index"]["mode"] == "equal" and s["min_population"] == 300
    preset, result = run(s)
    base = compute(parse_preset(BASE), DATA)
    np.testing.assert_allclose(result.nodes["index"]["value"], base.nodes["index"]["value"], equal_nan=True)


def test_switching_an_indicator_off_removes_it_from_the_index_and_weights():
    s = sc.default_settings(BASE)
    s["indicators"]["c"]["use"] = False
    s["weights"]["index"] = {"mode": "direct", "values": {"a": 1, "b": 3, "c": 5}}
    method = sc.effective_method(BASE, s)
    assert method["indices"][0]["children"] == ["a", "b"]
    assert method["indices"][0]["weights"] == {"a": 1.0, "b": 3.0}
    _preset, result = run(s)
    assert result.weights["index"] == pytest.approx({"a": 0.25, "b": 0.75})
    assert result.indicators["c"]["score"] is None and result.indicators["c"]["rating"] is not None
    assert BASE["indices"][0]["children"] == ["a", "b", "c"]  # the base method is never changed


def test_all_indicators_off_is_refused():
    s = sc.default_settings(BASE)
    for ind in s["indicators"].values():
        ind["use"] = False
    with pytest.raises(sc.ScenarioError, match="no indicator"):
        sc.effective_method(BASE, s)


def test_direction_normalisation_reference_and_threshold_overrides():
    s = sc.default_settings(BASE)
    s["indicators"]["b"]["direction"] = "higher_is_need"
    s["indicators"]["a"]["normalisation"] = "minmax"
    s["min_population"] = 100
    _preset, result = run(s)
    a = result.indicators["a"]
    assert np.nanmin(a["score"]) == pytest.approx(0) and np.nanmax(a["score"]) == pytest.approx(1)
    assert result.scored.all()  # 150 residents now count
    base = compute(parse_preset(BASE), DATA)
    ok = base.scored
    np.testing.assert_allclose(result.indicators["b"]["score"][ok] - np.nanmean(result.indicators["b"]["score"]),
                               -(base.indicators["b"]["score"][ok] - np.nanmean(base.indicators["b"]["score"][ok])),
                               atol=0.2)  # the direction flipped (centre differs: one more area scored)
    assert np.corrcoef(result.indicators["b"]["score"][ok], base.indicators["b"]["score"][ok])[0, 1] < -0.99


def test_ahp_settings_give_eigenvector_weights():
    s = sc.default_settings(BASE)
    matrix = [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]
    s["weights"]["index"] = {"mode": "ahp", "ahp": matrix}
    _preset, result = run(s)
    w, cr, _ = ahp_weights(matrix)
    assert list(result.weights["index"].values()) == pytest.approx(w.tolist())
    assert w == pytest.approx([0.637, 0.258, 0.105], abs=1e-3) and cr == pytest.approx(0.033, abs=1e-3)
    s["indicators"]["b"]["use"] = False  # the matrix shrinks to the used indicators
    assert sc.effective_method(BASE, s)["indices"][0]["weights"] == {"ahp": [[1, 5], [1 / 5, 1]]}


def test_classification_overrides():
    s = sc.default_settings(BASE)
    s["classification"] = {"method": "manual", "breaks": [-0.5, 0.5]}
    _p, result = run(s)
    assert set(x for x in result.nodes["index"]["class"] if x) <= {"1", "2", "3"}
    s["classification"] = {"method": "natural_breaks", "classes": 4}
    _p, result = run(s)
    assert len(set(x for x in result.nodes["index"]["class"] if x)) == 4
    for bad, msg in (({"method": "manual", "breaks": [1, 0]}, "rise"), ({"method": "quantile", "classes": 1}, "2 to 9"),
                     ({"method": "jenks"}, "expected one of")):
        s["classification"] = bad
        with pytest.raises(sc.ScenarioError, match=msg):
            sc.effective_method(BASE, s)


@pytest.mark.parametrize("weights,message", [
    ({"mode": "direct", "values": {"a": 0, "b": 0, "c": 0}}, "all weights are zero"),
    ({"mode": "direct", "values": {"a": -1, "b": 1, "c": 1}}, r"values\.a: expected a number >= 0"),
    ({"mode": "direct", "values": {"a": float("nan"), "b": 1, "c": 1}}, r"values\.a"),
    ({"mode": "ahp", "ahp": [[1, 2], [0.5, 1]]}, "3 x 3"),
    ({"mode": "fancy"}, "mode"),
])
def test_bad_weights_are_named(weights, message):
    s = sc.default_settings(BASE)
    s["weights"]["index"] = weights
    with pytest.raises(sc.ScenarioError, match=message):
        sc.effective_method(BASE, s)


def test_non_reciprocal_ahp_is_refused_when_computed():
    s = sc.default_settings(BASE)
    s["weights"]["index"] = {"mode": "ahp", "ahp": [[1, 3, 5], [3, 1, 3], [1 / 5, 1 / 3, 1]]}
    with pytest.raises(MethodError, match="not reciprocal"):
        run(s)


def test_export_import_round_trip_and_same_bytes():
    one = sc.new_scenario("Gleich", BASE)
    two = sc.new_scenario("Schwerpunkt A", BASE)
    two["settings"]["weights"]["index"] = {"mode": "direct", "values": {"a": 4, "b": 1, "c": 1}}
    text = sc.export_scenarios([one, two])
    assert text == sc.export_scenarios(copy.deepcopy([one, two]))
    back = sc.import_scenarios(text)
    assert [b["name"] for b in back] == ["Gleich", "Schwerpunkt A"] and back[1] == two
    assert sc.import_scenarios(json.dumps(two))[0]["name"] == "Schwerpunkt A"  # a bare scenario


@pytest.mark.parametrize("text,message", [
    ("{not json", "not valid JSON"),
    ("[]", "expected a scenario file"),
    ('{"scenarios": []}', "holds no scenario"),
    ('{"format": "other", "scenarios": [{}]}', "format"),
    ('{"scenarios": [{"name": "", "settings": {}}]}', r"scenarios\[0\]\.name"),
    ('{"scenarios": [{"name": "x", "base_method": {"id": "t"}, "settings": {}}]}', r"base_method\.label"),
])
def test_bad_scenario_files_get_clear_messages(text, message):
    with pytest.raises(sc.ScenarioError, match=message):
        sc.import_scenarios(text)


def test_bad_settings_in_a_file_are_named():
    s = sc.new_scenario("x", BASE)
    s["settings"]["indicators"]["a"]["direction"] = "up"
    with pytest.raises(sc.ScenarioError, match=r"indicators\.a\.direction"):
        sc.import_scenarios(sc.export_scenarios([s]))
    s = sc.new_scenario("x", BASE)
    s["settings"]["indicators"]["zz"] = {"use": True}
    with pytest.raises(sc.ScenarioError, match="zz: unknown indicator"):
        sc.import_scenarios(sc.export_scenarios([s]))


def test_unique_name():
    assert sc.unique_name("A", []) == "A"
    assert sc.unique_name("A", ["A", "A (2)"]) == "A (3)"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=100), min_size=1, max_size=8), st.data())
def test_set_share_keeps_the_sum_and_the_others_proportions(values, data):
    index = data.draw(st.integers(0, len(values) - 1))
    share = data.draw(st.floats(min_value=0, max_value=1))
    out = sc.set_share(values, index, share)
    assert sum(out) == pytest.approx(1.0)
    if len(values) > 1:
        assert out[index] == pytest.approx(share)
        before = sc.shares(values)
        others = [i for i in range(len(values)) if i != index]
        if before[others].sum() > 1e-9 and share < 1:
            ratio = np.array(out)[others] / (1 - share)
            np.testing.assert_allclose(ratio, before[others] / before[others].sum(), atol=1e-9)


def test_saaty_text_and_pairwise():
    assert [sc.saaty_text(v) for v in (3, 1, 1 / 5)] == ["3", "1", "1/5"]
    assert sc.parse_saaty("1/3") == pytest.approx(1 / 3) and sc.parse_saaty("2,0") == 2
    for bad in ("0", "10", "x", "1/0"):
        with pytest.raises(MethodError):
            sc.parse_saaty(bad)
    m = sc.set_pairwise([[1, 1], [1, 1]], 0, 1, 4)
    assert m == [[1, 4], [0.25, 1]]


def test_comparison_lists_class_changes_and_big_moves():
    _p, a = run(sc.default_settings(BASE))
    s = sc.default_settings(BASE)
    s["weights"]["index"] = {"mode": "direct", "values": {"a": 10, "b": 1, "c": 1}}
    preset, b = run(s)
    rows = compare(ranking_of(preset, a), ranking_of(preset, b), min_shift=3)
    counts = summary(rows)
    assert counts["not_comparable"] == 1  # the area with 150 residents
    ra, rb = a.nodes["index"], b.nodes["index"]
    for row in rows:
        i = a.keys.index(row["key"])
        if row["change"] == "higher_class":
            assert rb["class_index"][i] > ra["class_index"][i]
        elif row["change"] == "moved":
            assert abs(ra["rank"][i] - rb["rank"][i]) > 3 and rb["class_index"][i] == ra["class_index"][i]
        elif row["change"] == "unchanged":
            assert abs(ra["rank"][i] - rb["rank"][i]) <= 3
    assert counts["higher_class"] + counts["lower_class"] > 0
    assert counts["higher_class"] == counts["lower_class"]  # quantile classes: as many go up as down
    same = compare(ranking_of(preset, a), ranking_of(preset, a))
    assert summary(same)["unchanged"] == N - 1


def test_profile_shows_values_but_nothing_for_suppressed_areas():
    preset, result = run(sc.default_settings(BASE))
    rob = robustness(preset, result, draws=200, seed=1)
    p = area_profile(preset, result, "005", rob)
    assert p["scored"] and p["rank"] >= 1 and p["of"] == N - 1
    assert p["interval"][0] <= p["rank"] <= p["interval"][1] or p["interval"][0] <= p["interval"][1]
    assert [i["id"] for i in p["indicators"]] == ["a", "b", "c"]
    a = p["indicators"][0]
    assert a["value"] == pytest.approx(DATA.columns["a_n"][5] / DATA.columns["ew"][5] * 100)
    assert a["rating"] in ("++", "+", "o", "-", "--")
    small = area_profile(preset, result, "000", rob)
    assert not small["scored"] and small["reason"] == "under the resident threshold"
    assert all(i["value"] is None and i["rating"] is None for i in small["indicators"])
    assert small["index"] is None and small["rank"] is None and small["interval"] is None
    assert area_profile(preset, result, "nope") is None


@pytest.mark.parametrize("change,message", [
    (lambda s: s.update(colour="red"), r"scenarios\[0\]\.colour: unknown key"),
    (lambda s: s["settings"].update(min_populaton=0), r"scenarios\[0\]\.settings\.min_populaton: unknown key"),
    (lambda s: s["settings"]["indicators"]["a"].update(weight=2), r"settings\.indicators\.a\.weight: unknown key"),
    (lambda s: s["settings"]["weights"]["index"].update(vals={}), r"settings\.weights\.index\.vals: unknown key"),
    (lambda s: s["settings"]["weights"].update(nope={"mode": "equal"}), r"settings\.weights\.nope: unknown index"),
    (lambda s: s["settings"].update(classification={"method": "quantile", "klassen": 4}),
     r"settings\.classification\.klassen: unknown key"),
    (lambda s: s["settings"].update(indicators=[]), r"settings\.indicators: expected an object"),
])
def test_unknown_keys_in_a_scenario_file_are_named_by_their_path(change, message):
    s = sc.new_scenario("x", BASE)
    change(s)
    with pytest.raises(sc.ScenarioError, match=message):
        sc.import_scenarios(sc.export_scenarios([s]))


def test_unknown_keys_at_the_top_of_a_scenario_file_are_named():
    text = json.dumps({"format": sc.EXPORT_FORMAT, "version": 1, "scenarios": [sc.new_scenario("x", BASE)],
                       "szenarien": []})
    with pytest.raises(sc.ScenarioError, match="szenarien: unknown key"):
        sc.import_scenarios(text)


def test_absurdly_nested_scenario_file_is_a_sentence():
    with pytest.raises(sc.ScenarioError, match=r"the scenario file is nested too deeply \(more than 64 levels\)"):
        sc.import_scenarios('{"scenarios": ' + "[" * 50_000 + "]" * 50_000 + "}")


def test_reading_a_scenario_file(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(sc.export_scenarios([sc.new_scenario("x", BASE)]), encoding="utf-8")
    assert [s["name"] for s in sc.read_scenario_file(good)] == ["x"]
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(sc.ScenarioError, match=r"binary.json is not a UTF-8 text file \(byte 0 cannot be read\)"):
        sc.read_scenario_file(binary)
    nul = tmp_path / "nul.json"
    nul.write_bytes(b'{"a": 1}\x00\x00')
    with pytest.raises(sc.ScenarioError, match=r"nul.json is not a text file \(binary content at byte 8\)"):
        sc.read_scenario_file(nul)
    with pytest.raises(sc.ScenarioError, match="cannot read nope.json"):
        sc.read_scenario_file(tmp_path / "nope.json")
