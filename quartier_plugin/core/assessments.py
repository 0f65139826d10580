"""Expert assessments per area and selection round: the qualitative half of the area selection.

Stuttgart's selection instrument rests on numbers *and* on the assessment of the Stadtbezirk experts, the
planners and experts from the quarters. An assessment says, for one area and one round, whether the need is
lower than the numbers show, as the numbers say, or higher, with a confidence, the topics it concerns and a
free text. Assessments are never overwritten: an edit is a new version of the same assessment (same
``assessment_id``, ``version`` + 1); :func:`current` gives the latest version of each, :func:`history` all.

Pure Python: the workspace stores the records (storage/selection_store.py), the GUI and Processing read and
write them through this module.
"""

import datetime
import uuid
from dataclasses import asdict, dataclass, field

ROLES = {  # id -> (German, English)
    "bezirk_expert": ("Bezirksexpertin/-experte", "Bezirk expert"),
    "planning_office": ("Stadtplanungsamt", "Planning office"),
    "youth_office": ("Jugendamt", "Youth office"),
    "social_office": ("Sozialamt", "Social office"),
    "health_office": ("Gesundheitsamt", "Health office"),
    "quarter_expert": ("Expertin/Experte aus dem Quartier", "Quarter expert"),
}
JUDGEMENTS = {  # id -> (value, German, English)
    "lower": (-1, "Bedarf geringer als die Zahlen zeigen", "need lower than the numbers show"),
    "as_numbers": (0, "Bedarf wie die Zahlen zeigen", "need as the numbers show"),
    "higher": (1, "Bedarf höher als die Zahlen zeigen", "need higher than the numbers show"),
}
CONFIDENCES = {"low": ("gering", "low"), "medium": ("mittel", "medium"), "high": ("hoch", "high")}
FREE_TOPICS = ("Lärm", "Wohnumfeld", "Engagement", "Nahversorgung", "Sicherheit", "Treffpunkte", "Verkehr")

# what a German or English table may write for the fixed values (lower-case, without dots)
_SPELLINGS = {
    # (a lone "-" or "+" is not read: on German forms "-" often means "no entry")
    "judgement": {"lower": ("lower", "geringer", "niedriger", "weniger", "-1", "−1"),
                  "as_numbers": ("as_numbers", "as the numbers", "wie die zahlen", "gleich", "passt", "0"),
                  "higher": ("higher", "höher", "hoeher", "mehr", "1", "+1")},
    "confidence": {"low": ("low", "gering", "niedrig", "1"), "medium": ("medium", "mittel", "2", ""),
                   "high": ("high", "hoch", "3")},
}


class AssessmentError(ValueError):
    """An assessment that cannot be recorded; the message names the field (and the CSV line)."""


@dataclass
class Assessment:
    area_key: str
    round: str
    role: str
    judgement: str
    author: str = ""              # a person's name or an office; kept out of packs by default
    date: str = ""                # ISO date of the assessment (not of recording)
    confidence: str = "medium"
    topics: list = field(default_factory=list)
    text: str = ""
    assessment_id: str = ""
    version: int = 1
    recorded_by: str = ""
    recorded_at: str = ""

    @property
    def value(self):
        return JUDGEMENTS[self.judgement][0]

    def to_record(self):
        record = asdict(self)
        record["topics"] = "; ".join(self.topics)
        return record

    @classmethod
    def from_record(cls, record):
        data = {k: record.get(k) for k in cls.__dataclass_fields__ if k in record}
        topics = data.get("topics") or ""
        data["topics"] = [t.strip() for t in topics.split(";") if t.strip()] if isinstance(topics, str) else topics
        data["version"] = int(data.get("version") or 1)
        for key in ("author", "date", "text", "recorded_by", "recorded_at", "assessment_id"):
            data[key] = data.get(key) or ""
        return cls(**data)


def _today():
    return datetime.date.today().isoformat()


