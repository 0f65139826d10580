"""Map layers of the selection process, in the project's workspace: the combined view of a round (numbers
and voices side by side, flagged areas outlined) and the register of decisions (running project areas
hatched, so every map and sheet that shows the layer shows them).

Both are computed from the need-index result layer (rank, class, robustness interval), the renewal overlay
(coverage) and the selection store (assessments, decisions); nothing is re-ranked.
"""

from qgis.core import QgsCategorizedSymbolRenderer, QgsFeatureRequest, QgsFillSymbol, QgsRendererCategory
from qgis.PyQt.QtCore import Qt

from ..compat import REQUEST_NO_GEOMETRY
from ..core.decisions import STATUSES, current_status, running_projects
from ..core.selection import FLAGS, class_order, combined_view
from ..core.tables import INTEGER, REAL, STRING
from ..definitions import GROUP_NEED, LAYER_ROLE
from ..storage.fields import value_or_none
from ..storage.workspace import Run
from ..translation import text_language, tr
from .workspace_layers import publish

COMBINED_TABLE = "quartier_selection"
REGISTER_TABLE = "quartier_register"
ROLE_SELECTION, ROLE_REGISTER = "selection", "register"
COMBINED_FIELDS = [("key", STRING), ("name", STRING), ("rank", INTEGER), ("class", STRING), ("p05", INTEGER),
                   ("p95", INTEGER), ("renewal_pct", REAL), ("assessments", INTEGER), ("direction", REAL),
                   ("agreement", REAL), ("judgement", STRING), ("roles", STRING), ("flag", STRING),
                   ("flag_label", STRING), ("status", STRING), ("status_label", STRING), ("running", INTEGER)]
REGISTER_FIELDS = [("key", STRING), ("name", STRING), ("round", STRING), ("status", STRING),
                   ("status_label", STRING), ("date", STRING), ("body", STRING), ("reason", STRING),
                   ("start", STRING), ("planned_end", STRING), ("pack_hash", STRING), ("running", INTEGER)]


def rank_fields(layer):
    """(rank field, class field) of a need-index result: "rank"/"class" (weighting scenarios) or the main
    index's "<id>_rank"/"<id>_class" (quartier:need_index)."""
    names = layer.fields().names()
    if "rank" in names and "class" in names:
        return "rank", "class"
    for name in names:
        if name.endswith("_rank") and f"{name[:-5]}_class" in names:
            return name, f"{name[:-5]}_class"
    raise ValueError(tr("The layer {0} has no rank and class fields of a need index.").format(layer.name()))


def ranking_rows(result_layer, key_field=None, name_field="name", overlay=None, overlay_key="key"):
    """(rows, class order from least to most need, geometries) of a need-index result layer, with the
    overlay's coverage. The class order follows the ranks: a class whose best rank is better needs more.
    ``key_field`` None: "key" if the layer has it, else its first field (quartier:need_index writes the key
    first)."""
    names = set(result_layer.fields().names())
    key_field = key_field or ("key" if "key" in names else result_layer.fields().names()[0])
    rank_field, class_field = rank_fields(result_layer)
    coverage = {}
    if overlay is not None:
        request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY).setSubsetOfAttributes(
            [overlay_key, "renewal_share"], overlay.fields())
        for f in overlay.getFeatures(request):
            coverage[str(value_or_none(f[overlay_key]))] = value_or_none(f["renewal_share"])
    rows, geometries = [], {}
    for f in result_layer.getFeatures():
        key = str(value_or_none(f[key_field]))
        get = (lambda n, f=f: value_or_none(f[n]) if n in names else None)
        row = {"key": key, "name": get(name_field) or "", "rank": get(rank_field), "class": get(class_field),
               "scored": get("scored") if "scored" in names else 1, "p05": get("p05"), "p95": get("p95"),
               "renewal_pct": coverage.get(key)}
        rows.append(row)
        geometries[key] = f.geometry()
    rows.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0, r["key"]))
    return rows, class_order(rows), geometries


def _wkb(geometry):
    if geometry is None or geometry.isEmpty():
        return None
    geometry = type(geometry)(geometry)
    geometry.convertToMultiType()
    return bytes(geometry.asWkb())


