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


_DIGIT_RUN = re.compile(r"\d+")
_LEADING_NUMBER = re.compile(r"^\s*\d+(?:[\s._-]+|$)")


def key_number(value):
    """The one number in a key: "STGT01" -> 1, "01 Altstadt" -> 1, "011 St. Nikolai" -> 11, 7 -> 7.

    None when the key holds no number, or more than one ("A1-2").
    """
    k = normalise_key(value)
    if k is None:
        return None
    runs = _DIGIT_RUN.findall(k)
    if len(runs) != 1 or (k.startswith("-") and k[1:].isdigit()):
        return None
    return int(runs[0])


def key_name(value):
    """The name in a key, for matching by name: the leading number goes, "_" is a space, case and runs of
    spaces do not count. "04 Westliche Höhe" and "Westliche_Höhe" -> "westliche höhe"; None for a key that
    holds no letters (a number, an empty cell)."""
    if value is None or isinstance(value, (bool, int, float)):
        return None
    text = _LEADING_NUMBER.sub("", str(value).replace("_", " "))
    text = " ".join(text.split()).casefold()
    return text if any(ch.isalpha() for ch in text) else None
