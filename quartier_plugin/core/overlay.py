"""Social need crossed with the urban-renewal priority areas (Stadterneuerungs-Vorranggebiete).

Coverage per area: the share of its area inside the renewal areas, the renewal polygons dissolved
first so that overlapping polygons count once; and, with a population layer, the share of its
residents there. Need (three levels, from the index classes) x coverage (three levels) gives nine
bivariate classes and the decision groups for the committee.
"""

from dataclasses import dataclass

from shapely.geometry import MultiPolygon
from shapely.ops import unary_union
from shapely.prepared import prep

from .geometry import bounds_of, polygons, repair
from .keys import normalise_key
from .spatial_index import BoxIndex
from .text import N_

DEFAULT_COVERAGE_BREAKS = (0.01, 0.5)   # none < 1 %, partial 1-50 %, mostly >= 50 %
# class labels of the shipped presets -> need level 1-3
STUTTGART_NEED_LEVELS = {"gering": 1, "mittel": 2, "hoch": 3, "sehr hoch": 3}
# berlin_mss_2021 status: "hoch" is a high social status, i.e. low need
MSS_NEED_LEVELS = {"hoch": 1, "mittel": 2, "niedrig": 3, "sehr niedrig": 3}


def default_need_levels(labels):
    """The shipped mapping that fits the class labels present."""
    labels = {str(x).strip() for x in labels if x is not None}
    if labels & {"niedrig", "sehr niedrig"} and not labels & {"gering", "sehr hoch"}:
        return dict(MSS_NEED_LEVELS)
    return dict(STUTTGART_NEED_LEVELS)

SOCIAL_FIRST = "social_first"
JOINT = "joint"
RENEWAL_ONLY = "renewal_only"
NEITHER = "neither"
NO_INDEX = "no_index"
GROUP_LABELS = {
    SOCIAL_FIRST: N_("Social first: high need, no renewal area"),
    JOINT: N_("Joint approach: high need and renewal area"),
    RENEWAL_ONLY: N_("Renewal without high need"),
    NEITHER: N_("Neither"),
    NO_INDEX: N_("No index (not scored)"),
}
NEED_LABELS = {1: N_("low need"), 2: N_("medium need"), 3: N_("high need")}
COVERAGE_LABELS = {1: N_("no renewal area"), 2: N_("partly covered"), 3: N_("mostly covered")}


class OverlayError(ValueError):
    """Bad input for the overlay; the message says what."""


def parse_need_levels(text, labels=()):
    """{class label: level 1-3} from "gering:1; mittel:2; hoch:3" (empty: the shipped mapping)."""
    if not text or not text.strip():
        return default_need_levels(labels)
    out = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        label, sep, level = part.rpartition(":")
        if not sep or not label.strip():
            raise OverlayError(f"need levels: {part.strip()!r} is not of the form class:level")
        try:
            value = int(level)
        except ValueError:
            raise OverlayError(f"need levels: {level.strip()!r} is not 1, 2 or 3") from None
        if value not in (1, 2, 3):
            raise OverlayError(f"need levels: {value} is not 1, 2 or 3")
        out[label.strip()] = value
    return out


def parse_breaks(text):
    """Two coverage breaks in percent, "1;50" -> (0.01, 0.5)."""
    if not text or not str(text).strip():
        return DEFAULT_COVERAGE_BREAKS
    try:
        values = [float(x.replace(",", ".")) / 100.0 for x in str(text).replace(" ", "").split(";") if x]
    except ValueError:
        raise OverlayError(f"coverage breaks {text!r}: expected two percentages like 1;50") from None
    if len(values) != 2 or not 0 <= values[0] < values[1] <= 1:
        raise OverlayError(f"coverage breaks {text!r}: expected two rising percentages between 0 and 100")
    return tuple(values)


@dataclass
class Coverage:
    area_share: float
    covered_m2: float
    population: float = None
    population_share: float = None


def dissolve(renewal_geometries):
    """The renewal polygons repaired and merged; returns (union, number repaired)."""
    repaired, parts = 0, []
    for geom in renewal_geometries:
        if geom is None or geom.is_empty:
            continue
        fixed, reason = repair(geom)
        repaired += reason is not None
        parts.extend(polygons(fixed))
    return (unary_union(parts) if parts else None), repaired


def coverage(areas, renewal_union, population=None, bounds=None):
    """{key: Coverage} for ``areas`` ({key: polygon}) and the dissolved renewal areas.

    ``population``: iterable of (geometry, residents) cells or points, split by area where a cell
    crosses a border. ``bounds``: {key: (minx, miny, maxx, maxy)} of the areas when the caller knows
    them; then ``areas`` may also be a mapping that makes a shape only when asked for it: without a
    population, only the areas near a renewal boundary or inside a renewal area are asked for.

    An area whose box no renewal boundary crosses lies wholly inside or wholly outside the renewal
    areas (one point tells which); the others are intersected with the renewal parts their box
    touches. The result is the same as intersecting every area with every part.
    """
    import numpy as np

    keys = list(areas)
    if bounds is None:
        bounds = {k: bounds_of(areas[k]) for k in keys}
    boxes = np.array([bounds[k] for k in keys], dtype=float).reshape(-1, 4)
    parts = polygons(renewal_union) if renewal_union is not None else []
    covered = {}
    if parts and keys:
        covered = _covered(areas, keys, boxes, parts)
    out = {}
    for k in keys:
        area, cov = covered.get(k, (0.0, 0.0))
        out[k] = Coverage(min(cov / area, 1.0) if area > 0 else 0.0, cov)
    if population is not None:
        _population_shares(out, areas, boxes, parts, population)
    return out


