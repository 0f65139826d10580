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
# Each change once: (change, legend label, fill colour); areas that cannot be compared get the not-scored symbol.
CHANGES = (
    (HIGHER_CLASS, N_("higher need class"), "#b2182b"),
    (LOWER_CLASS, N_("lower need class"), "#2166ac"),
    (MOVED, N_("same class, moved more than {0} ranks"), "#fdb863"),
    (UNCHANGED, N_("unchanged"), "#f0f0f0"),
    (NOT_COMPARABLE, N_("not scored"), None),
)
CHANGE_LABELS = {change: label for change, label, _colour in CHANGES}


def comparison_renderer(min_shift):
    categories = [QgsRendererCategory(change, fill(colour) if colour else not_scored_symbol(),
                                      tr(label).format(min_shift)) for change, label, colour in CHANGES]
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
