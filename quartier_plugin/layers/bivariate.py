"""The bivariate map: need (3 levels) x renewal coverage (3 levels) as nine classes.

Colours: a 3 x 3 palette (pink-teal, after J. Stevens) that stays apart for the common colour-vision
deficiencies; need also runs from light to dark, and coverage is drawn a second time as hatching
(none, single lines, cross-hatching), so the map and its legend can be read in black-and-white print.
The 3 x 3 legend for print layouts is in :mod:`..layouts.bivariate_legend`.
"""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsRendererCategory,
    QgsSimpleFillSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.overlay import COVERAGE_LABELS, NEED_LABELS
from ..translation import tr

# PALETTE[need - 1][coverage - 1]
PALETTE = (
    ("#e8e8e8", "#ace4e4", "#5ac8c8"),
    ("#dfb0d6", "#a5add3", "#5698b9"),
    ("#be64ac", "#8c62aa", "#3b4994"),
)
NO_INDEX_COLOUR = "#ffffff"


def _hatch(angle):
    layer = QgsLinePatternFillSymbolLayer()
    layer.setLineAngle(angle)
    layer.setDistance(2.2)
    layer.setSubSymbol(QgsLineSymbol.createSimple({"color": "#1a1a1a", "width": "0.2"}))
    return layer


def class_symbol(need, cover):
    """Fill for one bivariate class (``need``/``cover`` 1-3; None = no index)."""
    symbol = QgsFillSymbol.createSimple({"color": NO_INDEX_COLOUR, "outline_color": "#4d4d4d",
                                         "outline_width": "0.15"})
    if need is None:
        symbol.symbolLayer(0).setBrushStyle(Qt.BrushStyle.Dense6Pattern)
        symbol.symbolLayer(0).setColor(QColor("#9a9a9a"))
        return symbol
    fill = symbol.symbolLayer(0)
    if not isinstance(fill, QgsSimpleFillSymbolLayer):
        raise TypeError(f"expected a simple fill as the first symbol layer, got {type(fill).__name__}")
    fill.setColor(QColor(PALETTE[need - 1][cover - 1]))
    if cover >= 2:
        symbol.appendSymbolLayer(_hatch(45))
    if cover == 3:
        symbol.appendSymbolLayer(_hatch(135))
    return symbol


def need_label(level):
    return tr(NEED_LABELS[level])


def coverage_label(level):
    return tr(COVERAGE_LABELS[level])


def bivariate_renderer(field="bivariate"):
    """Categorised renderer on the "need-coverage" codes written by quartier:renewal_overlay."""
    categories = []
    for need in (3, 2, 1):
        for cover in (1, 2, 3):
            label = f"{need_label(need)} · {coverage_label(cover)}"
            categories.append(QgsRendererCategory(f"{need}-{cover}", class_symbol(need, cover), label))
    categories.append(QgsRendererCategory(None, class_symbol(None, None), tr("not scored")))
    return QgsCategorizedSymbolRenderer(field, categories)


def apply_bivariate_style(layer, field="bivariate"):
    layer.setRenderer(bivariate_renderer(field))
    layer.triggerRepaint()
