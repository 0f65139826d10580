"""The layer-tree group "Gebietsgliederung": one styled layer per level of the city's hierarchy.

New layer objects are opened on the same sources as the user's layers (read-only), so styling the
group never changes the user's own layers or their data.
"""

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer, QgsVectorLayerSimpleLabeling

from ..core.hierarchy import LEVELS, PLANUNGSRAUM, RTK_REGION, STEUERUNGSBEREICH
from ..definitions import GROUP_HIERARCHY
from ..translation import tr
from .city_layers import LayerLoadError, apply_style

YOUTH_WELFARE = (STEUERUNGSBEREICH, RTK_REGION, PLANUNGSRAUM)


def set_label_field(layer, field_name):
    """Label ``layer`` by ``field_name`` keeping the style's label format; no name field, no labels."""
    labeling = layer.labeling()
    if labeling is None or not field_name:
        layer.setLabelsEnabled(False)
        return
    settings = labeling.settings()
    settings.fieldName = field_name
    settings.isExpression = False
    enabled = layer.labelsEnabled()
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(enabled)


def _shown(city):
    """Level ids switched on in the group: the branch down to the statistics level (Stuttgart: Bezirke and
    Stadtteile; the youth-welfare branch is there but off)."""
    if city is None:
        return {lv.id for lv in LEVELS if lv.id not in YOUTH_WELFARE}
    if not city.statistics_level:
        return set(city.level_ids)
    return set(city.path(city.statistics_level))


def build_hierarchy_group(levels, project=None, city=None):
    """(Re)build the group from ``levels``: {level id: (source, provider, LevelMapping)} of the city
    profile ``city`` (None: Stuttgart's levels).

    Returns {level id: the new layer}. An existing group of the same name is replaced.
    """
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    old = root.findGroup(GROUP_HIERARCHY)
    index = 0
    if old is not None:
        index = root.children().index(old)
        for layer_node in old.findLayers():
            project.removeMapLayer(layer_node.layerId())
        root.removeChildNode(old)
    group = QgsLayerTreeGroup(GROUP_HIERARCHY)
    root.insertChildNode(index, group)
    layers = {}
    shown = _shown(city)
    for level in (city.tree if city is not None else LEVELS):
        if level.id not in levels:
            continue
        source, provider, mapping = levels[level.id]
        layer = QgsVectorLayer(source, level.label_de, provider)
        if not layer.isValid():
            raise LayerLoadError(tr("Could not open the layer for {0}: {1}").format(level.label_de, source))
        layer.setReadOnly(True)
        apply_style(layer, level.style)
        set_label_field(layer, mapping.name_field)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(level.id in shown)
        layers[level.id] = layer
    return layers
