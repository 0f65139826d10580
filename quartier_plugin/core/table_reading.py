"""Reading statistics tables as statistics offices publish them.

CSV quirks handled: UTF-8, UTF-8 with BOM, UTF-16, Latin-1/cp1252 (detected, overridable); a binary file
(an Excel workbook, a database) is refused with the offset of its first binary byte; `,` `;` or tab
separators; a header line or none (detected, overridable, with column names given by the caller);
decimal comma or point, thousands separators and percent signs in either; no-data codes per import
(-9999, 999999, …). Each column is numeric or text: in a numeric column `#DIV/0!`, `.`, `-`, `x`,
`k.A.`, `NA`, a no-data code and empty cells are missing, and a cell that is not a number is named in
:attr:`StatisticsTable.bad_cells` and missing; in a text column only empty cells are missing.
Turning the file's bytes into text (encodings, binary files) is :mod:`.text_decoding`. Values are kept
as text; :meth:`StatisticsTable.number` turns them into floats.
"""

import csv
import io
import os
import re
from collections import Counter
from dataclasses import dataclass, field

from .text_decoding import (  # noqa: F401 - importable from here as before
    ENCODINGS,
    StatisticsImportError,
    binary_offset,
    check_text,
    decode,
    utf16_codec,
)

MISSING_TOKENS = frozenset({"", ".", "-", "–", "x", "X", "k.A.", "k. A.", "ka", "n.a.", "N/A", "NA", "NaN", "nan",
                            "#DIV/0!", "#NV", "#N/A", "#WERT!", "#VALUE!", "#ZAHL!", "#NUM!", "#BEZUG!", "#REF!",
                            "…", "...", "*", "/"})
NUMERIC_SHARE = 0.8  # a column is numeric when this share of its non-missing cells are numbers
_COMMA_DECIMAL = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")
_DOT_DECIMAL = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)\.\d+$")
_AMBIGUOUS_THOUSANDS = re.compile(r"^[+-]?\d{1,3}([.,]\d{3})+$")
_NUMBER = {  # thousands separator only in groups of three; optional exponent
    ",": re.compile(r"^[+-]?(?:(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$"),
    ".": re.compile(r"^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$"),
}
_WHOLE = re.compile(r"^[+-]?(\d+)(?:[.,](?:0{1,2}|0{4,}))?$")  # "-9999", "-9999,0": a whole number either way
_PLAIN = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_NO_SPACE = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, "'": None, "\u2212": "-"})
MISSING, NUMBER, BAD = "missing", "number", "bad"


class UndecidedDecimal(StatisticsImportError):
    """The cells do not tell whether ',' or '.' is the decimal separator: the caller must choose."""

    def __init__(self, column, cell):
        super().__init__(f"the decimal separator cannot be told from the cells: column {column} has {cell!r} and "
                         "no cell decides between ',' and '.'; choose the decimal separator")
        self.column, self.cell = column, cell


@dataclass(frozen=True)
class NoDataCodes:
    """No-data codes, compared as numbers ("-9999", "-9999,0" and -9999.0 are one code) or as text."""

    numbers: frozenset = frozenset()
    texts: frozenset = frozenset()

    def __bool__(self):
        return bool(self.numbers or self.texts)


def no_data_codes(codes=()):
    """:class:`NoDataCodes` from numbers and texts, or from one text with the codes separated by ``;``."""
    if isinstance(codes, NoDataCodes):
        return codes
    if isinstance(codes, str):
        codes = codes.split(";")
    numbers, texts = set(), set()
    for code in codes or ():
        if isinstance(code, (int, float)) and not isinstance(code, bool):
            numbers.add(float(code))
            continue
        text = str(code).strip() if code is not None else ""
        plain = text.translate(_NO_SPACE)
        if _PLAIN.match(plain):
            numbers.add(float(plain.replace(",", ".")))
        elif text:
            texts.add(text)
    return NoDataCodes(frozenset(numbers), frozenset(texts))


def classify_cell(value, decimal=".", no_data=NoDataCodes()):
    """(kind, number) of a cell: kind is MISSING (token, no-data code, empty), NUMBER or BAD."""
    if value is None:
        return MISSING, None
    if isinstance(value, bool):
        return BAD, None
    if isinstance(value, (int, float)):
        number = float(value)
        return (MISSING, None) if number != number or number in no_data.numbers else (NUMBER, number)
    if not isinstance(value, str):  # e.g. a QVariant or Decimal from a provider
        try:
            return classify_cell(float(value), decimal, no_data)
        except (TypeError, ValueError):
            value = str(value)
    stripped = value.strip()
    if stripped in MISSING_TOKENS or stripped in no_data.texts:
        return MISSING, None
    text = stripped.translate(_NO_SPACE)
    if no_data.numbers:
        whole = _WHOLE.match(text)
        if whole and float(whole.group(0).split(",")[0].split(".")[0]) in no_data.numbers:
            return MISSING, None
    if text.endswith("%"):
        text = text[:-1]
    if not _NUMBER[decimal].match(text):
        return BAD, None
    thousands = "." if decimal == "," else ","
    number = float(text.replace(thousands, "").replace(",", "."))
    return (MISSING, None) if number in no_data.numbers else (NUMBER, number)