def publish_combined_view(project, result_layer, store, round, key_field=None, name_field="name", overlay=None,
                          overlay_key="key", on=None):
    """The combined view of ``round`` as the workspace layer "quartier_selection" (returns the layer)."""
    language = text_language()
    pick = 0 if language == "de" else 1
    rows, order, geometries = ranking_rows(result_layer, key_field, name_field, overlay, overlay_key)
    view = combined_view(rows, store.assessments(), store.decisions(), round, order, on=on)
    out = []
    for row in view:
        row = dict(row, flag_label=FLAGS[row["flag"]][pick] if row["flag"] else None,
                   status_label=STATUSES[row["status"]][pick] if row["status"] else None,
                   running=int(bool(row["running"])))
        out.append((_wkb(geometries.get(row["key"])), [row.get(name) for name, _kind in COMBINED_FIELDS]))
    run = Run("selection_view", {"round": round, "result_layer": result_layer.name()})
    layer = publish(project, COMBINED_TABLE, tr("Area selection {0}: numbers and assessments").format(round),
                    tr("Rank and class of the need index, coverage by renewal areas and the experts' assessments "
                       "per area; flagged areas need discussion."), COMBINED_FIELDS, out, run,
                    result_layer.wkbType(), result_layer.crs(), group=_group(project),
                    properties={LAYER_ROLE: ROLE_SELECTION, "quartier/round": round})
    layer.setRenderer(flag_renderer(language))
    return layer


def publish_register(project, areas_layer, key_field, name_field, store, on=None):
    """The current status of every area with a decision as the workspace layer "quartier_register"."""
    language = text_language()
    decisions = store.decisions()
    latest = current_status(decisions)
    running = running_projects(decisions, on)
    out = []
    for f in areas_layer.getFeatures():
        key = str(value_or_none(f[key_field]))
        d = latest.get(key)
        if d is None:
            continue
        values = {"key": key, "name": value_or_none(f[name_field]) if name_field else "", "round": d.round,
                  "status": d.status, "status_label": STATUSES[d.status][0 if language == "de" else 1],
                  "date": d.date, "body": d.body, "reason": d.reason, "start": d.start,
                  "planned_end": d.planned_end, "pack_hash": d.pack_hash, "running": int(key in running)}
        out.append((_wkb(f.geometry()), [values[name] for name, _kind in REGISTER_FIELDS]))
    run = Run("register", {"decisions": len(decisions)})
    layer = publish(project, REGISTER_TABLE, tr("Register of decisions"),
                    tr("Current status of every area with a decision; running project areas hatched."),
                    REGISTER_FIELDS, out, run, areas_layer.wkbType(), areas_layer.crs(), group=_group(project),
                    properties={LAYER_ROLE: ROLE_REGISTER})
    layer.setRenderer(register_renderer())
    return layer


def _group(project):
    root = project.layerTreeRoot()
    return root.findGroup(GROUP_NEED) or root.insertGroup(0, GROUP_NEED)


def running_symbol():
    """Hatched, transparent: a running project area, drawn over any other map."""
    symbol = QgsFillSymbol.createSimple({"color": "#333333", "outline_color": "#333333", "outline_width": "0.5"})
    symbol.symbolLayer(0).setBrushStyle(Qt.BrushStyle.FDiagPattern)
    return symbol


def register_renderer():
    categories = [QgsRendererCategory(1, running_symbol(), tr("running project area (hatched)")),
                  QgsRendererCategory(0, QgsFillSymbol.createSimple(
                      {"style": "no", "outline_color": "#333333", "outline_width": "0.4", "outline_style": "dash"}),
                      tr("decided, no running project"))]
    return QgsCategorizedSymbolRenderer("running", categories)


def flagged_symbol():
    """An orange outline, no fill: an area flagged for discussion, drawn over any other map."""
    return QgsFillSymbol.createSimple({"style": "no", "outline_color": "#e66101", "outline_width": "0.8"})


def flag_renderer(language="en"):
    pick = 0 if language == "de" else 1
    categories = [QgsRendererCategory(flag, flagged_symbol(), labels[pick]) for flag, labels in FLAGS.items()]
    categories.append(QgsRendererCategory(None, QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#bdbdbd", "outline_width": "0.1"}), tr("no need for discussion")))
    return QgsCategorizedSymbolRenderer("flag", categories)
