"""Validation of a city's spatial units: keys, parents, geometry, nesting, gaps and overlaps.

Works on :class:`Unit` objects whose geometries are already in a projected CRS (areas in m²).
Each finding names the level, the feature (id, key, name) and what is wrong; message templates are
marked for translation and formatted with the finding's parameters. Invalid geometries are repaired
on a copy (the unit's ``geometry``); the source is never touched.
"""

from collections import defaultdict

from shapely.geometry import Polygon
from shapely.ops import unary_union
from shapely.prepared import prep

from .findings import (  # noqa: F401 - re-exported for callers of the validation
    DEFAULT_MAX_OUTSIDE_SHARE,
    DEFAULT_TOLERANCE_M2,
    ERROR,
    INFO,
    MESSAGES,
    WARNING,
    Finding,
    Unit,
    ValidationReport,
)
from .geometry import polygons, repair
from .hierarchy import GESAMTSTADT, LEVELS, ordered
from .spatial_index import BoxIndex


def _has_geometry(unit):
    """After _check_level, an empty geometry has been set to None."""
    return unit.geometry is not None


def _fmt_area(value):
    return f"{value:,.0f}".replace(",", " ")


def validate_hierarchy(units_by_level, tolerance_m2=DEFAULT_TOLERANCE_M2,
                       max_outside_share=DEFAULT_MAX_OUTSIDE_SHARE, feedback=None, levels=None):
    """Validate every level present in ``units_by_level`` ({level id: [Unit]}).

    ``levels`` are the city's levels (:class:`~.hierarchy.Level`, any depth, several branches; default
    Stuttgart's). Returns a :class:`ValidationReport`. Geometries of the units are replaced by repaired
    copies where they were invalid (the units are the caller's copies, not the source).
    """
    tree = {lv.id: lv for lv in ordered(levels or LEVELS)}
    report = ValidationReport()
    unknown = [level_id for level_id in units_by_level if level_id not in tree]
    if unknown:
        raise ValueError(f"unknown level {unknown[0]!r}; the city's levels are {', '.join(tree)}")
    present = [level_id for level_id in tree if level_id in units_by_level]
    for level_id in present:
        _check_level(report, level_id, units_by_level[level_id])
    for level_id in present:
        lv = tree[level_id]
        parent = lv.parent if lv.parent in tree else None
        parent_units = units_by_level.get(parent) if parent else None
        if parent and parent_units is None and any(u.raw_parent is not None for u in units_by_level[level_id]):
            report.add(WARNING, "parent_not_checked", level_id, params={"parent_level": tree[parent].label_de})
        _check_nesting(report, level_id, units_by_level[level_id], parent or (GESAMTSTADT if lv.parent else None),
                       parent_units, tolerance_m2, max_outside_share, tree)
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
            u.geometry = None
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


def _check_nesting(report, level_id, units, parent_level, parent_units, tol, max_outside, tree):
    valid = [u for u in units if _has_geometry(u)]
    if parent_units is None:
        if parent_level is None or parent_level == GESAMTSTADT:  # a top level: it tiles the city
            _check_siblings(report, level_id, valid, None, "Gesamtstadt", tol)
        return
    parents = {}
    parent_raw = {}
    for p in parent_units:
        if p.key is not None and p.key not in parents:
            parents[p.key] = p
            parent_raw[p.key] = p.raw_key
    plevel = tree[parent_level]
    mapping = {}
    children = defaultdict(list)
    has_parent_field = any(u.raw_parent is not None for u in units)
    parent_index = BoxIndex((k, p.geometry.bounds) for k, p in parents.items() if _has_geometry(p))
    for u in valid if not has_parent_field else units:
        if has_parent_field:
            if u.parent_key is None:
                report.add(ERROR, "no_parent_key", level_id, u.fid, u.raw_key, u.name)
                continue
            if u.parent_key not in parents:
                report.add(ERROR, "missing_parent", level_id, u.fid, u.raw_key, u.name,
                           {"parent": u.raw_parent, "parent_level": plevel.label_de})
                continue
            if str(u.raw_parent).strip() != str(parent_raw[u.parent_key]).strip():  # same key, other spelling
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
        if _has_geometry(u):
            children[pkey].append(u)
    report.parent_of[level_id] = mapping

    prepared = {}
    for pkey, kids in children.items():
        parent = parents[pkey]
        if not _has_geometry(parent):
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
