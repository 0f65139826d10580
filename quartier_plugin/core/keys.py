"""Area keys as statistics offices write them: "01", 1, "1", 1.0, " 101 " are one key.

Numeric keys are compared without leading zeros and without a ".0" tail; other keys are compared
stripped and upper-cased. The original spelling is kept for reports.
"""

import math
import re

_NUMERIC = re.compile(r"^[+-]?\d+(?:[.,]0+)?$")


_CACHE = {}


def normalise_key(value):
    """Canonical form of a key, or None for an empty/missing key."""
    if value is None:
        return None
    if type(value) is str:  # the common case, and the slow one: remember the answer
        if value.isdigit():  # plain digits: only the leading zeros go
            return value.lstrip("0") or "0"
        try:
            return _CACHE[value]
        except KeyError:
            if len(_CACHE) > 200_000:
                _CACHE.clear()
            result = _CACHE[value] = _normalise(value)
            return result
    return _normalise(value)


def _normalise(value):
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
        return repr(value)
    text = str(value).strip()
    if not text or text.upper() in ("NULL", "NONE", "NAN"):
        return None
    if _NUMERIC.match(text):
        digits = re.split(r"[.,]", text)[0]
        sign = "-" if digits.startswith("-") else ""
        digits = digits.lstrip("+-").lstrip("0") or "0"
        return sign + digits
    return text.upper()
