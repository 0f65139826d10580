"""The register of decisions: per area and selection round, what the committee decided, when, and why.

A decision is never edited in place: a new decision for the same area and round supersedes the earlier one
(the register keeps both, :func:`current_status` reads the latest). A project area of social district
development runs about 8 to 10 years; a start and planned end outside that span give a warning, not an
error (a city may decide otherwise). A new selection round starts from the register, so an area whose
project is still running is marked on the candidate list instead of being proposed again.
"""

import datetime
import uuid
from dataclasses import asdict, dataclass

from .assessments import parse_date
from .text import N_, Message

STATUSES = {  # id -> (German, English), in the order of the process
    "candidate": ("Kandidat", "candidate"),
    "shortlisted": ("engere Wahl", "shortlisted"),
    "selected": ("ausgewählt", "selected"),
    "running": ("laufendes Projektgebiet", "running"),
    "evaluated": ("evaluiert", "evaluated"),
    "ended": ("abgeschlossen", "ended"),
    "not_selected": ("nicht ausgewählt", "not selected"),
}
ACTIVE = ("selected", "running", "evaluated")   # a project that has not ended
NEEDS_PERIOD = ("selected", "running", "evaluated", "ended")
TYPICAL_YEARS = (8, 10)


class DecisionError(ValueError):
    """A decision that cannot be recorded; the message names the field."""


@dataclass
class Decision:
    area_key: str
    round: str
    status: str
    date: str = ""            # date of the decision
    body: str = ""            # the deciding body, by default the city profile's committee
    reason: str = ""
    start: str = ""
    planned_end: str = ""
    pack_hash: str = ""       # settings hash of the meeting pack the decision was based on
    decision_id: str = ""
    recorded_by: str = ""
    recorded_at: str = ""

    def to_record(self):
        return asdict(self)

    @classmethod
    def from_record(cls, record):
        return cls(**{k: (record.get(k) or "") for k in cls.__dataclass_fields__})


def check(decision, where="decision"):
    """(decision, warnings): the decision with dates as ISO, or DecisionError."""
    d = decision
    if not str(d.area_key or "").strip():
        raise DecisionError(Message(N_("{where}: the area key is missing"), where=where))
    if not str(d.round or "").strip():
        raise DecisionError(Message(N_("{where}: the selection round is missing"), where=where))
    if d.status not in STATUSES:
        raise DecisionError(Message(N_("{where}: {status} is not a status; use one of {statuses}"), where=where,
                                    status=repr(d.status), statuses=", ".join(STATUSES)))
    d.date = parse_date(d.date, f"{where}.date")
    d.start = parse_date(d.start, f"{where}.start")
    d.planned_end = parse_date(d.planned_end, f"{where}.planned_end")
    warnings = []
    if d.status in NEEDS_PERIOD and not d.start:
        warnings.append(Message(N_("{where}: area {area_key} is {status} but has no start date"), where=where,
                                area_key=d.area_key, status=d.status))
    if d.start and d.planned_end:
        if d.planned_end <= d.start:
            raise DecisionError(Message(N_("{where}: the planned end {end} is not after the start {start}"),
                                        where=where, end=d.planned_end, start=d.start))
        years = (datetime.date.fromisoformat(d.planned_end) - datetime.date.fromisoformat(d.start)).days / 365.25
        low, high = TYPICAL_YEARS
        if not low - 0.05 <= years <= high + 0.05:
            warnings.append(Message(N_("{where}: area {area_key} runs {duration} years; projects usually run {low} to "
                                       "{high} years"), where=where, area_key=d.area_key, duration=f"{years:.1f}",
                                    low=low, high=high))
    if d.status in ("selected", "not_selected") and not str(d.reason or "").strip():
        warnings.append(Message(N_("{where}: area {area_key} is {status} without a reason in words"), where=where,
                                area_key=d.area_key, status=d.status))
    return d, warnings


def record(decision, recorded_by="", now=None):
    """A decision ready for the register: checked, with an id and a time stamp. Returns (decision, warnings)."""
    d, warnings = check(decision)
    d.decision_id = d.decision_id or uuid.uuid4().hex
    d.recorded_by = recorded_by
    d.recorded_at = (now or datetime.datetime.now(datetime.timezone.utc)).replace(microsecond=0).isoformat()
    d.date = d.date or datetime.date.today().isoformat()
    return d, warnings


def _order(d):
    """The order of the register: when a decision was recorded (the date of the decision is information, so a
    decision entered later, e.g. with the meeting's earlier date or to correct a wrong date, still counts)."""
    return d.recorded_at or ""


def current_status(register, round=None):
    """{area_key: latest Decision} (of ``round`` if given, else over all rounds): the one recorded last; of
    decisions recorded in the same second, the later in the register."""
    latest = {}
    for d in register:
        if round is not None and d.round != round:
            continue
        if d.area_key not in latest or _order(d) >= _order(latest[d.area_key]):
            latest[d.area_key] = d
    return latest


def running_projects(register, on=None):
    """{area_key: Decision} of the areas whose project has not ended on the date ``on`` (ISO; today)."""
    on = on or datetime.date.today().isoformat()
    out = {}
    for key, d in current_status(register).items():
        if d.status in ACTIVE and (not d.planned_end or d.planned_end >= on) and (not d.start or d.start <= on):
            out[key] = d
        elif d.status in ACTIVE and d.start and d.start > on:  # selected, starting later: still taken
            out[key] = d
    return out


def start_round(register, candidate_keys, round, on=None):
    """The first decisions of a new round: every candidate gets "candidate", an area with a running project
    gets "running" (carried over with its period) so the candidate list shows it as such."""
    running = running_projects(register, on)
    out = []
    for key in candidate_keys:
        if key in running:
            before = running[key]
            out.append(Decision(key, round, "running", start=before.start, planned_end=before.planned_end,
                                body=before.body, reason=f"project running since {before.start or '?'}",
                                pack_hash=before.pack_hash))
        else:
            out.append(Decision(key, round, "candidate"))
    return out


def status_label(status, language="de"):
    de, en = STATUSES[status]
    return de if language == "de" else en


REGISTER_HEADINGS = {  # column id -> (German, English)
    "area_key": ("Schlüssel", "key"), "round": ("Runde", "round"), "status": ("Status", "status"),
    "current": ("aktuell", "current"), "date": ("Datum", "date"), "body": ("Gremium", "body"),
    "reason": ("Begründung", "reason"), "start": ("Beginn", "start"), "planned_end": ("geplantes Ende", "planned end"),
    "pack_hash": ("Sitzungsunterlage (Einstellungen)", "meeting pack (settings)"),
    "recorded_at": ("erfasst am", "recorded at"),
}


def register_csv(register, language="de", style="excel_de"):
    """The register as CSV bytes: every decision in the order of the process, the current one of each area
    and round marked. Who recorded a decision stays out (the workspace keeps it)."""
    from .pack import ranking_csv

    pick = 0 if language == "de" else 1
    latest = {}
    for d in register:
        latest[(d.area_key, d.round)] = current_status([x for x in register if x.round == d.round])[d.area_key]
    rows = []
    for d in sorted(register, key=lambda d: (d.round, d.area_key, _order(d))):  # stable: register order kept
        row = d.to_record()
        row["status"] = status_label(d.status, language)
        row["current"] = ("ja" if language == "de" else "yes") if latest[(d.area_key, d.round)] is d else ""
        rows.append(row)
    return ranking_csv([(c, h[pick]) for c, h in REGISTER_HEADINGS.items()], rows, style)
