"""Robustness (Dirichlet weight perturbation) and area types (clusters)."""

import numpy as np
import pytest

from quartier_plugin.core.area_types import area_types
from quartier_plugin.core.method_preset import parse_preset
from quartier_plugin.core.methods import MethodError
from quartier_plugin.core.need_index import AreaData, compute
from quartier_plugin.core.robustness import robustness


def preset(n_ind=3, classification=None):
    inds = [{"id": f"i{j}", "label": {"de": "x", "en": "x"}, "value_field": f"i{j}", "direction": "higher_is_need"}
            for j in range(n_ind)]
    node = {"id": "index", "children": [f"i{j}" for j in range(n_ind)]}
    if classification:
        node["classification"] = classification
    return parse_preset({"id": "r", "label": {"de": "r", "en": "r"}, "indicators": inds, "indices": [node]})


def data(n=60, seed=3, n_ind=3):
    rng = np.random.default_rng(seed)
    base = np.linspace(0, 10, n)
    cols = {f"i{j}": base + rng.normal(0, 1.0 + j, n) for j in range(n_ind)}
    return AreaData([str(i) for i in range(n)], cols)


def test_robustness_tight_weights_reproduce_the_base_ranks():
    p, d = preset(), data()
    res = compute(p, d)
    rob = robustness(p, res, draws=300, spread=1e7, seed=1, top_k=10)
    assert rob.median_rank == pytest.approx(res.nodes["index"]["rank"], abs=0)
    assert np.array_equal(rob.rank_p05, rob.rank_p95)
    top = res.nodes["index"]["rank"] <= 10
    assert (rob.share_selected[top] == 1).all() and (rob.share_selected[~top] == 0).all()


def test_robustness_intervals_widen_with_loose_weights_and_are_reproducible():
    p, d = preset(), data()
    res = compute(p, d)
    a = robustness(p, res, draws=500, spread=2.0, seed=5, top_k=10)
    b = robustness(p, res, draws=500, spread=2.0, seed=5, top_k=10)
    assert np.array_equal(a.median_rank, b.median_rank) and np.array_equal(a.share_selected, b.share_selected)
    width = a.rank_p95 - a.rank_p05
    assert width.mean() > 0 and (a.rank_p05 <= a.median_rank).all() and (a.median_rank <= a.rank_p95).all()
    assert a.share_selected.sum() == pytest.approx(10.0)  # each draw selects exactly top_k areas
    # the clear leader stays selected; the clear laggard never is
    assert a.share_selected[np.nanargmin(res.nodes["index"]["rank"])] > 0.9
    assert a.share_selected[np.nanargmax(res.nodes["index"]["rank"])] == 0.0


def test_robustness_chunking_does_not_change_the_result():
    p, d = preset(), data()
    res = compute(p, d)
    a = robustness(p, res, draws=200, spread=3.0, seed=9, top_k=5, chunk=7)
    b = robustness(p, res, draws=200, spread=3.0, seed=9, top_k=5, chunk=200)
    assert np.array_equal(a.median_rank, b.median_rank) and np.array_equal(a.share_selected, b.share_selected)


def test_robustness_default_top_k_is_the_top_class_and_bad_input():
    p = preset(classification={"method": "quantile", "classes": 4})
    res = compute(p, data())
    assert robustness(p, res, draws=10).top_k == 15
    with pytest.raises(MethodError):
        robustness(p, res, draws=0)
    with pytest.raises(MethodError):
        robustness(p, res, draws=10, spread=0)


def test_area_types_find_planted_groups_with_stable_labels():
    rng = np.random.default_rng(0)
    centres = np.array([[3, 3, 3], [0, 0, 0], [-3, -3, -3], [3, -3, 0]], float)
    pts = np.vstack([c + rng.normal(0, 0.3, (25, 3)) for c in centres])
    d = AreaData([str(i) for i in range(100)], {f"i{j}": pts[:, j] for j in range(3)})
    p = preset()
    res = compute(p, d)
    for method in ("kmeans", "ward"):
        t = area_types(res, ["i0", "i1", "i2"], k=4, method=method, seed=2)
        assert sorted(t.sizes) == [25, 25, 25, 25]
        assert t.type_of[0] == 1  # the group with the highest need is type 1
        groups = [set(t.type_of[i * 25:(i + 1) * 25]) for i in range(4)]
        assert all(len(g) == 1 for g in groups)
        assert t.profiles.shape == (4, 3)
    again = area_types(res, ["i0", "i1", "i2"], k=4, seed=2)
    assert np.array_equal(again.type_of, area_types(res, ["i0", "i1", "i2"], k=4, seed=2).type_of)
    with pytest.raises(MethodError):
        area_types(res, ["i0"], k=1)


def test_binned_ranks_for_many_areas_agree_with_exact_ranks():
    from quartier_plugin.core import robustness as rb

    p, d = preset(), data(n=5000, seed=4)
    res = compute(p, d)
    approx = rb.robustness(p, res, draws=60, spread=5.0, seed=2, top_k=100)
    old = rb.EXACT_UP_TO
    rb.EXACT_UP_TO = 10_000
    try:
        exact = rb.robustness(p, res, draws=60, spread=5.0, seed=2, top_k=100)
    finally:
        rb.EXACT_UP_TO = old
    assert approx.resolution == 5.0 and exact.resolution == 1.0
    assert np.nanmax(np.abs(approx.median_rank - exact.median_rank)) <= 3 * approx.resolution
    assert np.nanmax(np.abs(approx.share_selected - exact.share_selected)) <= 0.1
