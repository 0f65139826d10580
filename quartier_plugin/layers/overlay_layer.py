"""The renewal overlay's result in the workspace: one table, replaced in place on every run."""

from qgis.core import QgsProject

from ..definitions import GROUP_NEED
from .provenance import layer_input
from .result_layer import ROLE
from .workspace_layers import layer_table, new_run, publish

OVERLAY_TABLE = "overlay_need_renewal"
OVERLAY_ROLE = "overlay"
COPY_OF = "quartier/copy_of"


def publish_overlay(project, temporary, params):
    """Write the output layer of quartier:renewal_overlay (``temporary``) into the workspace; returns the
    project's layer for it (the same layer on every run)."""
    from ..translation import tr

    project = project or QgsProject.instance()
    fields, rows = layer_table(temporary)
    settings = {k: (v.name() if hasattr(v, "name") and callable(v.name) else v) for k, v in params.items()
                if k not in ("OUTPUT", "CANDIDATES")}
    inputs = [dict(layer_input(params[k]), role=k.lower()) for k in ("AREAS", "RENEWAL", "POPULATION")
              if params.get(k) is not None]
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NEED) or root.insertGroup(0, GROUP_NEED)
    return publish(project, OVERLAY_TABLE, tr("Social need and urban renewal"), tr(
        "Coverage of each area by the urban renewal priority areas (by area and by residents), the need level "
        "from the index classes, the bivariate class and the decision group."), fields, rows,
        new_run("renewal_overlay", settings, inputs), geometry_wkb_type=temporary.wkbType(), crs=temporary.crs(),
        group=group, properties={ROLE: OVERLAY_ROLE})


def find_copy(project, source_layer):
    """The styled copy of ``source_layer`` the overlay dialog made earlier, or None."""
    for layer in project.mapLayers().values():
        if layer.customProperty(COPY_OF) == source_layer.source():
            return layer
    return None
