"""GEOS work on many geometries at once, with the same results (to the bit) under shapely 1.8 and 2.x.

shapely 2 has vectorised functions. shapely 1.8 (the one of QGIS 3.22 on Debian) makes a Python object for
every geometry it returns, which costs more than the GEOS call itself; there the same GEOS functions are
called through shapely's own binding (``shapely.geos.lgeos``: one GEOS context per thread). Either way the
numbers come from the same GEOS calls on the same coordinates as ``geom.area``, ``prep(part).contains(geom)``
and ``geom.intersection(part).area``.
"""

from ctypes import byref, c_double

INSIDE = None   # a candidate list that says: wholly inside a part, covered = the shape's own area


def covered_areas(shapes, candidates, parts, load):
    """[(area, covered area)] for each shape: ``shapes[j]`` is WKB (bytes) or a shapely geometry;
    ``candidates[j]`` is :data:`INSIDE` or the indices of the ``parts`` (disjoint polygons) to try in
    order: the first part that contains the shape covers it whole, else the parts it intersects add the
    areas of their intersections. ``load(j)`` gives the shapely geometry of ``shapes[j]`` for the plain
    path (used when a GEOS call fails, so that the error is shapely's)."""
    import shapely

    if hasattr(shapely, "from_wkb"):   # shapely >= 2.0
        return _vectorised(shapes, candidates, parts)
    return _direct(shapes, candidates, parts, load)


def plain_covered(geom, found, parts, prepared):
    """(area, covered area) of one shapely geometry, as :func:`covered_areas` (``prepared``: {i: prep(part)})."""
    area = geom.area
    if found is INSIDE:
        return area, (area if area > 0 else 0.0)
    covered = 0.0
    if area > 0:
        for i in found:
            if prepared[i].contains(geom):
                return area, area
            if prepared[i].intersects(geom):
                covered += geom.intersection(parts[i]).area
    return area, covered


def _vectorised(shapes, candidates, parts):
    import numpy as np
    import shapely

    geoms = np.empty(len(shapes), dtype=object)
    raw = [j for j, s in enumerate(shapes) if isinstance(s, (bytes, bytearray))]
    geoms[:] = list(shapes)
    if raw:
        geoms[raw] = shapely.from_wkb(np.array([bytes(shapes[j]) for j in raw], dtype=object))
    areas = shapely.area(geoms)
    part_array = np.empty(len(parts), dtype=object)
    part_array[:] = list(parts)
    shapely.prepare(part_array)
    owner = np.array([j for j, found in enumerate(candidates) if found is not INSIDE and areas[j] > 0
                      for _ in found], dtype=int)
    which = np.array([i for j, found in enumerate(candidates) if found is not INSIDE and areas[j] > 0
                      for i in found], dtype=int)
    contains = shapely.contains(part_array[which], geoms[owner]) if len(owner) else np.zeros(0, dtype=bool)
    intersects = shapely.intersects(part_array[which], geoms[owner]) if len(owner) else contains
    # intersect only the pairs the plain path reaches: up to the first part that contains the shape
    need = np.zeros(len(owner), dtype=bool)
    stop = -1
    for k in range(len(owner)):
        if contains[k]:
            stop = owner[k]
        elif owner[k] != stop and intersects[k]:
            need[k] = True
    pieces = np.zeros(len(owner))
    if need.any():
        pieces[need] = shapely.area(shapely.intersection(geoms[owner[need]], part_array[which[need]]))
    out = []
    k = 0
    for j, found in enumerate(candidates):
        area = float(areas[j])
        if found is INSIDE:
            out.append((area, area if area > 0 else 0.0))
            continue
        covered = 0.0
        if area > 0:   # (the pairs are those of the shapes with an area, in order)
            start, k = k, k + len(found)
            for pair in range(start, k):
                if contains[pair]:
                    covered = area
                    break
                if need[pair]:
                    covered += float(pieces[pair])
        out.append((area, covered))
    return out


def _direct(shapes, candidates, parts, load):
    from shapely.geos import lgeos
    from shapely.prepared import prep

    prepared = {}
    value = c_double()
    out = []
    reader = lgeos.GEOSWKBReader_create()
    try:
        for j, (shape, found) in enumerate(zip(shapes, candidates)):
            own = isinstance(shape, (bytes, bytearray))
            geom = lgeos.GEOSWKBReader_read(reader, bytes(shape), len(shape)) if own else shape._geom
            try:
                result = None
                if geom and lgeos.GEOSArea(geom, byref(value)):
                    area = value.value
                    if found is INSIDE:
                        result = area, (area if area > 0 else 0.0)
                    else:
                        result = _direct_parts(lgeos, geom, area, found, parts, prepared, value)
                if result is None:   # GEOS failed: the plain path, with shapely's error if it fails too
                    for i in found if found is not INSIDE else ():
                        prepared.setdefault(i, prep(parts[i]))
                    result = plain_covered(load(j), found, parts, prepared)
                out.append(result)
            finally:
                if own and geom:
                    lgeos.GEOSGeom_destroy(geom)
    finally:
        lgeos.GEOSWKBReader_destroy(reader)
    return out


def _direct_parts(lgeos, geom, area, found, parts, prepared, value):
    covered = 0.0
    if area > 0:
        for i in found:
            if i not in prepared:
                prepared[i] = _prep(parts[i])
            if lgeos.GEOSPreparedContains(prepared[i]._geom, geom):
                return area, area
            if lgeos.GEOSPreparedIntersects(prepared[i]._geom, geom):
                piece = lgeos.GEOSIntersection(geom, parts[i]._geom)
                if not piece:
                    return None
                ok = lgeos.GEOSArea(piece, byref(value))
                lgeos.GEOSGeom_destroy(piece)
                if not ok:
                    return None
                covered += value.value
    return area, covered


def _prep(geom):
    from shapely.prepared import prep

    return prep(geom)
