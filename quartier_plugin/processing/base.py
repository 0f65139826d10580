"""Shared plumbing of the Quartier algorithms: translation, group, help."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..translation import tr


class QuartierAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALGORITHM_ID`` and implement the usual methods."""

    ALGORITHM_ID = ""

    def name(self):
        return self.ALGORITHM_ID

    def group(self):
        return tr("Demo data")

    def groupId(self):  # noqa: N802 - QGIS API
        return "demo"

    def icon(self):
        return QIcon(paths.icon("quartier.svg"))

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()
