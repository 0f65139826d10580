"""Renderers of the need maps: index classes (light to dark with rising need) and indicator ratings.

Class colours come from a sequential yellow-orange-red ramp (ColorBrewer YlOrRd), picked evenly for
the number of classes. Ratings `++ + o - --` use a diverging red-blue ramp oriented by need: for an
indicator where higher means more need, `++` is dark red; where lower means more need, `--` is.
Areas that are not scored are grey and hatched, never coloured like a class.
"""

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.ratings import RATING_LABELS, RATINGS  # noqa: F401 - RATING_LABELS importable from here as before
from ..translation import tr

YLORRD = ("#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026")
RDBU_NEED = ("#b2182b", "#ef8a62", "#f7f7f7", "#67a9cf", "#2166ac")  # ++ + o - -- when higher is need


def class_colours(count):
    """``count`` colours from light (least need) to dark (most need)."""
    if count <= 1:
        return [YLORRD[4]]
    step = (len(YLORRD) - 2) / (count - 1)  # up to the second darkest: the darkest is too close to black
    return [YLORRD[round(i * step)] for i in range(count)]


def fill(colour, outline="#6e6e6e"):
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": "0.15"})


def not_scored_symbol():
    symbol = fill("#bdbdbd", "#8c8c8c")
    symbol.symbolLayer(0).setBrushStyle(Qt.BrushStyle.BDiagPattern)
    symbol.symbolLayer(0).setColor(QColor("#8c8c8c"))
    return symbol


def class_renderer(labels, counts=None, field="class"):
    """Categorised renderer on the class label; the legend shows the number of areas per class."""
    categories = []
    colours = class_colours(len(labels))
    for label, colour in zip(reversed(labels), reversed(colours)):  # most need at the top of the legend
        text = label if counts is None else f"{label} ({counts.get(label, 0)})"
        categories.append(QgsRendererCategory(label, fill(colour), text))
    text = tr("not scored")
    if counts is not None:
        text = f"{text} ({counts.get(None, 0)})"
    categories.append(QgsRendererCategory(None, not_scored_symbol(), text))
    return QgsCategorizedSymbolRenderer(field, categories)


def rating_renderer(field, need_high=True):
    """Categorised renderer on an indicator's rating field, coloured by need."""
    colours = RDBU_NEED if need_high else tuple(reversed(RDBU_NEED))
    categories = [QgsRendererCategory(r, fill(c), f"{r}  {tr(RATING_LABELS[r])}") for r, c in zip(RATINGS, colours)]
    categories.append(QgsRendererCategory(None, not_scored_symbol(), tr("not scored")))
    return QgsCategorizedSymbolRenderer(field, categories)
