"""Export a print layout to PDF, written completely or not at all."""

import os

from qgis.core import QgsLayoutExporter

from ..compat import pdf_text_as_text
from ..storage.atomic import atomic_path
from ..translation import tr


class LayoutExportError(RuntimeError):
    """The PDF could not be written; nothing was left at the target."""


def export_pdf(layout, path, dpi=200):
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
        raise LayoutExportError(tr("The folder {0} does not exist or is not writable.").format(folder))
    with atomic_path(path) as tmp:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = True
        settings.appendGeoreference = True
        pdf_text_as_text(settings)
        result = QgsLayoutExporter(layout).exportToPdf(tmp, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise LayoutExportError(tr("Exporting the layout {0} failed (code {1}).").format(layout.name(), result))
    return path
