"""The Processing provider "Quartier" (id ``quartier``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..definitions import PROVIDER_ID, PROVIDER_NAME


class QuartierProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return PROVIDER_NAME

    def longName(self):  # noqa: N802 - QGIS API
        from ..__about__ import __version__

        return f"{PROVIDER_NAME} {__version__}"

    def icon(self):
        return QIcon(paths.icon("quartier.svg"))

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        from .aggregate_counts import AggregateCounts
        from .create_demo_city import CreateDemoCity
        from .crosswalk import Crosswalk
        from .import_statistics import ImportStatistics
        from .meeting_pack import MeetingPack
        from .need_index import NeedIndex
        from .renewal_overlay import RenewalOverlay
        from .robustness import AreaTypes, Robustness
        from .selection import ExpertForm, ExportRegister, ImportAssessments
        from .validate_hierarchy import ValidateHierarchy

        for algorithm in (CreateDemoCity(), ValidateHierarchy(), AggregateCounts(), Crosswalk(),
                          ImportStatistics(), NeedIndex(), Robustness(), AreaTypes(), RenewalOverlay(), MeetingPack(),
                          ImportAssessments(), ExpertForm(), ExportRegister()):
            self.addAlgorithm(algorithm)
