"""Area types: cluster analysis of standardised indicators (k-means with several seeds, or Ward).

Clusters are numbered by need: type 1 has the highest mean of the oriented indicator scores, so the
labelling is the same for the same data and seed. The profile of a type is the mean z-score of each
indicator over its areas.
"""

from dataclasses import dataclass

import numpy as np

from . import methods as m


@dataclass
class AreaTypes:
    keys: list
    type_of: np.ndarray          # 1..k per area, 0 = not scored
    profiles: np.ndarray         # k x indicators: mean z-score
    sizes: list
    indicators: list
    method: str
    inertia: float


def _standardised(result, indicators):
    scored = result.scored
    cols = []
    for ind in indicators:
        v = result.indicators[ind]["value"]
        s = v[scored]
        sd = s.std()
        if not sd > 0:
            raise m.MethodError(f"{ind}: the values do not vary among the scored areas")
        cols.append((v - s.mean()) / sd)
    return np.column_stack(cols)


def _kmeans(x, k, rng, iterations=100):
    n = x.shape[0]
    centres = [x[rng.integers(n)]]
    for _ in range(1, k):  # k-means++
        d = np.min(((x[:, None, :] - np.array(centres)[None]) ** 2).sum(axis=2), axis=1)
        centres.append(x[rng.choice(n, p=d / d.sum())] if d.sum() > 0 else x[rng.integers(n)])
    centres = np.array(centres)
    labels = np.zeros(n, dtype=int)
    for _ in range(iterations):
        d = ((x[:, None, :] - centres[None]) ** 2).sum(axis=2)
        new = d.argmin(axis=1)
        if _ and (new == labels).all():
            break
        labels = new
        for j in range(k):
            if (labels == j).any():
                centres[j] = x[labels == j].mean(axis=0)
    inertia = float(((x - centres[labels]) ** 2).sum())
    return labels, inertia


def _ward(x, k):
    """Agglomerative clustering with Ward's criterion (Lance-Williams update), O(n^2) memory."""
    n = x.shape[0]
    size = np.ones(n)
    d = ((x[:, None, :] - x[None]) ** 2).sum(axis=2) / 2.0  # Ward distance of singletons: |a-b|^2 / 2
    np.fill_diagonal(d, np.inf)
    active = np.ones(n, bool)
    members = {i: [i] for i in range(n)}
    for _ in range(n - k):
        flat = np.where(active[:, None] & active[None], d, np.inf)
        i, j = np.unravel_index(np.argmin(flat), flat.shape)
        i, j = min(i, j), max(i, j)
        ni, nj = size[i], size[j]
        nk = size
        new = ((ni + nk) * d[i] + (nj + nk) * d[j] - nk * d[i, j]) / (ni + nj + nk)
        d[i], d[:, i] = new, new
        d[i, i] = np.inf
        active[j] = False
        d[j], d[:, j] = np.inf, np.inf
        size[i] = ni + nj
        members[i] += members.pop(j)
    labels = np.zeros(n, dtype=int)
    for c, (_, idx) in enumerate(sorted(members.items())):
        labels[idx] = c
    centres = np.array([x[labels == c].mean(axis=0) for c in range(k)])
    return labels, float(((x - centres[labels]) ** 2).sum())


def area_types(result, indicators, k=7, method="kmeans", seed=1, restarts=10):
    scored = result.scored
    n = int(scored.sum())
    if k < 2 or k > n:
        raise m.MethodError(f"the number of types must be between 2 and the number of scored areas ({n})")
    z = _standardised(result, indicators)
    x = z[scored]
    if method == "kmeans":
        rng = np.random.default_rng(seed)
        best = None
        for _ in range(restarts):
            labels, inertia = _kmeans(x, k, rng)
            if best is None or inertia < best[1] - 1e-9:
                best = (labels, inertia)
        labels, inertia = best
    elif method == "ward":
        if n > 5000:
            raise m.MethodError("Ward clustering is limited to 5,000 areas; use k-means")
        labels, inertia = _ward(x, k)
    else:
        raise m.MethodError(f"unknown clustering method {method!r}; use 'kmeans' or 'ward'")
    oriented = np.column_stack([result.indicators[i]["score"] for i in indicators])[scored] \
        if all(result.indicators[i]["score"] is not None for i in indicators) else x
    present = sorted(set(labels.tolist()))
    need = {c: float(np.nanmean(oriented[labels == c])) for c in present}
    order = sorted(present, key=lambda c: (-need[c], c))
    renumber = {c: i + 1 for i, c in enumerate(order)}
    type_of = np.zeros(len(result.keys), dtype=int)
    type_of[np.where(scored)[0]] = [renumber[c] for c in labels]
    profiles = np.array([x[labels == c].mean(axis=0) for c in order])
    sizes = [int((labels == c).sum()) for c in order]
    return AreaTypes(result.keys, type_of, profiles, sizes, list(indicators), method, inertia)
