"""Small helpers for placing items on print layouts (millimetres, labels, fonts)."""

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsUnitTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont


def mm(x, y):
    return QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters)


def size_mm(w, h):
    return QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters)


def font(size, bold=False):
    result = QFont("Sans Serif")
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def add_label(layout, text, x, y, w, h, size=7.5, bold=False, color="#1a1a1a", align=Qt.AlignmentFlag.AlignLeft,
              valign=Qt.AlignmentFlag.AlignTop):
    """A text label at (x, y) mm of size w x h mm."""
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(font(size, bold))
    item.setFontColor(QColor(color))
    item.setHAlign(align)
    item.setVAlign(valign)
    layout.addLayoutItem(item)
    item.attemptMove(mm(x, y))
    item.attemptResize(size_mm(w, h))
    return item