def _now():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def parse_date(text, where="date"):
    """ISO (2026-11-30) or German (30.11.2026, 30.11.26) dates; empty gives ""."""
    text = (text or "").strip()
    if not text:
        return ""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            pass
    raise AssessmentError(f"{where}: {text!r} is not a date (e.g. 30.11.2026)")


def spelled(kind, text, where):
    """The id of a fixed value (judgement, confidence) from how a table writes it."""
    norm = (text or "").strip().lower().replace(".", "")
    labels = JUDGEMENTS if kind == "judgement" else CONFIDENCES
    for value, spellings in _SPELLINGS[kind].items():
        if norm in spellings or norm in (label.lower() for label in labels[value] if isinstance(label, str)):
            return value
    allowed = ", ".join(v for v in _SPELLINGS[kind])
    raise AssessmentError(f"{where}: {text!r} is not a {kind}; use one of {allowed}")


def role_id(text, where="role"):
    """The role of a cell: its id or label exactly, else a part of exactly one role's label ("Jugendamt")."""
    norm = (text or "").strip().lower()
    for rid, (de, en) in ROLES.items():
        if norm in (rid, de.lower(), en.lower()):
            return rid
    partial = [rid for rid, (de, en) in ROLES.items() if norm and (norm in de.lower() or norm in en.lower())]
    if len(partial) == 1:
        return partial[0]
    raise AssessmentError(f"{where}: {text!r} is not a role; use one of {', '.join(ROLES)}")


def check(assessment, known_keys=None, where="assessment"):
    """``assessment`` if it can be recorded, else AssessmentError naming the field."""
    a = assessment
    if not str(a.area_key or "").strip():
        raise AssessmentError(f"{where}: the area key is missing")
    if known_keys is not None and a.area_key not in known_keys:
        raise AssessmentError(f"{where}: the area {a.area_key} does not exist")
    if not str(a.round or "").strip():
        raise AssessmentError(f"{where}: the selection round is missing")
    if a.role not in ROLES:
        raise AssessmentError(f"{where}: {a.role!r} is not a role; use one of {', '.join(ROLES)}")
    if a.judgement not in JUDGEMENTS:
        raise AssessmentError(f"{where}: {a.judgement!r} is not a judgement; use one of {', '.join(JUDGEMENTS)}")
    if a.confidence not in CONFIDENCES:
        raise AssessmentError(f"{where}: {a.confidence!r} is not a confidence; use one of {', '.join(CONFIDENCES)}")
    return a


def new(assessment, recorded_by=""):
    """A first version: a fresh id, version 1, stamped."""
    a = check(assessment)
    a.assessment_id = a.assessment_id or uuid.uuid4().hex
    a.version = 1
    a.recorded_by, a.recorded_at = recorded_by, _now()
    a.date = a.date or _today()
    return a


def edited(previous, changes, recorded_by=""):
    """The next version of ``previous`` with ``changes`` (a dict of fields); ``previous`` stays as it is."""
    data = asdict(previous)
    data.update(changes)
    data.update(assessment_id=previous.assessment_id, version=previous.version + 1, recorded_by=recorded_by,
                recorded_at=_now())
    return check(Assessment(**data))


def current(assessments):
    """The latest version of every assessment, in the order of their first versions."""
    latest, order = {}, []
    for a in assessments:
        if a.assessment_id not in latest:
            order.append(a.assessment_id)
        if a.assessment_id not in latest or a.version > latest[a.assessment_id].version:
            latest[a.assessment_id] = a
    return [latest[i] for i in order]


def history(assessments, assessment_id):
    return sorted((a for a in assessments if a.assessment_id == assessment_id), key=lambda a: a.version)


def without_names(assessment):
    """A copy for print and export without names: the author becomes the role's label."""
    data = asdict(assessment)
    data["author"] = ""
    data["recorded_by"] = ""
    return Assessment(**data)
