"""Aggregating counts up the hierarchy: sum numerators and denominators, then form shares.

Averaging shares is wrong (a Bezirk's migration share is the sum of its Stadtteile' migrants over
the sum of their residents), so this module only ever sums counts and divides sums.

Missing values: a parent's sum covers the children that report the count; ``<field>_n_missing``
says how many did not. A share uses only children that report both numerator and denominator.
"""

import math
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from .keys import normalise_key

CITY_KEY = "0"


@dataclass(frozen=True)
class Share:
    name: str
    numerator: str
    denominator: str
    scale: float = 100.0  # percent


def parse_shares(text):
    """Shares from "name=num/den; num2/den2" (name defaults to "<num>_anteil")."""
    shares = []
    for part in re.split(r"[;\n]", text or ""):
        part = part.strip()
        if not part:
            continue
        name, _, ratio = part.rpartition("=")
        if "/" not in ratio:
            raise ValueError(f"share {part!r}: expected numerator/denominator")
        num, den = (s.strip() for s in ratio.split("/", 1))
        if not num or not den:
            raise ValueError(f"share {part!r}: expected numerator/denominator")
        shares.append(Share(name.strip() or f"{num}_anteil", num, den))
    return shares


def to_number(value):
    """A float, or None for a missing value."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


@dataclass
class AggregationResult:
    rows: list
    fields: list
    unmatched: list = field(default_factory=list)      # child keys with no parent
    duplicates: list = field(default_factory=list)     # (child key, group) seen more than once
    missing_key_rows: int = 0


def aggregate_counts(records, key_field, parent_of, count_fields, shares=(), group_fields=(),
                     parent_field="parent_key", parent_labels=None):
    """Sum ``count_fields`` of child ``records`` into their parents and add ``shares``.

    ``parent_of`` maps normalised child keys to parent keys; pass ``None`` to aggregate everything
    into the whole city (key ``"0"``). ``parent_labels`` maps parent keys to the spelling written
    into the output (e.g. "01" for the normalised "1").
    """
    parent_labels = parent_labels or {}
    needed = set(count_fields) | {s.numerator for s in shares} | {s.denominator for s in shares}
    count_fields = list(count_fields) + [f for f in sorted(needed) if f not in count_fields]
    result = AggregationResult(rows=[], fields=[])
    acc = OrderedDict()
    seen = set()
    for rec in records:
        child = normalise_key(rec.get(key_field))
        if child is None:
            result.missing_key_rows += 1
            continue
        group = tuple(rec.get(g) for g in group_fields)
        if (child, group) in seen:
            result.duplicates.append((rec.get(key_field), group))
            continue
        seen.add((child, group))
        if parent_of is None:
            parent = CITY_KEY
        else:
            parent = parent_of.get(child)
            if parent is None:
                result.unmatched.append(rec.get(key_field))
                continue
        slot = acc.get((parent, group))
        if slot is None:
            slot = acc[(parent, group)] = {
                "n": 0, "sum": dict.fromkeys(count_fields, 0.0), "missing": dict.fromkeys(count_fields, 0),
                "pairs": {s.name: [0.0, 0.0, 0] for s in shares}}
        slot["n"] += 1
        values = {f: to_number(rec.get(f)) for f in count_fields}
        for f, v in values.items():
            if v is None:
                slot["missing"][f] += 1
            else:
                slot["sum"][f] += v
        for s in shares:
            num, den = values[s.numerator], values[s.denominator]
            if num is not None and den is not None:
                pair = slot["pairs"][s.name]
                pair[0] += num
                pair[1] += den
                pair[2] += 1
    result.fields = ([parent_field] + list(group_fields) + ["n_children"] + count_fields
                     + [f"{f}_n_missing" for f in count_fields] + [s.name for s in shares])
    for (parent, group), slot in acc.items():
        row = {parent_field: parent_labels.get(parent, parent), "n_children": slot["n"]}
        row.update(zip(group_fields, group))
        for f in count_fields:
            reported = slot["n"] - slot["missing"][f]
            row[f] = slot["sum"][f] if reported else None
            row[f"{f}_n_missing"] = slot["missing"][f]
        for s in shares:
            num, den, n = slot["pairs"][s.name]
            row[s.name] = (num / den * s.scale) if n and den else None
        result.rows.append(row)
    return result
