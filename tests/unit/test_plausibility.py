"""Plausibility of the input numbers before any statistic: each implausible cell is a finding."""

from pathlib import Path

import numpy as np
import pytest

from quartier_plugin.core import plausibility as pl
from quartier_plugin.core.method_preset import parse_preset
from quartier_plugin.core.need_index import AreaData

PRESET = parse_preset({
    "id": "t", "label": {"de": "T", "en": "T"}, "population_field": "ew",
    "indicators": [
        {"id": "a", "label": {"de": "A", "en": "A"}, "numerator": "a_n", "denominator": "ew",
         "direction": "higher_is_need", "unit": "%"},
        {"id": "inc", "label": {"de": "E", "en": "I"}, "numerator": "income", "denominator": "hh", "scale": 1,
         "direction": "lower_is_need", "unit": "Index"},
        {"id": "s", "label": {"de": "S", "en": "S"}, "value_field": "s", "direction": "higher_is_need", "unit": "%"},
        {"id": "d", "label": {"de": "D", "en": "D"}, "value_field": "d", "direction": "higher_is_need",
         "unit": "Prozentpunkte"}],
    "indices": [{"id": "index", "children": ["a", "inc", "s", "d"]}],
})
PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
RNG = np.random.default_rng(7)
N = 40


def data(changes=None):
    columns = {
        "ew": RNG.integers(800, 20000, N).astype(float), "a_n": RNG.integers(0, 700, N).astype(float),
        "income": RNG.uniform(5000, 90000, N), "hh": RNG.integers(400, 9000, N).astype(float),
        "s": RNG.uniform(1, 40, N), "d": RNG.uniform(-2, 2, N)}
    for (column, row), value in (changes or {}).items():
        columns[column][row] = value
    return AreaData([f"{i + 1:04d}" for i in range(N)], columns)


def kinds(findings):
    return [(f.key, f.column, f.kind) for f in findings]


def test_plausible_data_has_no_finding():
    assert pl.check_area_data(PRESET, data()) == []


def test_roles_of_a_preset():
    roles = pl.preset_roles(PRESET)
    assert roles.columns == {"a_n": "count", "ew": "count", "income": "count", "hh": "count", "s": "share",
                             "d": "value"}
    assert roles.parts == [("a_n", "ew")]  # income per household is no part of a total


@pytest.mark.parametrize("cell,value,kind", [
    (("ew", 3), -9999, pl.NO_DATA_CODE),
    (("a_n", 3), -1, pl.NO_DATA_CODE),
    (("hh", 3), 999999, pl.NO_DATA_CODE),
    (("s", 3), 999, pl.NO_DATA_CODE),
    (("d", 3), -999, pl.NO_DATA_CODE),
    (("a_n", 3), -5, pl.NEGATIVE),
    (("s", 3), 130.5, pl.SHARE_RANGE),
    (("s", 3), -0.5, pl.SHARE_RANGE),
    (("a_n", 3), 1e6, pl.PART_ABOVE_TOTAL),
    (("ew", 3), np.inf, pl.NON_FINITE),
    (("d", 3), -np.inf, pl.NON_FINITE),
    (("ew", 3), 1e308, pl.EXTREME),
    (("d", 3), 1e308, pl.EXTREME),
])
def test_each_kind_is_found_with_key_column_and_value(cell, value, kind):
    findings = pl.check_area_data(PRESET, data({cell: value}))
    assert kinds(findings) == [("0004", cell[0], kind)]
    found = findings[0]
    assert found.row == 3 and found.value == value and "0004" in found.message and cell[0] in found.message


def test_part_above_total_names_the_total():
    (found,) = pl.check_area_data(PRESET, data({("a_n", 0): 900.0, ("ew", 0): 300.0}))
    assert found.message == "0001, a_n: the part 900 is larger than its total ew = 300."


def test_extreme_message_and_limit():
    (found,) = pl.check_area_data(PRESET, data({("d", 5): 250.0}))
    assert found.kind == pl.EXTREME and "robust z" in found.message and "limit 10" in found.message
    assert pl.check_area_data(PRESET, data({("d", 5): 250.0}), z_limit=None) == []
    assert pl.check_area_data(PRESET, data({("d", 5): 250.0}), z_limit=1000) == []


