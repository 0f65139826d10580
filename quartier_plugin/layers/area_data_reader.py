"""Read the fields a method needs from any QGIS layer or table into :class:`AreaData`.

Field names match case-insensitively. Text cells (a CSV opened as a layer) are parsed with the
decimal convention detected per column; `#DIV/0!`, `.`, `-`, `x`, `k.A.` and empty mean missing, and
so do the no-data codes (the preset's ``suppression.missing_values`` and the caller's), in numbers
and in text. Rows whose outlier field (the preset's ``suppression.outlier_column`` or the caller's)
contains the outlier text are returned as declared outliers. Long tables with a year field are cut
to one year (and the earlier year for dynamics). Rows without a key are left out and listed;
implausible cells are listed (:mod:`..core.plausibility`), not changed.
"""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeatureRequest

from ..compat import REQUEST_NO_GEOMETRY
from ..core.keys import normalise_key
from ..core.need_index import AreaData
from ..core.plausibility import DEFAULT_Z_LIMIT, check_area_data
from ..core.statistics_import import column_numbers, no_data_codes
from ..storage.fields import value_or_none as _clean
from ..translation import tr


class AreaDataError(ValueError):
    """The layer does not hold what the method needs; the message says what is missing."""


@dataclass
class ReadResult:
    data: AreaData
    feature_ids: list                    # one per area, for copying geometries
    year: object = None
    previous_year: object = None
    duplicates: list = field(default_factory=list)
    field_map: dict = field(default_factory=dict)
    declared_outliers: list = field(default_factory=list)  # keys whose outlier field holds the outlier text
    outlier_sources: list = field(default_factory=list)    # (field, text, number of areas) that declared them
    names: list = None                                     # one per area, when a name field was read
    name_field: str = None
    bad_cells: list = field(default_factory=list)          # (key, field, value) of text that is not a number
    dropped: list = field(default_factory=list)            # feature ids of the rows left out: they have no key
    findings: list = field(default_factory=list)           # implausible cells (core.plausibility.Finding)
    excluded: int = 0                                      # cells the caller excluded (set missing) of those


def field_problem(layer, name, numeric=False, what=None):
    """A sentence when ``layer`` has no field ``name`` (the fields it has are listed) or, with ``numeric``, when
    the field is not numeric (counts must be numbers: a text field, even of digits, is not summed); else ""."""
    if layer is None or not name:
        return ""
    fields = layer.fields()
    index = fields.lookupField(name)
    if index < 0:
        return tr("Layer {0} has no field {1}; it has: {2}").format(layer.name(), name, ", ".join(fields.names()))
    field = fields.at(index)
    if numeric and not field.isNumeric():
        return tr("The field {0} of layer {1} is of type {2}, not a number: {3} must be numeric fields.").format(
            field.name(), layer.name(), field.typeName() or "?", what or tr("counts"))
    return ""


def geometry_problems(layer, key_field=None, feedback=None):
    """([keys of features without geometry], [(key, reason) of invalid geometries]) of ``layer``; a feature
    without a key field value is named by its feature id. The layer is only read."""
    fields = [key_field] if key_field else []
    request = QgsFeatureRequest().setSubsetOfAttributes(fields, layer.fields())
    empty, invalid = [], []
    for i, feature in enumerate(layer.getFeatures(request)):
        if feedback is not None and i % 1000 == 0 and feedback.isCanceled():
            break
        key = _clean(feature[key_field]) if key_field else None
        name = str(key) if key not in (None, "") else tr("feature {0}").format(feature.id())
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            empty.append(name)
        elif not geom.isGeosValid():
            from shapely import wkb
            from shapely.validation import explain_validity

            invalid.append((name, explain_validity(wkb.loads(bytes(geom.asWkb())))))
    return empty, invalid


def report_geometry_problems(feedback, layer, key_field, what):
    """Warn about the features of ``layer`` without geometry (left out) and with an invalid one (a repaired copy
    is used); returns the lists of :func:`geometry_problems`."""
    empty, invalid = geometry_problems(layer, key_field, feedback)

    def listed(items):
        return ", ".join(map(str, items[:30])) + (" …" if len(items) > 30 else "")

    if empty:
        feedback.pushWarning(tr("{0}: {1} features have no geometry and are left out: {2}").format(
            what, len(empty), listed(empty)))
    if invalid:
        feedback.pushWarning(tr("{0}: {1} features have an invalid geometry; a repaired copy (makeValid) is used, "
                                "the layer is unchanged: {2}").format(
            what, len(invalid), listed([f"{k} ({reason})" for k, reason in invalid])))
    return empty, invalid


def _find(names, wanted, layer_name):
    lower = {n.lower(): n for n in names}
    found = lower.get(wanted.lower())
    if found is None:
        raise AreaDataError(tr("Layer {0} has no field {1} (needed by the method).").format(layer_name, wanted))
    return found


def _outlier_rules(names, preset, outlier_field, outlier_text, layer_name):
    """[(actual field, text)] from the preset's outlier column and the caller's field and text."""
    rules = []
    if preset.outlier_column:
        rules.append((preset.outlier_column["field"], preset.outlier_column["contains"]))
    if outlier_field and outlier_text:
        rules.append((outlier_field, outlier_text))
    elif outlier_field or outlier_text:
        raise AreaDataError(tr("Give both the outlier field and the outlier text, or neither."))
    return list(dict.fromkeys((_find(names, f, layer_name), text) for f, text in rules))


