"""Result layers that live in the project's workspace (storage/workspace.py) instead of memory.

``publish`` writes a result table and gives the project's layer for it: the same layer (id, style, map
themes, position in the layer tree) when it exists, else a new one in the given group. The layer records
the run that made it (custom property and layer metadata), and the project records per table which run
it last saw, so a colleague's newer result in a shared workspace is a conflict, not silently replaced.
"""

import os

from qgis.core import QgsLayerMetadata, QgsProject, QgsVectorLayer, QgsWkbTypes

from .. import log
from ..compat import GEOMETRY_POINT, GEOMETRY_POLYGON
from ..core.tables import INTEGER, REAL, STRING
from ..storage import project_state
from ..storage.project_state import SEEN_KEY, WORKSPACE_KEY
from ..storage.workspace import Run, Workspace, WorkspaceError, WorkspaceSpec, default_gpkg_path
from ..translation import tr

TABLE = "quartier/table"
RUN_FIELD = "run_id"


class NoWorkspace(WorkspaceError):
    """The project has no workspace yet and none could be chosen (e.g. the project was never saved)."""


def workspace_spec(project=None, quiet=False):
    """The project's workspace: the stored one, else a GeoPackage beside the saved project file (said in the
    log unless ``quiet``, e.g. when only looked up in case an algorithm needs it)."""
    project = project or QgsProject.instance()
    data = project_state.read_json(WORKSPACE_KEY, None, project, unreadable=project_state.UNREADABLE)
    if data is project_state.UNREADABLE:
        raise WorkspaceError(tr("The project's workspace entry is not valid."))
    if data:
        try:
            spec = WorkspaceSpec.from_dict(data)
        except ValueError as err:
            raise WorkspaceError(tr("The project's workspace entry is not valid.")) from err
        if spec.kind == "gpkg" and spec.path:
            spec.path = project.readPath(spec.path)
        return spec
    if not project.fileName():
        raise NoWorkspace(tr("The project has not been saved yet: save it first, or choose where its results "
                             "go (a GeoPackage or a PostGIS schema)."))
    spec = WorkspaceSpec("gpkg", path=default_gpkg_path(project.fileName()))
    if not quiet:
        log.info(tr("The project names no workspace: its results go to {0} beside the project file.").format(
            spec.path))
    return spec


def set_workspace(spec, project=None):
    """Store ``spec`` in the project (a GeoPackage path relative to the project where it can be)."""
    project = project or QgsProject.instance()
    data = spec.to_dict()
    if spec.kind == "gpkg":
        data["path"] = project.writePath(os.path.abspath(spec.path))
    project_state.write_json(WORKSPACE_KEY, data, project)


def _seen(project):
    seen = project_state.read_json(SEEN_KEY, {}, project)
    return seen if isinstance(seen, dict) else {}


def _remember(project, table, run_id):
    seen = _seen(project)
    seen[table] = run_id
    project_state.write_json(SEEN_KEY, seen, project)


def field_kind(field):
    """core.tables kind of a QgsField."""
    if field.isNumeric():
        name = field.typeName().lower()
        return INTEGER if ("int" in name and "real" not in name) else REAL
    return STRING


