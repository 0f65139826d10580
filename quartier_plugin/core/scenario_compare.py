"""Comparing two scenarios: which areas change class or move more than n ranks."""

from dataclasses import dataclass

import numpy as np

HIGHER_CLASS = "higher_class"
LOWER_CLASS = "lower_class"
MOVED = "moved"
UNCHANGED = "unchanged"
NOT_COMPARABLE = "not_comparable"
CHANGES = (HIGHER_CLASS, LOWER_CLASS, MOVED, UNCHANGED, NOT_COMPARABLE)


@dataclass
class Ranking:
    """The main index of one scenario, per area (aligned to ``keys``)."""

    keys: list
    rank: np.ndarray          # 1 = most need, NaN = not scored
    class_index: np.ndarray   # 0-based, ascending need, -1 = none
    class_label: list


def ranking_of(preset, result):
    info = result.nodes[preset.main_index]
    return Ranking(list(result.keys), np.asarray(info["rank"], float), np.asarray(info["class_index"]),
                   list(info["class"]))


def compare(first, second, min_shift=5):
    """One row per area of ``first``: ranks and classes in both, the shift and the kind of change.

    An area "moves" when its rank changes by more than ``min_shift`` places without changing class.
    Rows are sorted: class changes first, then by the size of the shift.
    """
    position = {k: i for i, k in enumerate(second.keys)}
    rows = []
    for i, key in enumerate(first.keys):
        j = position.get(key)
        ra = first.rank[i]
        rb = second.rank[j] if j is not None else np.nan
        ca = int(first.class_index[i])
        cb = int(second.class_index[j]) if j is not None else -1
        if np.isnan(ra) or np.isnan(rb):
            change, shift = NOT_COMPARABLE, None
        else:
            shift = int(ra - rb)  # positive: moved up towards rank 1 (more need)
            if ca >= 0 and cb >= 0 and cb > ca:
                change = HIGHER_CLASS
            elif ca >= 0 and cb >= 0 and cb < ca:
                change = LOWER_CLASS
            elif abs(shift) > min_shift:
                change = MOVED
            else:
                change = UNCHANGED
        rows.append({"key": key, "rank_a": None if np.isnan(ra) else int(ra),
                     "rank_b": None if np.isnan(rb) else int(rb), "shift": shift,
                     "class_a": first.class_label[i], "class_b": second.class_label[j] if j is not None else None,
                     "change": change})
    order = {HIGHER_CLASS: 0, LOWER_CLASS: 0, MOVED: 1, UNCHANGED: 2, NOT_COMPARABLE: 3}
    rows.sort(key=lambda r: (order[r["change"]], -abs(r["shift"] or 0), r["rank_a"] or 10 ** 9))
    return rows


def summary(rows):
    counts = {c: 0 for c in CHANGES}
    for row in rows:
        counts[row["change"]] += 1
    return counts
