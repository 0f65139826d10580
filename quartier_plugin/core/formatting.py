"""Numbers as a reader of the language expects them: the one formatting helper of the plugin.

German: decimal comma, a dot between thousands, a narrow no-break space before % and units
("1.234,5", "17,7 %", "0,3 km"); English: "1,234.5", "17.7 %", "0.3 km". The digits are the same as
QLocale("de")/QLocale("en").toString(value, "f", digits) (a QGIS test compares them), but this module needs
no Qt, so core, the CSV and the sheets' texts use it too. A missing value (None, NaN) is an en dash.
"""

import math

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


def decimal_only(value, decimal=",", digits=4):
    """A machine-readable number for CSV cells: no thousands separator, the given decimal sign."""
    if is_missing(value):
        return ""
    text = f"{float(value):.{digits}f}"
    return text.replace(".", decimal) if decimal != "." else text
