"""Statistics tables as offices publish them, joined to the areas.

Reading is in :mod:`.table_reading` (encodings, separators, decimal convention, headerless tables,
no-data codes, bad cells), matching keys by code or name in :mod:`.key_matching`. This module keeps
the old import names and adds what an import needs around them: output field names that do not clash,
and totals checked against the sum of their parts.
"""

import re
from dataclasses import dataclass

from .key_matching import JoinReport, join_report
from .table_reading import (
    ENCODINGS,
    MISSING_TOKENS,
    NoDataCodes,
    StatisticsImportError,
    StatisticsTable,
    UndecidedDecimal,
    column_numbers,
    decode,
    first_line_is_header,
    no_data_codes,
    parse_number,
    read_csv,
    sniff_decimal,
    sniff_delimiter,
)

__all__ = ["ENCODINGS", "MISSING_TOKENS", "JoinReport", "NoDataCodes", "StatisticsImportError", "StatisticsTable",
           "TotalMismatch", "UndecidedDecimal", "check_totals", "column_numbers", "decode", "first_line_is_header",
           "join_report", "no_data_codes", "parse_list", "parse_number", "parse_totals", "read_csv", "sniff_decimal",
           "sniff_delimiter", "unique_field_name"]

TOTAL_TOLERANCE = 0.5


def parse_list(text):
    """The items of a text separated by ``;`` (stripped, empty items dropped)."""
    return [item.strip() for item in (text or "").split(";") if item.strip()]


def parse_columns(text):
    """[(column, output name)] from "a; Anteil_in_%_2021=sgb2_anteil; b": a column may be renamed on import."""
    out = []
    for item in parse_list(text):
        source, _sep, target = item.partition("=")
        out.append((source.strip(), target.strip() or source.strip()))
    return out


def unique_field_name(name, taken, suffix="_stat"):
    """``name``, or ``name_stat``, ``name_stat2``, … : the first that is not in ``taken`` (case-insensitive)."""
    used = {t.casefold() for t in taken}
    if name.casefold() not in used:
        return name
    candidate, n = name + suffix, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{name}{suffix}{n}"
    return candidate


@dataclass
class TotalMismatch:
    key: object        # the row's key as written in the table
    total_column: str
    total: float
    parts_sum: float


def parse_totals(text):
    """[(total column, [part columns])] from "gesamt = a + b + c; other = d + e"."""
    out = []
    for item in parse_list(text):
        total, sep, parts = item.partition("=")
        names = [p.strip() for p in re.split(r"\+", parts)] if sep else []
        if not sep or not total.strip() or not names or not all(names):
            raise StatisticsImportError(f"{item!r} is not of the form total = part + part + …")
        out.append((total.strip(), names))
    return out


def check_totals(table, totals, key, tolerance=TOTAL_TOLERANCE):
    """Rows of ``table`` where a total and the sum of its parts differ by more than ``tolerance``.

    ``totals`` as from :func:`parse_totals`; rows with a missing total or part are not checked.
    """
    for total, parts in totals:
        for column in [total] + parts:
            if column not in table.columns:
                raise StatisticsImportError(f"the totals name the column {column}, which the table does not have")
    found = []
    for row in table.rows:
        for total, parts in totals:
            value = table.number(row.get(total))
            values = [table.number(row.get(p)) for p in parts]
            if value is None or any(v is None for v in values):
                continue
            if abs(value - sum(values)) > tolerance:
                found.append(TotalMismatch(row.get(key), total, value, sum(values)))
    return found
