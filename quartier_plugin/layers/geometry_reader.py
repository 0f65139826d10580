"""Geometries of a layer as shapely objects in a (projected) working CRS; the layer is only read."""

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject

from ..core.keys import normalise_key


def transform_to(source, target, transform_context=None):
    """The transform from ``source`` to ``target`` with the datum transformations of ``transform_context``: a
    Processing run gives its context's (a run may be in a worker thread, for another project); else the open
    project's, for callers on the main thread."""
    if transform_context is None:
        transform_context = QgsProject.instance().transformContext()
    return QgsCoordinateTransform(source, target, transform_context)


def shapes_by_key(layer, key_field, crs, feedback=None, repair=True, transform_context=None):
    """{normalised key: shapely geometry in crs}, {normalised key: feature}; rows without key or geometry
    are skipped. Invalid geometries are made valid on the copy when ``repair``."""
    from shapely import wkb

    transform = transform_to(layer.crs(), crs, transform_context)
    shapes, features = {}, {}
    for feature in layer.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break
        key = normalise_key(feature[key_field]) if key_field else str(feature.id())
        geom = feature.geometry()
        if key is None or geom is None or geom.isNull() or geom.isEmpty():
            continue
        geom = type(geom)(geom)
        geom.transform(transform)
        if repair and not geom.isGeosValid():
            geom = geom.makeValid()
        shapes[key] = wkb.loads(bytes(geom.asWkb()))
        features[key] = feature
    return shapes, features


def shapes_with_values(layer, value_field, crs, transform_context=None):
    """[(shapely geometry in crs, number)] for every feature (e.g. population cells or points)."""
    from shapely import wkb

    from ..core.aggregation import to_number

    transform = transform_to(layer.crs(), crs, transform_context)
    out = []
    request = QgsFeatureRequest().setSubsetOfAttributes([value_field], layer.fields()) if value_field else None
    for feature in layer.getFeatures(request) if request else layer.getFeatures():
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        geom = type(geom)(geom)
        geom.transform(transform)
        out.append((wkb.loads(bytes(geom.asWkb())), (to_number(feature[value_field]) or 0.0) if value_field else 1.0))
    return out
