"""Small helpers for placing items on print layouts (millimetres, labels, fonts)."""

from qgis.core import QgsLayoutItemLabel, QgsLayoutItemShape, QgsLayoutPoint, QgsLayoutSize
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import LAYOUT_MM, set_label_font


def mm(x, y):
    return QgsLayoutPoint(x, y, LAYOUT_MM)


def size_mm(w, h):
    return QgsLayoutSize(w, h, LAYOUT_MM)


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
    set_label_font(item, font(size, bold), QColor(color))
    item.setHAlign(align)
    item.setVAlign(valign)
    layout.addLayoutItem(item)
    item.attemptMove(mm(x, y))
    item.attemptResize(size_mm(w, h))
    return item


def add_frame(layout, x, y, w, h, colour="#8c8c8c"):
    """An empty rectangle (outline only) at (x, y) mm, e.g. to mark where code places items."""
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    layout.addLayoutItem(shape)
    shape.attemptMove(mm(x, y))
    shape.attemptResize(size_mm(w, h))
    symbol = shape.symbol().clone()
    symbol.setColor(QColor(0, 0, 0, 0))
    symbol.symbolLayer(0).setStrokeColor(QColor(colour))
    shape.setSymbol(symbol)
    return shape
