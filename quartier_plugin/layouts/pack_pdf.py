"""Several print layouts (and atlases) rendered into one PDF, with bookmarks.

QGIS exports one layout (or one atlas) per PDF; the meeting pack needs the overview sheets and the
profile atlas in one file. Each page is rendered by QGIS's own :class:`QgsLayoutExporter` onto one
:class:`QPdfWriter` (vector output, text kept as text), then :mod:`..core.pdf_outline` adds bookmarks.

A map that shows whole layers (the profiles' locator map, on every page) draws its GeoPackage layers from
copies in memory while the PDF is written: GDAL reads a GeoPackage layer slowly when the map's extent holds
the layer's whole extent (some 10 ms per layer and page). The copies have the same features in the same
order and the same style, so the pages are the same; the layouts get their layers back afterwards.
"""

from contextlib import contextmanager

from qgis.core import QgsFeatureRequest, QgsLayoutExporter, QgsLayoutItemMap, QgsVectorLayer
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ..compat import LAYOUT_ANTIALIASING, TEXT_ALWAYS_TEXT
from ..core.pdf_outline import add_outline


class PackCancelled(RuntimeError):
    """The user cancelled; the caller removes what was written."""


def page_count(layout):
    """Pages ``layout`` prints: its pages, once per atlas feature if it is an atlas."""
    atlas = layout.atlas()
    per_feature = layout.pageCollection().pageCount()
    return per_feature * (atlas.count() if atlas.enabled() else 1)


def write_pdf(path, layouts, dpi=200, title="", feedback=None):
    """Render ``layouts`` in order into ``path``; returns [(layout, atlas page name or None, page index)]."""
    for layout in layouts:
        if layout.atlas().enabled():
            layout.atlas().updateFeatures()
    total = max(sum(page_count(layout) for layout in layouts), 1)
    with _whole_layers_from_memory(layouts):
        return _render(path, layouts, dpi, title, feedback, total)


def _render(path, layouts, dpi, title, feedback, total):
    writer = QPdfWriter(path)
    writer.setResolution(dpi)
    writer.setCreator("Quartier")
    writer.setTitle(title)
    painter = None
    done = []
    try:
        for layout in layouts:
            context = layout.renderContext()
            context.setDpi(dpi)
            context.setTextRenderFormat(TEXT_ALWAYS_TEXT)
            context.setFlag(LAYOUT_ANTIALIASING, True)
            atlas = layout.atlas()
            steps = range(atlas.count()) if atlas.enabled() else [None]
            if atlas.enabled():
                atlas.beginRender()
            exporter = QgsLayoutExporter(layout)
            try:
                for step in steps:
                    if step is not None:
                        atlas.seekTo(step)
                    for number in range(layout.pageCollection().pageCount()):
                        if feedback is not None and feedback.isCanceled():
                            raise PackCancelled()
                        size = layout.pageCollection().page(number).pageSize()
                        w, h = size.width(), size.height()
                        # QPageSize knows sizes upright; a landscape page is an upright size turned
                        page_size = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Millimeter)
                        orientation = (QPageLayout.Orientation.Landscape if w > h
                                       else QPageLayout.Orientation.Portrait)
                        writer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0)))
                        if painter is None:
                            painter = QPainter(writer)
                        else:
                            writer.newPage()
                        exporter.renderPage(painter, number)
                        name = atlas.nameForPage(step) if step is not None else None
                        done.append((layout, name, len(done)))
                        if feedback is not None:
                            feedback.setProgress(100.0 * len(done) / total)
            finally:
                if atlas.enabled():
                    atlas.endRender()
    finally:
        if painter is not None:
            painter.end()
    return done


@contextmanager
def _whole_layers_from_memory(layouts):
    """While rendering: the GeoPackage layers of the maps with a fixed extent that holds them whole, from
    copies in memory (see the module's doc). A map following a map theme or with style overrides keeps its
    layers."""
    copies, changed = {}, []
    try:
        for layout in layouts:
            for item in layout.items():
                if not isinstance(item, QgsLayoutItemMap) or item.atlasDriven() or not item.keepLayerSet() \
                        or item.followVisibilityPreset() or item.layerStyleOverrides():
                    continue
                layers = item.layers()
                extent = item.extent()
                swapped = [_memory_copy(layer, copies) if _read_whole(layer, item, extent) else layer
                           for layer in layers]
                if any(a is not b for a, b in zip(swapped, layers)):
                    changed.append((item, layers))
                    item.setLayers(swapped)
        yield
    finally:
        for item, layers in changed:
            item.setLayers(layers)
        copies.clear()


def _read_whole(layer, item, extent):
    """Does ``item`` read the whole of ``layer``, a GeoPackage layer in the map's CRS?"""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" \
            or ".gpkg" not in layer.source().lower() or layer.crs() != item.crs():
        return False
    return extent.contains(layer.extent())


def _memory_copy(layer, copies):
    """A copy of ``layer`` in memory with its features (in their order) and its whole style."""
    from qgis.PyQt.QtXml import QDomDocument

    if layer.id() not in copies:
        copy = layer.materialize(QgsFeatureRequest())
        document = QDomDocument()
        layer.exportNamedStyle(document)
        copy.importNamedStyle(document)
        copy.setName(layer.name())
        copies[layer.id()] = copy
    return copies[layer.id()]


def bookmark(path, entries):
    """Add bookmarks [(title, page index, level)] to a PDF written by :func:`write_pdf`."""
    return add_outline(path, entries)
