"""The "Gebietsauswahl" sheet: the candidates of a selection round as a table (rank, class, rank interval,
coverage, the experts' assessments, the flag for discussion and the proposed decision), landscape A4, as
many pages as the table needs, from the template ``resources/layouts/selection_a4.qpt``."""

from qgis.core import QgsLayoutTableColumn

from ..core.tables import STRING
from ..translation import tr
from .sheets import add_to_manager, item, load_template, set_variables

TEMPLATE = "selection_a4"
# the table's fields, in order, with their share of the width; the values are written as printed
WIDTHS = (("rank", 5), ("key", 6), ("name", 17), ("class", 9), ("interval", 10), ("renewal", 12),
          ("assessments", 11), ("direction", 9), ("flag", 24), ("status", 14))
FIELDS = [(name, STRING) for name, _width in WIDTHS]
TABLE_WIDTH = 277.0


def headings():
    return {"rank": tr("Rank"), "key": tr("Key"), "name": tr("Name"), "class": tr("Class"),
            "interval": tr("Rank 5–95 %"), "renewal": tr("Renewal area %"), "assessments": tr("Assessments"),
            "direction": tr("Direction"), "flag": tr("For discussion"), "status": tr("Proposed decision")}


def selection_sheet(project, table_layer, texts, name):
    """The sheet over ``table_layer`` (one row per candidate, fields as :data:`FIELDS`)."""
    layout = load_template(TEMPLATE, project, name)
    set_variables(layout, dict(texts, empty_table=tr("No candidates in this round.")))
    table = item(layout, "selection_table").multiFrame()
    table.setVectorLayer(table_layer)
    table.setMaximumNumberOfFeatures(10000)
    words = headings()
    total = sum(width for _name, width in WIDTHS)
    columns = []
    # a column's width is its text's; the cell margins (1 mm each side) and the grid lines (0.2 mm) come on top
    for field, width in WIDTHS:
        column = QgsLayoutTableColumn(words[field])
        column.setAttribute(field)
        column.setWidth((TABLE_WIDTH - 0.2) * width / total - 2.2)
        columns.append(column)
    table.setColumns(columns)
    return add_to_manager(project, layout)
