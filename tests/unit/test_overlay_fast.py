"""The fast coverage of core/overlay.py against a plain implementation on random data.

The plain one intersects every area with every dissolved renewal part, without an index, a grid or
prepared geometry. Both must agree to the last bit: the fast path only leaves out work whose result is
known (an area whose box no renewal boundary crosses is wholly inside or wholly outside).
"""

import math
import random
from collections.abc import Mapping

import pytest
from overlay_reference import plain_coverage
from shapely.affinity import rotate
from shapely.geometry import MultiPolygon, Point, Polygon, box

from quartier_plugin.core import overlay as ov
from quartier_plugin.core.geometry import bounds_of, polygons
from quartier_plugin.core.spatial_index import BoundaryGrid


def blob(rng, cx, cy, r, n=18):
    return Polygon([(cx + r * (1 + 0.3 * math.sin(3 * a)) * math.cos(a), cy + r * (1 + 0.3 * math.sin(3 * a))
                     * math.sin(a)) for a in (2 * math.pi * t / n for t in range(n))])


def random_case(seed, cells=24):
    """Areas: a grid of squares (some rotated, some multipart, one far away) in a real CRS's range;
    renewal: overlapping blobs, an invalid bowtie and a polygon with a hole."""
    rng = random.Random(seed)
    x0, y0, size = 510_000.0 + rng.uniform(0, 1), 5_400_000.0 + rng.uniform(0, 1), rng.uniform(40, 120)
    areas = {}
    for i in range(cells):
        for j in range(cells):
            x, y = x0 + i * size, y0 + j * size
            shape = box(x, y, x + size, y + size)
            if rng.random() < 0.1:
                shape = rotate(shape, rng.uniform(0, 40))
            if rng.random() < 0.08:   # a multipart area: the cell and a small island elsewhere
                ix, iy = x0 + rng.uniform(0, cells * size), y0 + rng.uniform(0, cells * size)
                shape = MultiPolygon([shape, box(ix, iy, ix + size / 5, iy + size / 5)])
            areas[f"a{i}-{j}"] = shape
    areas["far"] = box(x0 - 50 * size, y0, x0 - 49 * size, y0 + size)
    renewal = [blob(rng, x0 + rng.uniform(0, cells * size), y0 + rng.uniform(0, cells * size),
                    rng.uniform(1.5, 5) * size) for _ in range(rng.randint(3, 9))]
    bx, by = x0 + rng.uniform(0, cells * size), y0 + rng.uniform(0, cells * size)
    renewal.append(Polygon([(bx, by), (bx + 3 * size, by + 3 * size), (bx + 3 * size, by), (bx, by + 3 * size)]))
    hx, hy = x0 + rng.uniform(0, cells * size), y0 + rng.uniform(0, cells * size)
    renewal.append(Polygon(box(hx, hy, hx + 6 * size, hy + 6 * size).exterior.coords,
                           [box(hx + size, hy + size, hx + 4 * size, hy + 4 * size).exterior.coords[::-1]]))
    population = [(Point(x0 + rng.uniform(-size, cells * size), y0 + rng.uniform(0, cells * size)),
                   rng.randint(0, 40)) for _ in range(60)]
    for _ in range(40):
        px, py = x0 + rng.uniform(-size, cells * size), y0 + rng.uniform(0, cells * size)
        population.append((box(px, py, px + size * 0.7, py + size * 0.7), rng.randint(1, 90)))
    return areas, renewal, population


def same(fast, plain):
    assert list(fast) == list(plain)
    for key in plain:
        a, b = fast[key], plain[key]
        assert (a.area_share, a.covered_m2, a.population, a.population_share) == \
            (b.area_share, b.covered_m2, b.population, b.population_share), key


@pytest.mark.parametrize("seed", range(12))
def test_fast_coverage_equals_plain_on_random_data(seed):
    areas, renewal, population = random_case(seed)
    union, repaired = ov.dissolve(renewal)
    assert repaired == 1   # the bowtie
    fast = ov.coverage(areas, union, population)
    same(fast, plain_coverage(areas, union, population))
    shares = [c.area_share for c in fast.values()]
    assert 0.0 in shares and 1.0 in shares and any(0 < s < 1 for s in shares)   # every kind of area occurs
    assert fast["far"].area_share == 0.0 and fast["far"].covered_m2 == 0.0


class Asked(Mapping):
    """Areas made on demand, remembering which were asked for (as shapes or, as the overlay reader gives
    them, as WKB)."""

    def __init__(self, shapes, with_wkb):
        self.shapes, self.asked = shapes, set()
        if with_wkb:
            self.wkb = self._wkb

    def __getitem__(self, key):
        self.asked.add(key)
        return self.shapes[key]

    def _wkb(self, key):
        self.asked.add(key)
        return self.shapes[key].wkb

    def __iter__(self):
        return iter(self.shapes)

    def __len__(self):
        return len(self.shapes)


@pytest.mark.parametrize("seed,with_wkb", [(0, False), (1, True), (2, False), (3, True)])
def test_with_known_bounds_far_areas_are_not_made(seed, with_wkb):
    areas, renewal, _ = random_case(seed)
    union, _ = ov.dissolve(renewal)
    lazy = Asked(areas, with_wkb)
    fast = ov.coverage(lazy, union, bounds={k: bounds_of(g) for k, g in areas.items()})
    same(fast, plain_coverage(areas, union))
    assert "far" not in lazy.asked
    untouched = [k for k, c in fast.items() if c.covered_m2 == 0.0]
    assert untouched and len(lazy.asked) < len(areas)
    assert not lazy.asked & {k for k in untouched if not union.envelope.intersects(areas[k])}


def test_boundary_grid_never_misses_a_crossing():
    rng = random.Random(3)
    union, _ = ov.dissolve([blob(rng, rng.uniform(0, 1000), rng.uniform(0, 1000), rng.uniform(50, 300))
                            for _ in range(8)])
    rings = [list(p.exterior.coords) for p in polygons(union)] + \
        [list(r.coords) for p in polygons(union) for r in p.interiors]
    boundary = union.boundary
    for cell in (5.0, 37.0, 400.0):
        grid = BoundaryGrid(rings, cell)
        boxes = []
        for _ in range(3000):
            x, y, w = rng.uniform(-100, 1400), rng.uniform(-100, 1400), rng.uniform(0.1, 80)
            boxes.append((x, y, x + w, y + w * rng.uniform(0.2, 2)))
        crossed = grid.crossed(boxes)
        for b, c in zip(boxes, crossed):
            if box(*b).intersects(boundary):
                assert c, (cell, b)
    assert not BoundaryGrid([], 1.0).crossed([(0, 0, 1, 1)]).any()
    assert not BoundaryGrid(rings, 10.0).crossed([(float("nan"),) * 4]).any()
