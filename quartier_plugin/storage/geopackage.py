"""Write :class:`~quartier_plugin.core.tables.Table` objects into one GeoPackage, atomically.

The file is first written next to the target under a temporary name and renamed over the target
only when every table was written: the target holds the complete result or is left as it was.
Timestamps inside the GeoPackage are pinned, so the same tables give the same bytes.
"""

import contextlib
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
)

from ..compat import WKB_MULTIPOLYGON, WKB_NO_GEOMETRY
from ..translation import tr
from .atomic import atomic_path
from .fields import FIELD_TYPE

_FIXED_DATE = "2000-01-01T00:00:00Z"


class GeoPackageError(RuntimeError):
    """Writing the GeoPackage failed; the target was not touched."""


@contextlib.contextmanager
def _pinned_gdal_date():
    """Make GDAL write a fixed date into gpkg_contents so outputs are reproducible."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL's bindings ship with QGIS
        yield
        return
    old = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", _FIXED_DATE)
    try:
        yield
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", old)


def _fields(table):
    fields = QgsFields()
    for name, kind in table.fields:
        fields.append(QgsField(name, FIELD_TYPE[kind]))
    return fields


def _write_table(path, table, crs, first, feedback=None):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table.name
    options.fileEncoding = "UTF-8"
    options.layerOptions = [f"IDENTIFIER={table.title}"]
    action = QgsVectorFileWriter.ActionOnExistingFile
    options.actionOnExistingFile = action.CreateOrOverwriteFile if first else action.CreateOrOverwriteLayer
    fields = _fields(table)
    wkb_type = WKB_MULTIPOLYGON if table.geometry_type else WKB_NO_GEOMETRY
    writer = QgsVectorFileWriter.create(
        path, fields, wkb_type, crs if table.geometry_type else QgsCoordinateReferenceSystem(),
        QgsCoordinateTransformContext(), options,
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise GeoPackageError(tr("Could not create layer {0}: {1}").format(table.name, writer.errorMessage()))
    try:
        for row in table.rows:
            if feedback is not None and feedback.isCanceled():
                raise GeoPackageError(tr("Cancelled."))
            feature = QgsFeature(fields)
            if table.geometry_type:
                geom = QgsGeometry()
                geom.fromWkb(bytes(row[0]))
                feature.setGeometry(geom)
                feature.setAttributes(list(row[1:]))
            else:
                feature.setAttributes(list(row))
            if not writer.addFeature(feature):
                raise GeoPackageError(
                    tr("Could not write to layer {0}: {1}").format(table.name, writer.errorMessage()))
    finally:
        del writer


def write_geopackage(path, tables, crs_authid, feedback=None):
    """Write ``tables`` (a list of Table) into the GeoPackage ``path``, all or nothing."""
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise GeoPackageError(tr("The folder {0} does not exist.").format(folder))
    if not os.access(folder, os.W_OK):
        raise GeoPackageError(tr("The folder {0} is not writable.").format(folder))
    crs = QgsCoordinateReferenceSystem(crs_authid)
    with atomic_path(path) as tmp, _pinned_gdal_date():
        for i, table in enumerate(tables):
            if feedback is not None:
                feedback.setProgress(100.0 * i / max(1, len(tables)))
                feedback.pushInfo(tr("Writing {0} ({1} rows)").format(table.name, len(table.rows)))
            _write_table(tmp, table, crs, first=(i == 0), feedback=feedback)
    return path
