"""The straightforward renewal overlay, for the tests that compare the fast one with it: every area against
every dissolved renewal part, every population cell against every area; no index, no grid, nothing prepared."""

from quartier_plugin.core import overlay as ov
from quartier_plugin.core.geometry import polygons


def plain_coverage(areas, union, population=None):
    """The straightforward overlay: every area against every part, every cell against every area."""
    parts = polygons(union) if union is not None else []
    out = {}
    for key, geom in areas.items():
        area, covered = geom.area, 0.0
        if area > 0:
            for part in parts:
                if part.contains(geom):
                    covered = area
                    break
                if part.intersects(geom):
                    covered += geom.intersection(part).area
        out[key] = ov.Coverage(min(covered / area, 1.0) if area > 0 else 0.0, covered)
    if population is None:
        return out
    total, inside = dict.fromkeys(areas, 0.0), dict.fromkeys(areas, 0.0)
    for geom, residents in population:
        if not residents or geom.is_empty:
            continue
        for key, area in areas.items():
            if geom.geom_type == "Point":
                if not area.covers(geom):
                    continue
                piece, weight = geom, residents
            else:
                if not area.intersects(geom):
                    continue
                piece = geom if area.contains(geom) else geom.intersection(area)
                if piece.is_empty:
                    continue
                weight = residents * piece.area / geom.area
            total[key] += weight
            inside[key] += weight * _plain_share(piece, parts)
            if geom.geom_type == "Point":
                break
    for key, cov in out.items():
        cov.population = total[key]
        cov.population_share = inside[key] / total[key] if total[key] > 0 else None
    return out


def _plain_share(piece, parts):
    if piece.geom_type == "Point":
        return 1.0 if any(p.covers(piece) for p in parts) else 0.0
    covered = 0.0
    for part in parts:
        if part.contains(piece):
            return 1.0
        if part.intersects(piece):
            covered += piece.intersection(part).area
    return min(covered / piece.area, 1.0) if piece.area > 0 else 0.0
