"""The overview map sheet: one page with title, map, legend, scale bar, north arrow, date, sources."""

from qgis.core import (
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from .. import paths
from ..translation import tr
from .layout_items import add_label, font, mm, size_mm

PAGE_SIZES = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}
MARGIN = 10.0


def build_overview_layout(project, map_layers, legend_layers, extent, title, subtitle, date_text,
                          office, source_note, page="A4", name=None, extra_legend=None):
    """Build (and add to the project's layout manager) an overview sheet, landscape.

    ``map_layers`` are drawn top to bottom; ``legend_layers`` are listed in the legend;
    ``extra_legend(layout, x, y)`` may add more legend items below it.
    Returns the :class:`QgsPrintLayout`.
    """
    width, height = PAGE_SIZES[page]
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name or title)
    page_item = layout.pageCollection().page(0)
    page_item.setPageSize(size_mm(width, height))

    side_w = 78.0 if page == "A4" else 100.0
    map_x, map_y = MARGIN, 30.0
    map_w = width - 2 * MARGIN - side_w - 6
    map_h = height - map_y - 24.0

    add_label(layout, title, MARGIN, 8, width - 2 * MARGIN, 10, 17, bold=True)
    add_label(layout, subtitle, MARGIN, 18.5, width - 2 * MARGIN - 40, 7, 10.5, color="#404040")
    right = Qt.AlignmentFlag.AlignRight
    add_label(layout, date_text, width - MARGIN - 60, 18.5, 60, 7, 10.5, color="#404040", align=right)

    frame = QgsLayoutItemShape(layout)
    frame.setShapeType(QgsLayoutItemShape.Rectangle)
    layout.addLayoutItem(frame)
    frame.attemptMove(mm(MARGIN, 27.5))
    frame.attemptResize(size_mm(width - 2 * MARGIN, 0.6))
    frame.setFrameEnabled(False)
    symbol = frame.symbol().clone()
    symbol.setColor(QColor("#1a1a1a"))
    symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
    frame.setSymbol(symbol)

    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    layout.addLayoutItem(map_item)
    map_item.attemptMove(mm(map_x, map_y + 2))
    map_item.attemptResize(size_mm(map_w, map_h))
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes.LayoutMillimeters))
    map_item.setLayers(list(map_layers))
    map_item.setKeepLayerSet(True)
    map_item.setCrs(map_layers[0].crs())
    map_item.setExtent(fit_extent(extent, map_w, map_h))

    side_x = width - MARGIN - side_w
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in legend_layers:
        root.addLayer(layer)
    legend.setStyleFont(QgsLegendStyle.Title, font(11, True))
    legend.setStyleFont(QgsLegendStyle.Group, font(9, True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, font(8.5, True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, font(8))
    legend.setSymbolWidth(8)
    legend.setSymbolHeight(4.5)
    legend.setWrapString("|")
    layout.addLayoutItem(legend)
    legend.attemptMove(mm(side_x, map_y + 2))
    legend.setResizeToContents(True)
    legend.adjustBoxSize()
    if extra_legend is not None:  # e.g. the 3 x 3 bivariate legend, below the standard one (<= 4 entries)
        extra_legend(layout, side_x, map_y + 2 + 42)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(paths.icon("north_arrow.svg"))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    layout.addLayoutItem(arrow)
    arrow.attemptMove(mm(map_x + map_w - 16, map_y + 5))
    arrow.attemptResize(size_mm(12, 18))

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(1.0)
    text_format = QgsTextFormat()
    text_format.setFont(font(8))
    text_format.setSize(8)
    scalebar.setTextFormat(text_format)
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(mm(map_x + 4, map_y + map_h - 14))
    scalebar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(1.0)
    scalebar.setUnitLabel("km")
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 220))

    note_y = height - 20.0
    add_label(layout, source_note, MARGIN, note_y, map_w, 14, 7, color="#404040")
    add_label(layout, office, side_x, note_y, side_w, 14, 7.5, color="#404040", align=Qt.AlignmentFlag.AlignRight)

    project.layoutManager().addLayout(layout)
    return layout


def fit_extent(extent, width, height, margin=0.03):
    """``extent`` grown to the item's aspect ratio (``width`` x ``height``) plus a margin."""
    pad = max(extent.width(), extent.height()) * margin
    x0, y0 = extent.xMinimum() - pad, extent.yMinimum() - pad
    w, h = extent.width() + 2 * pad, extent.height() + 2 * pad
    if w / h < width / height:
        new_w = h * width / height
        x0 -= (new_w - w) / 2
        w = new_w
    else:
        new_h = w * height / width
        y0 -= (new_h - h) / 2
        h = new_h
    return QgsRectangle(x0, y0, x0 + w, y0 + h)
