"""Export a print layout to PDF, written completely or not at all."""

import os
import tempfile

from qgis.core import QgsLayoutExporter

from ..translation import tr


class LayoutExportError(RuntimeError):
    """The PDF could not be written; nothing was left at the target."""


def export_pdf(layout, path, dpi=200):
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
        raise LayoutExportError(tr("The folder {0} does not exist or is not writable.").format(folder))
    fd, tmp = tempfile.mkstemp(prefix=".quartier-", suffix=".pdf", dir=folder)
    os.close(fd)
    try:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = True
        settings.appendGeoreference = True
        result = QgsLayoutExporter(layout).exportToPdf(tmp, settings)
        if result != QgsLayoutExporter.Success:
            raise LayoutExportError(tr("Exporting the layout {0} failed (code {1}).").format(layout.name(), result))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path
