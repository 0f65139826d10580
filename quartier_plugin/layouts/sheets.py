"""The committee's map sheets made from the templates in ``resources/layouts/``: overview and profile.

A sheet is a print layout loaded from its template and filled: layout variables for the texts
(``@quartier_title``…), layers and extent for the maps, the legend, and for the profile the atlas over
the areas with the indicator table. Each sheet is added to the project's layout manager, so staff can
open and edit it like any layout.
"""

import os

from qgis.core import (
    QgsBasicNumericFormat,
    QgsConditionalStyle,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsLayoutItemScaleBar,
    QgsLayoutTableColumn,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRelation,
    QgsRelationContext,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from .. import paths
from ..compat import ATLAS_SCALING_AUTO, LABEL_OVER_POINT, SCALEBAR_FIT_WIDTH, TABLE_RELATION_CHILDREN
from ..translation import tr
from .layout_items import TemplateError, fit_one_line, font, item  # noqa: F401 - TemplateError: others import it here
from .map_crs import sheet_crs, transform_extent
from .sheet_flow import fit_table, fit_to_pages, flow_profile, flow_side_column
from .sheet_legend import SINGLE_ENTRY, fill_legend

OVERVIEW_TEMPLATES = {"A4": "overview_a4", "A3": "overview_a3"}
PROFILE_TEMPLATE = "profile_a4"
NEED_SHADING = {2: "#b2182b", 1: "#ef8a62", 0: "#f7f7f7", -1: "#67a9cf", -2: "#2166ac"}
quoted_column = QgsExpression.quotedColumnRef


def atlas_area_expression():
    """True for the feature of the atlas page's area (by its key)."""
    return quoted_column("key") + " = attribute(@atlas_feature, " + QgsExpression.quotedString("key") + ")"


def rows_relation(project, rows_layer, coverage):
    """The table rows of an area as its children (``key`` to ``key``), added to ``project``; None if the two
    layers are not both in ``project``. A profile table showing the atlas area's children has QGIS ask the
    data source for that area's rows on each page (a filter the GeoPackage runs itself) instead of testing
    every row of the table against the atlas feature (measured on 152 profiles: the pack from 2.2x to 2.0x
    the time of a bare atlas)."""
    relation = QgsRelation(QgsRelationContext(project))
    relation.setId(f"quartier_profile_rows_{rows_layer.id()}")
    relation.setName(tr("Profile indicators of the area"))
    relation.setReferencingLayer(rows_layer.id())
    relation.setReferencedLayer(coverage.id())
    relation.addFieldPair("key", "key")
    if not relation.isValid():
        return None
    manager = project.relationManager()
    if manager.relation(relation.id()).isValid():
        manager.removeRelation(relation.id())
    manager.addRelation(relation)
    return relation


def template_path(name):
    return os.path.join(paths.resource("layouts"), f"{name}.qpt")


def load_template(name, project, layout_name=None):
    """A new print layout from ``resources/layouts/<name>.qpt`` (not yet in the layout manager)."""
    path = template_path(name)
    if not os.path.exists(path):
        raise TemplateError(tr("The layout template {0} is missing.").format(path))
    with open(path, encoding="utf-8") as handle:
        document = QDomDocument()
        if not document.setContent(handle.read()):
            raise TemplateError(tr("The layout template {0} is not readable.").format(path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise TemplateError(tr("The layout template {0} is not readable.").format(path))
    layout.setName(layout_name or name)
    return layout


def set_variables(layout, values):
    for name, value in values.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, f"quartier_{name}", value)


def _legend(layout, layers, map_item, title=None, width=None):
    """The template's legend showing ``layers``, wrapped to ``width`` mm (see :func:`.sheet_legend.fill_legend`)."""
    legend = item(layout, "legend")
    legend.setLinkedMap(map_item)
    return fill_legend(legend, layers, title, width)


def _north_arrow(layout):
    item(layout, "north_arrow").setPicturePath(paths.icon("north_arrow.svg"))


def add_to_manager(project, layout):
    """Add ``layout`` to the project, replacing a layout of the same name."""
    manager = project.layoutManager()
    old = manager.layoutByName(layout.name())
    if old is not None:
        manager.removeLayout(old)
    manager.addLayout(layout)
    return layout


def overview_sheet(project, map_layers, legend_layers, extent, texts, page="A4", name=None, extra_legend=None,
                   crs=None, extent_crs=None):
    """An overview sheet (landscape A4 or A3) from its template; ``texts`` fill the layout variables
    (title, subtitle, date, office, sources, method_note, legend_title). ``extra_legend(layout, x, y)``
    draws e.g. the bivariate 3 x 3 legend at the template's marked place.

    The map draws in ``crs`` (see :func:`sheet_crs` for the default); ``extent`` is in ``extent_crs``,
    by default the CRS of the last of ``map_layers`` (the coverage in the callers)."""
    layout = load_template(OVERVIEW_TEMPLATES[page], project, name)
    set_variables(layout, texts)
    fit_one_line(item(layout, "subtitle"))
    map_item = item(layout, "map")
    map_item.setLayers(list(map_layers))
    map_item.setKeepLayerSet(True)
    target = sheet_crs(project, map_layers, crs)
    map_item.setCrs(target)
    source = extent_crs if extent_crs is not None else map_layers[-1].crs()
    size = map_item.sizeWithUnits()
    map_item.setExtent(fit_extent(transform_extent(extent, source, target, project), size.width(), size.height()))
    anchor = item(layout, "bivariate_legend")
    column = anchor.sizeWithUnits()
    legend = _legend(layout, legend_layers, map_item, texts.get("legend_title"), column.width())
    _north_arrow(layout)
    flow_side_column(layout, legend, anchor, extra_legend)
    return add_to_manager(project, layout)


def atlas_highlight_layer(coverage, name):
    """A copy of ``coverage`` drawn only as a thick outline of the atlas area, labelling all areas.

    Drawn over the need classes on the area map: the area of the page stands out, and its
    neighbours are named. (A separate layer keeps the need classes' legend free of it.)
    """
    layer = coverage.clone()
    layer.setName(name)
    layer.setCustomProperty(SINGLE_ENTRY, True)  # the legends show its outline as "Selected area", nothing else
    outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "1.0"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(outline, 0, 0, atlas_area_expression(), tr("Selected area")))
    hidden = QgsFillSymbol.createSimple({"style": "no", "outline_style": "no"})
    # an ELSE rule draws nothing but keeps the neighbours labelled (unrendered features get no label)
    root.appendChild(QgsRuleBasedRenderer.Rule(hidden, 0, 0, "", "", "", True))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return label_areas(layer, "name", 8)


def label_areas(layer, field, size, expression=False, bold=False):
    """Label every area of ``layer`` once at its visible centre with ``field`` (or an expression), in a white
    halo so the label reads on any fill; returns the layer."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.isExpression = expression
    settings.placement = LABEL_OVER_POINT  # one candidate at the visible part's centre: fast
    settings.centroidInside = True
    text = QgsTextFormat()
    text.setFont(font(size, bold))
    text.setSize(size)
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def localise_numbers(layout, language):
    """The numbers QGIS itself writes on a sheet (the scale bar's "0,3 km") in the sheet's language: QGIS
    would follow the language it runs in, and a German pack made in an English QGIS would say "0.3 km"."""
    from ..core.formatting import separators

    decimal, thousands = separators(language)
    for bar in (i for i in layout.items() if isinstance(i, QgsLayoutItemScaleBar)):
        numbers = QgsBasicNumericFormat()
        numbers.setDecimalSeparator(decimal)
        numbers.setThousandsSeparator(thousands)
        numbers.setShowThousandsSeparator(True)
        bar.setNumericFormat(numbers)


def _fit_scalebar(layout):
    """Segments that fit the map's scale (the template's 1 km would not suit every area)."""
    bar = item(layout, "scalebar")
    bar.setSegmentSizeMode(SCALEBAR_FIT_WIDTH)
    bar.setMinimumBarWidth(25)
    bar.setMaximumBarWidth(55)
    bar.setNumberOfSegments(3)
    bar.update()


def profile_sheet(project, coverage, area_layers, locator_layers, rows_layer, texts, index_expression,
                  renewal_expression, keys, name=None, title_expression=None, crs=None, legend_layers=None):
    """Profile sheets ("Steckbriefe"): an atlas over ``coverage`` restricted to ``keys``, sorted by rank.
    The legend shows ``legend_layers`` (by default the coverage's classes).

    Both maps draw in ``crs`` (see :func:`sheet_crs`; by default from the project or ``coverage``).

    ``rows_layer`` has one row per area and indicator (key, indicator, value, city, rating, need_level);
    the table shows the rows of the atlas area, the rating cell shaded by need. The title is
    ``title_expression``, by default "name (key)".
    """
    if title_expression is None:
        title_expression = "[% " + quoted_column("name") + " %] ([% " + quoted_column("key") + " %])"
    layout = load_template(PROFILE_TEMPLATE, project, name)
    set_variables(layout, texts)
    area_map = item(layout, "area_map")
    area_map.setLayers(list(area_layers))
    area_map.setKeepLayerSet(True)
    target = sheet_crs(project, [coverage], crs)
    area_map.setCrs(target)
    size = area_map.sizeWithUnits()
    # the atlas keeps the aspect ratio of the map's extent: start from one that matches the item,
    # else the first atlas page resizes the map
    area_map.setExtent(fit_extent(transform_extent(coverage.extent(), coverage.crs(), target, project),
                                  size.width(), size.height()))
    area_map.setAtlasDriven(True)
    area_map.setAtlasScalingMode(ATLAS_SCALING_AUTO)
    area_map.setAtlasMargin(0.6)
    locator = item(layout, "locator_map")
    locator.setLayers(list(locator_layers))
    locator.setKeepLayerSet(True)
    locator.setCrs(target)
    size = locator.sizeWithUnits()
    located = transform_extent(locator_layers[-1].extent(), locator_layers[-1].crs(), target, project)
    locator.setExtent(fit_extent(located, size.width(), size.height(), margin=0.02))
    overview = locator.overview()
    overview.setLinkedMap(area_map)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({"color": "255,0,0,60", "outline_color": "#d7191c",
                                                        "outline_width": "0.6"}))
    legend = _legend(layout, legend_layers or [coverage], area_map, texts.get("legend_title"), size.width())
    _north_arrow(layout)
    _fit_scalebar(layout)
    item(layout, "title").setText(title_expression)
    item(layout, "index_text").setText(index_expression)
    item(layout, "renewal_text").setText(renewal_expression)
    frame = item(layout, "indicator_table")
    table = frame.multiFrame()
    table.setVectorLayer(rows_layer)
    table.setEmptyTableMessage(texts.get("empty_table", ""))
    relation = rows_relation(project, rows_layer, coverage)
    if relation is not None:
        table.setRelationId(relation.id())
        table.setSource(TABLE_RELATION_CHILDREN)
    else:  # layers outside the project: the atlas area's rows by a filter on every row
        table.setFilterFeatures(True)
        table.setFeatureFilter(atlas_area_expression())
    table.setMaximumNumberOfFeatures(100)
    columns = []
    for field, heading in (("indicator", tr("Indicator")), ("value", tr("Value")), ("city", tr("City")),
                           ("rating", tr("Rating"))):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(field)
        columns.append(column)
    table.setColumns(columns)
    table.setUseConditionalStyling(True)
    styles = []
    for level, colour in NEED_SHADING.items():
        style = QgsConditionalStyle(quoted_column("need_level") + f" = {level}")
        style.setBackgroundColor(QColor(colour))
        style.setTextColor(QColor("#ffffff" if abs(level) == 2 else "#1a1a1a"))
        styles.append(style)
    rows_layer.conditionalStyles().setFieldStyles("rating", styles)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    quoted = ", ".join(QgsExpression.quotedValue(str(k)) for k in keys)
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression(quoted_column("key") + f" IN ({quoted})")
    atlas.setSortFeatures(True)
    atlas.setSortExpression("coalesce(" + quoted_column("rank") + ", 1000000000)")  # by rank; areas not scored last
    atlas.setPageNameExpression(quoted_column("name"))
    fit_table(frame, rows_layer)
    fit_to_pages(layout, [item(layout, "index_text"), item(layout, "renewal_text")])
    flow_profile(layout, legend, frame)
    return add_to_manager(project, layout)


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
