"""Compute: the printed scenario's index and robustness, and one row per area (by rank) for the CSV, the
sheets and the pack's layers. Rows of withheld areas (under the resident threshold, outliers, complementary
suppression) keep only key, name and reason (:func:`...core.pack.public_row`)."""

from dataclasses import dataclass

from ...core.disclosure import round_share
from ...core.formatting import MISSING, number
from ...core.methods import MethodError
from ...core.need_index import REASONS
from ...core.pack import is_withheld, public_row
from ...core.profile import class_columns, other_classified
from ...core.robustness import robustness
from ...core.scenario import ScenarioError
from ...storage.fields import value_or_none
from ...translation import tr
from .request import PackError

RATING_NEED = {"++": 2, "+": 1, "o": 0, "-": -1, "--": -2}
OVERLAY_FIELDS = ("renewal_share", "residents_share", "decision_label")


@dataclass
class Computed:
    method: dict
    preset: object
    result: object
    robustness: object
    keys: list                       # the areas with a profile sheet that are areas of the layer


def compute(request, need_keys=True):
    """The scenario computed with its rank intervals; PackError if it cannot be, or (``need_keys``) no area
    of the layer is selected."""
    try:
        method, preset, result = request.session.compute(request.scenario["settings"])
    except (ScenarioError, MethodError) as err:
        raise PackError(str(err)) from err
    rob = robustness(preset, result, draws=request.draws, seed=1)
    known = {str(k) for k in result.keys}
    keys = [str(k) for k in request.keys if str(k) in known]
    if not keys and need_keys:
        raise PackError(tr("Select at least one area for the profile sheets (none of the {0} given is an area "
                           "of the layer).").format(len(request.keys)) if request.keys else
                        tr("Select at least one area for the profile sheets."))
    return Computed(method, preset, result, rob, keys)


def overlay_values(request):
    """{key: {renewal_share, residents_share, decision_label}} of the overlay layer ({} without one)."""
    if request.overlay is None:
        return {}
    key_field = request.overlay_key or request.session.inputs.area_key
    names = request.overlay.fields().names()
    if key_field not in names or not all(f in names for f in OVERLAY_FIELDS):
        raise PackError(tr("The overlay layer {0} lacks the fields of quartier:renewal_overlay ({1}).").format(
            request.overlay.name(), ", ".join((key_field,) + OVERLAY_FIELDS)))
    return {str(value_or_none(f[key_field])): {n: value_or_none(f[n]) for n in OVERLAY_FIELDS}
            for f in request.overlay.getFeatures()}


def area_rows(request, computed, city):
    """One dict per area (all areas, by rank): what the CSV and the sheets show."""
    result, preset, rob = computed.result, computed.preset, computed.robustness
    main = result.nodes[preset.main_index]
    overlay = overlay_values(request)
    names = dict(zip([str(k) for k in request.session.keys], request.session.names))
    classes = class_columns(preset, result)
    rows = []
    for i, key in enumerate(result.keys):
        key = str(key)
        reason = result.reason[i]
        extra = overlay.get(key, {})
        row = {
            "key": key, "name": names.get(key, ""), "scored": int(bool(result.scored[i])),
            "reason_code": reason, "not_scored_reason": tr(REASONS[reason]) if reason else None,
            "rank": _int(main["rank"][i]), "index": _float(main["value"][i]), "class": main["class"][i],
            "p05": _int(rob.rank_p05[i]), "p95": _int(rob.rank_p95[i]), "selected": _float(rob.share_selected[i]),
            # quartier:renewal_overlay writes its shares in percent already
            "renewal_pct": _float(extra.get("renewal_share")),
            "residents_pct": _float(extra.get("residents_share")),
            "decision": extra.get("decision_label"),
        }
        for ind in preset.indicators:
            info = result.indicators[ind.id]
            row[f"{ind.id}_value"] = round_share(_float(info["value"][i]), city.share_decimals)
            row[f"{ind.id}_rating"] = info["rating"][i]
        for name, values in classes.items():
            row[name] = values[i]
        rows.append(public_row(row, keep=("reason_code",)))
    rows.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0, r["key"]))
    return rows


def csv_columns(request, preset):
    """(row key, heading) of the ranking CSV, in order."""
    columns = [("rank", tr("Rank")), ("key", tr("Key")), ("name", tr("Name")), ("index", tr("Index")),
               ("class", tr("Class"))]
    for node in other_classified(preset):
        columns.append((f"{node.id}_class", tr("{0}: class").format(request.label(node) or node.id)))
    if preset.matrix:
        columns.append(("matrix", tr("Overall group (status/dynamics)")))
    columns += [("p05", tr("Rank 5 %")), ("p95", tr("Rank 95 %")),
                ("selected", tr("Share of draws selected")), ("renewal_pct", tr("Renewal area %")),
                ("residents_pct", tr("Residents in renewal areas %")), ("decision", tr("Decision group"))]
    for ind in preset.indicators:
        label = request.label(ind)
        columns += [(f"{ind.id}_value", f"{label} ({ind.unit})" if ind.unit else label),
                    (f"{ind.id}_rating", tr("{0}: rating").format(label))]
    columns += [("scored", tr("Scored")), ("not_scored_reason", tr("Not scored because"))]
    return columns


def profile_rows(request, computed, rows):
    """The profile sheets' indicator table: [key, order, indicator, value, city, rating, need level] per
    area and indicator, as printed; withheld areas get no rows (their table says "not scored")."""
    language = request.language
    out = []
    for row in rows:
        if is_withheld(row):
            continue
        for order, ind in enumerate(computed.preset.indicators):
            info = computed.result.indicators[ind.id]
            unit = f" {ind.unit}" if ind.unit and ind.unit != "Index" else ""
            value = row[f"{ind.id}_value"]
            rating = row[f"{ind.id}_rating"]
            need = RATING_NEED.get(rating)
            if need is not None and not ind.need_high:
                need = -need
            out.append([
                row["key"], order, request.label(ind),
                (number(value, language) + unit) if value is not None else MISSING,
                number(info["city_value"], language) + unit, rating or MISSING, need])
    return out


def withheld_count(rows):
    return sum(1 for row in rows if is_withheld(row))


def _float(value):
    value = value_or_none(value)
    if value is None:
        return None
    value = float(value)
    return None if value != value else value


def _int(value):
    value = _float(value)
    return None if value is None else int(value)
