"""Robustness of a selection under weight changes: Monte Carlo with Dirichlet-perturbed weights.

Each draw takes, for every index node, weights from a Dirichlet distribution centred on the chosen
weights (concentration = ``spread`` x number of children: larger means tighter), evaluates the whole
index tree for all areas at once (numpy, draws in chunks) and ranks the areas. Reported per area:
median rank, 5 % and 95 % rank, and the share of draws in which it is selected (rank <= ``top_k``).
The draws are streamed in chunks of at most ``CHUNK_BYTES`` per draws x areas array and only running
counts are kept (a rank histogram per area with 16-bit counts, and how often the area is selected), so
memory grows with the areas, not with the draws: about 200 MB of counts for 100,000 areas and a peak of
about 400 MB, for 10 draws as for 1,000 (issue 19; the figure is printed by ``make bench``). Up to
``EXACT_UP_TO`` areas every draw is sorted and ranks are exact; beyond that, ranks come from a fine
value histogram per draw (mid-rank within a value bin) and are collected in ``RANK_BINS`` rank bins, so
the reported ranks are resolved to within about n / RANK_BINS places (20 for 20,000 areas).
"""

from dataclasses import dataclass

import numpy as np

from . import methods as m
from .need_index import evaluate_tree

EXACT_UP_TO = 2000
RANK_BINS = 1000
VALUE_BINS = 4096
CHUNK_BYTES = 16 * 2**20  # one (draws x areas) float64 array of a chunk; a chunk holds a few of them (< 64 MB)
CACHE_BYTES = 2 * 2**20  # the histogram rows of a block of areas, counted draw by draw
QUANTILE_BYTES = 32 * 2**20  # the running sum over the rank bins of one block of areas


@dataclass
class RobustnessResult:
    keys: list
    median_rank: np.ndarray
    rank_p05: np.ndarray
    rank_p95: np.ndarray
    share_selected: np.ndarray
    base_rank: np.ndarray
    draws: int
    top_k: int
    resolution: float = 1.0  # ranks are exact (1) or resolved to this many places


def _dirichlet_draws(rng, weights, spread, size):
    alpha = np.maximum(np.asarray(weights, dtype=float) * spread * len(weights), 1e-3)
    return rng.dirichlet(alpha, size=size)


