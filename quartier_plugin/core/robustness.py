"""Robustness of a selection under weight changes: Monte Carlo with Dirichlet-perturbed weights.

Each draw takes, for every index node, weights from a Dirichlet distribution centred on the chosen
weights (concentration = ``spread`` x number of children: larger means tighter), evaluates the whole
index tree for all areas at once (numpy, draws in chunks) and ranks the areas. Reported per area:
median rank, 5 % and 95 % rank, and the share of draws in which it is selected (rank <= ``top_k``).
Ranks are collected in a histogram, so memory stays small for many areas and draws. Up to
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
    """Perturb the weights of ``result`` (a NeedIndexResult of ``preset``) ``draws`` times."""
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
    hist = np.zeros(n_scored * bins, dtype=np.int64)
    selected = np.zeros(n_scored, dtype=np.int64)
    chunk = chunk or max(1, min(draws, int(6e6 // max(n_scored, 1))))
    area_offset = (np.arange(n_scored) * bins)[None, :]
    done = 0
    while done < draws:
        size = min(chunk, draws - done)
        weights = {nid: _dirichlet_draws(rng, w, spread, size) if nid in needed else w
                   for nid, w in base_weights.items()}
        values = evaluate_tree(preset, scores, weights, scored, only=needed)[main][:, cols]  # (size, n_scored)
        ranks = _exact_ranks(values) if exact else _binned_ranks(values)  # 0-based, float
        rank_bin = ranks.astype(np.int64) if exact else np.minimum((ranks * bins / n_scored).astype(np.int64),
                                                                    bins - 1)
        hist += np.bincount((area_offset + rank_bin).ravel(), minlength=n_scored * bins)
        selected += (ranks < top_k - 0.5).sum(axis=0)
        done += size
        if feedback is not None and feedback(done / draws):
            break
    cum = np.cumsum(hist.reshape(n_scored, bins), axis=1)
    total = cum[:, -1:]

    def quantile(q):
        b = np.argmax(cum >= np.ceil(q * total), axis=1)
        return (b + 1).astype(float) if exact else np.round((b + 0.5) * n_scored / bins + 0.5)

    def spread_out(values):
        out = np.full(len(result.keys), np.nan)
        out[cols] = values
        return out

    return RobustnessResult(
        keys=result.keys, median_rank=spread_out(quantile(0.5)), rank_p05=spread_out(quantile(0.05)),
        rank_p95=spread_out(quantile(0.95)), share_selected=spread_out(selected / max(done, 1)),
        base_rank=base_rank, draws=done, top_k=top_k, resolution=resolution)


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
