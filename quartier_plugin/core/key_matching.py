"""Joining a table's keys to the areas' keys, by code or by name.

Offices write the same area as "STGT01", 1, "01 Altstadt" or "Westliche_Höhe". The keys are matched in
three steps, each only for what the step before left over:

1. by the normalised key (``"01"`` = ``1``, see :func:`.keys.normalise_key`);
2. by the one number in the key (``"STGT01"`` = ``"01 Altstadt"`` = ``1``), only where that number is
   unique among the table's keys and among the areas' keys;
3. by name (``"Westliche_Höhe"`` = ``"04 Westliche Höhe"``, see :func:`.keys.key_name`) against the areas'
   names and keys, again only where the name is unique on both sides.

Every match of steps 2 and 3, and every match of step 1 spelt differently, is listed in
:attr:`JoinReport.respelled` as (table spelling, area spelling).
"""

from dataclasses import dataclass, field

from .keys import key_name, key_number, normalise_key

BY_KEY, BY_NUMBER, BY_NAME = "key", "number", "name"


@dataclass
class JoinReport:
    matched: list = field(default_factory=list)          # normalised table keys that found an area
    only_in_table: list = field(default_factory=list)    # raw keys of table rows with no area
    only_in_areas: list = field(default_factory=list)    # raw keys of areas with no table row
    duplicates_in_table: list = field(default_factory=list)
    duplicates_in_areas: list = field(default_factory=list)
    missing_keys_in_table: int = 0
    respelled: list = field(default_factory=list)        # (table spelling, area spelling) pairs
    area_of: dict = field(default_factory=dict)          # normalised table key -> normalised area key
    matched_by: dict = field(default_factory=lambda: {BY_KEY: 0, BY_NUMBER: 0, BY_NAME: 0})

    @property
    def ok(self):
        return not (self.only_in_table or self.only_in_areas or self.duplicates_in_table or self.duplicates_in_areas)

    def table_key_of(self):
        """normalised area key -> normalised table key, for looking a row up per area."""
        return {a: t for t, a in self.area_of.items()}


def _unique(pairs):
    """{value: owner} for the values that belong to exactly one owner (pairs of (value, owner))."""
    owners = {}
    for value, owner in pairs:
        if value is not None:
            owners.setdefault(value, set()).add(owner)
    return {v: next(iter(o)) for v, o in owners.items() if len(o) == 1}


def join_report(table_keys, area_keys, area_names=None):
    """Match the raw keys of a table with those of the areas (``area_names``: the areas' names, same order)."""
    report = JoinReport()
    table, areas, names = {}, {}, {}
    for raw in table_keys:
        k = normalise_key(raw)
        if k is None:
            report.missing_keys_in_table += 1
        elif k in table:
            report.duplicates_in_table.append(raw)
        else:
            table[k] = raw
    area_names = list(area_names) if area_names is not None else [None] * len(area_keys)
    for raw, name in zip(area_keys, area_names):
        k = normalise_key(raw)
        if k is None:
            continue
        if k in areas:
            report.duplicates_in_areas.append(raw)
        else:
            areas[k] = raw
            names[k] = name
    taken = set()

    def link(t, a, area_spelling, how):
        report.area_of[t] = a
        taken.add(a)
        report.matched_by[how] += 1
        if how != BY_KEY or str(table[t]).strip() != str(area_spelling).strip():
            report.respelled.append((table[t], area_spelling))

    for k in table:
        if k in areas:
            link(k, k, areas[k], BY_KEY)
    # by number: unique over all keys of each side, so that a number two areas share never joins
    table_numbers = _unique((key_number(raw), k) for k, raw in table.items())
    area_numbers = _unique(((key_number(raw) if key_number(raw) is not None else key_number(names[k])), k)
                           for k, raw in areas.items())
    for number, t in table_numbers.items():
        a = area_numbers.get(number)
        if t not in report.area_of and a is not None and a not in taken:
            link(t, a, areas[a], BY_NUMBER)
    # by name: against the areas' names and keys
    table_names = _unique((key_name(raw), k) for k, raw in table.items())
    spelling = {}
    pairs = []
    for k, raw in areas.items():
        for text in dict.fromkeys(t for t in (names[k], raw) if t is not None):
            name = key_name(text)
            if name is not None:
                spelling.setdefault((name, k), text)
                pairs.append((name, k))
    area_by_name = _unique(pairs)
    for name, t in table_names.items():
        a = area_by_name.get(name)
        if t not in report.area_of and a is not None and a not in taken:
            link(t, a, spelling[(name, a)], BY_NAME)
    report.matched = [k for k in table if k in report.area_of]
    report.only_in_table = [raw for k, raw in table.items() if k not in report.area_of]
    report.only_in_areas = [raw for k, raw in areas.items() if k not in taken]
    return report

