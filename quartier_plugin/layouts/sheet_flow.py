"""Where the sheets' items go once their texts are known: each right under the one before (no gap, no
overlap), labels and the profile's table as high as their content, the notes in smaller type where room is
short. Used by :mod:`.sheets` after it has filled a layout from its template."""

from qgis.core import QgsExpression, QgsFeatureRequest, QgsLayoutUtils

from ..compat import REQUEST_NO_GEOMETRY, TABLE_LAYER_ATTRIBUTES
from .layout_items import fit_label, item, label_font, mm, set_label_size, size_mm, text_height_mm
from .sheet_legend import set_columns


def _bottom(layout_item):
    return layout_item.positionWithUnits().y() + layout_item.sizeWithUnits().height()


def flow_side_column(layout, legend, anchor, extra_legend):
    """The overview's side column from the top: the legend, the extra legend (at the template's anchor or
    under the legend), the class explanation and the method note, each right under the one before, so no
    gap opens and nothing overlaps; the method note keeps the template's bottom. The two notes get smaller
    type where the room is short, and without room even then the class explanation is left out (the method
    note names the classes too)."""
    x = anchor.positionWithUnits().x()
    top = _bottom(legend) + 4
    if extra_legend is not None:
        y = max(anchor.positionWithUnits().y(), top)
        extra_legend(layout, x, y)
        top = y + anchor.sizeWithUnits().height() + 2
    method = item(layout, "method_note")
    bottom, width = _bottom(method), method.sizeWithUnits().width()
    note = layout.itemById("class_note")  # absent in a template made before it
    if note is not None:
        _place_notes(note, method, x, top, bottom, width)
    else:
        _place(method, x, top, width, bottom - top)


def _place(label, x, y, width, height):
    label.attemptMove(mm(x, y))
    label.attemptResize(size_mm(width, max(height, 1.0)))


def _place_notes(note, method, x, top, bottom, width, gap=3.0):
    """The class explanation at ``top`` and the method note under it, down to ``bottom`` (mm), in the largest
    type (the template's, else 0.5 or 1 point smaller) with which both fit; else the method note alone."""
    sizes = {label: label_font(label).pointSizeF() for label in (note, method)}
    for smaller in (0.0, 0.5, 1.0):
        for label, size in sizes.items():
            set_label_size(label, size - smaller)
        needed = fit_label(note, width)
        if needed and top + needed + gap + fit_label(method, width) <= bottom:
            _place(note, x, top, width, needed)
            _place(method, x, top + needed + gap, width, bottom - top - needed - gap)
            return True
    for label, size in sizes.items():
        set_label_size(label, size)
    note.setVisibility(False)
    _place(method, x, top, width, bottom - top)
    return False


def page_texts(layout, labels):
    """{label: [its text on each atlas page]}: the labels' expressions evaluated for each feature of the atlas
    (its filter applied), without turning the atlas's pages (which would refresh every map and table)."""
    atlas = layout.atlas()
    layer = atlas.coverageLayer()
    texts = {label: [] for label in labels}
    if layer is None:
        return texts
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    if atlas.filterFeatures() and atlas.filterExpression():
        request.setFilterExpression(atlas.filterExpression())
    context = layout.createExpressionContext()
    for feature in layer.getFeatures(request):
        context.setFeature(feature)
        for label in labels:
            texts[label].append(QgsExpression.replaceExpressionText(label.text(), context))
    return texts


def fit_to_pages(layout, labels):
    """Each label as high as its text needs on the atlas page where it is longest (the template's height at
    most)."""
    heights = {label: max((text_height_mm(text, label_font(label), label.sizeWithUnits().width())
                           for text in texts), default=0.0)
               for label, texts in page_texts(layout, labels).items() if texts}
    for label, height in heights.items():
        size = label.sizeWithUnits()
        label.attemptResize(size_mm(size.width(), min(size.height(), height * 1.08 + 0.5)))


def fit_table(frame, rows_layer):
    """The table's frame as high as the table of the area with the most rows needs (the template's height at
    most): no white gap under a short table. The table itself says how many rows a height shows."""
    counts = {}
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY).setSubsetOfAttributes(["key"], rows_layer.fields())
    for feature in rows_layer.getFeatures(request):
        counts[feature["key"]] = counts.get(feature["key"], 0) + 1
    rows = max(counts.values(), default=1)
    table = frame.multiFrame()
    source, filtered = table.source(), table.filterFeatures()
    table.setSource(TABLE_LAYER_ATTRIBUTES)  # any area's rows measure alike: one line each
    table.setFilterFeatures(False)
    table.setMaximumNumberOfFeatures(rows)
    table.refreshAttributes()
    size = frame.sizeWithUnits()
    context = QgsLayoutUtils.createRenderContextForLayout(frame.layout(), None)
    low, high = 5.0, size.height()
    try:
        if table.rowsVisible(context, high, 0, True, False) >= rows:
            while high - low > 0.25:
                middle = (low + high) / 2
                low, high = (low, middle) if table.rowsVisible(context, middle, 0, True, False) >= rows else \
                    (middle, high)
            frame.attemptResize(size_mm(size.width(), high + 0.5))
    except (AttributeError, TypeError):  # a QGIS that keeps rowsVisible to itself: the template's height
        pass
    table.setMaximumNumberOfFeatures(100)
    table.setSource(source)
    table.setFilterFeatures(filtered)
    table.refreshAttributes()


def flow_profile(layout, legend, frame):
    """The profile from the maps down: the legend beside the area map under the locator if it fits there,
    else in three columns under the maps; then the index text, the table, the renewal text, the class
    explanation (where there is room for it) and the method note, each right under the one before, down to
    the sources."""
    area_map, locator = item(layout, "area_map"), item(layout, "locator_map")
    x, map_bottom = area_map.positionWithUnits().x(), _bottom(area_map)
    top = map_bottom + 3
    if legend.sizeWithUnits().height() > map_bottom - _bottom(locator) - 3:
        width = locator.positionWithUnits().x() + locator.sizeWithUnits().width() - x
        legend.attemptMove(mm(x, top))
        top += set_columns(legend, 3, width).height() + 2
    for moved, gap in ((item(layout, "index_text"), 1), (frame, 2), (item(layout, "renewal_text"), 1)):
        moved.attemptMove(mm(x, top))
        top = _bottom(moved) + gap
    method = item(layout, "method_note")
    bottom, width = item(layout, "sources").positionWithUnits().y() - 1, method.sizeWithUnits().width()
    note = layout.itemById("class_note")
    if note is not None:
        _place_notes(note, method, x, top, bottom, width, gap=1.5)
    else:
        _place(method, x, top, width, bottom - top)
