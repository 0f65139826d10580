"""Shared plumbing of the Quartier algorithms: translation, group, help, and outputs whole or absent.

Outputs whole or absent: a sink whose destination is a file (CSV, GeoPackage, GeoJSON, Shapefile …; not
memory:, TEMPORARY_OUTPUT or a database) is written by QGIS under a hidden temporary name beside the target
(``.quartier-tmp-<pid>-<token>-<name>``, storage/atomic_outputs.py). The hook is ``processAlgorithm``
itself: every subclass's processAlgorithm is wrapped (``__init_subclass__``). When it returns, each sink
is finalized and deleted (QGIS closes a file writer only when the sink object is deleted; the sink's
local variable is gone by then, and ``sip.delete`` makes it certain on every QGIS version), any write
error fails the algorithm, and the files are renamed onto their targets (os.replace; a Shapefile's side
files first, the .shp last). This runs inside ``runPrepared``, before QGIS reads the results, loads
layers on completion and calls postProcessAlgorithm (the workspace record), on QGIS 3.22 as on 3.44;
postProcessAlgorithm alone would not do: it is not called when the algorithm fails. On an exception
or cancel the temporary files are removed and the target is untouched.

A layer into an existing GeoPackage (``ogr:dbname='x.gpkg' table="t"``) is written into a temporary
GeoPackage and then copied into the target in one SQLite transaction (replacing a layer of that name):
the other layers are never touched and QGIS layers open on the file stay valid, which replacing the
whole file would not guarantee. A missing or non-writable folder fails with a message naming it, in
checkParameterValues and again when the sink is created. Leftovers of killed runs in the folder are
removed when the next run writes there.
"""

import functools
import os
import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterCrs,
    QgsProperty,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtGui import QIcon

from .. import paths
from ..core.dependencies import missing
from ..layers.finding_text import translated  # noqa: F401 - validate_hierarchy takes it from here
from ..storage import atomic_outputs
from ..translation import tr

TEMPORARY_OUTPUT = "TEMPORARY_OUTPUT"
DESTINATION_TYPES = ("sink", "vectorDestination", "rasterDestination", "fileDestination", "folderDestination")
_PROVIDER_PREFIX = re.compile(r"^(.{3,}?):(.*)$", re.S)   # as QgsProcessingUtils::parseDestinationString
_EXTENSION = re.compile(r"^(.*)\.(.*?)$", re.S)

GROUPS = {
    "demo": lambda: tr("Demo data"),
    "hierarchy": lambda: tr("District hierarchy"),
    "indicators": lambda: tr("Indicators and need index"),
    "overlay": lambda: tr("Urban renewal overlay"),
    "sheets": lambda: tr("Map sheets"),
}


def dependency_message(names):
    """The translated install hint for the first missing package of ``names``, or ""."""
    from ..core.dependencies import MissingDependency

    gone = missing(names)
    if not gone:
        return ""
    err = MissingDependency(gone[0])
    return tr(err.template).format(**err.params)


