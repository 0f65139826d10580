"""The need index: indicator values -> suppression -> normalisation -> weighting -> aggregation
-> classes and ranks, plus ratings against the city value, warnings and the status x dynamics matrix.

Everything is computed over the *scored* areas: areas under the resident threshold, listed outliers
and areas lacking a value are excluded before any statistic is computed and are "not scored".
"""

from dataclasses import dataclass, field

import numpy as np

from . import methods as m
from .aggregations import AGGREGATIONS
from .classifications import CLASSIFICATIONS
from .disclosure import (  # noqa: F401 - the reasons, importable from here as before
    NOT_SCORED_MISSING,
    SUPPRESSED,
    SUPPRESSED_COMPLEMENTARY,
    SUPPRESSED_OUTLIER,
    SUPPRESSED_POPULATION,
    complementary_suppression,
    is_small,
    is_withheld,
)
from .keys import normalise_key
from .text import N_
from .weightings import WEIGHTINGS, weighting_of

REASONS = {
    SUPPRESSED_POPULATION: N_("under the resident threshold"),
    SUPPRESSED_OUTLIER: N_("declared outlier"),
    SUPPRESSED_COMPLEMENTARY: N_("withheld so that a small neighbouring area cannot be derived"),
    NOT_SCORED_MISSING: N_("missing data"),
}
WARNINGS = {
    "missing_data": N_("{indicator}: {share} % of the areas have no value; they are not scored."),
    "ahp_inconsistent": N_("Index {index}: the pairwise comparisons are inconsistent "
                           "(CR = {cr}, should be below 0.10)."),
    "correlated": N_("{a} and {b} are highly correlated (r = {r}): the index may count the same thing twice."),
    "suppressed": N_("{count} areas under {threshold} residents or listed as outliers are not scored and not shown."),
    "excluded_cells": N_("{count} implausible cells were excluded as missing: {cells}."),
    "complementary": N_("{count} further areas are withheld so that the small ones cannot be derived from the "
                        "totals: {keys}."),
}


@dataclass
class AreaData:
    """Numbers per area: ``columns`` maps field names to float arrays (NaN = missing)."""

    keys: list
    columns: dict
    previous: dict = None  # the same fields for the earlier vintage (dynamics), aligned to keys

    def column(self, name, previous=False):
        source = self.previous if previous else self.columns
        if source is None or name not in source:
            where = "the earlier year's data" if previous else "the data"
            raise m.MethodError(f"field {name!r} is missing in {where}")
        return np.asarray(source[name], dtype=float)


@dataclass
class NeedIndexResult:
    keys: list
    scored: np.ndarray
    reason: list                       # per area: None, or why it is not scored
    indicators: dict = field(default_factory=dict)
    nodes: dict = field(default_factory=dict)
    matrix: dict = None
    warnings: list = field(default_factory=list)   # (code, params)
    correlation: tuple = None          # (matrix, indicator ids)
    weights: dict = field(default_factory=dict)   # node id -> normalised weights of its children
    protection: object = None          # disclosure.Protection when parents were given
    threshold: float = None            # the resident threshold applied


def indicator_values(preset, data, mask=None):
    """Raw indicator values (area units, e.g. %), numerators and denominators where defined."""
    out = {}
    for ind in preset.indicators:
        out[ind.id] = _values(ind, data, previous=False)
        if ind.change:
            now, _num, _den = out[ind.id]
            before, _n2, _d2 = _values(ind, data, previous=True)
            out[ind.id] = (now - before, None, None)
    return out


def _values(ind, data, previous):
    if ind.value_field:
        return data.column(ind.value_field, previous), None, None
    num, den = data.column(ind.numerator, previous), data.column(ind.denominator, previous)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(den > 0, num / den * ind.scale, np.nan)
    return value, num, den


def node_weights(preset, node, names_of=None):
    """Normalised weights of a node's children and the AHP consistency ratio (or None)."""
    kind = weighting_of(node.weights)
    if kind is None:
        raise m.MethodError(f"index {node.id}: weights of no known kind ({', '.join(WEIGHTINGS)})")
    return kind.weights(node.weights, node.children)