def parse_number(value, decimal=".", no_data=()):
    """A float from "1.234,5" (decimal=",") or "1,234.5" (decimal="."), "35,5%" or a number; None for a
    missing cell, a no-data code or text that is not a number."""
    return classify_cell(value, decimal, no_data_codes(no_data))[1]


def column_numbers(cells, decimal=None, no_data=()):
    """Numbers of one column's cells (None where missing) and the bad cells as (index, value).

    ``decimal`` None: decided from the cells; when they cannot decide, ","."""
    codes = no_data_codes(no_data)
    if decimal is None:
        texts = [{"c": c} for c in cells if isinstance(c, str)]
        decimal = sniff_decimal(texts, ["c"]) or ","
    numbers, bad = [], []
    for i, cell in enumerate(cells):
        kind, number = classify_cell(cell, decimal, codes)
        numbers.append(number)
        if kind == BAD:
            bad.append((i, cell))
    return numbers, bad


@dataclass
class StatisticsTable:
    columns: list
    rows: list  # list of dicts column -> text (None = missing)
    encoding: str = "utf-8"
    delimiter: str = ","
    decimal: str = "."
    missing_counts: dict = field(default_factory=dict)  # column -> number of missing cells
    bad_cells: list = field(default_factory=list)       # (line in the file, column, value)
    numeric: list = None                                # the numeric columns (None: decide on asking)
    header: bool = True                                 # the first line was a header
    no_data: NoDataCodes = NoDataCodes()

    def number(self, value):
        """A float from a cell (None for missing or non-numeric text)."""
        return parse_number(value, self.decimal, self.no_data)

    def column_values(self, name):
        return [row.get(name) for row in self.rows]

    def numeric_columns(self):
        """Columns of numbers (missing and bad cells aside)."""
        if self.numeric is not None:
            return list(self.numeric)
        out = []
        for c in self.columns:
            values = [v for v in self.column_values(c) if v is not None]
            if values and all(self.number(v) is not None for v in values):
                out.append(c)
        return out


