"""Numbers and voices side by side: the combined view of a selection round.

One row per area: rank and class from the need index with its robustness interval, coverage by the
renewal areas, the assessments (count, direction, agreement) and the register's current status. Where the
assessments disagree with the numbers, the row is flagged for discussion. Nothing is re-ranked: the rank
stays the index's, and the final list is a decision by people that the register records.

Direction is the plain mean of the current assessments' values (lower -1, as the numbers 0, higher +1);
confidence is shown, not used as a weight, so that everyone can recompute the figure by hand. Agreement is
the share of assessments that give the most frequent judgement.
"""

from collections import Counter

from .assessments import JUDGEMENTS, current
from .decisions import current_status, running_projects

FLAG_HIGHER = "voices_higher"    # the numbers do not show high need, the assessments say higher
FLAG_LOWER = "voices_lower"      # the numbers show high need, the assessments say lower
FLAG_SPLIT = "voices_split"      # the assessments contradict each other
FLAGS = {
    FLAG_HIGHER: ("Einschätzungen sehen höheren Bedarf als die Zahlen", "assessments see more need than the numbers"),
    FLAG_LOWER: ("Einschätzungen sehen geringeren Bedarf als die Zahlen", "assessments see less need than the numbers"),
    FLAG_SPLIT: ("Einschätzungen widersprechen sich", "assessments contradict each other"),
}
LEAN = 1 / 3  # a mean judgement beyond ±1/3 leans to one side


def class_order(rows):
    """The class labels of ``rows`` (dicts with class and rank) from least to most need, read from the ranks:
    a class whose best rank is better needs more."""
    best = {}
    for row in rows:
        if row.get("class") is not None and row.get("rank") is not None:
            best[row["class"]] = min(best.get(row["class"], row["rank"]), row["rank"])
    return sorted(best, key=lambda label: -best[label])


def need_side(class_label, order):
    """"low", "middle" or "high" for a class among ``order`` (lowest need first); None if unscored."""
    if class_label is None or class_label not in order or len(order) < 2:
        return None
    position = order.index(class_label) / (len(order) - 1)
    return "high" if position > 0.5 else "low" if position < 0.25 else "middle"


def summarise(assessments):
    """(count, direction, agreement, modal judgement) of current assessments of one area."""
    if not assessments:
        return 0, None, None, None
    values = [JUDGEMENTS[a.judgement][0] for a in assessments]
    counts = Counter(a.judgement for a in assessments)
    modal, top = counts.most_common(1)[0]
    if list(counts.values()).count(top) > 1:
        modal = None  # a tie has no modal judgement
    return len(values), sum(values) / len(values), top / len(values), modal


def flag(side, count, direction, agreement, assessments):
    """The discussion flag of one area (or None). An area without numbers (not scored, withheld) is compared
    with nothing: only contradicting assessments flag it."""
    if not count:
        return None
    judgements = {a.judgement for a in assessments}
    if count >= 2 and "higher" in judgements and "lower" in judgements and agreement <= 0.5:
        return FLAG_SPLIT
    if side is None:
        return None
    if direction > LEAN and side != "high":
        return FLAG_HIGHER
    if direction < -LEAN and side == "high":
        return FLAG_LOWER
    return None


def combined_view(ranking_rows, assessments, register, round, class_order, on=None):
    """One dict per row of ``ranking_rows`` (dicts with key, name, rank, class, p05, p95, renewal_pct, scored)
    with the columns of the combined view added; the order of ``ranking_rows`` is kept."""
    live = [a for a in current(assessments) if a.round == round]
    by_area = {}
    for a in live:
        by_area.setdefault(str(a.area_key), []).append(a)
    status = current_status(register, round)
    running = running_projects(register, on)
    out = []
    for row in ranking_rows:
        key = str(row["key"])
        mine = by_area.get(key, [])
        count, direction, agreement, modal = summarise(mine)
        side = need_side(row.get("class"), class_order) if row.get("scored", 1) else None
        decided = status.get(key)
        out.append(dict(
            row,
            assessments=count,
            direction=None if direction is None else round_to(direction, 2),
            agreement=None if agreement is None else round_to(agreement, 2),
            judgement=modal,
            confidence=", ".join(f"{c}: {n}" for c, n in sorted(Counter(a.confidence for a in mine).items())),
            roles=", ".join(sorted({a.role for a in mine})),
            need_side=side,
            flag=flag(side, count, direction or 0.0, agreement or 0.0, mine),
            status=decided.status if decided else None,
            running=key in running,
        ))
    return out


def round_to(value, places):
    return None if value is None else round(float(value) + 0.0, places)


def flagged(view):
    return [row for row in view if row["flag"]]
