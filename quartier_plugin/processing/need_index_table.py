"""The need index as a table: its fields and its rows (suppressed areas carry no values)."""

from qgis.core import QgsField, QgsFields

from ..storage.fields import float_values as _floats
from ..storage.fields import int_values as _ints
from ..storage.fields import integer_field_type, real_field_type, string_field_type
from ..translation import tr


def result_fields(preset, result, key_name, name_field=None):
    """Output fields in order: key, name (if given), per index value/rank/class, matrix, per indicator, flags."""
    spec = [(key_name, string_field_type())] + ([(name_field, string_field_type())] if name_field else [])
    for node in preset.nodes:
        spec += [(node.id, real_field_type()), (f"{node.id}_rank", integer_field_type())]
        if node.classification:
            spec.append((f"{node.id}_class", string_field_type()))
    if result.matrix:
        spec += [(f"{result.matrix['id']}_group", integer_field_type()), (result.matrix["id"], string_field_type())]
    for ind in preset.indicators:
        spec += [(f"{ind.id}_value", real_field_type()), (f"{ind.id}_norm", real_field_type()),
                 (f"{ind.id}_rating", string_field_type())]
    spec += [("scored", integer_field_type()), ("not_scored_reason", string_field_type())]
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def result_rows(preset, result, names=None, decimals=None):
    """Attribute lists in the order of :func:`result_fields` (suppressed areas carry no values; indicator values
    rounded to ``decimals``, the city's precision for published shares)."""
    from ..core.disclosure import round_share
    from ..core.need_index import REASONS

    n = len(result.keys)
    columns = [[str(k) for k in result.keys]]
    if names is not None:
        columns.append([None if v is None else str(v) for v in names])
    for node in preset.nodes:
        info = result.nodes[node.id]
        columns += [_floats(info["value"]), _ints(info["rank"])]
        if node.classification:
            columns.append(list(info["class"]))
    if result.matrix:
        columns += [_ints(result.matrix["group"]), list(result.matrix["label"])]
    for ind in preset.indicators:
        info = result.indicators[ind.id]
        score = info["score"]
        values = _floats(info["value"])
        if decimals is not None:
            values = [round_share(v, decimals) for v in values]
        columns += [values, _floats(score) if score is not None else [None] * n,
                    list(info["rating"])]
    columns += [[int(s) for s in result.scored], [tr(REASONS[r]) if r else None for r in result.reason]]
    return list(zip(*columns))
