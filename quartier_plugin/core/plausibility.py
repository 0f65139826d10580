"""Plausibility of the input numbers, checked before any statistic is computed.

A statistics table can hold numbers that are not data: a no-data code nobody declared (-9999, 999999,
-1 in a count), a negative count, a share outside 0–100, a part larger than its total (more people
with a migration background than residents), a number that is not finite (``1e999`` is read as
infinity) or one far off all others (a typo, ``1e308``). Each such cell is a :class:`Finding` with the
area key, the column, the value and its kind; the caller decides: stop, or exclude the cells (they
are then missing, so an area lacking one is not scored) and go on. Nothing is computed on them
silently.

Roles of the columns: *counts* (numerators, denominators, residents: never negative, ``-1`` and
``999999`` look like codes), *shares* (a value field in percent: 0–100) and other *values*. Extreme
values: robust z = |x − median| / (1.4826 · MAD) above a limit (default 10), only where the MAD is
above 0; counts are compared on a logarithmic scale (areas differ in size by orders of magnitude:
a large Stadtteil is not an outlier, a count of 1e308 is), other values as they are.
"""

import math
from dataclasses import dataclass, field

import numpy as np

from .disclosure import is_small
from .limits import DEFAULT_Z_LIMIT  # noqa: F401 - importable from here as before
from .text import N_

COUNT, SHARE, VALUE = "count", "share", "value"

NON_FINITE = "non_finite"
NO_DATA_CODE = "no_data_code"
NEGATIVE = "negative_count"
SHARE_RANGE = "share_out_of_range"
PART_ABOVE_TOTAL = "part_above_total"
EXTREME = "extreme"
NOT_NUMERIC = "not_numeric"
KINDS = (NON_FINITE, NO_DATA_CODE, NEGATIVE, SHARE_RANGE, PART_ABOVE_TOTAL, EXTREME, NOT_NUMERIC)

# The demo city's count fields reach a robust z of 5.3 on the log scale, its indicator values 4.8 (its large
# central Stadtteile are 19 robust standard deviations above the median on the plain scale: hence the log
# scale for counts); 10 (DEFAULT_Z_LIMIT, core/limits.py) leaves room for real cities and still catches typos
# and overflow values.
MAD_SCALE = 1.4826
SHARE_UNITS = ("%", "prozent", "percent")

MESSAGES = {
    NON_FINITE: N_("{key}, {column}: {value} is not a finite number (e.g. 1e999 is read as infinity)."),
    NO_DATA_CODE: N_("{key}, {column}: {value} looks like a no-data code left in the data (declare it as a "
                     "no-data code if it is one)."),
    NEGATIVE: N_("{key}, {column}: the count {value} is negative."),
    SHARE_RANGE: N_("{key}, {column}: the share {value} % lies outside 0–100."),
    PART_ABOVE_TOTAL: N_("{key}, {column}: the part {value} is larger than its total {total_column} = {total}."),
    EXTREME: N_("{key}, {column}: {value} is extreme (robust z = {z} above the limit {limit}; median {median})."),
    NOT_NUMERIC: N_("{key}, {column}: {value} is not a number."),
}
KIND_LABELS = {
    NON_FINITE: N_("not a finite number"),
    NO_DATA_CODE: N_("no-data code"),
    NEGATIVE: N_("negative count"),
    SHARE_RANGE: N_("share outside 0–100"),
    PART_ABOVE_TOTAL: N_("part larger than its total"),
    EXTREME: N_("extreme value"),
    NOT_NUMERIC: N_("not a number"),
}


def format_value(value):
    """A number as people read it: -9999, 12.5, 1e+308, inf."""
    if isinstance(value, str):
        return repr(value)
    if value is None:
        return "NULL"
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


@dataclass(frozen=True)
class Finding:
    """One implausible cell: the area ``key``, the ``column`` (field), the ``value`` and the ``kind``."""

    key: object
    column: str
    value: object
    kind: str
    row: int = None                     # the row (area) in the checked data
    earlier: bool = False               # in the earlier year's data (dynamics)
    extra: tuple = ()                   # further message parameters as (name, text) pairs

    @property
    def template(self):
        return MESSAGES[self.kind]

    @property
    def params(self):
        column = f"{self.column} (earlier year)" if self.earlier else self.column
        return dict({"key": self.key, "column": column, "value": format_value(self.value)}, **dict(self.extra))

    @property
    def message(self):
        """The English message (processing translates :attr:`template` and formats it with :attr:`params`)."""
        return self.template.format(**self.params)


@dataclass
class Roles:
    """What each column is: counts, shares (percent) or other values; and (part, total) pairs."""

    columns: dict = field(default_factory=dict)   # column -> COUNT, SHARE or VALUE
    parts: list = field(default_factory=list)     # (part column, total column)


