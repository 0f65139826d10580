"""Methods against hand-computed values, bad input, and properties (hypothesis)."""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quartier_plugin.core import methods as m

ALL = np.ones(4, bool)


def test_reference_values():
    x = np.array([10.0, 20.0, 30.0, np.nan])
    num, den, pop = np.array([1.0, 4.0, 9.0, 5.0]), np.array([10.0, 20.0, 30.0, 0.0]), np.array([1.0, 1.0, 2.0, 5.0])
    mask = np.array([True, True, True, False])
    assert m.reference_value(x, mask, "mean") == 20.0
    assert m.reference_value(x, mask, "city_ratio", num, den, scale=100) == pytest.approx(14 / 60 * 100)
    assert m.reference_value(x, mask, "population_weighted", population=pop) == pytest.approx((10 + 20 + 60) / 4)


def test_normalisations_by_hand():
    x = np.array([1.0, 2.0, 3.0, 4.0])
    assert m.normalise(x, ALL, "zscore") == pytest.approx((x - 2.5) / np.sqrt(1.25))
    assert m.normalise(x, ALL, "zscore", need_high=False) == pytest.approx(-(x - 2.5) / np.sqrt(1.25))
    assert m.normalise(x, ALL, "minmax") == pytest.approx([0, 1 / 3, 2 / 3, 1])
    assert m.normalise(x, ALL, "minmax", need_high=False) == pytest.approx([1, 2 / 3, 1 / 3, 0])
    assert m.normalise(x, ALL, "rank") == pytest.approx([0.25, 0.5, 0.75, 1.0])
    assert m.normalise(x, ALL, "percentile_rank") == pytest.approx([0, 100 / 3, 200 / 3, 100])
    assert m.normalise(x, ALL, "distance_to_reference", reference=2.0) == pytest.approx([-0.5, 0, 0.5, 1.0])


def test_ranks_and_ties():
    r = m.ranks_descending(np.array([5.0, 9.0, 5.0, np.nan, 1.0]))
    assert r[:3].tolist() == [2.0, 1.0, 2.0] and np.isnan(r[3]) and r[4] == 4.0


def test_bad_input_messages():
    with pytest.raises(m.MethodError, match="do not vary"):
        m.normalise(np.array([2.0, 2.0, 2.0]), np.ones(3, bool), "zscore", name="laerm")
    with pytest.raises(m.MethodError, match="all values are missing"):
        m.normalise(np.array([np.nan, np.nan]), np.ones(2, bool), "zscore", name="laerm")
    with pytest.raises(m.MethodError, match="all weights are zero"):
        m.normalise_weights([0, 0], ["a", "b"])
    with pytest.raises(m.MethodError, match="weight of b is negative"):
        m.normalise_weights([1, -1], ["a", "b"])
    with pytest.raises(m.MethodError, match="weight of a is not a number"):
        m.normalise_weights([float("nan"), 1], ["a", "b"])
    with pytest.raises(m.MethodError, match="not reciprocal"):
        m.ahp_weights([[1, 3], [3, 1]], ["a", "b"])
    with pytest.raises(m.MethodError, match="positive"):
        m.aggregate(np.array([[1.0, -1.0]]), [0.5, 0.5], "geometric", ["a", "b"])
    with pytest.raises(m.MethodError, match="other than 0"):
        m.normalise(np.array([1.0, 2.0]), np.ones(2, bool), "distance_to_reference", reference=0.0)


def test_ahp_saaty_example():
    # consistent matrix: weights 4:2:1
    w, cr, lam = m.ahp_weights([[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]])
    assert w == pytest.approx([4 / 7, 2 / 7, 1 / 7]) and cr == pytest.approx(0, abs=1e-9) and lam == pytest.approx(3)
    # a classic inconsistent one: CR above 0.1
    w, cr, lam = m.ahp_weights([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]])
    assert cr > 0.1 and w.sum() == pytest.approx(1)
    w, cr, _ = m.ahp_weights([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
    assert w == pytest.approx([0.637, 0.258, 0.105], abs=1e-3) and cr == pytest.approx(0.033, abs=2e-3)


def test_aggregation_by_hand():
    mat = np.array([[1.0, 4.0], [2.0, 2.0]])
    assert m.aggregate(mat, [0.5, 0.5], "arithmetic") == pytest.approx([2.5, 2.0])
    assert m.aggregate(mat, [0.5, 0.5], "geometric") == pytest.approx([2.0, 2.0])


def test_classification():
    v = np.array([-1.5, -1.0, 0.0, 1.0, 1.2, 1.5, 1.51, np.nan])
    bands = [{"upper": -1, "inclusive": False, "label": "hoch"}, {"upper": 1, "inclusive": True, "label": "mittel"},
             {"upper": 1.5, "inclusive": True, "label": "niedrig"}, {"label": "sehr niedrig"}]
    labels, idx = m.classify_bands(v, bands)
    assert labels.tolist() == ["hoch", "mittel", "mittel", "mittel", "niedrig", "niedrig", "sehr niedrig", None]
    assert idx.tolist() == [0, 1, 1, 1, 2, 2, 3, -1]
    x = np.arange(1.0, 11.0)
    assert m.quantile_breaks(x, np.ones(10, bool), 2) == [5.5]
    assert m.jenks_breaks(np.array([1, 2, 3, 10, 11, 12, 30, 31.0]), np.ones(8, bool), 3) == [3.0, 12.0]
    labels, _ = m.classify_breaks(np.array([1.0, 3.0, 4.0]), [3.0], ["low", "high"])
    assert labels.tolist() == ["low", "low", "high"]


def test_rating_sd_and_relative():
    v = np.array([0.0, 0.4, 0.6, 1.2, -0.7, -1.1, np.nan])
    assert m.rate(v, 0.0, 1.0).tolist() == ["o", "o", "+", "++", "-", "--", None]
    assert m.rate(np.array([100.0, 105, 115, 130, 80]), 100.0, method="relative", bands=(0.1, 0.25)).tolist() == [
        "o", "o", "+", "++", "-"]


def test_correlation_warning():
    a = np.arange(10.0)
    corr, pairs = m.correlation(np.column_stack([a, 2 * a + 1, np.sin(a)]), ["a", "b", "c"])
    assert [(p[0], p[1]) for p in pairs] == [("a", "b")] and corr[0, 1] == pytest.approx(1)


finite = st.floats(min_value=-1e3, max_value=1e3, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), min_size=1, max_size=8))
def test_weights_always_normalised(ws):
    assume(sum(ws) > 1e-9)
    w = m.normalise_weights(ws, [str(i) for i in range(len(ws))])
    assert w.sum() == pytest.approx(1.0) and (w >= 0).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(min_value=1 / 9, max_value=9), min_size=3, max_size=3))
def test_ahp_weights_normalised(upper):
    a = np.ones((3, 3))
    a[0, 1], a[0, 2], a[1, 2] = upper
    a[1, 0], a[2, 0], a[2, 1] = 1 / a[0, 1], 1 / a[0, 2], 1 / a[1, 2]
    w, cr, _ = m.ahp_weights(a)
    assert w.sum() == pytest.approx(1.0) and (w > 0).all() and cr >= 0
