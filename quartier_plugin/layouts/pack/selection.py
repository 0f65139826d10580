"""The area selection in the pack: with a selection round asked for, every row gets the experts' assessments
(count, direction, agreement, roles), the discussion flag and the register's status, from the project's
workspace. Names of people are left out unless the request asks for them (``with_names``)."""

from ...core.assessments import JUDGEMENTS, current
from ...core.decisions import STATUSES
from ...core.pack import public_row
from ...core.selection import FLAGS, LEAN, class_order, combined_view
from ...translation import tr
from .request import PackError

# (field, kind for the pack's layer) added to the pack's rows and to its areas layer
FIELDS = (("assessments", "i"), ("direction", "d"), ("agreement", "d"), ("judgement", "s"), ("roles", "s"),
          ("flag", "s"), ("status", "s"), ("running", "i"))


def store_of(project, request=None):
    """The assessments and decisions: the request's workspace, else the project's."""
    from ...layers.workspace_layers import workspace_spec
    from ...storage.selection_store import SelectionStore
    from ...storage.workspace import WorkspaceError

    try:
        spec = getattr(request, "selection_workspace", None) or workspace_spec(project)
        return SelectionStore(spec)
    except WorkspaceError as err:
        raise PackError(tr("The area selection needs the project's workspace: {0}").format(err)) from err


def add_columns(request, project, rows, store=None):
    """``rows`` with the selection's columns (unchanged without a selection round)."""
    round_ = (getattr(request, "selection_round", None) or "").strip()
    if not round_:
        return rows
    store = store or store_of(project, request)
    assessments, decisions = store.assessments(), store.decisions()
    view = {r["key"]: r for r in combined_view(rows, assessments, decisions, round_, class_order(rows))}
    pick = 0 if request.language == "de" else 1
    authors = {}
    if getattr(request, "with_names", False):
        for a in current(assessments):
            if a.round == round_ and a.author:
                authors.setdefault(str(a.area_key), []).append(a.author)
    out = []
    for row in rows:
        v = view[row["key"]]
        row = dict(row, assessments=v["assessments"] or 0, direction=v["direction"], agreement=v["agreement"],
                   judgement=JUDGEMENTS[v["judgement"]][pick + 1] if v["judgement"] else None, roles=v["roles"],
                   flag=FLAGS[v["flag"]][pick] if v["flag"] else None,
                   status=STATUSES[v["status"]][pick] if v["status"] else None, status_id=v["status"],
                   running=int(bool(v["running"])))
        if authors:
            row["authors"] = ", ".join(sorted(authors.get(row["key"], [])))
        out.append(public_row(row, keep=("reason_code",)))  # a withheld area shows nothing, here neither
    return out


def csv_columns(request):
    """The selection's CSV columns (none without a selection round)."""
    if not (getattr(request, "selection_round", None) or "").strip():
        return []
    columns = [("assessments", tr("Assessments")), ("direction", tr("Direction of the assessments (-1 to +1)")),
               ("agreement", tr("Agreement")), ("judgement", tr("Most frequent judgement")),
               ("roles", tr("Roles")), ("flag", tr("For discussion")), ("status", tr("Status")),
               ("running", tr("Running project"))]
    if getattr(request, "with_names", False):
        columns.append(("authors", tr("Names")))
    return columns


def candidates(rows):
    """The rows of the selection sheet: areas with a status in the round (or a running project) and areas
    flagged for discussion; without any decision yet, also the areas of the highest class. By rank."""
    decided = [r for r in rows if r.get("status") and r.get("status_id") != "candidate"]
    chosen = [r for r in rows if r in decided or r.get("running") or r.get("flag")]
    if not decided:
        order = class_order(rows)
        top = order[-1] if order else None
        chosen = [r for r in rows if r in chosen or (top is not None and r.get("class") == top)]
    return sorted(chosen, key=lambda r: (r.get("rank") is None, r.get("rank") or 0, r["key"]))


def sheet_rows(rows, language):
    """The selection sheet's rows, values as printed (German numbers in a German pack)."""
    from ...core.formatting import number

    out = []
    for row in candidates(rows):
        status = row.get("status") or ""
        if row.get("running"):
            status = STATUSES["running"][0 if language == "de" else 1]
        interval = "" if row.get("p05") is None else f"{row['p05']}–{row['p95']}"
        out.append({
            "rank": "" if row.get("rank") is None else str(row["rank"]), "key": row["key"], "name": row.get("name"),
            "class": row.get("class") or "", "interval": interval,
            "renewal": "" if row.get("renewal_pct") is None else number(row["renewal_pct"], language, 1),
            "assessments": str(row.get("assessments") or 0),
            "direction": "" if row.get("direction") is None else number(row["direction"], language, 2),
            "flag": row.get("flag") or "", "status": status})
    return out


def note(request):
    """The sentence under the selection sheet's title."""
    text = tr("Candidates of round {0}: rank and class from the need index (the rank is never changed by the "
              "assessments), the assessments of the experts (direction from -1 = need lower to +1 = need higher "
              "than the numbers show) and the proposed decision. Flagged areas are for discussion.").format(
        request.selection_round)
    if not request.with_names:
        text += " " + tr("Names of people are not printed (roles only).")
    return text


def voices_layer(coverage, language):
    """A copy of the pack's areas drawn over the maps: running project areas hatched, areas flagged for
    discussion outlined in orange, and per assessed area the number of assessments with their direction
    (▲ need higher, ● as the numbers, ▼ need lower than the numbers show)."""
    from qgis.core import QgsExpression, QgsRuleBasedRenderer

    from ...layers.selection_layers import flagged_symbol, running_symbol
    from ..sheets import label_areas

    column, text = QgsExpression.quotedColumnRef, QgsExpression.quotedString
    layer = coverage.clone()
    layer.setName(tr("Assessments (number; need ▲ higher, ● as, ▼ lower)"))
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(running_symbol(), 0, 0, column("running") + " = 1",
                                               tr("running project area (hatched)")))
    root.appendChild(QgsRuleBasedRenderer.Rule(flagged_symbol(), 0, 0, column("flag") + " IS NOT NULL",
                                               tr("for discussion (assessments differ)")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return label_areas(layer, (
        "CASE WHEN " + column("assessments") + " > 0 THEN to_string(" + column("assessments") + ") || " +
        text(" ") + " || CASE WHEN " + column("direction") + f" > {LEAN:.4f} THEN " + text("▲") +
        " WHEN " + column("direction") + f" < {-LEAN:.4f} THEN " + text("▼") + " ELSE " + text("●") +
        " END END"), 7, expression=True, bold=True)
