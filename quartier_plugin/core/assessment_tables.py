"""Assessments as tables: import from CSV (as collected on paper or by e-mail, German Excel style or plain)
and export, including the blank form an expert fills in without QGIS.

Headings may be German or English (``Schlüssel``/``key``, ``Gebiet``/``area``, ``Rolle``/``role`` …); keys
match with or without leading zeros, or by the area's name (core/key_matching.py). A row that cannot be
read is reported with its line and the reason; :func:`read_assessments` returns the good ones and the
problems, and the caller decides (the Processing algorithm records nothing while a row is bad, unless told
to skip bad rows).
"""

from .assessments import (
    CONFIDENCES,
    JUDGEMENTS,
    ROLES,
    Assessment,
    AssessmentError,
    check,
    current,
    parse_date,
    role_id,
    spelled,
    without_names,
)
from .key_matching import join_report
from .keys import normalise_key
from .pack import ranking_csv
from .table_reading import StatisticsImportError, read_csv

HEADINGS = {  # column id -> (German, English) heading of exported tables
    "key": ("Schlüssel", "key"), "area": ("Gebiet", "area"), "round": ("Runde", "round"), "role": ("Rolle", "role"),
    "author": ("Verfasst von", "author"), "date": ("Datum", "date"), "judgement": ("Einschätzung", "judgement"),
    "confidence": ("Sicherheit", "confidence"), "topics": ("Themen", "topics"), "text": ("Text", "text"),
    "version": ("Version", "version"), "rank": ("Rang", "rank"), "class": ("Klasse", "class"),
}
ALIASES = {  # column id -> headings a table may use (lower-case)
    "key": ("schlüssel", "schluessel", "key", "area_key", "gebietsschlüssel", "nr", "nummer"),
    "area": ("gebiet", "area", "name", "gebietsname", "stadtteil"),
    "round": ("runde", "auswahlrunde", "round"),
    "role": ("rolle", "role"),
    "author": ("verfasst von", "von", "author", "person", "stelle"),
    "date": ("datum", "date"),
    "judgement": ("einschätzung", "einschaetzung", "judgement", "judgment", "bedarf"),
    "confidence": ("sicherheit", "confidence"),
    "topics": ("themen", "topics", "thema"),
    "text": ("text", "begründung", "begruendung", "bemerkung", "kommentar", "comment"),
}


class AssessmentImportError(ValueError):
    """The table as a whole cannot be read (not a row: those are listed as problems)."""


def _columns(table):
    found = {}
    for column in table.columns:
        norm = column.strip().lower()
        for cid, names in ALIASES.items():
            if norm in names and cid not in found:
                found[cid] = column
    missing = [c for c in ("round", "role", "judgement") if c not in found]
    if "key" not in found and "area" not in found:
        missing.insert(0, "key")
    if missing:
        raise AssessmentImportError("the table has no column for " + ", ".join(missing) + " (headings such as "
                                    + "; ".join(f"{HEADINGS[m][0]}/{HEADINGS[m][1]}" for m in missing) + ")")
    return found


