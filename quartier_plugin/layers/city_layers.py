"""Put a city's layers into the project as styled layer-tree groups.

Layers are opened read-only from their source and styled from ``resources/styles/*.qml``;
the sources are never edited.
"""

import os

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from .. import paths
from ..definitions import GROUP_HIERARCHY, GROUP_POPULATION, GROUP_RENEWAL
from ..translation import tr

# (group, layer name in the GeoPackage, title shown in the layer tree, style, visible)
DEMO_LAYOUT = (
    (GROUP_HIERARCHY, "stadtbezirke", "Stadtbezirke", "stadtbezirke", True),
    (GROUP_HIERARCHY, "stadtteile", "Stadtteile", "stadtteile", True),
    (GROUP_HIERARCHY, "steuerungsbereiche", "Steuerungsbereiche (Jugendhilfe)", "steuerungsbereiche", False),
    (GROUP_HIERARCHY, "rtk_regionen", "RTK-Regionen (Jugendhilfe)", "rtk_regionen", False),
    (GROUP_HIERARCHY, "planungsraeume", "Planungsräume (Jugendhilfe)", "planungsraeume", False),
    (GROUP_RENEWAL, "vorranggebiete", "Stadterneuerungs-Vorranggebiete 2025/2026", "vorranggebiete", True),
    (GROUP_POPULATION, "bevoelkerung_raster", "Einwohner je 100-m-Zelle", "bevoelkerung_raster", True),
    (None, "statistik_stadtteile", "Statistik Stadtteile", None, True),
)


class LayerLoadError(RuntimeError):
    """A layer could not be opened."""


def open_geopackage_layer(gpkg_path, layer_name, title):
    layer = QgsVectorLayer(f"{gpkg_path}|layername={layer_name}", title, "ogr")
    if not layer.isValid():
        raise LayerLoadError(tr("Could not open layer {0} in {1}.").format(layer_name, gpkg_path))
    layer.setReadOnly(True)
    return layer


def apply_style(layer, style_name):
    """Load ``resources/styles/<style_name>.qml`` into ``layer``; raises if it fails."""
    path = paths.style(style_name)
    if not os.path.exists(path):
        raise LayerLoadError(tr("Style file {0} is missing.").format(path))
    message, ok = layer.loadNamedStyle(path)
    if not ok:
        raise LayerLoadError(tr("Style {0} could not be applied: {1}").format(style_name, message))


def _group(root, name):
    group = root.findGroup(name)
    if group is None:
        group = root.addGroup(name)
    return group


def add_demo_city_layers(gpkg_path, project=None):
    """Add the demo city's layers, grouped and styled; returns {gpkg layer name: layer}."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    for name in (GROUP_HIERARCHY, GROUP_RENEWAL, GROUP_POPULATION):
        _group(root, name)
    layers = {}
    for group_name, layer_name, title, style, visible in DEMO_LAYOUT:
        layer = open_geopackage_layer(gpkg_path, layer_name, title)
        if style:
            apply_style(layer, style)
        project.addMapLayer(layer, False)
        parent = _group(root, group_name) if group_name else root
        node = parent.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        layers[layer_name] = layer
    for group in root.children():
        if isinstance(group, QgsLayerTreeGroup):
            group.setExpanded(group.name() != GROUP_POPULATION)
    return layers


def store_demo_hierarchy(layers, project=None):
    """Store the hierarchy definition of the demo city's layers (from :func:`add_demo_city_layers`)."""
    from ..core.hierarchy import (
        PLANUNGSRAUM,
        RTK_REGION,
        STADTBEZIRK,
        STADTTEIL,
        STEUERUNGSBEREICH,
        HierarchyDefinition,
        detect_mapping,
    )
    from ..storage.project_state import save_hierarchy

    hierarchy_layers = {lv: layers[name] for lv, name in (
        (STADTBEZIRK, "stadtbezirke"), (STADTTEIL, "stadtteile"), (STEUERUNGSBEREICH, "steuerungsbereiche"),
        (RTK_REGION, "rtk_regionen"), (PLANUNGSRAUM, "planungsraeume"))}
    definition = HierarchyDefinition(levels={
        lv: {"layer_id": layer.id(), "source": layer.source(), "provider": layer.providerType(),
             "mapping": detect_mapping([f.name() for f in layer.fields()], lv).to_dict()}
        for lv, layer in hierarchy_layers.items()})
    save_hierarchy(definition, project)
    return hierarchy_layers
