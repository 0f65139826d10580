"""Small helpers for placing items on print layouts (millimetres, labels, fonts, text measured in mm)."""

import re

from qgis.core import QgsLayoutItemLabel, QgsLayoutItemShape, QgsLayoutPoint, QgsLayoutSize
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import LAYOUT_MM, set_label_font
from ..translation import tr


class TemplateError(RuntimeError):
    """A layout template is missing or unreadable; the message names it."""


def item(layout, item_id):
    """The item ``item_id`` of ``layout``; TemplateError if the template has none."""
    found = layout.itemById(item_id)
    if found is None:
        raise TemplateError(tr("The layout {0} has no item {1}.").format(layout.name(), item_id))
    return found


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


# after a space (not one after a lone sign such as the legends' ▲ ● ▼), or after a hyphen between letters
BREAKS = re.compile(r"(?<=\w )|(?<=\w[^\w ] )|(?<=[^\W\d_]-)(?=[^\W\d_])")


def _scaled(font_):
    """``font_`` with its size in layout pixels (0.1 mm each), as layout items draw their text."""
    from qgis.core import QgsLayoutUtils

    return QgsLayoutUtils.scaledFontPixelSize(font_)


def text_width_mm(text, font_):
    from qgis.PyQt.QtGui import QFontMetricsF

    return QFontMetricsF(_scaled(font_)).horizontalAdvance(text) / 10.0


def wrap_text(text, font_, width_mm):
    """``text`` with line breaks (after a space or a hyphen) so that no line is wider than ``width_mm`` in ``font_``
    (a word longer than that keeps its own line); existing line breaks stay."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for token in BREAKS.split(paragraph):  # words with the space (or the hyphen between letters) after them
            if line and text_width_mm((line + token).rstrip(), font_) > width_mm:
                lines.append(line.rstrip())
                line = token
            else:
                line += token
        lines.append(line.rstrip())
    return "\n".join(lines)


def text_height_mm(text, font_, width_mm):
    """The height ``text`` needs in ``font_`` when wrapped at ``width_mm`` (as a label draws it)."""
    from qgis.PyQt.QtCore import QRectF
    from qgis.PyQt.QtGui import QFontMetricsF

    if not text:
        return 0.0
    metrics = QFontMetricsF(_scaled(font_))
    bounds = metrics.boundingRect(QRectF(0, 0, width_mm * 10.0, 1e7), Qt.TextFlag.TextWordWrap, text)
    return bounds.height() / 10.0


def label_font(label):
    """The font of a QgsLayoutItemLabel (its text format from QGIS 3.24 on)."""
    return label.textFormat().toQFont() if hasattr(label, "textFormat") else label.font()


def set_label_size(label, size):
    """The label's font at ``size`` points, in its colour."""
    colour = label.textFormat().color() if hasattr(label, "textFormat") else label.fontColor()
    set_label_font(label, font(size, label_font(label).bold()), colour)


def fit_label(label, width=None, spare=1.08):
    """Resize ``label`` to the height its current text needs at its width (plus ``spare`` for the renderers'
    differences and its margins); returns the new height in mm."""
    size = label.sizeWithUnits()
    width = width or size.width()
    margin = max(label.marginX(), 0.0)
    text = label.currentText()
    height = text_height_mm(text, label_font(label), width - 2 * margin) * spare + 2 * max(label.marginY(), 0.0)
    label.attemptResize(size_mm(width, height))
    return height


def fit_one_line(label, smallest=7.0):
    """Smaller type (half a point at a time, down to ``smallest``) until the label's text fits its width on
    one line; returns the size used."""
    width = label.sizeWithUnits().width() - 2 * max(label.marginX(), 0.0)
    size = label_font(label).pointSizeF()
    while size > smallest and text_width_mm(label.currentText(), label_font(label)) > width:
        size -= 0.5
        set_label_size(label, size)
    return size