def publish(project, table, title, abstract, fields, rows, run, geometry_wkb_type=None, crs=None, group=None,
            properties=None, force=False, layer=None, spec=None):
    """Write ``rows`` as ``table`` of the project's workspace and return the project's layer for it.

    ``fields``: [(name, kind)]; ``rows``: [(wkb or None, [values])]; ``geometry_wkb_type``: a QGIS wkb type
    or None for a table; ``properties``: custom properties to set on the layer (role, scenario …);
    ``layer``: an existing layer to take over (e.g. a memory layer of an older project), kept as it is;
    ``spec``: another workspace than the project's (e.g. a throw-away one for a headless pack).
    """
    project = project or QgsProject.instance()
    workspace = Workspace(spec or workspace_spec(project))
    layer = layer or find_layer(project, table)
    # What this project last saw of the table (a layer property would not do: switching a layer's named
    # styles restores the custom properties saved with the style).
    expected = _seen(project).get(table)
    # every row names the run that wrote it (an input's own run_id column, e.g. of a scenario layer that
    # went through the overlay, is replaced)
    keep = [i for i, (name, _kind) in enumerate(fields) if name.lower() != RUN_FIELD]
    fields = [fields[i] for i in keep] + [(RUN_FIELD, STRING)]
    rows = [(wkb, [values[i] for i in keep] + [run.run_id]) for wkb, values in rows]
    ogr_type = _ogr_geometry(geometry_wkb_type) if geometry_wkb_type is not None else None
    crs_wkt = crs.toWkt() if crs is not None and crs.isValid() else ""
    run_id = workspace.write_result(run, table, fields, rows, ogr_type, crs_wkt, title=title, expected=expected,
                                    force=force)
    source, provider = workspace.layer_source(table)
    if layer is None:
        layer = QgsVectorLayer(source, title, provider)
        if not layer.isValid():
            raise WorkspaceError(tr("The result {0} was written but cannot be opened: {1}").format(
                table, layer.error().summary()))
        project.addMapLayer(layer, False)
        if group is not None:
            group.addLayer(layer)
        else:
            project.layerTreeRoot().addLayer(layer)
    else:
        have = [f.name() for f in layer.fields() if f.name() != "fid"]
        if layer.source() != source or have != [name for name, _k in fields]:
            layer.setDataSource(source, layer.name(), provider)
        else:
            layer.dataProvider().reloadData()
        layer.updateExtents()
    for key, value in (properties or {}).items():
        layer.setCustomProperty(key, value)
    layer.setCustomProperty(TABLE, table)
    layer.setReadOnly(True)
    _describe(layer, table, title, abstract, run, workspace)
    _remember(project, table, run_id)
    layer.triggerRepaint()
    return layer


def _ogr_geometry(wkb_type):
    """The OGR multi type for a QGIS wkb type (rows are written as multi geometries: PostGIS checks)."""
    from osgeo import ogr

    kind = QgsWkbTypes.geometryType(wkb_type)
    return {GEOMETRY_POLYGON: ogr.wkbMultiPolygon, GEOMETRY_POINT: ogr.wkbMultiPoint}.get(kind, ogr.wkbUnknown)


def layer_table(layer):
    """(fields, rows) of a QGIS layer for :func:`publish` / Workspace.write_result (QGIS's fid left out)."""
    from ..storage.fields import value_or_none

    fields = [(f.name(), field_kind(f)) for f in layer.fields() if f.name() != "fid"]
    names = [name for name, _kind in fields]
    rows = [(multi_wkb(f.geometry()) if f.hasGeometry() else None, [value_or_none(f[n]) for n in names])
            for f in layer.getFeatures()]
    return fields, rows


def multi_wkb(geometry):
    """WKB of ``geometry`` as a multi geometry (None for an empty one)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    geometry = type(geometry)(geometry)
    geometry.convertToMultiType()
    return bytes(geometry.asWkb())


def _describe(layer, table, title, abstract, run, workspace):
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(table)
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setType("dataset")
    metadata.setHistory([tr("Run {0} ({1}) by {2}, started {3}; settings hash {4}; workspace {5}.").format(
        run.run_id[:8], run.step, run.user, run.started, run.settings_hash[:8], workspace.spec.label())])
    layer.setMetadata(metadata)


def layer_run_id(layer):
    """The run that wrote the layer's current content (its rows' run_id), or None."""
    index = layer.fields().lookupField(RUN_FIELD)
    if index < 0:
        return None
    for feature in layer.getFeatures():
        return feature[RUN_FIELD]
    return None


def seen_run(project, table):
    return _seen(project).get(table)


def find_layer(project, table):
    """The project's layer of workspace table ``table``, or None."""
    for layer in project.mapLayers().values():
        if layer.customProperty(TABLE) == table:
            return layer
    return None


def is_memory_layer(layer):
    return layer.providerType() == "memory"


def new_run(step, settings=None, inputs=None):
    return Run(step, settings or {}, inputs or [])
