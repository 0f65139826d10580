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


# -- streaming the draws (issue 19) must not change any result -----------------------------------------
def reference_robustness(preset, result, draws, spread, seed, top_k, chunk=None):
    """The implementation before the draws were streamed: one int64 histogram for all areas x rank bins,
    filled by a bincount over its full length per chunk of 6e6 / n draws. Kept to compare against."""
    from quartier_plugin.core import robustness as rb
    from quartier_plugin.core.need_index import evaluate_tree

    scored, main = result.scored, preset.main_index
    n = int(scored.sum())
    scores = {k: v["score"] for k, v in result.indicators.items() if v["score"] is not None}
    base = {node.id: np.array([result.weights[node.id][c] for c in node.children]) for node in preset.nodes}
    needed = rb._needed_nodes(preset, main)
    rng = np.random.default_rng(seed)
    cols = np.where(scored)[0]
    exact = n <= rb.EXACT_UP_TO
    bins = n if exact else rb.RANK_BINS
    hist = np.zeros(n * bins, dtype=np.int64)
    selected = np.zeros(n, dtype=np.int64)
    chunk = chunk or max(1, min(draws, int(6e6 // n)))
    done = 0
    while done < draws:
        size = min(chunk, draws - done)
        weights = {k: rb._dirichlet_draws(rng, w, spread, size) if k in needed else w for k, w in base.items()}
        values = evaluate_tree(preset, scores, weights, scored, only=needed)[main][:, cols]
        ranks = rb._exact_ranks(values) if exact else rb._binned_ranks(values)
        rank_bin = ranks.astype(np.int64) if exact else np.minimum((ranks * bins / n).astype(np.int64), bins - 1)
        hist += np.bincount(((np.arange(n) * bins)[None, :] + rank_bin).ravel(), minlength=n * bins)
        selected += (ranks < top_k - 0.5).sum(axis=0)
        done += size
    cum = np.cumsum(hist.reshape(n, bins), axis=1)
    out = {}
    for name, q in (("median_rank", 0.5), ("rank_p05", 0.05), ("rank_p95", 0.95)):
        b = np.argmax(cum >= np.ceil(q * cum[:, -1:]), axis=1)
        out[name] = np.full(len(result.keys), np.nan)
        out[name][cols] = (b + 1).astype(float) if exact else np.round((b + 0.5) * n / bins + 0.5)
    out["share_selected"] = np.full(len(result.keys), np.nan)
    out["share_selected"][cols] = selected / done
    return out


def tree_preset(aggregation="arithmetic", normalisation="zscore"):
    """Two levels, unequal weights, a restandardised sub-index (arithmetic only) and a population threshold."""
    inds = [{"id": f"i{j}", "label": {"de": "x", "en": "x"}, "value_field": f"i{j}", "direction": "higher_is_need"}
            for j in range(6)]
    return parse_preset({
        "id": "t", "label": {"de": "t", "en": "t"}, "population_field": "ew",
        "normalisation": {"method": normalisation}, "aggregation": aggregation, "indicators": inds,
        "indices": [{"id": "a", "children": ["i0", "i1", "i2"], "restandardise": aggregation == "arithmetic"},
                    {"id": "b", "children": ["i3", "i4", "i5"], "weights": {"i3": 3, "i4": 1, "i5": 2}},
                    {"id": "index", "children": ["a", "b"], "weights": {"a": 2, "b": 1}}]})


def tree_data(n, seed):
    """Correlated indicators; about 10 % of the areas too small and 5 % lacking i4 (both not scored)."""
    rng = np.random.default_rng(seed)
    base = rng.normal(0, 1, n)
    cols = {f"i{j}": 10 + base * (1 + j % 3) + rng.normal(0, 1 + j, n) for j in range(6)}
    cols["ew"] = np.where(rng.random(n) < 0.1, 100.0, 1000.0)
    cols["i4"][rng.random(n) < 0.05] = np.nan
    return AreaData([str(i) for i in range(n)], cols)


# computed with the implementation before streaming (robustness(p, res, draws=40, spread=3.0, seed=11, top_k=3))
BEFORE_STREAMING = {
    ("arithmetic", "zscore"): {
        "median_rank": [5, None, 6, 12, 7, 11, 4, None, 7, 4, 2, 1, 9, 9],
        "rank_p05": [3, None, 3, 10, 4, 9, 2, None, 6, 2, 1, 1, 6, 8],
        "rank_p95": [6, None, 10, 12, 10, 12, 7, None, 9, 7, 3, 2, 12, 10],
        "selected": [10, None, 4, 0, 0, 0, 16, None, 0, 10, 40, 40, 0, 0]},
    ("geometric", "rank"): {
        "median_rank": [5, None, 8, 11, 8, 10, 4, None, 6, 4, 2, 1, 12, 7],
        "rank_p05": [3, None, 3, 8, 4, 8, 3, None, 4, 3, 2, 1, 8, 6],
        "rank_p95": [7, None, 12, 12, 10, 12, 6, None, 8, 7, 2, 1, 12, 10],
        "selected": [6, None, 2, 0, 1, 0, 15, None, 1, 15, 40, 40, 0, 0]},
}


@pytest.mark.parametrize("method", sorted(BEFORE_STREAMING))
def test_robustness_gives_the_ranks_stored_before_streaming(method):
    p = tree_preset(*method)
    res = compute(p, tree_data(14, 7))
    rob = robustness(p, res, draws=40, spread=3.0, seed=11, top_k=3)
    expected = BEFORE_STREAMING[method]

    def listed(values, factor=1):
        return [None if np.isnan(x) else int(round(x * factor)) for x in values]

    assert listed(rob.median_rank) == expected["median_rank"]
    assert listed(rob.rank_p05) == expected["rank_p05"]
    assert listed(rob.rank_p95) == expected["rank_p95"]
    assert listed(rob.share_selected, 40) == expected["selected"]


@pytest.mark.parametrize("n, draws, chunk, step", [
    (60, 300, None, None),    # exact ranks, one chunk
    (60, 300, 7, None),       # exact ranks, weights drawn 7 draws at a time
    (60, 300, None, 11),      # exact ranks, evaluated 11 draws at a time
    (60, 300, 40, 11),
    (2000, 1500, None, None),  # exact ranks at the limit
    (2500, 120, None, None),  # binned ranks (beyond EXACT_UP_TO)
    (2500, 120, 50, 13),
])
def test_streamed_robustness_equals_the_implementation_before_streaming(monkeypatch, n, draws, chunk, step):
    from quartier_plugin.core import robustness as rb

    p = tree_preset()
    res = compute(p, tree_data(n, 5))
    n_scored = int(res.scored.sum())
    top_k = max(1, n_scored // 10)
    if step:  # a memory budget for `step` draws x areas
        monkeypatch.setattr(rb, "CHUNK_BYTES", 8 * n_scored * step)
    rob = rb.robustness(p, res, draws=draws, spread=5.0, seed=4, top_k=top_k, chunk=chunk)
    ref = reference_robustness(p, res, draws=draws, spread=5.0, seed=4, top_k=top_k, chunk=chunk)
    for name, values in ref.items():
        assert np.array_equal(getattr(rob, name), values, equal_nan=True), name
    assert rob.draws == draws and rob.top_k == top_k


def test_robustness_counts_stay_exact_beyond_the_small_histogram_type():
    """More draws than a 16-bit count holds switch the histogram to 32 bits (checked on a tiny case)."""
    from quartier_plugin.core import robustness as rb

    p, d = preset(), data(n=8)
    res = compute(p, d)
    rob = rb.robustness(p, res, draws=70_000, spread=1e7, seed=1, top_k=2)
    assert rob.median_rank == pytest.approx(res.nodes["index"]["rank"], abs=0)
    assert np.array_equal(rob.rank_p05, rob.rank_p95)
    assert set(rob.share_selected) == {0.0, 1.0}
