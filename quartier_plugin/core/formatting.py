"""Numbers as a reader of the language expects them: the one formatting helper of the plugin.

German: decimal comma, a dot between thousands, a narrow no-break space before % and units
("1.234,5", "17,7 %", "0,3 km"); English: "1,234.5", "17.7 %", "0.3 km". The digits are the same as
QLocale("de")/QLocale("en").toString(value, "f", digits) (a QGIS test compares them), but this module needs
no Qt, so core, the CSV and the sheets' texts use it too. A missing value (None, NaN) is an en dash.
"""

import math
import re

NARROW_SPACE = "\u202f"  # narrow no-break space, as DIN 5008 wants between number and unit
MISSING = "–"
SEPARATORS = {"de": (",", "."), "en": (".", ",")}


def _language(language):
    return (language or "en")[:2].lower()


def separators(language):
    """(decimal separator, thousands separator) for ``language`` ("de", "en", "de_DE"…)."""
    return SEPARATORS.get(_language(language), SEPARATORS["en"])


def is_missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value, language="en", digits=1, grouping=True):
    """``value`` with ``digits`` decimals in the reader's language; "–" if missing."""
    if is_missing(value):
        return MISSING
    decimal, thousands = separators(language)
    text = f"{float(value):,.{digits}f}" if grouping else f"{float(value):.{digits}f}"
    if text in ("-0", "-0." + "0" * digits):  # -0.04 rounded is 0, not -0
        text = text[1:]
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands if grouping else "")


def integer(value, language="en"):
    return number(value, language, 0)


def percent(value, language="en", digits=1):
    """"17,7 %" (German) / "17.7 %" (English), with a narrow no-break space."""
    return MISSING if is_missing(value) else f"{number(value, language, digits)}{NARROW_SPACE}%"


def unit(value, symbol, language="en", digits=1):
    """A number with its unit: "0,3 km", "12 ha"."""
    return MISSING if is_missing(value) else f"{number(value, language, digits)}{NARROW_SPACE}{symbol}"


def short(value, language="en"):
    """The shortest exact writing of ``value`` (Python's ``g``: 300, 12.5, 0.125) with the language's decimal
    sign: "12,5" in German. For thresholds, breaks and weights, which are not rounded to a fixed number of digits."""
    if is_missing(value):
        return MISSING
    text = f"{float(value):g}"
    return text.replace(".", separators(language)[0])


def decimal_only(value, decimal=",", digits=4):
    """A machine-readable number for CSV cells: no thousands separator, the given decimal sign."""
    if is_missing(value):
        return ""
    text = f"{float(value):.{digits}f}"
    return text.replace(".", decimal) if decimal != "." else text


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def localised(value, language="en"):
    """A message parameter in the reader's language: a float with its decimals as written by Python
    (``0.04``, ``12.5``) or a string that is such a plain number ("0.04", produced in core, which does not
    know the reader) gets the language's decimal sign; anything else is returned as it is."""
    if isinstance(value, bool) or not isinstance(value, (str, float)):
        return value
    text = value if isinstance(value, str) else f"{value:g}"
    if not _PLAIN_NUMBER.fullmatch(text):
        return value
    decimal, _thousands = separators(language)
    return text.replace(".", decimal)


# parameters that name something: a key "1.10" or a year stays as it is, whatever it looks like
_NAMES = ("key", "parent", "other", "id", "name", "code", "year", "field", "column", "layer")


def localised_params(params, language="en"):
    """``params`` with every plain number written in ``language`` (see :func:`localised`), except those whose
    name says they name something (a key, a parent, an id, a year …)."""
    return {name: value if any(part in name.lower() for part in _NAMES) else localised(value, language)
            for name, value in params.items()}
