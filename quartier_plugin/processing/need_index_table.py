"""The need index as a table: its fields and its rows (suppressed areas carry no values).

The rows are built column by column in numpy and handed out in blocks (:func:`result_row_blocks`): one
``tolist()`` per block turns the numbers into Python values in C, instead of one Python call per cell, and
a block at a time keeps the memory of a million areas small. ``tests/qgis/test_need_index_fast.py`` holds
the straightforward row-by-row version and compares the two on random data.
"""

from qgis.core import QgsField, QgsFields

from ..storage.fields import integer_field_type, real_field_type, string_field_type
from ..translation import tr

BLOCK_ROWS = 10_000


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


def _floats(values):
    """Block maker of a float column: Python floats, None for NaN."""
    import numpy as np  # on first use: the provider loads without numpy

    a = np.asarray(values, dtype=float)

    def block(start, stop):
        part = a[start:stop]
        out = part.astype(object)
        out[np.isnan(part)] = None
        return out
    return block


def _ints(values):
    """Block maker of a column of counts or ranks: Python ints, None for NaN and negative values."""
    import numpy as np  # on first use: the provider loads without numpy

    a = np.asarray(values, dtype=float)

    def block(start, stop):
        part = a[start:stop]
        bad = np.isnan(part) | (part < 0)
        out = np.where(bad, 0, part).astype(np.int64).astype(object)
        out[bad] = None
        return out
    return block


def _objects(values):
    """Block maker of a column of texts (or None) as they are."""
    import numpy as np  # on first use: the provider loads without numpy

    a = np.empty(len(values), dtype=object)
    a[:] = list(values)
    return lambda start, stop: a[start:stop]


def _columns(preset, result, names=None, decimals=None):
    """One block maker per output field, in the order of :func:`result_fields`."""
    import numpy as np  # on first use: the provider loads without numpy

    from ..core.disclosure import round_shares
    from ..core.need_index import REASONS

    n = len(result.keys)
    columns = [_objects([str(k) for k in result.keys])]
    if names is not None:
        columns.append(_objects([None if v is None else str(v) for v in names]))
    for node in preset.nodes:
        info = result.nodes[node.id]
        columns += [_floats(info["value"]), _ints(info["rank"])]
        if node.classification:
            columns.append(_objects(info["class"]))
    if result.matrix:
        columns += [_ints(result.matrix["group"]), _objects(result.matrix["label"])]
    for ind in preset.indicators:
        info = result.indicators[ind.id]
        values = np.asarray(info["value"], dtype=float)
        if decimals is not None:
            values = round_shares(values, decimals)
        score = info["score"]
        columns += [_floats(values), _floats(score) if score is not None else _objects([None] * n),
                    _objects(info["rating"])]
    texts = {r: tr(REASONS[r]) for r in set(result.reason) if r}
    columns += [_ints(np.asarray(result.scored, dtype=float)), _objects([texts.get(r) for r in result.reason])]
    return columns


def result_row_blocks(preset, result, names=None, decimals=None, size=BLOCK_ROWS):
    """The attribute lists in the order of :func:`result_fields`, in blocks of ``size`` rows (lists of lists;
    suppressed areas carry no values; indicator values rounded to ``decimals``, the city's precision for
    published shares)."""
    import numpy as np

    columns = _columns(preset, result, names, decimals)
    n = len(result.keys)
    for start in range(0, n, size):
        stop = min(n, start + size)
        block = np.empty((stop - start, len(columns)), dtype=object)
        for j, column in enumerate(columns):
            block[:, j] = column(start, stop)
        yield block.tolist()


def result_rows(preset, result, names=None, decimals=None):
    """All attribute lists in the order of :func:`result_fields` (see :func:`result_row_blocks`)."""
    return [row for block in result_row_blocks(preset, result, names, decimals) for row in block]