def destination_text(value, context):
    """The destination a parameter value names (a string, a QgsProperty or a QgsProcessingOutputLayerDefinition),
    evaluated without side effects; "" when none."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext(), "")
        if isinstance(value, tuple):
            value = value[0]
    return "" if value is None else str(value)


def file_target(text):
    """``(file path, layer name or "")`` a sink destination is written to, or None when it is no local file
    (memory:, TEMPORARY_OUTPUT, a database). As QGIS: a path without a known extension gets ".gpkg"."""
    if not text or text == TEMPORARY_OUTPUT or text.startswith("memory:"):
        return None
    match = _PROVIDER_PREFIX.match(text)
    if match:
        if match.group(1) != "ogr":
            return None
        uri = QgsDataSourceUri(match.group(2))
        if not uri.database():
            return None
        return os.path.abspath(uri.database()), uri.table()
    match = _EXTENSION.match(text)
    if not match or not QgsVectorFileWriter.driverForExtension(match.group(2)):
        text += ".gpkg"
    return os.path.abspath(text), ""


def folder_message(folder):
    return tr("The folder {0} does not exist or is not writable.").format(folder)


class _Output:
    """A sink written under a temporary name; ``destination`` is what the algorithm reports."""

    def __init__(self, name, target, layer, temporary):
        self.name, self.target, self.layer, self.temporary = name, target, layer, temporary
        self.into_existing = bool(layer) and os.path.exists(target)
        self.destination = f"{target}|layername={layer}" if layer else target
        self.sink = None
        self.written = None   # the destination QGIS reported for the temporary name


def _with_whole_outputs(process):
    """Wrap a processAlgorithm: the sinks it made are completed (renamed onto their targets) when it
    returns, and discarded when it raises."""

    @functools.wraps(process)
    def wrapper(self, parameters, context, feedback):
        depth = getattr(self, "_output_depth", 0)
        self._output_depth = depth + 1
        message = None
        try:
            result = process(self, parameters, context, feedback)
        except QgsProcessingException as err:
            self._output_depth = depth
            if depth == 0:
                self.discard_outputs()
            if depth > 0:
                raise
            message = str(err)
        except BaseException:
            self._output_depth = depth
            if depth == 0:
                self.discard_outputs()
            raise
        if message is not None:
            # QGIS keeps the traceback of an exception a Python processAlgorithm raises; its frames would keep
            # the input layers alive past the end of QGIS (a crash at exit). The error goes on as a fresh
            # exception whose traceback holds no layer.
            del parameters, context, feedback
            raise QgsProcessingException(message)
        self._output_depth = depth
        if depth == 0:
            self.complete_outputs(context, feedback)
        return result

    wrapper.whole_outputs = True
    return wrapper


class QuartierAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALGORITHM_ID`` and implement the usual methods."""

    ALGORITHM_ID = ""
    GROUP_ID = "demo"
    # Python packages beyond QGIS this algorithm needs (core/dependencies.py); checked before it runs.
    REQUIRES = ("numpy", "shapely")
    # Input parameters that may be an empty layer (an empty renewal layer means: no coverage anywhere).
    MAY_BE_EMPTY = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "whole_outputs", False):
            cls.processAlgorithm = _with_whole_outputs(process)

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """A missing package is named (with how to install it) before anything runs; then the subclass's checks."""
        message = dependency_message(self.REQUIRES) or self.destination_message(parameters, context) \
            or self.empty_input_message(parameters, context)
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
        return True

    # -- the workspace, when asked: the result also goes there, with a record of the run ------------------
    WORKSPACE_OUTPUT = None  # the sink recorded in the workspace (e.g. "OUTPUT"); None: no WORKSPACE parameter

    def add_workspace_parameter(self):
        from qgis.core import QgsProcessingParameterFileDestination

        self.addParameter(QgsProcessingParameterFileDestination(
            "WORKSPACE", tr("Workspace GeoPackage (optional: the result also goes there, with a record of this run "
                            "in quartier_runs)"), tr("GeoPackage (*.gpkg)"), optional=True, createByDefault=False))

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802 - QGIS API
        """As QGIS's, but a file is written under a temporary name beside the target (renamed when the
        algorithm has finished, see the module's doc); remembers the destination of each sink (the
        workspace record reads it back)."""
        output, value = self._temporary_output(parameters, name, context, args, kwargs)
        if output is not None:
            parameters = dict(parameters)
            parameters[name] = value
        try:
            sink, destination = super().parameterAsSink(parameters, name, context, *args, **kwargs)
        except BaseException:
            if output is not None:
                atomic_outputs.discard(output.temporary)
            raise
        if output is not None:
            output.sink, output.written = sink, destination
            self.__dict__.setdefault("_outputs", []).append(output)
            destination = output.destination
        if not hasattr(self, "_destinations"):
            self._destinations = {}
        self._destinations[name] = destination
        return sink, destination

    def _temporary_output(self, parameters, name, context, args, kwargs):
        """(_Output, the parameter value naming its temporary file), or (None, None) for a destination that
        is no local file or appends with a field mapping."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping():
            return None, None
        target = file_target(destination_text(value, context))
        if target is None:
            return None, None
        path, layer = target
        folder = os.path.dirname(path)
        if atomic_outputs.folder_problem(path):
            raise QgsProcessingException(folder_message(folder))
        atomic_outputs.remove_leftovers(folder)
        try:
            temporary = atomic_outputs.temporary_name(path)
        except OSError as err:
            raise QgsProcessingException(tr("Cannot write into the folder {0}: {1}").format(
                folder, err.strerror or err)) from err
        output = _Output(name, path, layer, temporary)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            definition = QgsProcessingOutputLayerDefinition(value)
            options = dict(definition.createOptions or {})
        else:  # QGIS takes the create options from a definition, so the caller's go into it
            definition = QgsProcessingOutputLayerDefinition()
            options = dict(kwargs.get("createOptions", args[4] if len(args) > 4 else None) or {})
        definition.sink = QgsProperty.fromValue(temporary)
        # the layer keeps the target's name (a GeoPackage table, a GeoJSON's name), not the temporary one: as
        # QGIS names it (QFileInfo.baseName: up to the first dot); for a hidden file name, where that is empty,
        # a name OGR takes (".overlay-x1y2.gpkg" gives "overlay_x1y2")
        name = os.path.basename(path)
        options["layerName"] = layer or name.split(".")[0] or re.sub(
            r"\W+", "_", os.path.splitext(name)[0]).strip("_") or "layer"
        definition.createOptions = options
        return output, definition

    def complete_outputs(self, context, feedback):
        """Close the sinks made by this run and rename their files onto the targets; on a write error or a
        cancel nothing is renamed, the temporary files are removed and the algorithm fails."""
        outputs = self.__dict__.pop("_outputs", [])
        if not outputs:
            return
        done = set()
        try:
            for output in outputs:
                self._close(output)
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
            for output in outputs:
                self._commit(output)
                done.add(id(output))
        except BaseException:
            for output in outputs:
                if id(output) not in done:
                    atomic_outputs.discard(output.temporary)
            raise
        loads = context.layersToLoadOnCompletion()
        moved = [output for output in outputs if output.written in loads]
        if moved:
            for output in moved:
                loads[output.destination] = loads.pop(output.written)
            context.setLayersToLoadOnCompletion(loads)

    def discard_outputs(self):
        """The run failed: close the sinks and remove their temporary files (the targets stay as they were)."""
        for output in self.__dict__.pop("_outputs", []):
            try:
                self._close(output, check=False)
            finally:
                atomic_outputs.discard(output.temporary)

    @staticmethod
    def _close(output, check=True):
        from qgis.PyQt import sip

        sink, output.sink = output.sink, None
        if sink is None or sip.isdeleted(sink):
            return
        error = ""
        try:
            if check and hasattr(sink, "finalize"):  # QGIS >= 3.42: flushes, raises on a failed write
                sink.finalize()
            error = sink.lastError() if check else ""
        finally:
            sip.delete(sink)  # a file writer closes its file only when deleted
        if error:
            raise QgsProcessingException(tr("Writing {0} failed: {1}").format(output.target, error))

    @staticmethod
    def _commit(output):
        folder = os.path.dirname(output.target)
        if not atomic_outputs.written(output.temporary):
            raise QgsProcessingException(tr("{0} was not written (folder {1}).").format(output.target, folder))
        try:
            if output.layer and os.path.exists(output.target):
                atomic_outputs.copy_layer_into_geopackage(output.temporary, output.layer, output.target)
                atomic_outputs.discard(output.temporary)
            else:
                atomic_outputs.commit(output.temporary, output.target)
        except OSError as err:
            raise QgsProcessingException(tr("Writing {0} failed: {1}").format(
                output.target, getattr(err, "strerror", None) or err)) from err

    def destination_message(self, parameters, context):
        """A destination in a folder that is missing or not writable, named; else ""."""
        for definition in self.parameterDefinitions():
            kind = definition.type()
            if kind not in DESTINATION_TYPES:
                continue
            text = destination_text(parameters.get(definition.name()), context)
            if kind in ("sink", "vectorDestination"):
                target = file_target(text)
                path = target[0] if target else None
            else:
                path = text if text and text != TEMPORARY_OUTPUT else None
            folder = atomic_outputs.folder_problem(path) if path else None
            if folder:
                return folder_message(folder)
        return ""

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

    def check_values(self, parameters, context):
        """Subclasses refuse bad input here (instead of overriding checkParameterValues)."""
        return super().checkParameterValues(parameters, context)

    def name(self):
        return self.ALGORITHM_ID

    def group(self):
        return GROUPS[self.GROUP_ID]()

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP_ID

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
        from ..storage.project_state import stored_city

        crs = self.parameterAsCrs(parameters, name, context)
        project = context.project()
        if not crs.isValid():
            city = city or (stored_city(project) if project is not None else None)
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

    @staticmethod
    def project_city(context):
        """The city profile stored in the project, or None: its table defaults (no-data codes, decimal
        separator) apply where a parameter is left empty."""
        from ..storage.project_state import stored_city

        project = context.project()
        return stored_city(project) if project is not None else None

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()
