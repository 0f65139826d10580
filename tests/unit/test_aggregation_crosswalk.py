"""Aggregation from counts (never averaging shares) and crosswalks that keep totals."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Point, box

from quartier_plugin.core import crosswalk
from quartier_plugin.core.aggregation import Share, aggregate_counts, parse_shares

ROWS = [
    {"nr": "101", "jahr": 2024, "ew": 1000, "mig": 500},   # 50 %
    {"nr": "102", "jahr": 2024, "ew": 100, "mig": 10},     # 10 %
    {"nr": "201", "jahr": 2024, "ew": 400, "mig": 100},
    {"nr": "101", "jahr": 2022, "ew": 900, "mig": 450},
]
PARENT = {"101": "1", "102": "1", "201": "2"}


def test_share_is_ratio_of_sums_not_mean_of_shares():
    res = aggregate_counts(ROWS, "nr", PARENT, ["ew", "mig"], [Share("mig_pct", "mig", "ew")], ["jahr"])
    rows = {(r["parent_key"], r["jahr"]): r for r in res.rows}
    b1 = rows[("1", 2024)]
    assert b1["ew"] == 1100 and b1["mig"] == 510 and b1["n_children"] == 2
    assert b1["mig_pct"] == pytest.approx(510 / 1100 * 100)
    assert b1["mig_pct"] != pytest.approx((50 + 10) / 2)   # the wrong, averaged answer is 30 %
    assert rows[("1", 2022)]["ew"] == 900


def test_to_whole_city():
    res = aggregate_counts([r for r in ROWS if r["jahr"] == 2024], "nr", None, ["ew", "mig"],
                           [Share("mig_pct", "mig", "ew")])
    assert len(res.rows) == 1 and res.rows[0]["ew"] == 1500
    assert res.rows[0]["mig_pct"] == pytest.approx(610 / 1500 * 100)


def test_missing_values_unmatched_duplicates():
    rows = ROWS[:3] + [{"nr": "0101", "jahr": 2024, "ew": 5, "mig": 1}, {"nr": "999", "jahr": 2024, "ew": 1},
                       {"nr": None, "jahr": 2024}]
    rows[2] = {"nr": "201", "jahr": 2024, "ew": 400, "mig": None}
    res = aggregate_counts(rows, "nr", PARENT, ["ew", "mig"], [Share("mig_pct", "mig", "ew")], ["jahr"])
    by = {r["parent_key"]: r for r in res.rows}
    assert by["2"]["mig"] is None and by["2"]["mig_n_missing"] == 1 and by["2"]["mig_pct"] is None
    assert res.unmatched == ["999"] and res.duplicates == [("0101", (2024,))] and res.missing_key_rows == 1


def test_parse_shares():
    assert parse_shares("mig=mig/ew; bc/ew") == [Share("mig", "mig", "ew"), Share("bc_anteil", "bc", "ew")]
    with pytest.raises(ValueError):
        parse_shares("nonsense")


SOURCES = {"A": box(0, 0, 100, 100), "B": box(100, 0, 200, 100)}
TARGETS = {"X": box(0, 0, 150, 50), "Y": box(0, 50, 150, 100), "Z": box(150, 0, 200, 100)}


def test_area_weights_by_hand():
    w = crosswalk.area_weights(SOURCES, TARGETS)
    assert w.weights["A"] == pytest.approx({"X": 0.5, "Y": 0.5})
    assert w.weights["B"] == pytest.approx({"X": 0.25, "Y": 0.25, "Z": 0.5})
    moved = crosswalk.apply_weights({"A": {"n": 100.0}, "B": {"n": 40.0}}, w, ["n"])
    assert moved == {"X": {"n": pytest.approx(60.0)}, "Y": {"n": pytest.approx(60.0)}, "Z": {"n": pytest.approx(20.0)}}


def test_population_weights_follow_residents_and_fall_back_to_area():
    # all of A's residents live in the lower half (target X); B has no residents at all
    cells = [(box(0, 0, 100, 50), 300.0), (Point(10, 10), 100.0)]
    w = crosswalk.population_weights(SOURCES, TARGETS, cells)
    assert w.weights["A"] == pytest.approx({"X": 1.0})
    assert w.method["A"] == crosswalk.POPULATION
    assert w.method["B"] == crosswalk.AREA_FALLBACK and w.weights["B"]["Z"] == pytest.approx(0.5)


def test_grid_cell_split_across_units():
    cells = [(box(90, 40, 110, 60), 100.0)]  # a cell on the corner of A, B, X, Y
    w = crosswalk.population_weights(SOURCES, TARGETS, cells)
    assert w.weights["A"] == pytest.approx({"X": 0.5, "Y": 0.5})
    assert w.weights["B"] == pytest.approx({"X": 0.5, "Y": 0.5})


def test_unallocated_source_and_missing_values():
    w = crosswalk.area_weights({"A": box(0, 0, 10, 10), "far": box(1000, 1000, 1010, 1010)}, {"X": box(0, 0, 10, 10)})
    assert w.unallocated == ["far"]
    moved = crosswalk.apply_weights({"A": {"n": None}}, w, ["n"])
    assert moved["X"]["n"] is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=9), min_size=2, max_size=6),
       st.lists(st.integers(min_value=1, max_value=9), min_size=2, max_size=6),
       st.lists(st.floats(min_value=0, max_value=1e6), min_size=6, max_size=6))
def test_crosswalk_preserves_totals(xs, ys, values):
    """Sources: vertical strips; targets: horizontal strips of the same square. Sum in = sum out."""
    def strips(widths, vertical):
        total, out, pos = sum(widths), {}, 0
        for i, w in enumerate(widths):
            a, b = pos / total * 100, (pos + w) / total * 100
            out[str(i)] = box(a, 0, b, 100) if vertical else box(0, a, 100, b)
            pos += w
        return out
    sources, targets = strips(xs, True), strips(ys, False)
    vals = {k: {"n": values[i % len(values)]} for i, k in enumerate(sources)}
    moved = crosswalk.apply_weights(vals, crosswalk.area_weights(sources, targets), ["n"])
    total_in = sum(v["n"] for v in vals.values())
    total_out = sum(v["n"] for v in moved.values())
    assert total_out == pytest.approx(total_in, rel=1e-9, abs=1e-6)
