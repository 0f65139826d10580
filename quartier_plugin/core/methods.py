"""The numeric building blocks of a composite indicator (numpy, vectorised).

Arrays hold one value per area; ``NaN`` marks "no value" (missing or not scored). Statistics are
always computed over the scored areas only (``mask``), so suppressed areas never influence others.
"""

import numpy as np

NORMALISATIONS = ("zscore", "minmax", "rank", "percentile_rank", "distance_to_reference")
REFERENCES = ("mean", "city_ratio", "population_weighted")
AGGREGATIONS = ("arithmetic", "geometric")
RATINGS = ("++", "+", "o", "-", "--")

# Saaty's random consistency index for n = 1..15
RANDOM_INDEX = (0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59)


class MethodError(ValueError):
    """The method cannot be applied to these data; the message names the cause."""


def _scored(values, mask):
    v = values[mask]
    return v[~np.isnan(v)]


def reference_value(values, mask, kind="mean", numerator=None, denominator=None, population=None, scale=1.0):
    """The city value of an indicator over the scored areas."""
    if kind == "mean":
        v = _scored(values, mask)
        return float(v.mean()) if v.size else float("nan")
    if kind == "city_ratio":
        if numerator is None or denominator is None:
            # a ready value has no counts: weight by residents if known, else the plain mean
            kind = "population_weighted" if population is not None else "mean"
            return reference_value(values, mask, kind, population=population)
        else:
            ok = mask & ~np.isnan(numerator) & ~np.isnan(denominator)
            den = denominator[ok].sum()
            return float(numerator[ok].sum() / den * scale) if den else float("nan")
    if kind == "population_weighted":
        if population is None:
            raise MethodError("a population-weighted reference needs the residents field")
        ok = mask & ~np.isnan(values) & ~np.isnan(population)
        total = population[ok].sum()
        return float((values[ok] * population[ok]).sum() / total) if total else float("nan")
    raise MethodError(f"unknown reference {kind!r}; use one of {', '.join(REFERENCES)}")


def spread(values, mask):
    """Population standard deviation (ddof=0) over the scored areas."""
    v = _scored(values, mask)
    return float(v.std()) if v.size else float("nan")


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


def normalise(values, mask, method="zscore", reference=None, need_high=True, name="indicator"):
    """Oriented scores: higher always means more need. ``reference`` is the city value."""
    v = np.where(mask, values, np.nan)
    scored = _scored(values, mask)
    if scored.size == 0:
        raise MethodError(f"{name}: all values are missing among the scored areas")
    sign = 1.0 if need_high else -1.0
    if method == "zscore":
        sd = scored.std()
        if not sd > 0:
            raise MethodError(f"{name}: the values do not vary among the scored areas (standard deviation 0)")
        centre = scored.mean() if reference is None else reference
        return sign * (v - centre) / sd
    if method == "minmax":
        lo, hi = scored.min(), scored.max()
        if not hi > lo:
            raise MethodError(f"{name}: the values do not vary among the scored areas (min = max)")
        out = (v - lo) / (hi - lo)
        return out if need_high else 1.0 - out
    if method in ("rank", "percentile_rank"):
        if scored.size < 2 or scored.min() == scored.max():
            raise MethodError(f"{name}: the values do not vary among the scored areas")
        oriented = v if need_high else -v
        r = ranks_descending(-oriented, mask)  # rank 1 = least need
        n = np.count_nonzero(mask & ~np.isnan(v))
        if method == "rank":
            return r / n
        return (r - 1) / (n - 1) * 100.0
    if method == "distance_to_reference":
        if reference is None or not np.isfinite(reference) or reference == 0:
            raise MethodError(f"{name}: distance to a reference needs a city value other than 0")
        return sign * (v - reference) / abs(reference)
    raise MethodError(f"unknown normalisation {method!r}; use one of {', '.join(NORMALISATIONS)}")


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


def aggregate(matrix, weights, method="arithmetic", names=None):
    """Weighted mean of the columns of ``matrix`` (areas x components), row by row (NaN stays NaN)."""
    m = np.asarray(matrix, dtype=float)
    w = np.asarray(weights, dtype=float)
    if method == "arithmetic":
        return m @ w
    if method == "geometric":
        ok = ~np.isnan(m)
        if np.any(m[ok] <= 0):
            cols = sorted({(names or [str(i) for i in range(m.shape[1])])[j] for j in np.where((m <= 0) & ok)[1]})
            raise MethodError("the geometric mean needs positive normalised values; "
                              f"{', '.join(cols)} have values <= 0 (use min-max, rank or percentile rank)")
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.exp(np.log(m) @ w)
    raise MethodError(f"unknown aggregation {method!r}; use one of {', '.join(AGGREGATIONS)}")


def standardise(values, mask):
    """z-scores over the scored areas (population SD)."""
    scored = _scored(values, mask)
    sd = scored.std() if scored.size else 0.0
    if not sd > 0:
        raise MethodError("the index does not vary among the scored areas")
    return np.where(mask, (values - scored.mean()) / sd, np.nan)


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
    v = np.sort(_scored(values, mask))
    if v.size == 0:
        raise MethodError("no scored values to classify")
    return [float(np.quantile(v, q)) for q in np.linspace(0, 1, classes + 1)[1:-1]]


def jenks_breaks(values, mask, classes, max_sample=3000):
    """Fisher-Jenks natural breaks (exact on up to ``max_sample`` values, else an even sample)."""
    v = np.sort(_scored(values, mask))
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


# -- rating -------------------------------------------------------------------------------------
def rate(values, city_value, sd=None, method="sd", bands=(0.5, 1.0)):
    """Rating `++ + o - --` of each value against the city value (deviation only, not need)."""
    inner, outer = bands
    if method == "sd":
        if sd is None or not sd > 0:
            return np.full(values.shape, None, dtype=object)
        d = (values - city_value) / sd
    elif method == "relative":
        if not city_value:
            return np.full(values.shape, None, dtype=object)
        d = (values - city_value) / abs(city_value)
    else:
        raise MethodError(f"unknown rating method {method!r}; use 'sd' or 'relative'")
    out = np.full(values.shape, None, dtype=object)
    ok = ~np.isnan(d)
    out[ok & (d > outer)] = "++"
    out[ok & (d > inner) & (d <= outer)] = "+"
    out[ok & (np.abs(d) <= inner)] = "o"
    out[ok & (d < -inner) & (d >= -outer)] = "-"
    out[ok & (d < -outer)] = "--"
    return out


def correlation(matrix, names, threshold=0.8):
    """Pearson correlation over areas with all values; pairs with |r| >= threshold."""
    m = np.asarray(matrix, dtype=float)
    ok = ~np.isnan(m).any(axis=1)
    if ok.sum() < 3 or m.shape[1] < 2:
        return np.full((m.shape[1], m.shape[1]), np.nan), []
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.corrcoef(m[ok], rowvar=False)
    pairs = [(names[i], names[j], float(r[i, j])) for i in range(len(names)) for j in range(i + 1, len(names))
             if np.isfinite(r[i, j]) and abs(r[i, j]) >= threshold]
    return r, pairs
