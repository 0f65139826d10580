"""An algorithm's output sink made, and rows written, with one clear error each time it fails."""

from qgis.core import QgsFeature, QgsFeatureSink, QgsProcessingException

from ..translation import tr


class Sink:
    """The sink ``name`` of ``algorithm`` with ``fields``: made, or QgsProcessingException with QGIS's message
    for the destination; :meth:`add` writes a row or raises naming the destination and the sink's error."""

    def __init__(self, algorithm, parameters, context, name, fields, wkb_type, crs=None):
        extra = (crs,) if crs is not None else ()
        self.sink, self.dest = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, *extra)
        if self.sink is None:
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
        self.fields = fields

    def feature(self, attributes, geometry=None):
        feature = QgsFeature(self.fields)
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        return feature

    def write(self, feature):
        """Write ``feature``; False if the sink refused it."""
        return self.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

    def add(self, attributes, geometry=None):
        if not self.write(self.feature(attributes, geometry)):
            raise QgsProcessingException(tr("Could not write a row to {0}: {1}").format(
                self.dest, self.sink.lastError()))

    def last_error(self):
        return self.sink.lastError() if hasattr(self.sink, "lastError") else ""
