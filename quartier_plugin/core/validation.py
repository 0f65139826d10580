"""Validation of a city's spatial units: keys, parents, geometry, nesting, gaps and overlaps.

Works on :class:`Unit` objects whose geometries are already in a projected CRS (areas in m²).
Each finding names the level, the feature (id, key, name) and what is wrong; message templates are
marked for translation and formatted with the finding's parameters. Invalid geometries are repaired
on a copy (the unit's ``geometry``); the source is never touched.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from shapely.geometry import Polygon
from shapely.ops import unary_union
from shapely.prepared import prep

from .geometry import polygons, repair
from .hierarchy import GESAMTSTADT, LEVELS, level
from .keys import normalise_key, spelling_differs
from .spatial_index import BoxIndex
from .text import N_

ERROR = "error"
WARNING = "warning"
INFO = "info"

DEFAULT_TOLERANCE_M2 = 100.0
DEFAULT_MAX_OUTSIDE_SHARE = 0.01

MESSAGES = {
    "empty_key": N_("The feature has no key."),
    "duplicate_key": N_("Key {key} occurs {count} times (features {fids})."),
    "key_spelling": N_("Key {raw} was matched to {other} (written differently)."),
    "no_parent_key": N_("The feature has no parent key."),
    "missing_parent": N_("Parent key {parent} does not exist in {parent_level}."),
    "empty_geometry": N_("The feature has no geometry."),
    "invalid_geometry": N_("Invalid geometry ({reason}); a repaired copy is used, the source is unchanged."),
    "outside_parent": N_("{share} % of its area lies outside its parent {parent}."),
    "gap": N_("Gap of {area} m² between the units of {parent} near x={x}, y={y}."),
    "overlap": N_("Overlaps {other} by {area} m²."),
    "geographic_crs": N_("The layer is in a geographic CRS ({crs}); areas are computed in {working_crs}."),
    "assigned_spatially": N_("No parent field: assigned to {parent} by location."),
}


@dataclass
class Unit:
    """One spatial unit as read from a layer."""

    fid: int
    raw_key: object
    name: Optional[str] = None
    raw_parent: object = None
    population: Optional[float] = None
    geometry: object = None  # shapely geometry in the working (projected) CRS
    key: Optional[str] = field(default=None, init=False)
    parent_key: Optional[str] = field(default=None, init=False)

    def __post_init__(self):
        self.key = normalise_key(self.raw_key)
        self.parent_key = normalise_key(self.raw_parent)


@dataclass
class Finding:
    severity: str
    code: str
    level: str
    fid: Optional[int] = None
    key: object = None
    name: Optional[str] = None
    params: dict = field(default_factory=dict)

    @property
    def template(self):
        return MESSAGES[self.code]

    @property
    def message(self):
        """The English message (the GUI formats the translated template with ``params``)."""
        return self.template.format(**self.params)


@dataclass
class ValidationReport:
    findings: list = field(default_factory=list)
    parent_of: dict = field(default_factory=dict)  # level -> {child key: parent key}

    def add(self, *args, **kwargs):
        self.findings.append(Finding(*args, **kwargs))

    @property
    def errors(self):
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self):
        return [f for f in self.findings if f.severity == WARNING]

    def by_code(self, code):
        return [f for f in self.findings if f.code == code]


def _fmt_area(value):
    return f"{value:,.0f}".replace(",", " ")


def validate_hierarchy(units_by_level, tolerance_m2=DEFAULT_TOLERANCE_M2,
                       max_outside_share=DEFAULT_MAX_OUTSIDE_SHARE, feedback=None):
    """Validate every level present in ``units_by_level`` ({level id: [Unit]}).

    Returns a :class:`ValidationReport`. Geometries of the units are replaced by repaired copies
    where they were invalid (the units are the caller's copies, not the source).
    """
    report = ValidationReport()
    present = [lv.id for lv in LEVELS if lv.id in units_by_level]
    for level_id in present:
        _check_level(report, level_id, units_by_level[level_id])
    for level_id in present:
        lv = level(level_id)
        parent_units = units_by_level.get(lv.parent) if lv.parent else None
        _check_nesting(report, level_id, units_by_level[level_id], lv.parent, parent_units,
                       tolerance_m2, max_outside_share)
        if feedback is not None and feedback(level_id):
            break
    return report


def _check_level(report, level_id, units):
    by_key = defaultdict(list)
    for u in units:
        if u.key is None:
            report.add(ERROR, "empty_key", level_id, u.fid, u.raw_key, u.name)
        else:
            by_key[u.key].append(u)
        if u.geometry is None or u.geometry.is_empty:
            report.add(ERROR, "empty_geometry", level_id, u.fid, u.raw_key, u.name)
            continue
        fixed, reason = repair(u.geometry)
        if reason is not None:
            u.geometry = fixed
            report.add(WARNING, "invalid_geometry", level_id, u.fid, u.raw_key, u.name, {"reason": reason})
    for group in by_key.values():
        if len(group) > 1:
            fids = ", ".join(str(u.fid) for u in group)
            spellings = sorted({str(u.raw_key) for u in group})
            for u in group:
                report.add(ERROR, "duplicate_key", level_id, u.fid, u.raw_key, u.name,
                           {"key": " / ".join(spellings), "count": len(group), "fids": fids})


def _check_nesting(report, level_id, units, parent_level, parent_units, tol, max_outside):
    valid = [u for u in units if u.geometry is not None and not u.geometry.is_empty]
    if parent_level is None:
        return
    if parent_units is None:
        if parent_level == GESAMTSTADT:
            _check_siblings(report, level_id, valid, None, "Gesamtstadt", tol)
        return
    parents = {}
    parent_raw = {}
    for p in parent_units:
        if p.key is not None and p.key not in parents:
            parents[p.key] = p
            parent_raw[p.key] = p.raw_key
    plevel = level(parent_level)
    mapping = {}
    children = defaultdict(list)
    has_parent_field = any(u.raw_parent is not None for u in units)
    parent_index = BoxIndex((k, p.geometry.bounds) for k, p in parents.items()
                            if p.geometry is not None and not p.geometry.is_empty)
    for u in valid if not has_parent_field else units:
        if has_parent_field:
            if u.parent_key is None:
                report.add(ERROR, "no_parent_key", level_id, u.fid, u.raw_key, u.name)
                continue
            if u.parent_key not in parents:
                report.add(ERROR, "missing_parent", level_id, u.fid, u.raw_key, u.name,
                           {"parent": u.raw_parent, "parent_level": plevel.label_de})
                continue
            if spelling_differs(u.raw_parent, parent_raw[u.parent_key]):
                report.add(WARNING, "key_spelling", level_id, u.fid, u.raw_key, u.name,
                           {"raw": repr(u.raw_parent), "other": repr(parent_raw[u.parent_key])})
            pkey = u.parent_key
        else:
            candidates = parent_index.query(u.geometry.bounds)
            if not candidates:
                continue
            pkey = max(candidates, key=lambda k: parents[k].geometry.intersection(u.geometry).area)
            report.add(INFO, "assigned_spatially", level_id, u.fid, u.raw_key, u.name,
                       {"parent": parent_raw[pkey]})
        mapping[u.key] = pkey
        if u.geometry is not None and not u.geometry.is_empty:
            children[pkey].append(u)
    report.parent_of[level_id] = mapping

    prepared = {}
    for pkey, kids in children.items():
        parent = parents[pkey]
        if parent.geometry is None or parent.geometry.is_empty:
            continue
        pp = prepared.setdefault(pkey, prep(parent.geometry))
        for u in kids:
            if pp.contains(u.geometry):
                continue
            area = u.geometry.area
            outside = u.geometry.difference(parent.geometry).area
            if area > 0 and outside / area > max_outside:
                report.add(ERROR, "outside_parent", level_id, u.fid, u.raw_key, u.name,
                           {"share": f"{100 * outside / area:.1f}", "parent": parent_raw[pkey]})
        _check_siblings(report, level_id, kids, parent.geometry, parent_raw[pkey], tol)


def _check_siblings(report, level_id, kids, parent_geom, parent_label, tol):
    """Gaps inside the parent not covered by any child, and overlaps between children."""
    if not kids:
        return
    union = unary_union([u.geometry for u in kids])
    if parent_geom is not None:
        gaps = polygons(parent_geom.difference(union))
    else:  # no parent geometry: gaps are the holes in the union of all children
        filled = unary_union([Polygon(poly.exterior) for poly in polygons(union)])
        gaps = polygons(filled.difference(union))
    for gap in gaps:
        if gap.area > tol:
            c = gap.representative_point()
            report.add(ERROR, "gap", level_id, None, None, None,
                       {"area": _fmt_area(gap.area), "parent": parent_label, "x": f"{c.x:.0f}", "y": f"{c.y:.0f}"})
    if sum(u.geometry.area for u in kids) - union.area <= tol:
        return
    index = BoxIndex((i, u.geometry.bounds) for i, u in enumerate(kids))
    for i, u in enumerate(kids):
        for j in index.query(u.geometry.bounds):
            if j <= i:
                continue
            v = kids[j]
            area = u.geometry.intersection(v.geometry).area
            if area > tol:
                report.add(ERROR, "overlap", level_id, u.fid, u.raw_key, u.name,
                           {"other": f"{v.raw_key} ({v.name})" if v.name else str(v.raw_key),
                            "area": _fmt_area(area)})
