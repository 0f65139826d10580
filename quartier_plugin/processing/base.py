"""Shared plumbing of the Quartier algorithms: translation, group, help, dependencies, the working CRS, the
workspace record, and outputs whole or absent (:mod:`.whole_outputs`: a sink goes to its file whole when the
algorithm has succeeded, else not at all).
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterCrs,
)
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..core.dependencies import missing
from ..layers.finding_text import translated  # noqa: F401 - validate_hierarchy takes it from here
from ..translation import tr, user_locale
from .whole_outputs import (  # noqa: F401 - importable from here as before
    TEMPORARY_OUTPUT,
    WholeOutputs,
    destination_text,
    file_target,
    folder_message,
)

GROUPS = {
    "demo": lambda: tr("Demo data"),
    "hierarchy": lambda: tr("District hierarchy"),
    "indicators": lambda: tr("Indicators and need index"),
    "overlay": lambda: tr("Urban renewal overlay"),
    "sheets": lambda: tr("Map sheets"),
    "selection": lambda: tr("Area selection"),
}


def dependency_message(names):
    """The translated install hint for the first missing package of ``names``, or ""."""
    from ..core.dependencies import MissingDependency

    gone = missing(names)
    if not gone:
        return ""
    err = MissingDependency(gone[0])
    return tr(err.template).format(**err.params)


class ProjectState:
    """What an algorithm reads from the project's entries (the city profile, the workspace), read once on the main
    thread in ``prepareAlgorithm``: the run itself may be in a worker thread (the toolbox, a QGIS task), where
    reading project entries could meet the main thread writing them."""

    def __init__(self, city=None, workspace=None, workspace_error=None):
        self.city, self.workspace, self.workspace_error = city, workspace, workspace_error

    @classmethod
    def read(cls, project):
        from ..layers.workspace_layers import workspace_spec
        from ..storage.project_state import stored_city
        from ..storage.workspace import WorkspaceError

        if project is None:
            return cls()
        try:
            workspace, error = workspace_spec(project, quiet=True), None
        except WorkspaceError as err:
            workspace, error = None, err
        return cls(stored_city(project), workspace, error)


class QuartierAlgorithm(WholeOutputs, QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALGORITHM_ID`` and implement the usual methods."""

    ALGORITHM_ID = ""
    GROUP_ID = "demo"
    # Python packages beyond QGIS this algorithm needs (core/dependencies.py); checked before it runs.
    REQUIRES = ("numpy", "shapely")
    # Input parameters that may be an empty layer (an empty renewal layer means: no coverage anywhere).
    MAY_BE_EMPTY = ()

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """A missing package is named (with how to install it) before anything runs; then the subclass's checks."""
        message = dependency_message(self.REQUIRES) or self.destination_message(parameters, context) \
            or self.method_message(parameters) or self.empty_input_message(parameters, context)
        if message:
            return False, message
        return self.check_values(parameters, context)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        """Also inside a model, where checkParameterValues does not see the children's actual inputs."""
        message = dependency_message(self.REQUIRES) or self.destination_message(parameters, context) \
            or self.empty_input_message(parameters, context)
        if message:
            raise QgsProcessingException(message)
        self._run_parameters = dict(parameters)
        self._project_state = ProjectState.read(context.project())  # here, on the main thread
        return True

    # -- the workspace, when asked: the result also goes there, with a record of the run ------------------
    WORKSPACE_OUTPUT = None  # the sink recorded in the workspace (e.g. "OUTPUT"); None: no WORKSPACE parameter

    def add_workspace_parameter(self):
        from qgis.core import QgsProcessingParameterFileDestination

        self.addParameter(QgsProcessingParameterFileDestination(
            "WORKSPACE", tr("Workspace GeoPackage (optional: the result also goes there, with a record of this run "
                            "in quartier_runs)"), tr("GeoPackage (*.gpkg)"), optional=True, createByDefault=False))

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 - QGIS API
        parameters = getattr(self, "_run_parameters", None)
        if self.WORKSPACE_OUTPUT is None or not parameters or not parameters.get("WORKSPACE"):
            return {}
        from .workspace_record import record_output

        record_output(self, parameters, context, feedback)
        return {}

    def empty_input_message(self, parameters, context):
        """An input layer without features is refused by name (except those in MAY_BE_EMPTY)."""
        for definition in self.parameterDefinitions():
            name = definition.name()
            if name in self.MAY_BE_EMPTY or definition.type() not in ("vector", "source") \
                    or parameters.get(name) in (None, ""):
                continue
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is not None and layer.featureCount() == 0:
                return tr("The layer {0} ({1}) has no features.").format(layer.name(), definition.description())
        return ""

    def method_message(self, parameters):
        """A METHOD that is no installed preset (e.g. a path, as before METHOD_FILE) is refused by name."""
        from .method_param import method_message

        return method_message(parameters) if self.parameterDefinition("METHOD") is not None else ""

    def check_values(self, parameters, context):
        """Subclasses refuse bad input here (instead of overriding checkParameterValues)."""
        return super().checkParameterValues(parameters, context)

    def name(self):
        return self.ALGORITHM_ID

    def group(self):
        return GROUPS[self.GROUP_ID]()

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def helpUrl(self):  # noqa: N802 - QGIS API
        """This algorithm's entry on the shipped help page of the algorithms, in the language QGIS runs in."""
        from qgis.PyQt.QtCore import QUrl

        url = QUrl.fromLocalFile(paths.help_path("processing", user_locale()))
        url.setFragment(self.ALGORITHM_ID)
        return url.toString()

    def icon(self):
        return QIcon(paths.icon("quartier.svg"))

    def add_working_crs_parameter(self, name="CRS"):
        """The projected CRS for areas; optional because QGIS 3.22 ignores a CRS default when omitted."""
        self.addParameter(QgsProcessingParameterCrs(
            name, tr("Working CRS (projected; empty: the city profile's, else the project's, else EPSG:25832)"),
            optional=True))

    def working_crs(self, parameters, context, name="CRS", city=None):
        """The CRS areas are computed in: the parameter; else the city profile's (``city``, or the one
        stored in the project); else the project's CRS if projected; else EPSG:25832."""
        crs = self.parameterAsCrs(parameters, name, context)
        project = context.project()
        if not crs.isValid():
            city = city or self.project_city(context)
            if city is not None:
                crs = QgsCoordinateReferenceSystem(city.crs)
            elif project is not None and project.crs().isValid() and not project.crs().isGeographic():
                crs = project.crs()
            else:
                crs = QgsCoordinateReferenceSystem("EPSG:25832")
        if crs.isGeographic():
            raise QgsProcessingException(
                tr("The working CRS {0} must be a valid projected CRS.").format(crs.authid()))
        return crs

    def project_state(self, context):
        """The project's entries as read when the run was prepared (read now outside a run, e.g. in a check)."""
        state = getattr(self, "_project_state", None)
        return state if state is not None else ProjectState.read(context.project())

    def project_city(self, context):
        """The city profile stored in the project, or None: its table defaults (no-data codes, decimal
        separator) apply where a parameter is left empty."""
        return self.project_state(context).city

    def city_or_default(self, context):
        """The project's city profile, the default's for a project that has none (as load_city)."""
        from ..storage.project_state import city_or_default

        return city_or_default(self.project_city(context))

    def project_workspace(self, context):
        """The project's workspace (WorkspaceError if its entry is not valid)."""
        state = self.project_state(context)
        if state.workspace_error is not None:
            raise state.workspace_error
        return state.workspace

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()
