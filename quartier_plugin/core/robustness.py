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

Speed (issue 18): a few draws are ranked at a time (their temporaries stay in the cache); an area's binned
rank depends only on its value bin, so rank bin and "selected" are worked out per value bin and looked up;
the rank bins of up to ``BUFFER_BYTES`` of draws are kept in 16 bits and counted into the histogram in one
pass per block of areas. The results are those of ranking and counting draw by draw, to the bit.
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
BUFFER_BYTES = 32 * 2**20  # the rank bins (16 bits) of the draws counted at once
ROW_BYTES = 512 * 2**10  # the draws ranked at once: one float32 copy of their values
COUNT_BYTES = 512 * 2**10  # the counts (64 bits) of a block of areas x rank bins, counted over many draws at once
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
    every = len(cols) == len(scored)   # all areas scored: the values need no column selection (no copy)
    exact = n_scored <= EXACT_UP_TO
    counter = _RankCounter(n_scored, n_scored if exact else RANK_BINS, exact, top_k, draws)
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
            values = evaluate_tree(preset, scores, weights, scored, only=needed)[main]  # (draws, areas)
            counter.add(values if every else values[:, cols])
            done += len(values)
            if feedback is not None and feedback(done / draws):
                stop = True
                break
    hist, selected = counter.finish()
    median, p05, p95 = _rank_quantiles(hist, (0.5, 0.05, 0.95), exact)

    def spread_out(values):
        out = np.full(len(result.keys), np.nan)
        out[cols] = values
        return out

    return RobustnessResult(
        keys=result.keys, median_rank=spread_out(median), rank_p05=spread_out(p05), rank_p95=spread_out(p95),
        share_selected=spread_out(selected / max(done, 1)),
        base_rank=base_rank, draws=done, top_k=top_k, resolution=resolution)


