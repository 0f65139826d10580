"""Field types across QGIS versions: QgsField takes QMetaType from 3.38 on (and only that on Qt 6)."""

from ..compat import field_type
from ..core.tables import INTEGER, REAL, STRING

FIELD_TYPE = {STRING: field_type("string"), INTEGER: field_type("integer"), REAL: field_type("real")}


def value_or_none(value):
    """An attribute value with QGIS's NULL (a null QVariant in PyQGIS 3) as None."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def string_field_type():
    return FIELD_TYPE[STRING]


def real_field_type():
    return FIELD_TYPE[REAL]


def integer_field_type():
    return FIELD_TYPE[INTEGER]


def float_values(values):
    """A float array as a list of Python floats with None for NaN (no per-value Python call)."""
    import numpy as np

    a = np.asarray(values, dtype=float)
    out = a.astype(object)
    out[np.isnan(a)] = None
    return out.tolist()


def int_values(values):
    """A float array of counts or ranks as Python ints, None for NaN and negative values."""
    import numpy as np

    a = np.asarray(values, dtype=float)
    bad = np.isnan(a) | (a < 0)
    out = np.where(bad, 0, a).astype(np.int64).astype(object)
    out[bad] = None
    return out.tolist()
