"""The numeric building blocks of a composite indicator (numpy, vectorised).

Arrays hold one value per area; ``NaN`` marks "no value" (missing or not scored). Statistics are
always computed over the scored areas only (``mask``), so suppressed areas never influence others.

The methods a preset chooses by name are registries (one class per method, :mod:`.registry`):
:data:`NORMALISATIONS` (:mod:`.normalisations`), :data:`AGGREGATIONS` (:mod:`.aggregations`),
:data:`WEIGHTINGS` (:mod:`.weightings`), :data:`CLASSIFICATIONS` (:mod:`.classifications`) and
:data:`RATING_METHODS` (:mod:`.ratings`); :func:`normalise`, :func:`aggregate` and :func:`rate` dispatch to them.
"""

import numpy as np

from .aggregations import AGGREGATIONS
from .classifications import CLASSIFICATIONS
from .method_base import MethodError
from .normalisations import NORMALISATIONS, REFERENCES
from .numeric import (  # noqa: F401 - the building blocks, importable from here as before
    RANDOM_INDEX,
    ahp_weights,
    classify_bands,
    classify_breaks,
    jenks_breaks,
    normalise_weights,
    quantile_breaks,
    ranks_descending,
)
from .numeric import scored_values as _scored
from .ratings import RATING_METHODS, RATINGS
from .weightings import WEIGHTINGS

__all__ = ["AGGREGATIONS", "CLASSIFICATIONS", "NORMALISATIONS", "RATINGS", "RATING_METHODS", "REFERENCES",
           "WEIGHTINGS", "MethodError", "aggregate", "ahp_weights", "classify_bands", "classify_breaks", "correlation",
           "jenks_breaks", "normalise", "normalise_weights", "quantile_breaks", "ranks_descending", "rate",
           "reference_value", "spread", "standardise"]


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


def normalise(values, mask, method="zscore", reference=None, need_high=True, name="indicator"):
    """Oriented scores: higher always means more need. ``reference`` is the city value."""
    v = np.where(mask, values, np.nan)
    scored = _scored(values, mask)
    if scored.size == 0:
        raise MethodError(f"{name}: all values are missing among the scored areas")
    return NORMALISATIONS.get(method).apply(v, scored, mask, reference, need_high, name)


def aggregate(matrix, weights, method="arithmetic", names=None):
    """Weighted mean of the columns of ``matrix`` (areas x components), row by row (NaN stays NaN)."""
    kind = AGGREGATIONS.get(method)
    return kind.combine(np.asarray(matrix, dtype=float), np.asarray(weights, dtype=float), names)


def standardise(values, mask):
    """z-scores over the scored areas (population SD)."""
    scored = _scored(values, mask)
    sd = scored.std() if scored.size else 0.0
    if not sd > 0:
        raise MethodError("the index does not vary among the scored areas")
    return np.where(mask, (values - scored.mean()) / sd, np.nan)


# -- rating -------------------------------------------------------------------------------------
def rate(values, city_value, sd=None, method="sd", bands=(0.5, 1.0)):
    """Rating `++ + o - --` of each value against the city value (deviation only, not need)."""
    inner, outer = bands
    d = RATING_METHODS.get(method).deviation(values, city_value, sd)
    out = np.full(values.shape, None, dtype=object)
    if d is None:
        return out
    ok = ~np.isnan(d)
    out[ok & (d > outer)] = RATINGS[0]
    out[ok & (d > inner) & (d <= outer)] = RATINGS[1]
    out[ok & (np.abs(d) <= inner)] = RATINGS[2]
    out[ok & (d < -inner) & (d >= -outer)] = RATINGS[3]
    out[ok & (d < -outer)] = RATINGS[4]
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