def read_area_data(layer, key_field, preset, year=None, feedback=None, no_data=(), outlier_field=None,
                   outlier_text=None, name_field=None, z_limit=DEFAULT_Z_LIMIT, min_population=None):
    """The fields of ``preset`` from ``layer``, one row per key (see the module's docstring).

    ``no_data``: more no-data codes; ``outlier_field``/``outlier_text``: a further outlier column;
    ``name_field``: read the areas' names too (:attr:`ReadResult.names`). Rows without a key are left out
    and listed in :attr:`ReadResult.dropped`; implausible cells (no-data codes nobody declared, negative
    counts, …; extreme above the robust z ``z_limit``, not in areas under ``min_population`` residents) are
    listed in :attr:`ReadResult.findings` and kept: the caller decides (see :mod:`..core.plausibility`).
    """
    names = [f.name() for f in layer.fields()]
    if not key_field:
        raise AreaDataError(tr("Choose the key field."))
    key = _find(names, key_field, layer.name())
    field_map = {f: _find(names, f, layer.name()) for f in preset.fields}
    year_field = _find(names, preset.year_field, layer.name()) if preset.year_field and any(
        n.lower() == preset.year_field.lower() for n in names) else None
    outlier_rules = _outlier_rules(names, preset, outlier_field, outlier_text, layer.name())
    name = _find(names, name_field, layer.name()) if name_field and name_field.lower() != key.lower() else None
    codes = no_data_codes(list(preset.missing_values) + list(no_data or ()))
    wanted = list(dict.fromkeys([key] + list(field_map.values()) + ([year_field] if year_field else [])
                                + [f for f, _t in outlier_rules] + ([name] if name else [])))
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY).setSubsetOfAttributes(wanted, layer.fields())
    all_fids, attributes = [], []
    for i, feature in enumerate(layer.getFeatures(request)):
        if feedback is not None and i % 10000 == 0 and feedback.isCanceled():
            break
        all_fids.append(feature.id())
        attributes.append(feature.attributes())
    transposed = list(zip(*attributes)) if attributes else [()] * len(names)
    column = {n: transposed[names.index(n)] for n in wanted}  # field -> values of all rows

    chosen_year = previous_year = None
    rows_now = range(len(all_fids))
    rows_before = None
    if year_field:
        years_of = [_clean(y) for y in column[year_field]]
        years = sorted({y for y in years_of if y is not None}, key=float)
        if not years:
            raise AreaDataError(tr("The year field {0} is empty.").format(year_field))
        chosen_year = year if year is not None else (preset.year if preset.year is not None else years[-1])
        rows_now = [i for i, y in enumerate(years_of) if y is not None and float(y) == float(chosen_year)]
        if not rows_now:
            raise AreaDataError(tr("No rows for the year {0} (the table has {1}).").format(
                chosen_year, ", ".join(str(y) for y in years)))
        if any(ind.change for ind in preset.indicators):
            previous_year = float(chosen_year) - preset.dynamics_years
            rows_before = [i for i, y in enumerate(years_of) if y is not None and float(y) == previous_year]
            if not rows_before:
                raise AreaDataError(tr("No rows for the earlier year {0} needed for the dynamics.").format(
                    int(previous_year)))

    keys, fids, current_rows, seen, duplicates, dropped = [], [], [], set(), [], []
    key_column = column[key]
    for i in rows_now:
        raw = key_column[i]
        if type(raw) is not str:  # text is never NULL: the common case skips the check
            raw = _clean(raw)
        k = normalise_key(raw)
        if k is None:
            dropped.append(all_fids[i])
            continue
        if k in seen:
            duplicates.append(raw)
            continue
        seen.add(k)
        keys.append(raw)
        fids.append(all_fids[i])
        current_rows.append(i)
    if duplicates:
        raise AreaDataError(tr("The key {0} occurs more than once{1}: {2}").format(
            key, tr(" in one year") if year_field else "", ", ".join(map(str, duplicates[:20]))))
    if not keys:
        raise AreaDataError(tr("The layer has no rows with a key."))
    if len(current_rows) == len(all_fids):  # every row, in order: the columns are taken whole
        current_rows = range(len(all_fids))

    bad_cells = []

    def columns(row_numbers):
        out = {}
        every_row = isinstance(row_numbers, range) and row_numbers == range(len(all_fids))
        for wanted_name, actual in field_map.items():
            values = column[actual]
            cells = list(values) if every_row else [values[i] if i is not None else None for i in row_numbers]
            # text goes through the careful parser below (the types seen, not every cell, are looked at)
            if not any(issubclass(kind, str) for kind in set(map(type, cells))):
                try:
                    numbers = np.array(cells, dtype=float)  # numbers, with None as NaN
                    if codes.numbers:
                        numbers[np.isin(numbers, list(codes.numbers))] = np.nan
                    out[wanted_name] = numbers
                    continue
                except (TypeError, ValueError):
                    pass
            numbers, bad = column_numbers([_clean(c) for c in cells], None, codes)
            bad_cells.extend((keys[i], actual, value) for i, value in bad)
            out[wanted_name] = np.array(numbers, dtype=float)
        return out

    earlier = None
    if rows_before is not None:
        by_key = {normalise_key(_clean(key_column[i])): i for i in rows_before}
        earlier = [by_key.get(normalise_key(k)) for k in keys]
    data = AreaData(keys, columns(current_rows), columns(earlier) if earlier is not None else None)
    declared, sources = [], []
    for f, text in outlier_rules:
        found = [k for k, i in zip(keys, current_rows) if text.casefold() in str(_clean(column[f][i]) or "").casefold()]
        sources.append((f, text, len(found)))
        declared += [k for k in found if k not in declared]
    area_names = [_clean(column[name][i]) for i in current_rows] if name else None
    findings = check_area_data(preset, data, z_limit, skip_keys=list(preset.outliers) + declared,
                               min_population=min_population)
    return ReadResult(data, fids, chosen_year, previous_year, duplicates, field_map, declared, sources,
                      area_names, name, bad_cells, dropped, findings)