class _RankCounter:
    """Running counts of the ranks: ``hist`` (areas x rank bins: how often each area fell into each bin) and
    ``selected`` (how often each area ranked within ``top_k``).

    Each step of draws is ranked at once (:func:`_exact_rank_bins`, :func:`_binned_rank_bins`); the rank bins
    of up to ``BUFFER_BYTES`` of draws x areas are kept (16 bits each) and then added to the histogram in one
    count per block of areas, which costs (areas x bins) once instead of one scattered step per draw.
    """

    def __init__(self, n, bins, exact, top_k, draws):
        self.exact, self.top_k = exact, top_k
        # a count never exceeds the draws
        self.hist = np.zeros((n, bins), dtype=np.uint16 if draws < 2**16 else np.uint32)
        self.selected = np.zeros(n, dtype=np.int64)
        kind = np.int16 if 2 * bins < 2**15 else np.int32   # (a binned rank is looked up as 2 x bin + 1)
        rows = max(1, min(draws, BUFFER_BYTES // (np.dtype(kind).itemsize * max(n, 1))))
        # counting many draws at once pays when they are not much fewer than the bins; else (very many areas)
        # the rank bins of one evaluation step (CHUNK_BYTES) are kept and counted draw by draw
        self.step = max(1, min(rows, ROW_BYTES // (4 * max(n, 1))))
        if 4 * rows < bins:
            rows = max(1, min(rows, CHUNK_BYTES // (8 * max(n, 1))))
        self.buffer = np.empty((rows, n), dtype=kind)
        self.rows = 0

    def add(self, values):
        bins = self.hist.shape[1]
        # a few draws at a time: their temporary arrays stay in the cache from one step to the next
        for start in range(0, len(values), self.step):
            part = values[start:start + self.step]
            if self.rows + len(part) > len(self.buffer):
                self._flush()
            into = self.buffer[self.rows:self.rows + len(part)]
            if self.exact:
                self.selected += _exact_rank_bins(part, self.top_k, into)
            else:
                self.selected += _binned_rank_bins(part, bins, self.top_k, into)
            self.rows += len(part)

    def finish(self):
        self._flush()
        return self.hist, self.selected

    def _flush(self):
        rows, self.rows = self.rows, 0
        if rows:
            _add_to_histogram(self.hist, self.buffer[:rows])


def _add_to_histogram(hist, rank_bins):
    """hist[area, rank_bins[draw, area]] += 1 for every draw (row) and area (column)."""
    n, bins = hist.shape
    draws = len(rank_bins)
    if 4 * draws < bins:
        # few draws: one scattered increment per draw, a block of areas at a time (their histogram rows stay
        # in the cache); one draw puts every area into exactly one bin, so no index repeats within a row
        flat = hist.reshape(-1)
        block = max(1, CACHE_BYTES // hist[:1].nbytes)
        for start in range(0, n, block):
            offsets = np.arange(start, min(start + block, n), dtype=np.int64) * bins
            for row in rank_bins[:, start:start + block]:
                flat[row + offsets] += 1
        return
    # many draws: one count over all draws per block of areas
    block = max(1, COUNT_BYTES // (8 * bins))
    offsets = np.arange(block, dtype=np.intp) * bins
    for start in range(0, n, block):
        part = rank_bins[:, start:start + block]
        width = part.shape[1]
        counts = np.bincount((part + offsets[:width]).ravel(), minlength=width * bins)
        target = hist[start:start + width]
        target += counts.reshape(width, bins).astype(hist.dtype)


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


def _exact_rank_bins(values, top_k, out):
    """Exact 0-based ranks of each row into ``out``; returns how often each area is within ``top_k``."""
    ranks = _exact_ranks(values)
    out[...] = ranks
    return (ranks < top_k - 0.5).sum(axis=0)


def _binned_ranks(values):
    """Approximate 0-based ranks per row from a fine value histogram (mid-rank within a bin), O(n)."""
    b, mid = _value_bins(values)
    return np.take_along_axis(mid, b, axis=1)


def _binned_rank_bins(values, bins, top_k, out):
    """The rank bins (of ``bins``) of :func:`_binned_ranks` into ``out``; returns how often each
    area is within ``top_k``.

    An area's rank depends only on its value bin, so the rank bin and "selected" are worked out once per
    value bin of a draw (a table of VALUE_BINS per draw, with the same float32 arithmetic as on the ranks
    themselves) and then looked up per area.
    """
    n = values.shape[1]
    b, mid = _value_bins(values)
    rank_bin = np.minimum((mid * bins / n).astype(np.int64), bins - 1)
    table = (rank_bin * 2 + (mid < top_k - 0.5)).astype(out.dtype)   # rank bin and selected in one number
    where = b.astype(np.intp)
    where += (np.arange(len(b), dtype=np.intp) * VALUE_BINS)[:, None]
    looked_up = np.take(table.reshape(-1), where)
    del where
    np.right_shift(looked_up, 1, out=out)
    return np.bitwise_and(looked_up, 1).sum(axis=0)


def _value_bins(values):
    """(value bin of each value of a row (int16), mid-rank of each value bin of a row (float32))."""
    size, n = values.shape
    v = values.astype(np.float32)
    lo = v.min(axis=1, keepdims=True)
    hi = v.max(axis=1, keepdims=True)
    scale = np.float32(VALUE_BINS) / np.maximum(hi - lo, np.float32(1e-30))
    np.subtract(v, lo, out=v)
    np.multiply(v, scale, out=v)
    b = v.astype(np.int16)   # the values lie in 0 .. VALUE_BINS
    del v
    np.minimum(b, VALUE_BINS - 1, out=b)
    counts = np.empty((size, VALUE_BINS), dtype=np.int64)
    for row in range(size):
        counts[row] = np.bincount(b[row], minlength=VALUE_BINS)
    mid = (n - np.cumsum(counts, axis=1)) + (counts - 1) / 2.0  # mid-rank of each value bin
    return b, mid.astype(np.float32)


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