def test_no_extreme_check_without_spread():
    values = np.full(N, 5.0)
    values[0] = 80.0
    assert pl.robust_z(values)[0] != pl.robust_z(values)[0]  # MAD 0: no robust z at all
    assert pl.check_columns(list(range(N)), {"x": values}, pl.Roles()) == []


def test_declared_outliers_are_not_checked_and_the_earlier_year_is():
    d = data({("ew", 2): -9999})
    assert pl.check_area_data(PRESET, d, skip_keys=["3"]) == []  # keys are compared normalised ("0003" = 3)
    d.previous = {k: np.array(v) for k, v in data({("s", 1): 101.0}).columns.items()}
    findings = pl.check_area_data(PRESET, d, skip_keys=["0003"])
    assert kinds(findings) == [("0002", "s", pl.SHARE_RANGE)] and findings[0].earlier
    assert "s (earlier year)" in findings[0].message


def test_exclude_makes_the_cells_missing_without_changing_the_source_arrays():
    d = data({("ew", 3): np.inf, ("s", 4): 200.0})
    before = d.columns["ew"]
    findings = pl.check_area_data(PRESET, d)
    assert pl.exclude(d, findings) == 2
    assert np.isnan(d.columns["ew"][3]) and np.isnan(d.columns["s"][4]) and before[3] == np.inf
    assert pl.check_area_data(PRESET, d) == []


def test_records_of_an_aggregation():
    records = [{"k": "01", "ew": 100, "mh": 20}, {"k": "02", "ew": -9999, "mh": 5}, {"k": "03", "ew": "1e999",
                                                                                     "mh": 3},
               {"k": "04", "ew": 50, "mh": 80}, {"k": "05", "ew": 60, "mh": "viele"}, {"k": "06", "ew": 70, "mh": -3}]
    findings = pl.check_records(records, "k", ["ew"], parts=[("mh", "ew")])
    assert kinds(findings) == [("02", "ew", pl.NO_DATA_CODE), ("03", "ew", pl.NON_FINITE),
                               ("04", "mh", pl.PART_ABOVE_TOTAL), ("05", "mh", pl.NOT_NUMERIC),
                               ("06", "mh", pl.NEGATIVE)]
    assert pl.exclude_records(records, findings) == 5
    assert records[1]["ew"] is None and records[4]["mh"] is None
    assert pl.summary(findings) == {pl.NON_FINITE: 1, pl.NO_DATA_CODE: 1, pl.NEGATIVE: 1, pl.PART_ABOVE_TOTAL: 1,
                                    pl.NOT_NUMERIC: 1}


def test_format_value():
    assert [pl.format_value(v) for v in (-9999.0, 12.5, 1e308, float("inf"), 3, "x")] == [
        "-9999", "12.5", "1e+308", "inf", "3", "'x'"]


@pytest.mark.slow
def test_the_demo_city_is_plausible():
    """The demo chain must run unchanged: no finding in either year of the demo statistics."""
    from quartier_plugin.core import demo_city
    from quartier_plugin.core.method_preset import load_preset

    preset = load_preset("stuttgart_gebietsauswahl", str(PRESETS))
    rows = demo_city.generate(demo_city.DEFAULT_SEED)["statistik_stadtteile"].records()
    for year in demo_city.YEARS:
        year_rows = [r for r in rows if r["jahr"] == year]
        columns = {f: np.array([r[f] for r in year_rows], dtype=float) for f in preset.fields}
        assert pl.check_area_data(preset, AreaData([r["stadtteil_nr"] for r in year_rows], columns)) == []


def test_small_areas_are_not_checked_for_extreme_values():
    """Areas under the resident threshold enter no statistic and their shares are volatile: no extreme check;
    a definite error (a code, a negative count) is found in them all the same."""
    d = data({("ew", 2): 120.0, ("a_n", 2): 10.0, ("d", 2): 250.0})
    assert pl.check_area_data(PRESET, d) == []
    assert kinds(pl.check_area_data(PRESET, d, min_population=100)) == [("0003", "d", pl.EXTREME)]
    assert kinds(pl.check_area_data(PRESET, data({("ew", 2): 120.0, ("a_n", 2): -9999}))) == [
        ("0003", "a_n", pl.NO_DATA_CODE)]

