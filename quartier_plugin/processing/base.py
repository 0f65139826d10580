"""Shared plumbing of the Quartier algorithms: translation, group, help."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..translation import tr

GROUPS = {
    "demo": lambda: tr("Demo data"),
    "hierarchy": lambda: tr("District hierarchy"),
}


def translated(finding):
    """The finding's message in the user's language."""
    return tr(finding.template).format(**finding.params)


class QuartierAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALGORITHM_ID`` and implement the usual methods."""

    ALGORITHM_ID = ""
    GROUP_ID = "demo"

    def name(self):
        return self.ALGORITHM_ID

    def group(self):
        return GROUPS[self.GROUP_ID]()

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def icon(self):
        return QIcon(paths.icon("quartier.svg"))

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()