def sniff_delimiter(text):
    """The separator used in the first line: ';', tab or ','."""
    header = text.splitlines()[0] if text else ""
    counts = {d: header.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ","


def _bare(value):
    """A cell as the decimal sniffing sees it: no spaces, no percent sign."""
    text = value.strip().translate(_NO_SPACE)
    return text[:-1] if text.endswith("%") else text


def sniff_decimal(rows, columns):
    """',' or '.': the decimal convention of the majority of the cells that can be read only one way
    ("1,5", "35,5%", "1.234,5"); None when no cell decides or the votes tie. "1.374" does not vote."""
    votes = Counter()
    for row in rows:
        for c in columns:
            v = row.get(c)
            if not isinstance(v, str):
                continue
            v = _bare(v)
            if _AMBIGUOUS_THOUSANDS.match(v):
                continue
            if _COMMA_DECIMAL.match(v):
                votes[","] += 1
            elif _DOT_DECIMAL.match(v):
                votes["."] += 1
    if votes[","] != votes["."]:
        return "," if votes[","] > votes["."] else "."
    return None


def _undecided_example(rows, columns):
    """(column, cell) that needs the decimal convention to be read, or None."""
    for row in rows:
        for c in columns:
            v = row.get(c)
            if isinstance(v, str):
                bare = _bare(v)
                if _AMBIGUOUS_THOUSANDS.match(bare) or _COMMA_DECIMAL.match(bare) or _DOT_DECIMAL.match(bare):
                    return c, v
    return None


def _looks_numeric(value):
    return any(classify_cell(value, d)[0] == NUMBER for d in (",", "."))


def _year(value):
    bare = value.strip()
    return bare.isdigit() and 1800 <= int(bare) <= 2100


def first_line_is_header(first, rest):
    """Whether the first line names the columns. It is data when at least half of its non-empty cells
    are numbers, unless a column has a word on top of numbers ("id" over 1, 2, 3) or the numbers on top
    are years over non-years ("2011", "2017" over counts)."""
    filled = [(i, c.strip()) for i, c in enumerate(first) if c.strip()]
    numbers = [(i, c) for i, c in filled if _looks_numeric(c)]
    if not filled or 2 * len(numbers) < len(filled):
        return True
    for i, cell in filled:
        below = [r[i].strip() for r in rest if i < len(r) and r[i].strip() not in MISSING_TOKENS]
        if below and not _looks_numeric(cell) and cell not in MISSING_TOKENS and \
                sum(map(_looks_numeric, below)) >= NUMERIC_SHARE * len(below):
            return True
    if len(numbers) >= 2 and all(_year(c) for _i, c in numbers):
        below = [r[i] for r in rest for i, _c in numbers if i < len(r) and r[i].strip()]
        if below and not all(_year(c) for c in below):
            return True
    return False


def _read_source(source):
    if isinstance(source, (bytes, bytearray)):
        return bytes(source)
    try:
        with open(source, "rb") as handle:
            return handle.read()
    except OSError as err:
        raise StatisticsImportError(f"cannot read {source}: {err.strerror}") from err


def _column_names(header_cells, width, column_names):
    names = [h.strip() for h in header_cells] + [""] * (width - len(header_cells))
    given = [n.strip() for n in (column_names or ())]
    if len(given) > width:
        raise StatisticsImportError(f"{len(given)} column names are given but the table has {width} columns")
    for i, name in enumerate(given):
        if name:
            names[i] = name
    return [n or f"column_{i + 1}" for i, n in enumerate(names)]


def read_csv(source, encoding=None, delimiter=None, decimal=None, no_data=(), header=None, column_names=None,
             take=None, text_columns=()):
    """Read a CSV file (path or bytes) into a :class:`StatisticsTable`.

    ``no_data``: codes meaning "missing" (see :func:`no_data_codes`). ``header``: True (the first line
    names the columns), False (no header line) or None (detect, :func:`first_line_is_header`);
    columns without a name are called ``column_1``, ``column_2``, … unless ``column_names`` names them.
    ``take``: the columns the caller uses (None: all); a repeated column name is an error only there.
    ``text_columns``: columns kept as text whatever they hold (keys).
    """
    data = _read_source(source)
    check_text(data, os.path.basename(str(source)) if isinstance(source, (str, os.PathLike)) else "the data")
    text, used = decode(data, encoding)
    if not text.strip():
        raise StatisticsImportError("the file is empty")
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    records = []
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                records.append((reader.line_num, cells))
    except csv.Error as err:
        raise StatisticsImportError(f"line {reader.line_num} cannot be read as a table row: {err}") from err
    if not records:
        raise StatisticsImportError("the file is empty")
    if header is None:
        header = first_line_is_header(records[0][1], [cells for _n, cells in records[1:]])
    header_cells = records[0][1] if header else []
    data = records[1:] if header else records
    width = len(header_cells) if header else max(
        max(i + 1 for i, c in enumerate(cells) if c.strip()) for _n, cells in data)
    names = _column_names(header_cells, width, column_names)
    counts = Counter(names)
    repeated = [n for n, k in counts.items() if k > 1 and (take is None or n in take)]
    if repeated:
        raise StatisticsImportError(f"the header repeats the column(s) {', '.join(repeated)}")
    kept = [(i, n) for i, n in enumerate(names) if counts[n] == 1]
    rows, lines = [], []
    for line_no, cells in data:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            raise StatisticsImportError(
                f"line {line_no} has {len(cells)} cells but the header has {width} (separator {delimiter!r}?)")
        rows.append({n: (cells[i].strip() if i < len(cells) else "") for i, n in kept})
        lines.append(line_no)
    columns = [n for _i, n in kept]
    codes = no_data_codes(no_data)
    candidates = [c for c in columns if c not in text_columns]
    if decimal is None:
        decimal = sniff_decimal(rows, candidates)
        if decimal is None:
            example = _undecided_example(rows, candidates)
            if example is not None:
                raise UndecidedDecimal(*example)
            decimal = "," if delimiter == ";" else "."
    numeric, missing, bad_cells = [], Counter(), []
    for c in columns:
        kinds = [classify_cell(row[c], decimal, codes)[0] for row in rows] if c in candidates else []
        n_numbers, n_bad = kinds.count(NUMBER), kinds.count(BAD)
        is_numeric = n_numbers > 0 and n_numbers >= NUMERIC_SHARE * (n_numbers + n_bad)
        if is_numeric:
            numeric.append(c)
        for i, row in enumerate(rows):
            if is_numeric and kinds[i] != NUMBER:
                if kinds[i] == BAD:
                    bad_cells.append((lines[i], c, row[c]))
                else:
                    missing[c] += 1
                row[c] = None
            elif row[c] == "":
                missing[c] += 1
                row[c] = None
    bad_cells.sort()
    return StatisticsTable(columns, rows, used, delimiter, decimal, dict(missing), bad_cells, numeric,
                           bool(header), codes)