def compute(preset, data, weights_override=None, min_population=None, extra_outliers=(), parents=None,
            memo=None):
    """Run the method of ``preset`` on ``data`` (an :class:`AreaData`).

    ``parents`` (the parent key of each area, e.g. its Stadtbezirk) turns on complementary suppression:
    see :mod:`.disclosure`. Areas withheld that way are treated like small ones (not scored, no values).
    ``memo``: a dict kept by a caller that computes the same ``data`` and ``parents`` many times (the
    weighting dock): what does not depend on the weights (suppression, indicator values, scores, ratings,
    correlations) is remembered there by the method without its weights, the threshold and the outliers, so
    that a weight change computes only the weighted part."""
    n = len(data.keys)
    if n == 0:
        raise m.MethodError("there are no areas")
    threshold = preset.min_population if min_population is None else min_population
    outliers = {normalise_key(k) for k in list(preset.outliers) + list(extra_outliers)}
    remembered = ("base", threshold, tuple(sorted(outliers)), _without_weights(preset))
    base = memo.get(remembered) if memo is not None else None
    if base is None:
        base = _weightless_part(preset, data, threshold, outliers, parents, memo)
        if memo is not None:
            memo[remembered] = base
    reason, scored, indicators, scores, warnings, protection, correlation, pairs = base
    result = NeedIndexResult(keys=list(data.keys), scored=scored, reason=reason,
                             indicators={k: dict(v) for k, v in indicators.items()}, warnings=list(warnings))

    weights = {}
    for node in preset.nodes:
        if weights_override and node.id in weights_override:
            w = m.normalise_weights(weights_override[node.id], node.children)
            cr = None
        else:
            w, cr = node_weights(preset, node)
        weights[node.id] = w
        if cr is not None and cr >= 0.1:
            result.warnings.append(("ahp_inconsistent", {"index": node.id, "cr": f"{cr:.2f}"}))
        result.nodes[node.id] = {"cr": cr}
    result.weights = {k: dict(zip(preset.node(k).children, v.tolist())) for k, v in weights.items()}

    values = evaluate_tree(preset, scores, weights, scored)
    for node in preset.nodes:
        v = values[node.id]
        info = result.nodes[node.id]
        info["value"] = v
        info["rank"] = m.ranks_descending(v, scored)
        labels, index = classify(node, v, scored)
        info["class"], info["class_index"] = labels, index
    if preset.matrix:
        result.matrix = _matrix(preset, result)
    result.correlation = correlation
    for a, b, r in pairs:
        result.warnings.append(("correlated", {"a": a, "b": b, "r": f"{r:.2f}"}))
    n_supp = sum(1 for r in reason if r in (SUPPRESSED_POPULATION, SUPPRESSED_OUTLIER))
    if n_supp:
        result.warnings.append(("suppressed", {"count": n_supp, "threshold": f"{threshold:g}"}))
    if protection is not None and protection.complementary:
        result.warnings.append(("complementary", {"count": len(protection.complementary), "keys": ", ".join(
            str(data.keys[i]) for i in protection.complementary)}))
    result.protection = protection
    result.threshold = threshold
    return result


def _without_weights(preset):
    """The method as a text without its weights: what the weight-independent part of a run depends on."""
    import json

    raw = dict(preset.raw)
    raw["indices"] = [{k: v for k, v in node.items() if k != "weights"} for node in raw.get("indices", [])]
    return json.dumps(raw, sort_keys=True, default=str)


def _weightless_part(preset, data, threshold, outliers, parents, memo):
    """(reason, scored, indicators, scores, warnings, protection, correlation, correlated pairs): all of a run
    that does not depend on the weights."""
    n = len(data.keys)
    reason = [None] * n
    if preset.population_field:
        pop = data.column(preset.population_field)
        for i in np.where(is_small(pop, threshold))[0]:  # NaN population counts as too small
            reason[i] = SUPPRESSED_POPULATION
    else:
        pop = None
    if outliers:
        for i, k in enumerate(data.keys):
            if reason[i] is None and normalise_key(k) in outliers:
                reason[i] = SUPPRESSED_OUTLIER
    protection = None
    if parents is not None:
        remembered = (threshold, tuple(sorted(outliers)), preset.population_field)
        protection = memo.get(remembered) if memo is not None else None
        if protection is None:
            protection = complementary_suppression(parents, [r is not None for r in reason], pop, data.keys)
            if memo is not None:
                memo[remembered] = protection
        for i in protection.complementary:
            reason[i] = SUPPRESSED_COMPLEMENTARY
    raw = indicator_values(preset, data)
    used = _used_indicators(preset)
    not_suppressed = np.array([not is_withheld(r) for r in reason])
    for ind_id in used:
        if not_suppressed.any() and np.isnan(raw[ind_id][0][not_suppressed]).all():
            raise m.MethodError(f"{ind_id}: all values are missing")
    for ind_id in used:
        values = raw[ind_id][0]
        for i in np.where(np.isnan(values))[0]:
            if reason[i] is None:
                reason[i] = NOT_SCORED_MISSING
    scored = np.array([r is None for r in reason])
    if not scored.any():
        raise m.MethodError("no area can be scored (all suppressed or missing data)")

    warnings, scores, indicators = [], {}, {}
    for ind in preset.indicators:
        value, num, den = raw[ind.id]
        scale = ind.scale
        if ind.index_to_city:  # area ratio / city ratio * 100; the city's own value is then exactly 100
            city = m.reference_value(value, scored, "city_ratio", num, den, pop, ind.scale)
            value = value / city * 100.0
            if num is not None:
                num, scale = num * ind.scale * 100.0 / city, 1.0
        shown = np.where(not_suppressed, value, np.nan)
        missing_share = float(np.isnan(value[not_suppressed]).mean()) if not_suppressed.any() else 1.0
        if missing_share > 0:
            warnings.append(("missing_data", {"indicator": ind.id, "share": f"{100 * missing_share:.0f}"}))
        reference = m.reference_value(value, scored, ind.reference or preset.reference, num, den, pop, scale)
        if ind.id in used:
            scores[ind.id] = m.normalise(value, scored, ind.normalisation or preset.normalisation, reference,
                                         ind.need_high, ind.id)
        # the city value ("Gesamtstadt") comes from the counts, never from a mean of the areas' percentages:
        # a preset asking for "mean" gets the ratio of sums (or the resident-weighted mean of ready values)
        city_reference = "city_ratio" if preset.rating_reference == "mean" else preset.rating_reference
        city = m.reference_value(value, scored, city_reference, num, den, pop, scale)
        sd = m.spread(value, scored)
        rating = m.rate(shown, city, sd, preset.rating_method, preset.rating_bands)
        indicators[ind.id] = {"value": shown, "score": scores.get(ind.id), "rating": rating,
                              "city_value": city, "sd": sd, "reference": reference}
    names = [i for i in used]
    stacked = np.column_stack([indicators[i]["value"] for i in names]) if names else np.empty((n, 0))
    corr, pairs = m.correlation(np.where(scored[:, None], stacked, np.nan), names)
    return reason, scored, indicators, scores, warnings, protection, (corr, names), pairs


