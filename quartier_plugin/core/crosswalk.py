"""Moving counts between units that do not nest (Stadtteile <-> Planungsräume).

Area-weighted: a source unit's count goes to the target units in proportion to the area they share.
Population-weighted: in proportion to the residents of a finer population layer (grid cells or
points) in the shared part; a source unit with no residents in that layer falls back to area
weights. Weights of each source unit add up to 1 over the targets it touches, so totals are kept;
a source unit that touches no target is reported as unallocated.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from shapely.prepared import prep

from .spatial_index import BoxIndex

AREA = "area"
POPULATION = "population"
AREA_FALLBACK = "area (no residents in the population layer)"


@dataclass
class Weights:
    weights: dict = field(default_factory=dict)     # source -> {target: weight}
    method: dict = field(default_factory=dict)      # source -> method used
    coverage: dict = field(default_factory=dict)    # source -> share of its area inside targets
    unallocated: list = field(default_factory=list)  # sources that touch no target


def _overlaps(sources, targets):
    """{source: {target: shared area}} for polygons in one projected CRS."""
    index = BoxIndex((k, g.bounds) for k, g in targets.items())
    shared = {}
    for s, geom in sources.items():
        row = {}
        pg = prep(geom)
        for t in index.query(geom.bounds):
            tg = targets[t]
            if not pg.intersects(tg):
                continue
            area = tg.area if pg.contains(tg) else geom.intersection(tg).area
            if area > 0:
                row[t] = area
        shared[s] = row
    return shared


def _normalised(row):
    total = sum(row.values())
    return {t: v / total for t, v in row.items()} if total > 0 else {}


def area_weights(sources, targets):
    out = Weights()
    for s, row in _overlaps(sources, targets).items():
        area = sources[s].area
        out.coverage[s] = sum(row.values()) / area if area else 0.0
        out.weights[s] = _normalised(row)
        out.method[s] = AREA
        if not out.weights[s]:
            out.unallocated.append(s)
    return out


def population_weights(sources, targets, population):
    """``population``: iterable of (shapely geometry, residents); polygons are split by area."""
    out = area_weights(sources, targets)
    src_index = BoxIndex((k, g.bounds) for k, g in sources.items())
    tgt_index = BoxIndex((k, g.bounds) for k, g in targets.items())
    src_prep = {k: prep(g) for k, g in sources.items()}
    tgt_prep = {k: prep(g) for k, g in targets.items()}
    pop = defaultdict(lambda: defaultdict(float))
    for geom, residents in population:
        if not residents or geom is None or geom.is_empty:
            continue
        if geom.geom_type == "Point":
            s = next((k for k in src_index.query(geom.bounds) if src_prep[k].covers(geom)), None)
            t = next((k for k in tgt_index.query(geom.bounds) if tgt_prep[k].covers(geom)), None)
            if s is not None and t is not None:
                pop[s][t] += residents
            continue
        area = geom.area
        if area <= 0:
            continue
        src = [k for k in src_index.query(geom.bounds) if src_prep[k].intersects(geom)]
        tgt = [k for k in tgt_index.query(geom.bounds) if tgt_prep[k].intersects(geom)]
        if len(src) == 1 and len(tgt) == 1 and src_prep[src[0]].contains(geom) and tgt_prep[tgt[0]].contains(geom):
            pop[src[0]][tgt[0]] += residents
            continue
        for s in src:
            part = geom if src_prep[s].contains(geom) else geom.intersection(sources[s])
            if part.is_empty:
                continue
            for t in tgt:
                piece = part if tgt_prep[t].contains(part) else part.intersection(targets[t])
                if not piece.is_empty and piece.area > 0:
                    pop[s][t] += residents * piece.area / area
    for s in sources:
        row = _normalised(pop.get(s, {}))
        if row:
            out.weights[s] = row
            out.method[s] = POPULATION
        elif out.weights.get(s):
            out.method[s] = AREA_FALLBACK
    return out


def apply_weights(values, weights, fields):
    """Move ``values`` ({source: {field: number or None}}) to targets; returns {target: {field: sum}}.

    A missing source value makes the affected targets' value missing (None), never zero.
    """
    out = defaultdict(lambda: dict.fromkeys(fields, 0.0))
    tainted = defaultdict(set)
    for s, row in weights.weights.items():
        src = values.get(s)
        for t, w in row.items():
            target = out[t]
            for f in fields:
                v = None if src is None else src.get(f)
                if v is None:
                    tainted[t].add(f)
                else:
                    target[f] += v * w
    for t, bad in tainted.items():
        for f in bad:
            out[t][f] = None
    return dict(out)
