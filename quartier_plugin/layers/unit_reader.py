"""Read a QGIS layer's features into :class:`~quartier_plugin.core.validation.Unit` objects.

Geometries are transformed to the working CRS (projected; EPSG:25832 by default) so that areas
are in square metres. The layer itself is only read.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest
from shapely import wkb

from ..core.hierarchy import LevelMapping, detect_mapping
from ..core.validation import WARNING, Finding, Unit
from ..storage.fields import value_or_none
from ..translation import tr
from .geometry_reader import transform_to

DEFAULT_WORKING_CRS = "EPSG:25832"


class MappingError(ValueError):
    """The layer's fields do not fit the mapping."""


def field_names(layer):
    return [f.name() for f in layer.fields()]


def first_row(layer):
    """{field: value} of the layer's first feature (to tell levels apart that share one layer)."""
    for feature in layer.getFeatures(QgsFeatureRequest().setLimit(1)):
        return {name: value_or_none(value) for name, value in zip(field_names(layer), feature.attributes())}
    return {}


def mapping_for(layer, level_id=None, mapping=None, city=None):
    """The given mapping checked against the layer, or one detected from its fields (by the city
    profile ``city`` when given: its own field layouts, then the known schemas)."""
    names = field_names(layer)
    if mapping is None:
        mapping = city.detect_mapping(names, level_id, first_row(layer)) if city is not None \
            else detect_mapping(names, level_id)
        if mapping is None:
            raise MappingError(tr("The fields of layer {0} are not in a known schema; choose the key, name and "
                                  "parent fields.").format(layer.name()))
    for role in ("key_field", "name_field", "parent_field", "population_field"):
        name = getattr(mapping, role)
        if name and name not in names:
            raise MappingError(tr("Layer {0} has no field {1}.").format(layer.name(), name))
    return mapping


def working_crs(authid=None):
    crs = QgsCoordinateReferenceSystem(authid or DEFAULT_WORKING_CRS)
    if not crs.isValid() or crs.isGeographic():
        raise MappingError(tr("The working CRS {0} must be a valid projected CRS.").format(authid))
    return crs


def _value(attributes, index):
    if index is None:
        return None
    return value_or_none(attributes[index])


def read_units(layer, mapping: LevelMapping, crs_authid=None, feedback=None, transform_context=None):
    """Units of ``layer`` in the working CRS, and findings about the layer itself (``transform_context``: see
    :func:`.geometry_reader.transform_to`)."""
    target = working_crs(crs_authid)
    findings = []
    if layer.crs().isGeographic():
        findings.append(Finding(WARNING, "geographic_crs", mapping.level, params={
            "crs": layer.crs().authid(), "working_crs": target.authid()}))
    transform = None
    if layer.crs() != target:
        transform = transform_to(layer.crs(), target, transform_context)
    units = []
    names = field_names(layer)
    indices = [names.index(f) if f else None for f in
               (mapping.key_field, mapping.name_field, mapping.parent_field, mapping.population_field)]
    total = max(1, layer.featureCount())
    for i, feature in enumerate(layer.getFeatures(QgsFeatureRequest())):
        if feedback is not None:
            if feedback.isCanceled():
                break
            if i % 500 == 0:
                feedback.setProgress(100.0 * i / total)
        geom = feature.geometry()
        shape = None
        if geom is not None and not geom.isNull() and not geom.isEmpty():
            if transform is not None:
                geom = type(geom)(geom)  # a copy: the feature's geometry is never changed
                geom.transform(transform)
            shape = wkb.loads(bytes(geom.asWkb()))

        attrs = feature.attributes()
        key, name, parent, population = (_value(attrs, i) for i in indices)
        units.append(Unit(fid=feature.id(), raw_key=key, name=str(name) if name is not None else None,
                          raw_parent=mapping.parent_key(key, parent), population=population, geometry=shape))
    return units, findings
