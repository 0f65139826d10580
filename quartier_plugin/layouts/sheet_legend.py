"""The legends of the sheets: the layers given, every entry wrapped to the room the sheet has for it.

A long layer name (the assessments' "Assessments (number; need ▲ higher, ● as, ▼ lower)") or entry gets line
breaks where it would be wider than the legend's column; a sheet may set a legend in columns.
A layer marked with :data:`SINGLE_ENTRY` (the atlas highlight) shows as one entry, its first symbol with its
label, without the layer's name above it.
"""

from qgis.core import QgsLayoutUtils, QgsLegendRenderer, QgsMapLayerLegendUtils
from qgis.PyQt.QtCore import Qt

from ..compat import LEGEND_HIDDEN, LEGEND_SUBGROUP, LEGEND_SYMBOL_LABEL
from .layout_items import size_mm, wrap_text

SINGLE_ENTRY = "quartier/legend_single_entry"   # layer property: one entry in the sheets' legends
TITLE_LABEL = "legend/title-label"              # QGIS's own property for a layer's name in a layout legend
WRAP = "\n"
SYMBOL_GAP = 3.0                                # mm between a symbol and its label (QGIS: 2 mm), with room to spare


def _font(legend, component):
    style = legend.style(component)
    text_format = getattr(style, "textFormat", None)  # QGIS 3.30 on; font() before
    return text_format().toQFont() if text_format is not None else style.font()


def fill_legend(legend, layers, title=None, width=None):
    """Show ``layers`` in ``legend`` (a layout legend item), its entries wrapped to ``width`` mm; the legend
    is sized to its content. Returns the legend."""
    if title is not None:
        legend.setTitle(title)
    legend.setAutoUpdateModel(False)
    legend.setWrapString(WRAP)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addLayer(layer)
    for node in root.findLayers():
        if node.layer().customProperty(SINGLE_ENTRY):
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, [0])
            QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_HIDDEN)
            legend.model().refreshLayerLegend(node)
    if width:
        _wrap(legend, width)
    fit_size(legend)
    return legend


def set_columns(legend, columns, width):
    """Set ``legend`` in ``columns`` columns over ``width`` mm (a layer's entries may go on in the next), its
    entries wrapped to a column's width; returns its new size."""
    legend.setColumnCount(columns)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(True)
    _wrap(legend, (width - (columns - 1) * legend.columnSpace()) / columns)
    return fit_size(legend)


def fit_size(legend):
    """Resize ``legend`` to its content now and return its size (mm). QGIS sizes a legend to its content only
    once it has been drawn; the sheets place items under it before."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    legend.attemptResize(size_mm(size.width(), size.height()))
    return size


def _wrap(legend, width):
    """Line breaks in every layer name and entry wider than ``width`` mm (the symbol's room taken off)."""
    model = legend.model()
    title_font, label_font = _font(legend, LEGEND_SUBGROUP), _font(legend, LEGEND_SYMBOL_LABEL)
    label_width = width - legend.symbolWidth() - SYMBOL_GAP - 2 * legend.boxSpace()
    for node in model.rootGroup().findLayers():
        name = node.layer().name().replace(WRAP, " ")
        embedded = model.legendNodeEmbeddedInParent(node) is not None  # one symbol: the name is its label
        if embedded:
            wrapped = wrap_text(name, label_font, label_width)
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, wrapped if wrapped != name else None)
        else:
            wrapped = wrap_text(name, title_font, width - 2 * legend.boxSpace())
        if wrapped != name:
            node.setCustomProperty(TITLE_LABEL, wrapped)
        else:
            node.removeCustomProperty(TITLE_LABEL)
        changed = embedded
        for index, legend_node in enumerate(model.layerLegendNodes(node, True)):
            text = legend_node.data(Qt.ItemDataRole.DisplayRole) or ""
            plain = text.replace(WRAP, " ")
            wrapped = wrap_text(plain, label_font, label_width)
            if wrapped != text:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, wrapped)
                changed = True
        if changed:
            model.refreshLayerLegend(node)
