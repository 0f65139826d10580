"""Build the layout templates in ``resources/layouts/`` (run once when their design changes).

    python3 -m quartier_plugin.headless templates resources/layouts

Which templates exist is read from the sheet registry (every template a registered sheet kind names);
the designs made here are in ``DESIGNS``; a sheet kind may also bring a template drawn by hand in QGIS.

The templates hold the design (page, positions, fonts, frames); the texts are QGIS expressions on
layout variables (``@quartier_title``, ``@quartier_scenario``…) that :mod:`.sheets` sets, so staff can
edit a template or a layout made from it by hand and the plugin still fills it. Items the code fills
are found by their item id (``map``, ``legend``, ``indicator_table``…).
"""

import os

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutTable,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..compat import (
    DISTANCE_KM,
    LAYOUT_MM,
    LEGEND_GROUP,
    LEGEND_SUBGROUP,
    LEGEND_SYMBOL_LABEL,
    LEGEND_TITLE,
    LOWER_LEFT,
    MULTIFRAME_REPEAT,
    NORTH_GRID,
    TABLE_SHOW_MESSAGE,
)
from .layout_items import add_frame, add_label, font, mm, size_mm

MARGIN = 10.0
OVERVIEW_PAGES = {"overview_a4": (297.0, 210.0), "overview_a3": (420.0, 297.0)}
PROFILE = "profile_a4"
SELECTION = "selection_a4"
GREY = "#404040"


def text_format(size, bold=False):
    result = QgsTextFormat()
    result.setFont(font(size, bold))
    result.setSize(size)
    return result


def _page(project, name, width, height):
    """A new layout of one page of ``width`` x ``height`` mm."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(size_mm(width, height))
    return layout


def _header(layout, width, title="[% @quartier_title %]", portrait=False):
    """Title, subtitle, the date line on the right (one line) and the rule under them."""
    inner = width - 2 * MARGIN
    date_w, subtitle_size, date_size, y, rule_y = (70, 8.5, 7.5, 18, 25.5) if portrait else (110, 10.5, 9, 18.5, 27.5)
    add_label(layout, title, MARGIN, 8, inner, 10, 16 if portrait else 17, bold=True).setId("title")
    add_label(layout, "[% @quartier_subtitle %]", MARGIN, y, inner - date_w - 2, 7 if not portrait else 6,
              subtitle_size, color=GREY).setId("subtitle")
    add_label(layout, "[% @quartier_date %]", width - MARGIN - date_w, y + 0.5, date_w, 6 if portrait else 7,
              date_size, color=GREY, align=Qt.AlignmentFlag.AlignRight).setId("date")
    _rule(layout, MARGIN, rule_y, inner)


def _table(layout, frame_id, x, y, w, h, size, margin, repeat=False):
    """An attribute table (layer and columns are set when the sheet is made) in one frame; ``repeat``: more
    pages as the rows need them, and text wraps in columns of a set width."""
    table = QgsLayoutItemAttributeTable.create(layout)
    if repeat:
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setEmptyTableBehavior(TABLE_SHOW_MESSAGE)
    table.setEmptyTableMessage("[% @quartier_empty_table %]")
    table.setHeaderTextFormat(text_format(size, True))
    table.setContentTextFormat(text_format(size))
    table.setGridStrokeWidth(0.2)
    table.setCellMargin(margin)
    if repeat:
        table.setResizeMode(MULTIFRAME_REPEAT)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(frame_id)
    frame.attemptMove(mm(x, y))
    frame.attemptResize(size_mm(w, h))
    table.addFrame(frame)
    return table


def _rule(layout, x, y, w):
    line = QgsLayoutItemShape(layout)
    line.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    layout.addLayoutItem(line)
    line.attemptMove(mm(x, y))
    line.attemptResize(size_mm(w, 0.6))
    line.setFrameEnabled(False)
    symbol = line.symbol().clone()
    symbol.setColor(QColor("#1a1a1a"))
    symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
    line.setSymbol(symbol)
    return line


def _map(layout, item_id, x, y, w, h):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    layout.addLayoutItem(item)
    item.attemptMove(mm(x, y))
    item.attemptResize(size_mm(w, h))
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, LAYOUT_MM))
    return item


def _legend(layout, item_id, map_item, x, y, title_size=11, symbol_size=8, symbol_height=4.5):
    legend = QgsLayoutItemLegend(layout)
    legend.setId(item_id)
    legend.setTitle("[% @quartier_legend_title %]")
    legend.setLinkedMap(map_item)
    legend.setStyleFont(LEGEND_TITLE, font(title_size, True))
    legend.setStyleFont(LEGEND_GROUP, font(symbol_size + 1, True))
    legend.setStyleFont(LEGEND_SUBGROUP, font(symbol_size + 0.5, True))
    legend.setStyleFont(LEGEND_SYMBOL_LABEL, font(symbol_size))
    legend.setSymbolWidth(8)
    legend.setSymbolHeight(symbol_height)
    layout.addLayoutItem(legend)
    legend.attemptMove(mm(x, y))
    legend.setResizeToContents(True)
    return legend


def _scalebar(layout, map_item, x, bottom):
    """A scale bar whose lower-left corner stays at (x, bottom) mm inside the map: when the pack fits its
    segments to the scale it grows upwards, never over the map's frame."""
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setTextFormat(text_format(8))
    layout.addLayoutItem(scalebar)
    scalebar.setReferencePoint(LOWER_LEFT)
    scalebar.attemptMove(mm(x, bottom))
    scalebar.applyDefaultSize(DISTANCE_KM)
    scalebar.setUnits(DISTANCE_KM)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(1.0)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    return scalebar


