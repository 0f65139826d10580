"""The selection dock's three tables (assessments with their versions, numbers and voices, the register),
filled in the user's language: German dates and numbers, the flagged rows orange."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QTableWidgetItem

from ..core import formatting
from ..core.assessments import CONFIDENCES, JUDGEMENTS, ROLES
from ..core.decisions import STATUSES
from ..core.selection import FLAGS
from ..translation import tr

FLAG_COLOUR = QColor("#fdb863")


def _fill(table, headings, rows, data=None, background=None):
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            if background is not None and background[r]:
                item.setBackground(FLAG_COLOUR)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def fill_assessments(table, found, language):
    """Every version of the area's assessments, the newest version of each first."""
    pick = 0 if language == "de" else 1
    found = sorted(found, key=lambda a: (a.assessment_id, -a.version))
    rows = [[str(a.version), ROLES[a.role][pick], a.author, date(a.date, language),
             JUDGEMENTS[a.judgement][pick + 1], CONFIDENCES[a.confidence][pick], ", ".join(a.topics), a.text,
             f"{a.recorded_by} {date(a.recorded_at[:10], language)} {a.recorded_at[11:16]}"] for a in found]
    _fill(table, [tr("Version"), tr("Role"), tr("Name or office"), tr("Date"), tr("Judgement"), tr("Confidence"),
                  tr("Topics"), tr("Text"), tr("Recorded")], rows, data=[a.assessment_id for a in found])


def fill_view(table, view, language):
    """Numbers and voices, by rank; the rows flagged for discussion orange."""
    pick = 0 if language == "de" else 1
    rows = []
    for row in view:
        interval = "" if row.get("p05") is None else f"{row['p05']}–{row['p95']}"
        status = STATUSES["running"][pick] if row["running"] else STATUSES[row["status"]][pick] if row["status"] else ""
        rows.append(["" if row["rank"] is None else str(row["rank"]), row["name"], row["class"] or "",
                     FLAGS[row["flag"]][pick] if row["flag"] else "", str(row["assessments"] or ""),
                     "" if row["direction"] is None else formatting.number(row["direction"], language, 2),
                     "" if row["agreement"] is None else formatting.percent(100 * row["agreement"], language, 0),
                     interval,
                     "" if row.get("renewal_pct") is None else formatting.number(row["renewal_pct"], language, 1),
                     status, row["key"]])
    _fill(table, [tr("Rank"), tr("Name"), tr("Class"), tr("For discussion"), tr("Assessments"), tr("Direction"),
                  tr("Agreement"), tr("Rank 5–95 %"), tr("Renewal area %"), tr("Status"), tr("Key")], rows,
          background=[bool(row["flag"]) for row in view])


def fill_register(table, decisions, names, language):
    """Every decision of the register, by round and area."""
    pick = 0 if language == "de" else 1
    found = sorted(decisions, key=lambda d: (d.round, d.area_key, d.date, d.recorded_at))
    rows = [[d.area_key, names.get(d.area_key, ""), d.round, STATUSES[d.status][pick], date(d.date, language),
             d.body, d.reason, date(d.start, language), date(d.planned_end, language)] for d in found]
    _fill(table, [tr("Key"), tr("Name"), tr("Round"), tr("Status"), tr("Date"), tr("Body"), tr("Reason"),
                  tr("Start"), tr("Planned end")], rows)


def date(iso, language):
    """2026-12-01 as 01.12.2026 in German."""
    if language != "de" or not iso or len(iso) < 10:
        return iso or ""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[0:4]}"


def is_result(layer):
    """Whether ``layer`` is a need-index result (rank and class fields)."""
    names = layer.fields().names()
    return ("rank" in names and "class" in names) or any(
        n.endswith("_rank") and f"{n[:-5]}_class" in names for n in names)