def read_assessments(source, area_keys, area_names=None, encoding=None, default_round=None):
    """(assessments, problems): the readable rows as new Assessment objects (not yet stamped) and a list of
    (line, message) for rows that cannot be recorded."""
    every_alias = [a for names in ALIASES.values() for a in names]
    text_columns = set(every_alias) | {a.title() for a in every_alias} | {a.capitalize() for a in every_alias}
    text_columns |= {h for pair in HEADINGS.values() for h in pair}
    try:
        table = read_csv(source, encoding=encoding, header=True, text_columns=text_columns)
    except StatisticsImportError as err:
        raise AssessmentImportError(str(err)) from err
    cols = _columns(table)
    keys_in_table = [row.get(cols["key"]) if "key" in cols else row.get(cols["area"]) for row in table.rows]
    report = join_report([k for k in keys_in_table if k], [str(k) for k in area_keys],
                         [str(n) for n in area_names] if area_names is not None else None)
    area_of = report.area_of
    raw_area = {normalise_key(k): str(k) for k in area_keys}
    good, problems = [], []
    for index, row in enumerate(table.rows):
        line = index + 2  # the header is line 1
        try:
            raw = keys_in_table[index]
            if not raw and "area" in cols and row.get(cols["area"]):
                raw = row.get(cols["area"])
            if not raw:
                raise AssessmentError("the area key is missing")
            norm = normalise_key(raw)
            if norm not in area_of and "area" in cols and row.get(cols["area"]):
                alt = join_report([row.get(cols["area"])], [str(k) for k in area_keys],
                                  [str(n) for n in area_names] if area_names is not None else None)
                norm = next(iter(alt.area_of.values()), None)
                key = raw_area.get(norm)
            else:
                key = raw_area.get(area_of.get(norm))
            if key is None:
                raise AssessmentError(f"the area {raw!r} does not exist")
            cells = {c: (row.get(column) or "").strip() for c, column in cols.items()}
            value = cells.get
            a = Assessment(
                area_key=key,
                round=value("round", "") or (default_round or ""),
                role=role_id(value("role", ""), "role"),
                judgement=spelled("judgement", value("judgement", ""), "judgement"),
                author=value("author", ""),
                date=parse_date(value("date", ""), "date"),
                confidence=spelled("confidence", value("confidence", ""), "confidence"),
                topics=[t.strip() for t in value("topics", "").replace(",", ";").split(";") if t.strip()],
                text=value("text", ""),
            )
            good.append(check(a, where="row"))
        except AssessmentError as err:
            problems.append((line, str(err).replace("row: ", "")))
    return good, problems


def export_columns(language="de", with_names=False):
    pick = 0 if language == "de" else 1
    ids = ["key", "area", "round", "role"] + (["author"] if with_names else []) + [
        "date", "judgement", "confidence", "topics", "text", "version"]
    return [(c, HEADINGS[c][pick]) for c in ids]


def assessments_csv(assessments, names=None, language="de", with_names=False, style="excel_de"):
    """The current assessments as CSV bytes; without names (roles only) unless ``with_names``."""
    names = names or {}
    pick = 0 if language == "de" else 1
    rows = []
    for a in current(assessments):
        a = a if with_names else without_names(a)
        rows.append({"key": a.area_key, "area": names.get(a.area_key, ""), "round": a.round,
                     "role": ROLES[a.role][pick], "author": a.author, "date": a.date,
                     "judgement": JUDGEMENTS[a.judgement][pick + 1], "confidence": CONFIDENCES[a.confidence][pick],
                     "topics": "; ".join(a.topics), "text": a.text, "version": a.version})
    return ranking_csv(export_columns(language, with_names), rows, style)


def expert_form_csv(areas, round, language="de", style="excel_de"):
    """The blank form for an expert without QGIS: one row per area (``areas``: dicts with key, name and
    optionally rank and class), the assessment columns empty."""
    pick = 0 if language == "de" else 1
    columns = [("key", HEADINGS["key"][pick]), ("area", HEADINGS["area"][pick]), ("rank", HEADINGS["rank"][pick]),
               ("class", HEADINGS["class"][pick]), ("round", HEADINGS["round"][pick]),
               ("role", HEADINGS["role"][pick]), ("author", HEADINGS["author"][pick]),
               ("date", HEADINGS["date"][pick]), ("judgement", HEADINGS["judgement"][pick]),
               ("confidence", HEADINGS["confidence"][pick]), ("topics", HEADINGS["topics"][pick]),
               ("text", HEADINGS["text"][pick])]
    rows = [{"key": a["key"], "area": a.get("name", ""), "rank": a.get("rank"), "class": a.get("class"),
             "round": round} for a in areas]
    return ranking_csv(columns, rows, style)
