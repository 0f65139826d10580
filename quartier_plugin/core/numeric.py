"""Numeric helpers of the methods (numpy): ranks, weights from numbers or pairwise comparisons, class breaks.

Arrays hold one value per area; ``NaN`` marks "no value". Statistics are computed over the scored areas
only (``mask``). The method extensions (normalisations, weightings, classifications …) import this module
inside their functions, so that listing them does not load numpy.
"""

import numpy as np

from .method_base import MethodError

# Saaty's random consistency index for n = 1..15
RANDOM_INDEX = (0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59)


def scored_values(values, mask):
    v = values[mask]
    return v[~np.isnan(v)]


def ranks_descending(values, mask=None):
    """Rank 1 = largest value; ties share the smallest rank; NaN and unmasked areas get NaN."""
    mask = np.ones(values.shape, bool) if mask is None else mask
    out = np.full(values.shape, np.nan)
    ok = mask & ~np.isnan(values)
    v = values[ok]
    if v.size:
        order = np.sort(v)[::-1]
        # rank = 1 + number of strictly larger values
        out[ok] = np.searchsorted(-order, -v, side="left") + 1
    return out


def normalise_weights(weights, names):
    """Weights as an array summing to 1; zero, negative and NaN weights are refused."""
    w = np.asarray([float(x) for x in weights], dtype=float)
    if w.size != len(names):
        raise MethodError(f"{len(names)} weights expected, {w.size} given")
    if np.any(np.isnan(w)):
        bad = [n for n, x in zip(names, w) if np.isnan(x)]
        raise MethodError(f"weight of {', '.join(bad)} is not a number")
    if np.any(w < 0):
        bad = [n for n, x in zip(names, w) if x < 0]
        raise MethodError(f"weight of {', '.join(bad)} is negative")
    if w.sum() <= 0:
        raise MethodError("all weights are zero")
    return w / w.sum()


def ahp_weights(matrix, names=None):
    """Eigenvector weights, consistency ratio and lambda_max of a pairwise-comparison matrix."""
    a = np.asarray(matrix, dtype=float)
    n = a.shape[0]
    names = names or [str(i + 1) for i in range(n)]
    if a.ndim != 2 or a.shape != (n, n):
        raise MethodError("the AHP matrix must be square")
    if np.any(~np.isfinite(a)) or np.any(a <= 0):
        raise MethodError("the AHP matrix must hold positive numbers only")
    for i in range(n):
        if abs(a[i, i] - 1.0) > 1e-9:
            raise MethodError(f"the AHP matrix must have 1 on its diagonal ({names[i]})")
        for j in range(i + 1, n):
            if abs(a[i, j] * a[j, i] - 1.0) > 1e-6:
                raise MethodError(f"the AHP matrix is not reciprocal: {names[i]}/{names[j]} = {a[i, j]:g} but "
                                  f"{names[j]}/{names[i]} = {a[j, i]:g} (expected {1 / a[i, j]:g})")
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    lam = float(values[k].real)
    w = np.abs(vectors[:, k].real)
    w = w / w.sum()
    ci = (lam - n) / (n - 1) if n > 2 else 0.0
    ri = RANDOM_INDEX[n] if n < len(RANDOM_INDEX) else RANDOM_INDEX[-1]
    cr = ci / ri if ri else 0.0
    return w, max(cr, 0.0), lam



# -- classification -----------------------------------------------------------------------------
def classify_bands(values, bands):
    """Class labels from bands [{"upper": x, "inclusive": bool, "label": s}, …, {"label": s}].

    A value falls into the first band whose upper bound it stays below (or equals, when the band is
    inclusive); the last band has no upper bound.
    """
    labels = np.full(values.shape, None, dtype=object)
    index = np.full(values.shape, -1)
    remaining = ~np.isnan(values)
    for i, band in enumerate(bands):
        upper = band.get("upper")
        if upper is None:
            hit = remaining
        elif band.get("inclusive", False):
            hit = remaining & (values <= upper)
        else:
            hit = remaining & (values < upper)
        labels[hit] = band["label"]
        index[hit] = i
        remaining = remaining & ~hit
    return labels, index


def quantile_breaks(values, mask, classes):
    v = np.sort(scored_values(values, mask))
    if v.size == 0:
        raise MethodError("no scored values to classify")
    return [float(np.quantile(v, q)) for q in np.linspace(0, 1, classes + 1)[1:-1]]


def jenks_breaks(values, mask, classes, max_sample=3000):
    """Fisher-Jenks natural breaks (exact on up to ``max_sample`` values, else an even sample)."""
    v = np.sort(scored_values(values, mask))
    if v.size == 0:
        raise MethodError("no scored values to classify")
    if v.size > max_sample:
        v = v[np.linspace(0, v.size - 1, max_sample).round().astype(int)]
    n = v.size
    classes = min(classes, n)
    if classes < 2:
        return []
    csum = np.concatenate([[0.0], np.cumsum(v)])
    csum2 = np.concatenate([[0.0], np.cumsum(v * v)])

    def ssd(i, j):  # sum of squared deviations of v[i:j], vectorised over i
        cnt = j - i
        s = csum[j] - csum[i]
        return (csum2[j] - csum2[i]) - s * s / cnt

    cost = np.full((classes + 1, n + 1), np.inf)
    back = np.zeros((classes + 1, n + 1), dtype=int)
    cost[0, 0] = 0.0
    for k in range(1, classes + 1):
        for j in range(k, n + 1):
            i = np.arange(k - 1, j)
            c = cost[k - 1, i] + ssd(i, j)
            best = int(np.argmin(c))
            cost[k, j] = c[best]
            back[k, j] = i[best]
    breaks, j = [], n
    for k in range(classes, 1, -1):
        j = back[k, j]
        breaks.append(float(v[j - 1]))
    return sorted(breaks)


def classify_breaks(values, breaks, labels=None):
    """Classes for ascending ``breaks`` (upper bounds, inclusive); labels default to "1".."k"."""
    k = len(breaks) + 1
    labels = labels or [str(i + 1) for i in range(k)]
    if len(labels) != k:
        raise MethodError(f"{k} class labels expected, {len(labels)} given")
    if any(b2 < b1 for b1, b2 in zip(breaks, breaks[1:])):
        raise MethodError("class breaks must be in ascending order")
    bands = [{"upper": b, "inclusive": True, "label": lab} for b, lab in zip(breaks, labels)]
    bands.append({"label": labels[-1]})
    return classify_bands(values, bands)
