"""The area selection in the pack: with a selection round asked for, every row gets the experts' assessments
(count, direction, agreement, roles), the discussion flag and the register's status, from the project's
workspace. Names of people are left out unless the request asks for them (``with_names``)."""

from ...core.assessments import JUDGEMENTS, current
from ...core.decisions import STATUSES
from ...core.selection import FLAGS, combined_view
from ...translation import tr
from .request import PackError

# (field, kind for the pack's layer) added to the pack's rows and to its areas layer
FIELDS = (("assessments", "i"), ("direction", "d"), ("agreement", "d"), ("judgement", "s"), ("roles", "s"),
          ("flag", "s"), ("status", "s"), ("running", "i"))


def class_order(rows):
    """The class labels from least to most need, read from the ranks (a class with a better rank needs more)."""
    best = {}
    for row in rows:
        if row.get("class") is not None and row.get("rank") is not None:
            best[row["class"]] = min(best.get(row["class"], row["rank"]), row["rank"])
    return sorted(best, key=lambda label: -best[label])


def store_of(project):
    from ...layers.workspace_layers import workspace_spec
    from ...storage.selection_store import SelectionStore
    from ...storage.workspace import WorkspaceError

    try:
        return SelectionStore(workspace_spec(project))
    except WorkspaceError as err:
        raise PackError(tr("The area selection needs the project's workspace: {0}").format(err)) from err


def add_columns(request, project, rows, store=None):
    """``rows`` with the selection's columns (unchanged without a selection round)."""
    round_ = (getattr(request, "selection_round", None) or "").strip()
    if not round_:
        return rows
    store = store or store_of(project)
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
                   status=STATUSES[v["status"]][pick] if v["status"] else None, running=int(bool(v["running"])))
        if authors:
            row["authors"] = ", ".join(sorted(authors.get(row["key"], [])))
        out.append(row)
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
    """The rows of the selection sheet: areas with a status in the round, else flagged or in the highest
    class; by rank."""
    chosen = [r for r in rows if r.get("status") or r.get("running")]
    if not chosen:
        order = class_order(rows)
        top = order[-1] if order else None
        chosen = [r for r in rows if r.get("flag") or (top is not None and r.get("class") == top)]
    return sorted(chosen, key=lambda r: (r.get("rank") is None, r.get("rank") or 0, r["key"]))
