"""The one CRS of a map sheet, and extents brought into it.

Every map item of a sheet draws in one projected CRS; QGIS reprojects the layers on the fly. A
geographic CRS (EPSG:4326, OGC:CRS84) is never used: lon/lat drawn as x/y is stretched east–west and its
scale bar is not true.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

DEFAULT_SHEET_CRS = "EPSG:25832"  # ETRS89 / UTM zone 32N, the German default


def _projected(crs):
    return crs is not None and crs.isValid() and not crs.isGeographic()


def sheet_crs(project, layers, wanted=None):
    """The CRS for the sheet's maps: ``wanted`` if valid; else the project's CRS if projected; else the
    first layer's CRS if projected; else EPSG:25832."""
    if wanted is not None and wanted.isValid():
        return QgsCoordinateReferenceSystem(wanted)
    if project is not None and _projected(project.crs()):
        return QgsCoordinateReferenceSystem(project.crs())
    layers = list(layers or [])
    if layers and _projected(layers[0].crs()):
        return QgsCoordinateReferenceSystem(layers[0].crs())
    return QgsCoordinateReferenceSystem(DEFAULT_SHEET_CRS)


def transform_extent(extent, source, target, project):
    """``extent`` (a QgsRectangle in ``source``) as the bounding box of it in ``target``."""
    if source is None or not source.isValid() or source == target:
        return extent
    context = (project if project is not None else QgsProject.instance()).transformContext()
    return QgsCoordinateTransform(source, target, context).transformBoundingBox(extent)
