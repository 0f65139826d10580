"""Reading statistics tables as statistics offices publish them, and joining them to areas.

CSV quirks handled: UTF-8, UTF-8 with BOM, Latin-1/cp1252 (detected, overridable); `,` `;` or tab
separators; decimal comma and thousands separators; `#DIV/0!`, `.`, `-`, `x`, `k.A.`, `NA` and
empty cells meaning "missing". Values are kept as text; :meth:`StatisticsTable.number` turns them
into floats with the detected decimal convention. Keys are compared after normalising leading zeros
and type (see :mod:`.keys`).
"""

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field

from .keys import normalise_key

MISSING_TOKENS = frozenset({"", ".", "-", "–", "x", "X", "k.A.", "k. A.", "ka", "n.a.", "N/A", "NA", "NaN", "nan",
                            "#DIV/0!", "#NV", "#N/A", "#WERT!", "#VALUE!", "#ZAHL!", "#NUM!", "#BEZUG!", "#REF!",
                            "…", "...", "*", "/"})
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "latin-1")
_COMMA_DECIMAL = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")
_DOT_DECIMAL = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)\.\d+$")
_AMBIGUOUS_THOUSANDS = re.compile(r"^[+-]?\d{1,3}([.,]\d{3})+$")


class StatisticsImportError(ValueError):
    """The file cannot be read as a table; the message says why."""


@dataclass
class StatisticsTable:
    columns: list
    rows: list  # list of dicts column -> text (None = missing)
    encoding: str = "utf-8"
    delimiter: str = ","
    decimal: str = "."
    missing_counts: dict = field(default_factory=dict)  # column -> number of missing cells

    def number(self, value):
        """A float from a cell (None for missing or non-numeric text)."""
        return parse_number(value, self.decimal)

    def column_values(self, name):
        return [row.get(name) for row in self.rows]

    def numeric_columns(self):
        """Columns whose non-missing cells all parse as numbers."""
        out = []
        for c in self.columns:
            values = [v for v in self.column_values(c) if v is not None]
            if values and all(self.number(v) is not None for v in values):
                out.append(c)
        return out


def parse_number(value, decimal="."):
    """Parse "1.234,5" (decimal=",") or "1,234.5" (decimal=".") and plain numbers; None if impossible."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str):  # e.g. a QVariant or Decimal from a provider
        try:
            return float(value)
        except (TypeError, ValueError):
            value = str(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if text in MISSING_TOKENS:
        return None
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
    if decimal == ",":
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    try:
        number = float(text)
    except ValueError:
        return None
    return number


def decode(data, encoding=None):
    """Text and the encoding used: the given one, or the first of UTF-8 (with/without BOM), cp1252."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as err:
            raise StatisticsImportError(f"the file is not in {encoding}: {err}") from err
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text):
    """The separator used in the header line: ';', tab or ','."""
    header = text.splitlines()[0] if text else ""
    counts = {d: header.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ","


def sniff_decimal(rows, columns, delimiter):
    """',' or '.': which decimal convention the cells follow (majority of unambiguous cells)."""
    votes = Counter()
    for row in rows:
        for c in columns:
            v = row.get(c)
            if v is None:
                continue
            v = v.strip()
            if _AMBIGUOUS_THOUSANDS.match(v):
                continue
            if _COMMA_DECIMAL.match(v):
                votes[","] += 1
            elif _DOT_DECIMAL.match(v):
                votes["."] += 1
    if votes[","] != votes["."]:
        return "," if votes[","] > votes["."] else "."
    return "," if delimiter == ";" else "."


def read_csv(source, encoding=None, delimiter=None, decimal=None):
    """Read a CSV file (path or bytes) into a :class:`StatisticsTable`."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read()
        except OSError as err:
            raise StatisticsImportError(f"cannot read {source}: {err.strerror}") from err
    text, used = decode(data, encoding)
    if not text.strip():
        raise StatisticsImportError("the file is empty")
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise StatisticsImportError("the file has no header line") from None
    columns = [h.strip() for h in header]
    if len(set(columns)) != len(columns):
        dup = [c for c, n in Counter(columns).items() if n > 1]
        raise StatisticsImportError(f"the header repeats the column(s) {', '.join(dup)}")
    rows, missing = [], Counter()
    for line_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
            raise StatisticsImportError(
                f"line {line_no} has {len(cells)} cells but the header has {len(columns)} (separator {delimiter!r}?)")
        row = {}
        for i, c in enumerate(columns):
            value = cells[i].strip() if i < len(cells) else ""
            if value in MISSING_TOKENS:
                missing[c] += 1
                value = None
            row[c] = value
        rows.append(row)
    decimal = decimal or sniff_decimal(rows, columns, delimiter)
    return StatisticsTable(columns, rows, used, delimiter, decimal, dict(missing))


@dataclass
class JoinReport:
    matched: list = field(default_factory=list)          # normalised keys found on both sides
    only_in_table: list = field(default_factory=list)    # raw keys of table rows with no area
    only_in_areas: list = field(default_factory=list)    # raw keys of areas with no table row
    duplicates_in_table: list = field(default_factory=list)
    duplicates_in_areas: list = field(default_factory=list)
    missing_keys_in_table: int = 0
    respelled: list = field(default_factory=list)        # (table spelling, area spelling) pairs

    @property
    def ok(self):
        return not (self.only_in_table or self.only_in_areas or self.duplicates_in_table or self.duplicates_in_areas)


def join_report(table_keys, area_keys):
    """Compare the raw keys of a table with those of the areas."""
    report = JoinReport()
    table, areas = {}, {}
    for raw in table_keys:
        k = normalise_key(raw)
        if k is None:
            report.missing_keys_in_table += 1
        elif k in table:
            report.duplicates_in_table.append(raw)
        else:
            table[k] = raw
    for raw in area_keys:
        k = normalise_key(raw)
        if k is None:
            continue
        if k in areas:
            report.duplicates_in_areas.append(raw)
        else:
            areas[k] = raw
    for k, raw in table.items():
        if k in areas:
            report.matched.append(k)
            if str(raw).strip() != str(areas[k]).strip():
                report.respelled.append((raw, areas[k]))
        else:
            report.only_in_table.append(raw)
    report.only_in_areas = [raw for k, raw in areas.items() if k not in table]
    return report
