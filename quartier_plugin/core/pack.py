"""The meeting pack's files besides the PDF: ranking CSV, settings JSON, method note and README.

Everything here is deterministic: the same inputs give the same bytes (sorted keys, fixed number
formats, no time stamps; the date a user chooses appears in the PDF and the README only).
Values of areas that are not scored because they are small or declared outliers never reach a row:
:func:`public_row` blanks them before anything is written.
"""

import csv
import hashlib
import io
import json
import math
import os

from . import formatting
from .disclosure import SUPPRESSED

CSV_STYLES = {
    # German Excel: UTF-8 with BOM (umlauts survive), semicolons, decimal comma
    "excel_de": {"encoding": "utf-8-sig", "delimiter": ";", "decimal": ","},
    "plain": {"encoding": "utf-8", "delimiter": ",", "decimal": "."},
}
PUBLIC_COLUMNS = ("key", "name", "scored", "not_scored_reason")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
RATING_SIGNS = {"+", "-"}  # the ratings ++ + - -- stay as they are


def normalisation_label(name):
    """The English label of a normalisation (to be translated by the caller)."""
    from .normalisations import NORMALISATIONS

    return NORMALISATIONS.label(name)


def is_withheld(row):
    """Whether the area of ``row`` is withheld (small, declared outlier, complementary suppression): no value
    of it may be printed or written."""
    return row.get("reason_code") in SUPPRESSED


def public_row(row, keep=()):
    """``row`` with every value blanked if the area is withheld (only key, name, reason and ``keep`` stay)."""
    if is_withheld(row):
        return {k: (v if k in PUBLIC_COLUMNS or k in keep else None) for k, v in row.items()}
    return row


def _cell(value, decimal, digits):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        text = f"{value:.{digits}f}"
        return text.replace(".", decimal) if decimal != "." else text
    text = str(value)
    if isinstance(value, str) and text[:1] in FORMULA_STARTS and not set(text) <= RATING_SIGNS:
        return "'" + text  # free text from outside (an expert's note) never runs as a spreadsheet formula
    return text


def ranking_csv(columns, rows, style="excel_de", digits=4):
    """The ranking table as bytes; ``columns`` are (key, heading) pairs, ``rows`` dicts."""
    spec = CSV_STYLES[style]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=spec["delimiter"], lineterminator="\r\n" if style == "excel_de" else "\n")
    writer.writerow([heading for _key, heading in columns])
    for row in rows:
        row = public_row(row)
        writer.writerow([_cell(row.get(key), spec["decimal"], digits) for key, _heading in columns])
    return buffer.getvalue().encode(spec["encoding"])


def settings_json(data):
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n").encode("utf-8")


def file_sha256(path, chunk=1 << 20):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def rows_sha256(rows):
    """Checksum of table content (e.g. a memory layer): rows as JSON, in the given order."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def render_text(template_name, language, context, templates_dir):
    """Render ``<template_name>_<language>.j2`` (falling back to English) with jinja2."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    # The templates are plain text (.j2 → .txt/.md): HTML escaping would turn "&" into "&amp;" there.
    # Any .html/.xml template added later is escaped.
    environment = Environment(loader=FileSystemLoader(templates_dir), undefined=StrictUndefined,
                              keep_trailing_newline=True,
                              autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"),
                                                           default_for_string=False, default=False))
    environment.filters["percent"] = lambda v, d=0: formatting.percent(None if v is None else 100 * v, language, d)
    environment.filters["number"] = lambda v, d=1: formatting.number(v, language, d)
    name = f"{template_name}_{language}.j2"
    if not os.path.exists(os.path.join(templates_dir, name)):
        name = f"{template_name}_en.j2"
    return environment.get_template(name).render(**context)
