"""Finding numbers written the English way in German output: "3.09", "17.7 %", "0.3 km", "CR = 0.04".

A dot between digits is a dot decimal unless it is German thousands grouping (``20.716``, ``1.234.567``,
``1.234,5``) or part of a longer dotted run (a date ``01.12.2026``, a version ``3.22.16``). ``3.092`` reads as
German thousands and is not found: the ambiguity is inherent, the checks use numbers that have other digits.
"""

import re

# a run of digits and dots (with an optional decimal comma part) standing alone
_RUN = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)+)(,\d+)?(?![\w]|\.\d)")
_GERMAN_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def dot_decimals(text, allowed=()):
    """The numbers in ``text`` written with a decimal point (a German reader would misread them)."""
    found = []
    for match in _RUN.finditer(text):
        run = match.group(1)
        if run.count(".") >= 2 and not _GERMAN_THOUSANDS.fullmatch(run):
            continue  # a date or a version number
        if _GERMAN_THOUSANDS.fullmatch(run):
            continue
        if any(a in text[max(0, match.start() - 20):match.end() + 20] for a in allowed):
            continue
        found.append(run + (match.group(2) or ""))
    return found
