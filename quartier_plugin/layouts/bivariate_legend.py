"""The 3 x 3 legend of the bivariate map (need x renewal coverage) for print layouts."""

from qgis.core import QgsLayoutItemShape
from qgis.PyQt.QtCore import Qt

from ..core.formatting import short
from ..layers.bivariate import class_symbol, need_label
from ..translation import text_language, tr
from .layout_items import add_label, mm, size_mm


def _label(layout, text, x, y, w, h, size=7.5, bold=False, align_left=False):
    align = Qt.AlignmentFlag.AlignLeft if align_left else Qt.AlignmentFlag.AlignHCenter
    return add_label(layout, text, x, y, w, h, size, bold, align=align, valign=Qt.AlignmentFlag.AlignVCenter)


def add_bivariate_legend(layout, x, y, cell=9.0, title=None, breaks=(0.01, 0.5)):
    """A 3 x 3 legend with its top-left corner at (x, y) mm: need rising upwards, coverage to the right.

    Returns the created items (shapes and labels), so callers can group or move them.
    """
    items = []
    top = y
    if title:
        items.append(_label(layout, title, x, top, 70, 5, 9, bold=True, align_left=True))
        top += 6
    items.append(_label(layout, tr("Social need ↑"), x, top, 70, 4.5, 7, align_left=True))
    top += 5
    words = 17  # the need levels in words, left of the squares
    left = x + words
    for need in (1, 2, 3):
        items.append(_label(layout, need_label(need), x, top + (3 - need) * cell, words - 1, cell, 6,
                            align_left=True))
        for cover in (1, 2, 3):
            shape = QgsLayoutItemShape(layout)
            shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
            shape.setSymbol(class_symbol(need, cover))
            layout.addLayoutItem(shape)
            shape.attemptMove(mm(left + (cover - 1) * cell, top + (3 - need) * cell))
            shape.attemptResize(size_mm(cell, cell))
            shape.setId(f"bivariate_{need}_{cover}")
            items.append(shape)
    axis_y = top + 3 * cell + 0.5
    low, high = (short(100 * b, text_language()) for b in breaks)
    for cover, text in enumerate((f"<{low} %", f"{low}–{high} %", f"≥{high} %"), start=1):
        items.append(_label(layout, text, left + (cover - 1) * cell - 1, axis_y, cell + 2, 4, 5.5))
    items.append(_label(layout, tr("Urban renewal coverage →"), left, axis_y + 4, 70, 4.5, 7, align_left=True))
    swatch_x, swatch_y = left + 3 * cell + 3, top + 2 * cell + cell * 0.25  # beside the lowest row
    shape = QgsLayoutItemShape(layout)  # the areas without an index, as on the map
    shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    shape.setSymbol(class_symbol(None, None))
    layout.addLayoutItem(shape)
    shape.attemptMove(mm(swatch_x, swatch_y))
    shape.attemptResize(size_mm(cell * 0.5, cell * 0.5))
    shape.setId("bivariate_not_scored")
    items.append(shape)
    items.append(_label(layout, tr("not scored"), swatch_x + cell * 0.5 + 1, swatch_y - 0.5, 22, cell * 0.5 + 1, 6,
                        align_left=True))
    return items
