"""Tables (no geometry) written by the algorithms: a sink filled with rows in one go."""

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessingException

from ..compat import WKB_NO_GEOMETRY
from ..translation import tr


def write_table(algorithm, parameters, context, name, spec, rows):
    """The sink ``name`` as a table of ``spec`` [(field name, type)] filled with ``rows``; its destination."""
    fields = QgsFields()
    for field_name, kind in spec:
        fields.append(QgsField(field_name, kind))
    sink, dest = algorithm.parameterAsSink(parameters, name, context, fields, WKB_NO_GEOMETRY)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    features = []
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        features.append(feature)
    if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(tr("Could not write a row to {0}: {1}").format(dest, sink.lastError()))
    return dest