def preset_roles(preset):
    """The roles of a method preset's fields: numerators, denominators and the residents are counts, a value
    field in percent is a share; a numerator of a percentage is a part of its denominator."""
    roles = Roles()

    def is_share(ind):
        return str(ind.unit or "").strip().lower() in SHARE_UNITS

    for ind in preset.indicators:
        if ind.value_field:
            if roles.columns.get(ind.value_field) != COUNT:
                roles.columns[ind.value_field] = SHARE if is_share(ind) and not ind.change else VALUE
        else:
            roles.columns[ind.numerator] = roles.columns[ind.denominator] = COUNT
            if is_share(ind) and ind.scale == 100 and (ind.numerator, ind.denominator) not in roles.parts:
                roles.parts.append((ind.numerator, ind.denominator))
    if preset.population_field:
        roles.columns[preset.population_field] = COUNT
    return roles


def _code_like(value, role):
    """Whether ``value`` looks like a no-data code: -1 in a count, or a run of nines (-9999, 999999)."""
    if value != int(value):
        return False
    digits = str(abs(int(value)))
    nines = set(digits) == {"9"}
    if role == COUNT:
        return value == -1 or (nines and (value < 0 or len(digits) >= 6))
    if role == SHARE:
        return nines and (value < 0 or len(digits) >= 3)
    return nines and len(digits) >= 3 and (value < 0 or len(digits) >= 4)


def robust_z(values):
    """|x − median| / (1.4826 · MAD) of the finite values; NaN elsewhere, and everywhere when the MAD is 0."""
    x = np.asarray(values, dtype=float)
    out = np.full(x.shape, np.nan)
    finite = np.isfinite(x)
    if finite.sum() < 3:
        return out
    median = np.median(x[finite])
    mad = np.median(np.abs(x[finite] - median))
    if not mad > 0:
        return out
    out[finite] = np.abs(x[finite] - median) / (MAD_SCALE * mad)
    return out


def _cell_kind(value, role):
    if not math.isfinite(value):
        return NON_FINITE
    if _code_like(value, role):
        return NO_DATA_CODE
    if role == COUNT and value < 0:
        return NEGATIVE
    if role == SHARE and not 0 <= value <= 100:
        return SHARE_RANGE
    return None


def check_columns(keys, columns, roles, z_limit=DEFAULT_Z_LIMIT, skip=(), earlier=False, small=()):
    """Findings over ``columns`` ({column: float array aligned with ``keys``, NaN = missing}).

    ``roles``: a :class:`Roles`; columns it does not name are values. ``z_limit``: the robust z above which a
    value is extreme (None or 0: no extreme check). ``skip``: row numbers not checked (e.g. declared outliers,
    which are neither scored nor shown). ``small``: row numbers of areas under the resident threshold: their
    shares are volatile by nature and they enter no statistic, so they are not checked for extreme values (nor
    counted in the median and MAD); every other check applies to them."""
    skip, small = set(skip), set(small)
    findings, flagged = [], set()
    arrays = {c: np.asarray(v, dtype=float) for c, v in columns.items()}
    for column, values in arrays.items():
        role = roles.columns.get(column, VALUE)
        suspicious = ~np.isfinite(values) & ~np.isnan(values)
        suspicious |= np.isfinite(values) & ((values < 0) | (np.abs(values) >= 999))
        if role == SHARE:
            suspicious |= np.isfinite(values) & (values > 100)
        rows = np.flatnonzero(suspicious)
        kinds = {v: _cell_kind(v, role) for v in set(values[rows].tolist())}  # once per value, not per cell
        for i, value in zip(rows.tolist(), values[rows].tolist()):
            kind = kinds[value]
            if kind is not None and i not in skip:
                findings.append(Finding(keys[i], column, value, kind, i, earlier))
                flagged.add((column, i))
    for part, total in roles.parts:
        if part not in arrays or total not in arrays:
            continue
        p, t = arrays[part], arrays[total]
        with np.errstate(invalid="ignore"):
            above = np.isfinite(p) & np.isfinite(t) & (t >= 0) & (p > t + 1e-9 * np.abs(t))
        for i in np.flatnonzero(above):
            if i in skip or (part, int(i)) in flagged or (total, int(i)) in flagged:
                continue
            findings.append(Finding(keys[i], part, float(p[i]), PART_ABOVE_TOTAL, int(i), earlier, (
                ("total_column", f"{total} (earlier year)" if earlier else total),
                ("total", format_value(t[i])))))
            flagged.add((part, int(i)))
    if z_limit:
        for column, values in arrays.items():
            role = roles.columns.get(column, VALUE)
            usable = np.isfinite(values)
            usable[[i for c, i in flagged if c == column] + sorted(skip | small)] = False
            if role == COUNT:
                usable &= values >= 0
                scaled = np.where(usable, np.log1p(np.where(usable, values, 0.0)), np.nan)
            else:
                scaled = np.where(usable, values, np.nan)
            z = robust_z(scaled)
            if not np.isfinite(z).any():
                continue
            median = float(np.median(values[usable]))
            for i in np.flatnonzero(np.isfinite(z) & (z > z_limit)):
                findings.append(Finding(keys[i], column, float(values[i]), EXTREME, int(i), earlier, (
                    ("z", f"{z[i]:.1f}" if z[i] < 1e6 else f"{z[i]:.2g}"), ("limit", format_value(z_limit)),
                    ("median", format_value(median)))))
    findings.sort(key=lambda f: (f.earlier, f.row, f.column))
    return findings


