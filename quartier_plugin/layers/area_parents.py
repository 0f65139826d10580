"""The parent of each area (its Stadtbezirk, Bezirksregion, …), for complementary suppression.

Read from the areas layer by the city profile's field layouts (a parent field, or the first N
characters of the key); an area whose parent is unknown belongs to the city as a whole, because the
city total is published too.
"""

from qgis.core import QgsFeatureRequest

from ..compat import REQUEST_NO_GEOMETRY
from ..core.hierarchy import LevelMapping
from ..core.keys import normalise_key
from ..storage.fields import value_or_none

CITY = "__city__"


def area_parents(layer, key_field, keys, city, parent_field=None, parent_prefix=None):
    """[parent key per key in ``keys``] from ``layer``; the city as the parent where none is known."""
    from .unit_reader import field_names, first_row

    names = field_names(layer) if layer is not None else []
    if layer is not None and not parent_field and not parent_prefix and city is not None:
        mapping = city.detect_mapping(names, None, first_row(layer))
        if mapping is not None and mapping.key_field.lower() == (key_field or "").lower():
            parent_field, parent_prefix = mapping.parent_field, mapping.parent_prefix
    if parent_prefix:
        mapping = LevelMapping("", key_field, parent_prefix=parent_prefix)
        return [mapping.parent_key(k) or CITY for k in keys]
    if not parent_field or parent_field not in names or key_field not in names:
        return [CITY] * len(keys)
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY).setSubsetOfAttributes([key_field, parent_field],
                                                                                       layer.fields())
    parent_of = {}
    for feature in layer.getFeatures(request):
        parent = value_or_none(feature[parent_field])
        parent_of.setdefault(normalise_key(value_or_none(feature[key_field])), parent)
    return [parent_of.get(normalise_key(k)) or CITY for k in keys]
