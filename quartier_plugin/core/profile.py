"""The profile of one area: each indicator against the city value, the index, class, rank and interval.

Used by the workshop dock (click on an area) and the profile sheets. The profile is built from two
parts that are stored with a result layer: what is the same for all areas (:func:`profile_meta`:
labels, units, city values) and one row of per-area values (:func:`result_row`), so that a layer can
show profiles without recomputing. A suppressed area shows no values at all, only why it is not scored.
"""

import math

from .disclosure import is_withheld
from .need_index import REASONS


def _number(value):
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(value) else value


def profile_meta(preset, result):
    """What a profile needs besides the area's own values (JSON-able)."""
    used = {c for node in preset.nodes for c in node.children}
    node = preset.node(preset.main_index)
    return {
        "indicators": [{"id": ind.id, "label_de": ind.label_de, "label_en": ind.label_en, "unit": ind.unit,
                        "need_high": ind.need_high, "used": ind.id in used,
                        "city_value": _number(result.indicators[ind.id]["city_value"])}
                       for ind in preset.indicators],
        "index_id": node.id, "index_label_de": node.label_de or node.id, "index_label_en": node.label_en or node.id,
        "of": int(result.scored.sum()),
        # the method's other classified indices (MSS: the dynamics) and its status x dynamics group
        "other_indices": [{"id": n.id, "label_de": n.label_de or n.id, "label_en": n.label_en or n.id}
                          for n in other_classified(preset)],
        "matrix": {"id": preset.matrix["id"]} if preset.matrix else None,
    }


def other_classified(preset):
    """The classified indices besides the main one (e.g. the MSS dynamics index)."""
    return [n for n in preset.nodes if n.classification and n.id != preset.main_index]


def class_columns(preset, result):
    """{field name: values} of the other indices' classes and the matrix group label (MSS: "hoch/stabil")."""
    out = {f"{n.id}_class": list(result.nodes[n.id]["class"]) for n in other_classified(preset)}
    if result.matrix:
        out["matrix"] = list(result.matrix["label"])
    return out


def result_row(preset, result, i, robustness=None):
    """The values of area ``i`` under the field names of a result layer."""
    main = result.nodes[preset.main_index]
    reason = result.reason[i]
    row = {"key": result.keys[i], "scored": int(bool(result.scored[i])), "reason": reason,
           "index": _number(main["value"][i]), "rank": _number(main["rank"][i]), "class": main["class"][i],
           "class_no": int(main["class_index"][i]), "p05": None, "p95": None, "selected": None}
    for ind in preset.indicators:
        info = result.indicators[ind.id]
        row[f"{ind.id}_value"] = _number(info["value"][i])
        row[f"{ind.id}_rating"] = info["rating"][i]
    for name, values in class_columns(preset, result).items():
        row[name] = values[i]
    if robustness is not None and result.scored[i]:
        row.update(p05=_number(robustness.rank_p05[i]), p95=_number(robustness.rank_p95[i]),
                   selected=_number(robustness.share_selected[i]))
    return row


def profile_from_row(meta, row):
    """The profile of one area from :func:`profile_meta` and a row of values."""
    scored = bool(row.get("scored"))
    reason = row.get("reason")
    suppressed = is_withheld(reason)
    indicators = []
    for ind in meta["indicators"]:
        value = None if suppressed else _number(row.get(f"{ind['id']}_value"))
        rating = None if suppressed or value is None else row.get(f"{ind['id']}_rating")
        indicators.append(dict(ind, value=value, rating=rating or None))
    rank = _number(row.get("rank")) if scored else None
    classes = [{"label_de": n["label_de"], "label_en": n["label_en"], "class": row.get(f"{n['id']}_class")}
               for n in meta.get("other_indices", [])] if scored else []
    p05, p95 = _number(row.get("p05")), _number(row.get("p95"))
    return {
        "key": row.get("key"), "name": row.get("name"), "scored": scored,
        "reason": REASONS.get(reason) if reason else None,
        "indicators": indicators, "index_id": meta["index_id"], "index_label_de": meta["index_label_de"],
        "index_label_en": meta["index_label_en"],
        "index": _number(row.get("index")) if scored else None,
        "class": (row.get("class") or None) if scored else None,
        "rank": int(rank) if rank is not None else None, "of": meta["of"],
        "interval": (int(p05), int(p95), _number(row.get("selected"))) if scored and p05 is not None
        and p95 is not None else None,
        "classes": classes, "group": (row.get("matrix") or None) if scored and meta.get("matrix") else None,
    }


def area_profile(preset, result, key, robustness=None):
    """The profile of area ``key`` (or None if the result has no such area)."""
    try:
        i = result.keys.index(key)
    except ValueError:
        return None
    return profile_from_row(profile_meta(preset, result), result_row(preset, result, i, robustness))