def _north_arrow(layout, map_item, x, y):
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(NORTH_GRID)
    layout.addLayoutItem(arrow)
    arrow.attemptMove(mm(x, y))
    arrow.attemptResize(size_mm(12, 18))
    return arrow


def build_overview(project, name):
    width, height = OVERVIEW_PAGES[name]
    layout = _page(project, name, width, height)
    side_w = 78.0 if width < 400 else 100.0
    map_y = 30.0
    map_w = width - 2 * MARGIN - side_w - 6
    map_h = height - map_y - 24.0
    side_x = width - MARGIN - side_w
    _header(layout, width)
    map_item = _map(layout, "map", MARGIN, map_y + 2, map_w, map_h)
    _legend(layout, "legend", map_item, side_x, map_y + 2, symbol_height=3.8)
    anchor = add_frame(layout, side_x, map_y + 50, side_w, 46)
    anchor.setId("bivariate_legend")
    anchor.setVisibility(False)
    # the sheet moves these up under the legend (sheets._flow_side_column)
    add_label(layout, "[% @quartier_class_note %]", side_x, map_y + 98, side_w, 20, 7).setId("class_note")
    add_label(layout, "[% @quartier_method_note %]", side_x, map_y + 98, side_w, map_h - 98, 7,
              color=GREY).setId("method_note")
    _north_arrow(layout, map_item, MARGIN + map_w - 16, map_y + 5)
    _scalebar(layout, map_item, MARGIN + 4, map_y + 2 + map_h - 3)
    note_y = height - 20.0
    add_label(layout, "[% @quartier_sources %]", MARGIN, note_y, map_w, 14, 7, color=GREY).setId("sources")
    add_label(layout, "[% @quartier_office %]", side_x, note_y, side_w, 14, 7.5, color=GREY,
              align=Qt.AlignmentFlag.AlignRight).setId("office")
    return layout


def build_profile(project):
    """The "Steckbrief", A4 portrait, one page per area through the atlas."""
    width, height = 210.0, 297.0
    layout = _page(project, PROFILE, width, height)
    inner = width - 2 * MARGIN
    _header(layout, width, "[% @quartier_area_title %]", portrait=True)
    area_map = _map(layout, "area_map", MARGIN, 28, 122, 100)
    locator = _map(layout, "locator_map", MARGIN + 126, 28, inner - 126, 52)
    locator.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, LAYOUT_MM))
    # the legend goes under the locator, or in columns under the maps where it is too tall (sheets._flow_profile)
    _legend(layout, "legend", area_map, MARGIN + 126, 83, title_size=8.5, symbol_size=7, symbol_height=3.8)
    _north_arrow(layout, area_map, MARGIN + 122 - 12, 30).attemptResize(size_mm(8, 12))
    _scalebar(layout, area_map, MARGIN + 3, 128 - 2)
    add_label(layout, "[% @quartier_index_text %]", MARGIN, 131, inner, 17, 10).setId("index_text")
    _table(layout, "indicator_table", MARGIN, 150, inner, 68, 8.5, 1.2)
    add_label(layout, "[% @quartier_renewal_text %]", MARGIN, 220, inner, 21, 9).setId("renewal_text")
    # the sheet fits the table's frame to its rows and moves these up under it (sheets._flow_profile)
    add_label(layout, "[% @quartier_class_note %]", MARGIN, 243, inner, 10, 6.5, color=GREY).setId("class_note")
    add_label(layout, "[% @quartier_method_note %]", MARGIN, 243, inner, 20, 6.5, color=GREY).setId("method_note")
    add_label(layout, "[% @quartier_sources %]", MARGIN, 264, inner - 52, 26, 6.5, color=GREY).setId("sources")
    add_label(layout, "[% @quartier_office %]", width - MARGIN - 50, 264, 50, 26, 6.5, color=GREY,
              align=Qt.AlignmentFlag.AlignRight).setId("office")
    return layout


def build_selection(project, name):
    """The area selection sheet, A4 landscape: title, the round's note, the candidates' table (as many pages as
    it needs), sources and office."""
    width, height = 297.0, 210.0
    layout = _page(project, name, width, height)
    inner = width - 2 * MARGIN
    _header(layout, width)
    add_label(layout, "[% @quartier_selection_note %]", MARGIN, 29.5, inner, 11, 8, color=GREY).setId("note")
    _table(layout, "selection_table", MARGIN, 42, inner, height - 42 - 24, 8, 1.0, repeat=True)
    add_label(layout, "[% @quartier_sources %]", MARGIN, height - 20, inner - 80, 14, 7, color=GREY).setId("sources")
    add_label(layout, "[% @quartier_office %]", width - MARGIN - 78, height - 20, 78, 14, 7.5, color=GREY,
              align=Qt.AlignmentFlag.AlignRight).setId("office")
    return layout


DESIGNS = {"overview_a4": build_overview, "overview_a3": build_overview,
           PROFILE: lambda project, _name: build_profile(project), SELECTION: build_selection}


def write_templates(folder):
    """Write the template of every registered sheet kind that is designed here; a template designed
    nowhere must already be in ``folder`` (drawn by hand). Returns the written paths."""
    from .sheet_kinds import SHEETS
    from .sheet_registry import template_names

    os.makedirs(folder, exist_ok=True)
    project = QgsProject()
    written = []
    for name in template_names(registry=SHEETS):
        path = os.path.join(folder, f"{name}.qpt")
        if name not in DESIGNS:
            if not os.path.exists(path):
                raise RuntimeError(f"no design for the template {name} and no {path}")
            continue
        if not DESIGNS[name](project, name).saveAsTemplate(path, QgsReadWriteContext()):
            raise RuntimeError(f"could not write {path}")
        written.append(path)
    return written