def _covered(areas, keys, boxes, parts):
    """{key: (area, covered m2)} of the areas that touch a renewal part; the others are left out (0)."""
    import numpy as np

    from .geometry import contains_points, rings
    from .geos_batch import INSIDE, covered_areas
    from .spatial_index import BoundaryGrid

    known = ~np.isnan(boxes).any(axis=1)
    sizes = np.concatenate([boxes[known, 2] - boxes[known, 0], boxes[known, 3] - boxes[known, 1]])
    # squares a quarter of the typical area: an area near a boundary but not on it is rarely taken as crossed
    grid = BoundaryGrid([r for p in parts for r in rings(p)], float(np.median(sizes)) / 4 if len(sizes) else 0.0)
    crossed = grid.crossed(boxes) & known
    calm = np.nonzero(known & ~crossed)[0]
    union = MultiPolygon(parts)
    inside = calm[contains_points(union, (boxes[calm, 0] + boxes[calm, 2]) / 2, (boxes[calm, 1] + boxes[calm, 3]) / 2)]
    near = np.nonzero(crossed)[0]
    found = [[] for _ in near]
    box = boxes[near]
    for i, p in enumerate(parts):
        b = p.bounds
        hits = (b[0] <= box[:, 2]) & (box[:, 0] <= b[2]) & (b[1] <= box[:, 3]) & (box[:, 1] <= b[3])
        for h in np.nonzero(hits)[0].tolist():
            found[h].append(i)
    # wholly inside a part (that part contains it), or near a boundary with the parts its box touches
    todo = [(pos, INSIDE) for pos in inside.tolist()] + [(pos, f) for pos, f in zip(near.tolist(), found) if f]
    todo.sort(key=lambda item: item[0])
    wkb = getattr(areas, "wkb", None)
    shapes = [wkb(keys[pos]) if wkb is not None else areas[keys[pos]] for pos, _ in todo]
    result = covered_areas(shapes, [f for _, f in todo], parts, lambda j: areas[keys[todo[j][0]]])
    return {keys[pos]: r for (pos, _), r in zip(todo, result)}


def _population_shares(out, areas, boxes, parts, population):
    index = BoxIndex((i, p.bounds) for i, p in enumerate(parts))
    prepared = [prep(p) for p in parts]
    keys = list(out)
    area_index = BoxIndex((k, tuple(b)) for k, b in zip(keys, boxes.tolist()))
    area_prepared = {}

    def prepared_area(k):
        if k not in area_prepared:
            area_prepared[k] = prep(areas[k])
        return area_prepared[k]

    total = dict.fromkeys(keys, 0.0)
    inside = dict.fromkeys(keys, 0.0)
    for geom, residents in population:
        if not residents or geom is None or geom.is_empty:
            continue
        point = geom.geom_type == "Point"
        for k in area_index.query(geom.bounds):
            if point:
                if not prepared_area(k).covers(geom):
                    continue
                piece, weight = geom, residents
            else:
                if not prepared_area(k).intersects(geom):
                    continue
                piece = geom if prepared_area(k).contains(geom) else geom.intersection(areas[k])
                if piece.is_empty or geom.area <= 0:
                    continue
                weight = residents * piece.area / geom.area
            total[k] += weight
            inside[k] += weight * _share_inside(piece, parts, index, prepared)
            if point:
                break
    for k, cov in out.items():
        cov.population = total[k]
        cov.population_share = inside[k] / total[k] if total[k] > 0 else None


def _share_inside(piece, parts, index, prepared):
    if piece.geom_type == "Point":
        return 1.0 if any(prepared[i].covers(piece) for i in index.query(piece.bounds)) else 0.0
    area = piece.area
    covered = 0.0
    for i in index.query(piece.bounds):
        if prepared[i].contains(piece):
            return 1.0
        if prepared[i].intersects(piece):
            covered += piece.intersection(parts[i]).area
    return min(covered / area, 1.0) if area > 0 else 0.0


def coverage_level(share, breaks=DEFAULT_COVERAGE_BREAKS):
    """1 = no renewal area, 2 = partly covered, 3 = mostly covered."""
    if share is None:
        return None
    return 1 if share < breaks[0] else 2 if share < breaks[1] else 3


def need_level(class_label, levels):
    if class_label is None:
        return None
    return levels.get(str(class_label).strip())


def decision_group(need, cover):
    if need is None:
        return NO_INDEX
    high, renewal = need == 3, cover is not None and cover >= 2
    if high and not renewal:
        return SOCIAL_FIRST
    if high and renewal:
        return JOINT
    if renewal:
        return RENEWAL_ONLY
    return NEITHER


def bivariate_code(need, cover):
    """ "need-coverage", e.g. "3-1" (high need, no renewal area); None without an index."""
    if need is None or cover is None:
        return None
    return f"{need}-{cover}"


def candidates(rows):
    """The decision groups for the committee, each sorted by need rank: rows are dicts with keys
    key, rank, group, area_share, population_share."""
    order = (JOINT, SOCIAL_FIRST, RENEWAL_ONLY)
    picked = [r for r in rows if r["group"] in order]
    return sorted(picked, key=lambda r: (order.index(r["group"]),
                                         r["rank"] if r["rank"] is not None else float("inf"),
                                         normalise_key(r["key"]) or ""))