def _used_indicators(preset):
    ids = {i.id for i in preset.indicators}
    used = []
    for node in preset.nodes:
        used += [c for c in node.children if c in ids and c not in used]
    return used


def evaluate_tree(preset, scores, weights, scored, only=None):
    """Node values from indicator scores; weights may carry a leading draws axis (draws x children).

    With 1-D weights the node values are (areas,); with 2-D weights they are (draws, areas).
    ``only`` restricts the evaluation to a set of node ids.
    """
    values = dict(scores)
    for node in preset.nodes:
        if only is not None and node.id not in only:
            continue
        w = np.asarray(weights[node.id], dtype=float)
        method = node.aggregation or preset.aggregation
        if w.ndim == 1:
            matrix = np.column_stack([values[c] for c in node.children])
            v = m.aggregate(matrix, w, method, node.children)
            v = np.where(scored, v, np.nan)
            if node.restandardise:
                v = m.standardise(v, scored)
        else:
            v = _aggregate_draws([values[c] for c in node.children], w, method, node.children)
            v[:, ~scored] = np.nan
            if node.restandardise:
                s = v[:, scored]
                v = (v - s.mean(axis=1, keepdims=True)) / s.std(axis=1, keepdims=True)
        values[node.id] = v
    return values


def _aggregate_draws(children, w, method, names):
    """Weighted mean over children for many weight draws at once: (draws, areas)."""
    kind = AGGREGATIONS.get(method)
    prepared = [kind.prepare(np.asarray(child), names[c]) for c, child in enumerate(children)]
    if all(p.ndim == 1 for p in prepared):  # indicator scores: one matrix product for all draws
        out = np.ascontiguousarray((np.column_stack(prepared) @ w.T).T)
    else:
        out = np.zeros((w.shape[0], prepared[0].shape[-1]))
        for c, child in enumerate(prepared):
            out += w[:, c:c + 1] * child  # broadcasts over (areas,) and (draws, areas) alike
    return kind.finish(out)


def classify(node, values, scored):
    """Class labels and class numbers (0-based, ascending values) of a node, if it has a classification."""
    n = values.shape[0]
    cls = node.classification
    if not cls:
        return np.full(n, None, dtype=object), np.full(n, -1)
    return CLASSIFICATIONS.get(cls["method"]).classify(values, scored, cls)


def _matrix(preset, result):
    spec = preset.matrix
    status, dyn = result.nodes[spec["status"]], result.nodes[spec["dynamics"]]
    n_dyn = max(len(preset.node(spec["dynamics"]).classification.get("bands", [])), 1)  # 1 unless bands
    group = np.full(len(result.keys), -1)
    label = np.full(len(result.keys), None, dtype=object)
    ok = (status["class_index"] >= 0) & (dyn["class_index"] >= 0)
    group[ok] = status["class_index"][ok] * n_dyn + dyn["class_index"][ok] + 1
    for i in np.where(ok)[0]:
        label[i] = f"{status['class'][i]}/{dyn['class'][i]}"
    return {"id": spec["id"], "group": group, "label": label}


def class_labels(node, result=None):
    """The class labels of a node in ascending order (least need first); [] without classification.

    For natural breaks on few areas fewer classes may occur; ``result`` then gives the labels seen.
    """
    cls = node.classification
    if not cls:
        return []
    kind = CLASSIFICATIONS.get(cls["method"])
    labels = kind.labels(cls)
    if result is not None and kind.may_give_fewer:
        seen = set(result.nodes[node.id]["class"])
        labels = [label for label in labels if label in seen] or labels
    return labels
