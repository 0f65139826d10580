"""The geometry of the demo city: its outline, Voronoi partitions with Lloyd relaxation, ellipses, and
integer shares that add up (shapely + the generator's seeded ``random``)."""

import math

from shapely import wkb as shapely_wkb
from shapely.affinity import rotate, scale
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon, box
from shapely.ops import voronoi_diagram
from shapely.prepared import prep

from .demo_city_spec import CENTER, CITY_AREA_M2


def _largest_remainder(total, weights):
    """Integers proportional to ``weights`` that add up to exactly ``total``."""
    wsum = float(sum(weights))
    if total == 0 or wsum <= 0:
        return [0] * len(weights)
    raw = [total * w / wsum for w in weights]
    out = [int(math.floor(r)) for r in raw]
    rest = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    return out


def _as_multi(geom):
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    if isinstance(geom, MultiPolygon):
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon) and not g.is_empty]
    return MultiPolygon(polys)


def _wkb(geom):
    return shapely_wkb.dumps(_as_multi(geom))


class Shapes:
    """Shape making with the seeded random numbers ``self.rng`` (set by the subclass)."""

    rng = None

    def outline(self):
        r = self.rng
        terms = [(k, r.uniform(0.02, 0.07) / (1 + 0.3 * k), r.uniform(0, 2 * math.pi)) for k in range(2, 7)]
        pts = []
        n = 240
        for i in range(n):
            t = 2 * math.pi * i / n
            rad = 1.0 + sum(a * math.sin(k * t + p) for k, a, p in terms)
            pts.append((math.cos(t) * rad * 1.12, math.sin(t) * rad * 0.90))
        shape = Polygon(pts)
        f = math.sqrt(CITY_AREA_M2 / shape.area)
        cx, cy = CENTER
        return Polygon([(cx + x * f, cy + y * f) for x, y in pts])

    def voronoi_partition(self, seeds, region):
        """Voronoi cells of ``seeds`` clipped to ``region``, in the order of ``seeds``."""
        if len(seeds) == 1:
            return [region]
        minx, miny, maxx, maxy = region.bounds
        env = box(minx - 5000, miny - 5000, maxx + 5000, maxy + 5000)
        cells = list(voronoi_diagram(MultiPoint(seeds), envelope=env).geoms)
        out = []
        for s in seeds:
            p = Point(s)
            cell = next(c for c in cells if c.contains(p) or c.touches(p))
            out.append(cell.intersection(region))
        return out

    def random_points_in(self, region, n, min_dist):
        r = self.rng
        minx, miny, maxx, maxy = region.bounds
        inner = prep(region.buffer(-min_dist / 3))
        pts = []
        tries = 0
        while len(pts) < n:
            tries += 1
            x, y = r.uniform(minx, maxx), r.uniform(miny, maxy)
            if not inner.contains(Point(x, y)):
                continue
            d = min_dist if tries < 20000 else min_dist / 4
            if all((x - a) ** 2 + (y - b) ** 2 >= d * d for a, b in pts):
                pts.append((x, y))
        return pts

    def relaxed_partition(self, region, n, iterations=3):
        """n roughly even cells partitioning ``region`` (Voronoi with Lloyd relaxation)."""
        if n == 1:
            return [region]
        seeds = self.random_points_in(region, n, math.sqrt(region.area / n) * 0.45)
        for _ in range(iterations):
            cells = self.voronoi_partition(seeds, region)
            seeds = [(c.centroid.x, c.centroid.y) if not c.is_empty else s for c, s in zip(cells, seeds)]
        cells = self.voronoi_partition(seeds, region)
        return cells

    @staticmethod
    def _ellipse(center, a, b, angle):
        circle = Point(center).buffer(1.0, 24)
        return rotate(scale(circle, a, b, origin=center), angle, origin=center)
