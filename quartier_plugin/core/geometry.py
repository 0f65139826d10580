"""Geometry helpers that work with shapely 1.8 and 2.x."""

from shapely.geometry import GeometryCollection, MultiPolygon, Polygon
from shapely.validation import explain_validity

try:  # shapely >= 1.8 has make_valid in shapely.validation
    from shapely.validation import make_valid as _make_valid
except ImportError:  # pragma: no cover
    _make_valid = None


def polygonal_part(geom):
    """Only the polygons of ``geom`` (a repair can leave lines and points behind)."""
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    if isinstance(geom, GeometryCollection):
        polys = []
        for g in geom.geoms:
            if isinstance(g, Polygon):
                polys.append(g)
            elif isinstance(g, MultiPolygon):
                polys.extend(g.geoms)
        return MultiPolygon(polys) if polys else MultiPolygon()
    return MultiPolygon()


def repair(geom):
    """A valid polygonal copy of ``geom`` and the reason it was invalid (None if it was valid)."""
    if geom.is_valid:
        return geom, None
    reason = explain_validity(geom)
    fixed = _make_valid(geom) if _make_valid is not None else geom.buffer(0)
    return polygonal_part(fixed), reason


def polygons(geom):
    """The polygons of a Polygon/MultiPolygon/collection as a list."""
    geom = polygonal_part(geom)
    if isinstance(geom, Polygon):
        return [geom] if not geom.is_empty else []
    return [g for g in geom.geoms if not g.is_empty]


def contains_points(geom, xs, ys):
    """Boolean array: is each point (xs[i], ys[i]) inside ``geom``? (vectorised in shapely 1.8 and 2.x)"""
    import numpy as np
    import shapely

    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    if not len(xs):
        return np.zeros(0, dtype=bool)
    if hasattr(shapely, "contains_xy"):   # shapely >= 2.0
        return np.asarray(shapely.contains_xy(geom, xs, ys), dtype=bool)
    from shapely import vectorized  # shapely 1.8 (deprecated in 2.x, hence only here)

    return np.asarray(vectorized.contains(geom, xs, ys), dtype=bool)


def rings(geom):
    """The vertex arrays of every ring (exterior and holes) of the polygons of ``geom``."""
    import numpy as np

    out = []
    for poly in polygons(geom):
        out.append(np.asarray(poly.exterior.coords))
        out.extend(np.asarray(r.coords) for r in poly.interiors)
    return out


def bounds_of(geom):
    """(minx, miny, maxx, maxy) of ``geom``; nan for an empty one."""
    nan = float("nan")
    if geom is None or geom.is_empty:
        return (nan, nan, nan, nan)
    return tuple(geom.bounds)