def robustness(preset, result, draws=1000, spread=20.0, seed=1, top_k=None, chunk=None, feedback=None):
    """Perturb the weights of ``result`` (a NeedIndexResult of ``preset``) ``draws`` times.

    ``chunk`` is how many draws of weights are taken from the generator at a time (node after node; it
    changes the draws of a tree with several nodes, so the default depends only on the number of areas, as
    it always did); their values are evaluated in smaller steps within ``CHUNK_BYTES``.
    """
    if draws < 1:
        raise m.MethodError("the number of draws must be at least 1")
    if not spread > 0:
        raise m.MethodError("the spread (Dirichlet concentration) must be positive")
    scored = result.scored
    n_scored = int(scored.sum())
    main = preset.main_index
    base_rank = result.nodes[main]["rank"]
    if top_k is None:  # default: as many as the base result puts into its highest class
        idx = result.nodes[main]["class_index"]
        top = idx[scored].max() if (idx[scored] >= 0).any() else -1
        top_k = int((idx[scored] == top).sum()) if top >= 0 else max(1, n_scored // 10)
    top_k = max(1, min(int(top_k), n_scored))
    scores = {k: v["score"] for k, v in result.indicators.items() if v["score"] is not None}
    resolution = 1.0 if n_scored <= EXACT_UP_TO else n_scored / RANK_BINS
    base_weights = {node.id: np.array([result.weights[node.id][c] for c in node.children]) for node in preset.nodes}
    needed = _needed_nodes(preset, main)
    rng = np.random.default_rng(seed)
    cols = np.where(scored)[0]
    exact = n_scored <= EXACT_UP_TO
    bins = n_scored if exact else RANK_BINS
    # running counts only: per area, how often it fell into each rank bin (a count never exceeds the draws)
    hist = np.zeros((n_scored, bins), dtype=np.uint16 if draws < 2**16 else np.uint32)
    selected = np.zeros(n_scored, dtype=np.int64)
    # the weights are drawn ``chunk`` draws at a time, node after node, as they always were (the same seed gives
    # the same draws); they are small (draws x children). The areas' values are evaluated ``step`` draws at a
    # time, within CHUNK_BYTES, and only counted.
    chunk = chunk or max(1, min(draws, int(6e6 // max(n_scored, 1))))
    step = max(1, CHUNK_BYTES // (8 * max(n_scored, 1)))
    done, stop = 0, False
    while done < draws and not stop:
        size = min(chunk, draws - done)
        drawn = {nid: _dirichlet_draws(rng, w, spread, size) for nid, w in base_weights.items() if nid in needed}
        for start in range(0, size, step):
            weights = {nid: drawn[nid][start:start + step] if nid in drawn else w for nid, w in base_weights.items()}
            values = evaluate_tree(preset, scores, weights, scored, only=needed)[main][:, cols]  # (draws, n_scored)
            _count_ranks(values, hist, selected, exact, top_k)
            done += len(values)
            if feedback is not None and feedback(done / draws):
                stop = True
                break
    median, p05, p95 = _rank_quantiles(hist, (0.5, 0.05, 0.95), exact)

    def spread_out(values):
        out = np.full(len(result.keys), np.nan)
        out[cols] = values
        return out

    return RobustnessResult(
        keys=result.keys, median_rank=spread_out(median), rank_p05=spread_out(p05), rank_p95=spread_out(p95),
        share_selected=spread_out(selected / max(done, 1)),
        base_rank=base_rank, draws=done, top_k=top_k, resolution=resolution)


def _count_ranks(values, hist, selected, exact, top_k):
    """Rank the areas in each draw (a row of ``values``) and add the ranks to the running counts."""
    n, bins = hist.shape
    ranks = _exact_ranks(values) if exact else _binned_ranks(values)  # 0-based, float
    selected += (ranks < top_k - 0.5).sum(axis=0)
    rank_bin = ranks.astype(np.int64) if exact else np.minimum((ranks * bins / n).astype(np.int64), bins - 1)
    del ranks
    rank_bin += np.arange(n, dtype=np.int64) * bins
    # one draw puts every area into exactly one bin, so no index repeats within a row; a block of areas at a
    # time keeps their part of the histogram in the cache
    flat = hist.reshape(-1)
    block = max(1, CACHE_BYTES // hist[:1].nbytes)
    for start in range(0, n, block):
        for row in rank_bin[:, start:start + block]:
            flat[row] += 1


def _rank_quantiles(hist, qs, exact):
    """1-based ranks at the quantiles ``qs`` per area from the rank histogram, a block of areas at a time."""
    n, bins = hist.shape
    out = [np.empty(n) for _q in qs]
    step = max(1, QUANTILE_BYTES // (8 * bins))
    for start in range(0, n, step):
        cum = np.cumsum(hist[start:start + step], axis=1, dtype=np.int64)
        total = cum[:, -1:]
        for q, o in zip(qs, out):
            b = np.argmax(cum >= np.ceil(q * total), axis=1)
            o[start:start + step] = (b + 1).astype(float) if exact else np.round((b + 0.5) * n / bins + 0.5)
    return out


def _exact_ranks(values):
    """0-based ranks (0 = highest value) per row, by sorting."""
    order = np.argsort(-values, axis=1, kind="stable")
    ranks = np.empty(order.shape, dtype=np.float64)
    ranks[np.arange(values.shape[0])[:, None], order] = np.arange(values.shape[1])[None, :]
    return ranks


def _binned_ranks(values):
    """Approximate 0-based ranks per row from a fine value histogram (mid-rank within a bin), O(n)."""
    size, n = values.shape
    values = values.astype(np.float32)
    lo = values.min(axis=1, keepdims=True)
    hi = values.max(axis=1, keepdims=True)
    scale = np.float32(VALUE_BINS) / np.maximum(hi - lo, np.float32(1e-30))
    b = np.minimum(((values - lo) * scale).astype(np.int32), VALUE_BINS - 1)
    offsets = (np.arange(size, dtype=np.int64) * VALUE_BINS)[:, None]
    counts = np.bincount((b + offsets).ravel(), minlength=size * VALUE_BINS).reshape(size, VALUE_BINS)
    mid = (n - np.cumsum(counts, axis=1)) + (counts - 1) / 2.0  # mid-rank of each value bin
    return np.take_along_axis(mid.astype(np.float32), b, axis=1)


def _needed_nodes(preset, main):
    """The nodes below (and including) the main index."""
    ids = {n.id for n in preset.nodes}
    need, stack = set(), [main]
    while stack:
        nid = stack.pop()
        if nid in need:
            continue
        need.add(nid)
        stack += [c for c in preset.node(nid).children if c in ids]
    return need