def check_area_data(preset, data, z_limit=DEFAULT_Z_LIMIT, skip_keys=(), min_population=None):
    """Findings over the fields of ``preset`` in ``data`` (an :class:`~.need_index.AreaData`), the earlier
    year's data too. Rows whose key is in ``skip_keys`` (declared outliers) are not checked; areas with fewer
    residents than ``min_population`` (default: the preset's) are not checked for extreme values."""
    from .keys import normalise_key

    roles = preset_roles(preset)
    skipped = {normalise_key(k) for k in skip_keys}
    skip = [i for i, k in enumerate(data.keys) if normalise_key(k) in skipped] if skipped else []
    small = []
    if preset.population_field and preset.population_field in data.columns:
        threshold = preset.min_population if min_population is None else min_population
        with np.errstate(invalid="ignore"):
            population = np.asarray(data.columns[preset.population_field], dtype=float)
            # areas under the threshold (their values are withheld anyway), with a count: a missing or negative
            # count is itself checked
            small = np.flatnonzero(np.isfinite(population) & (population >= 0)
                                   & is_small(population, threshold)).tolist()
    findings = check_columns(data.keys, data.columns, roles, z_limit, skip, small=small)
    if data.previous is not None:
        findings += check_columns(data.keys, data.previous, roles, z_limit, skip, earlier=True, small=small)
    return findings


def exclude(data, findings):
    """Set the cells of ``findings`` to missing (NaN) in ``data`` (an AreaData; its arrays are replaced, not
    changed in place). Returns the number of cells excluded."""
    done = set()
    for f in findings:
        source = data.previous if f.earlier else data.columns
        if source is None or f.column not in source or (f.earlier, f.column, f.row) in done:
            continue
        values = np.array(source[f.column], dtype=float)
        values[f.row] = np.nan
        source[f.column] = values
        done.add((f.earlier, f.column, f.row))
    return len(done)


def to_float(value):
    """A cell as a float (inf for 1e999), None when missing; a text that is not a number raises ValueError."""
    if value is None or isinstance(value, bool):
        return None if value is None else float(value)
    if isinstance(value, (int, float)):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    text = str(value).strip()
    if not text:
        return None
    return float(text.replace(",", "."))


def check_records(records, key_field, count_fields, parts=(), z_limit=None):
    """Findings over count fields of ``records`` (dicts), e.g. the children summed by an aggregation or the
    source units of a crosswalk: non-finite numbers, no-data codes, negative counts, text that is not a
    number, parts above totals (``parts``: (part, total) pairs), extreme values (only with ``z_limit``)."""
    fields = list(dict.fromkeys(list(count_fields) + [f for pair in parts for f in pair]))
    keys = [r.get(key_field) for r in records]
    columns, findings = {}, []
    for f in fields:
        values = []
        for i, r in enumerate(records):
            try:
                values.append(to_float(r.get(f)))
            except ValueError:
                findings.append(Finding(keys[i], f, r.get(f), NOT_NUMERIC, i))
                values.append(None)
        columns[f] = np.array([np.nan if v is None else v for v in values], dtype=float)
    roles = Roles({f: COUNT for f in fields}, list(parts))
    findings += check_columns(keys, columns, roles, z_limit)
    findings.sort(key=lambda f: (f.row, f.column))
    return findings


def exclude_records(records, findings):
    """Set the cells of ``findings`` to None in ``records`` (dicts, changed in place); returns the count."""
    done = set()
    for f in findings:
        records[f.row][f.column] = None
        done.add((f.row, f.column))
    return len(done)


def summary(findings):
    """{kind: number of findings}, in the order of :data:`KINDS`."""
    counts = {}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return {k: counts[k] for k in KINDS if k in counts}
