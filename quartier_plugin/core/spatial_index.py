"""A small bounding-box index that behaves the same under shapely 1.8 and 2.x.

Items are bucketed into a uniform grid sized from the data; a query returns the ids of items whose
bounding boxes intersect the query box, in insertion order.
"""

import math


class BoxIndex:
    def __init__(self, items, cells_per_axis=None):
        """``items``: iterable of (id, (minx, miny, maxx, maxy))."""
        self._items = [(i, b) for i, b in items if b and not any(math.isnan(v) for v in b)]
        if not self._items:
            self._buckets, self._size = {}, 1.0
            self._x0 = self._y0 = 0.0
            return
        minx = min(b[0] for _, b in self._items)
        miny = min(b[1] for _, b in self._items)
        maxx = max(b[2] for _, b in self._items)
        maxy = max(b[3] for _, b in self._items)
        n = cells_per_axis or max(1, int(math.sqrt(len(self._items))))
        self._size = max(maxx - minx, maxy - miny, 1e-9) / n
        self._x0, self._y0 = minx, miny
        self._buckets = {}
        for pos, (_, b) in enumerate(self._items):
            for cell in self._cells(b):
                self._buckets.setdefault(cell, []).append(pos)

    def _cells(self, b):
        s = self._size
        i0, i1 = int((b[0] - self._x0) // s), int((b[2] - self._x0) // s)
        j0, j1 = int((b[1] - self._y0) // s), int((b[3] - self._y0) // s)
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                yield (i, j)

    def query(self, bounds):
        """Ids of the items whose boxes intersect ``bounds``."""
        found = set()
        for cell in self._cells(bounds):
            found.update(self._buckets.get(cell, ()))
        out = []
        for pos in sorted(found):
            i, b = self._items[pos]
            if b[0] <= bounds[2] and bounds[0] <= b[2] and b[1] <= bounds[3] and bounds[1] <= b[3]:
                out.append(i)
        return out
