"""A Processing result written into a workspace GeoPackage too, with its row in quartier_runs."""

from qgis.core import QgsProcessingException, QgsProcessingUtils

from ..layers.provenance import layer_input
from ..layers.workspace_layers import layer_table
from ..storage.workspace import Run, Workspace, WorkspaceError, WorkspaceSpec
from ..translation import tr


def record_output(algorithm, parameters, context, feedback):
    """Copy the output ``algorithm.WORKSPACE_OUTPUT`` into the workspace named by WORKSPACE (a GeoPackage);
    a script replaces the table (force): conflicts are a matter of people sharing a project."""
    from osgeo import ogr

    from ..compat import GEOMETRY_NULL

    path = algorithm.parameterAsFileOutput(parameters, "WORKSPACE", context)
    destination = getattr(algorithm, "_destinations", {}).get(algorithm.WORKSPACE_OUTPUT)
    layer = QgsProcessingUtils.mapLayerFromString(destination, context) if destination else None
    if layer is None:
        raise QgsProcessingException(tr("The result could not be read back for the workspace."))
    fields, rows = layer_table(layer)
    geometry = layer.geometryType() != GEOMETRY_NULL and layer.isSpatial()
    inputs = []
    for definition in algorithm.parameterDefinitions():
        if definition.type() in ("vector", "source") and parameters.get(definition.name()) not in (None, ""):
            found = algorithm.parameterAsVectorLayer(parameters, definition.name(), context)
            if found is not None:
                inputs.append(dict(layer_input(found), role=definition.name().lower()))
    settings = {k: str(v) for k, v in parameters.items() if k not in ("WORKSPACE", algorithm.WORKSPACE_OUTPUT)}
    run = Run(algorithm.id(), settings, inputs)
    table = algorithm.name()
    try:
        Workspace(WorkspaceSpec("gpkg", path=path)).write_result(
            run, table, fields, rows, ogr.wkbMultiPolygon if geometry else None,
            layer.crs().toWkt() if geometry else "", title=layer.name(), force=True)
    except WorkspaceError as err:
        raise QgsProcessingException(str(err)) from err
    feedback.pushInfo(tr("Written to the workspace {0} as {1} (run {2}).").format(path, table, run.run_id[:8]))
