"""The comparison of two scenarios on the map: areas that change class or move more than n ranks."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsField,
    QgsProject,
    QgsRendererCategory,
)

from ..core.scenario_compare import HIGHER_CLASS, LOWER_CLASS, MOVED, NOT_COMPARABLE, UNCHANGED
from ..core.text import N_
from ..storage.fields import integer_field_type, string_field_type
from ..translation import tr
from .need_renderers import fill, not_scored_symbol
from .result_layer import ROLE, memory_area_layer
from .scenario_layers import layers_with_role, need_group

COMPARISON = "comparison"
CHANGE_LABELS = {
    HIGHER_CLASS: N_("higher need class"),
    LOWER_CLASS: N_("lower need class"),
    MOVED: N_("same class, moved more than {0} ranks"),
    UNCHANGED: N_("unchanged"),
    NOT_COMPARABLE: N_("not scored"),
}
CHANGE_COLOURS = {HIGHER_CLASS: "#b2182b", LOWER_CLASS: "#2166ac", MOVED: "#fdb863", UNCHANGED: "#f0f0f0"}


def comparison_renderer(min_shift):
    categories = []
    for change in (HIGHER_CLASS, LOWER_CLASS, MOVED, UNCHANGED):
        categories.append(QgsRendererCategory(change, fill(CHANGE_COLOURS[change]),
                                              tr(CHANGE_LABELS[change]).format(min_shift)))
    categories.append(QgsRendererCategory(NOT_COMPARABLE, not_scored_symbol(), tr(CHANGE_LABELS[NOT_COMPARABLE])))
    return QgsCategorizedSymbolRenderer("change", categories)


def show_comparison(session, rows, name_a, name_b, min_shift, project=None):
    """A layer (replacing the previous comparison) with one feature per area and its change."""
    project = project or QgsProject.instance()
    for old in layers_with_role(project, COMPARISON):
        project.removeMapLayer(old.id())
    spec = [("key", string_field_type()), ("name", string_field_type()), ("rank_a", integer_field_type()),
            ("rank_b", integer_field_type()), ("shift", integer_field_type()), ("class_a", string_field_type()),
            ("class_b", string_field_type()), ("change", string_field_type())]
    layer = memory_area_layer(session, tr("Comparison: {0} → {1}").format(name_a, name_b),
                              [QgsField(n, t) for n, t in spec])
    by_key = {str(r["key"]): r for r in rows}
    idx = {n: layer.fields().lookupField(n) for n, _t in spec}
    changes = {}
    for feature in layer.getFeatures():
        row = by_key.get(feature["key"])
        if row is None:
            continue
        changes[feature.id()] = {idx[n]: row[n] for n in ("rank_a", "rank_b", "shift", "class_a", "class_b", "change")}
    layer.dataProvider().changeAttributeValues(changes)
    layer.setRenderer(comparison_renderer(min_shift))
    layer.setCustomProperty(ROLE, COMPARISON)
    layer.setReadOnly(True)
    project.addMapLayer(layer, False)
    need_group(project).insertLayer(0, layer)
    return layer
