"""The counted robustness (rank bins looked up per value bin, many draws counted at once) against a plain
implementation that ranks and counts draw by draw, on small random data; with small buffers so that every
way of counting is taken (many draws at once, draw by draw, several flushes, few draws per step)."""

import numpy as np
import pytest
from test_robustness_types import tree_data, tree_preset

from quartier_plugin.core import robustness as rb
from quartier_plugin.core.need_index import compute, evaluate_tree


def plain_binned_ranks(values):
    """0-based ranks of one draw from a histogram of VALUE_BINS value bins (mid-rank within a bin)."""
    n = len(values)
    v = values.astype(np.float32)
    lo, hi = v.min(), v.max()
    scale = np.float32(rb.VALUE_BINS) / max(hi - lo, np.float32(1e-30))
    b = np.minimum(((v - lo) * scale).astype(np.int32), rb.VALUE_BINS - 1)
    counts = np.bincount(b, minlength=rb.VALUE_BINS)
    mid = ((n - np.cumsum(counts)) + (counts - 1) / 2.0).astype(np.float32)
    return mid[b]


def plain_robustness(preset, result, draws, spread, seed, top_k):
    """Draw by draw: rank, put each area's rank into its bin, count; quantiles from the counts."""
    scored, main = result.scored, preset.main_index
    cols = np.where(scored)[0]
    n = len(cols)
    exact = n <= rb.EXACT_UP_TO
    bins = n if exact else rb.RANK_BINS
    scores = {k: v["score"] for k, v in result.indicators.items() if v["score"] is not None}
    base = {node.id: np.array([result.weights[node.id][c] for c in node.children]) for node in preset.nodes}
    needed = rb._needed_nodes(preset, main)
    rng = np.random.default_rng(seed)
    hist = np.zeros((n, bins), dtype=np.int64)
    selected = np.zeros(n, dtype=np.int64)
    chunk = max(1, min(draws, int(6e6 // n)))
    done = 0
    while done < draws:
        size = min(chunk, draws - done)
        weights = {k: rb._dirichlet_draws(rng, w, spread, size) if k in needed else w for k, w in base.items()}
        for d in range(size):
            one = {k: w[d:d + 1] if k in needed else w for k, w in weights.items()}
            values = evaluate_tree(preset, scores, one, scored, only=needed)[main][0, cols]
            if exact:
                ranks = np.empty(n)
                ranks[np.argsort(-values, kind="stable")] = np.arange(n)
                rank_bin = ranks.astype(np.int64)
            else:
                ranks = plain_binned_ranks(values)
                rank_bin = np.minimum((ranks * bins / n).astype(np.int64), bins - 1)
            hist[np.arange(n), rank_bin] += 1
            selected += ranks < top_k - 0.5
        done += size
    cum = np.cumsum(hist, axis=1)
    out = {}
    for name, q in (("median_rank", 0.5), ("rank_p05", 0.05), ("rank_p95", 0.95)):
        b = np.argmax(cum >= np.ceil(q * draws), axis=1)
        out[name] = np.full(len(result.keys), np.nan)
        out[name][cols] = (b + 1).astype(float) if exact else np.round((b + 0.5) * n / bins + 0.5)
    out["share_selected"] = np.full(len(result.keys), np.nan)
    out["share_selected"][cols] = selected / draws
    return out


@pytest.mark.parametrize("n, draws, buffer_rows, step_rows, block", [
    (40, 120, None, None, None),   # exact ranks, everything counted at once
    (40, 120, 25, 3, 7),           # exact ranks, several flushes, 3 draws ranked at a time, blocks of 7 areas
    (2300, 90, None, None, None),  # binned ranks, one count at the end
    (2300, 90, 40, 6, 300),        # binned: counted 40 draws at a time (4 x 40 < 1000 bins: draw by draw)
    (2300, 300, 260, 7, 129),      # binned: counted 260 draws at once (bincount per block of areas)
])
def test_counted_robustness_equals_the_plain_one(monkeypatch, n, draws, buffer_rows, step_rows, block):
    p = tree_preset()
    res = compute(p, tree_data(n, 3))
    n_scored = int(res.scored.sum())
    assert n_scored < n   # some areas are not scored
    if buffer_rows:
        monkeypatch.setattr(rb, "BUFFER_BYTES", 2 * n_scored * buffer_rows)
        monkeypatch.setattr(rb, "CHUNK_BYTES", 8 * n_scored * 11)
        monkeypatch.setattr(rb, "ROW_BYTES", 4 * n_scored * step_rows)
        monkeypatch.setattr(rb, "COUNT_BYTES", 8 * block * (n_scored if n_scored <= rb.EXACT_UP_TO else rb.RANK_BINS))
        monkeypatch.setattr(rb, "CACHE_BYTES", 2 * block * (n_scored if n_scored <= rb.EXACT_UP_TO else rb.RANK_BINS))
    top_k = max(1, n_scored // 7)
    rob = rb.robustness(p, res, draws=draws, spread=4.0, seed=12, top_k=top_k)
    plain = plain_robustness(p, res, draws=draws, spread=4.0, seed=12, top_k=top_k)
    for name, values in plain.items():
        assert np.array_equal(getattr(rob, name), values, equal_nan=True), name
    assert rob.draws == draws
    shares = rob.share_selected[~np.isnan(rob.share_selected)]
    assert ((shares > 0) & (shares < 1)).any()   # the draws do move areas in and out of the selection


def test_rank_bins_at_the_ends_of_a_draw():
    """The highest value of a draw falls into the last value bin, equal values share a rank."""
    values = np.array([[5.0, 1.0, 5.0, 3.0, 1.0, 2.0]])
    out = np.empty(values.shape, dtype=np.int16)
    selected = rb._binned_rank_bins(values, bins=6, top_k=2, out=out)
    assert np.array_equal(rb._binned_ranks(values)[0], plain_binned_ranks(values[0]))
    assert list(out[0]) == [0, 4, 0, 2, 4, 3]
    assert list(selected) == [1, 0, 1, 0, 0, 0]
