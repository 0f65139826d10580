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


class BoundaryGrid:
    """Which boxes a set of line segments (e.g. the rings of polygons) may cross, for many boxes at once.

    The segments are marked on a regular grid of ``cell``-sized squares (every square the box of a short
    piece of a segment touches); :meth:`crossed` answers per box whether any marked square overlaps it.
    A point's square only grows with its coordinates, so a box that meets a segment meets a marked
    square. The answer errs only one way: a box said not to be crossed has no segment in it, so it lies
    wholly inside or wholly outside the polygons.
    """

    MAX_CELLS = 2048  # squares per axis at most (a 2048 x 2048 table of counts)

    def __init__(self, rings, cell):
        """``rings``: arrays of (x, y) vertices (closed rings or lines); ``cell``: the wanted square size."""
        import numpy as np

        rings = [np.asarray(r, dtype=float)[:, :2] for r in rings if len(r) >= 2]
        self._table = None
        if not rings:
            return
        points = np.concatenate(rings)
        x0, y0 = points.min(axis=0)
        x1, y1 = points.max(axis=0)
        span = max(x1 - x0, y1 - y0, 1e-9)
        # the pieces' boxes are widened by far more than the rounding of their interpolated ends
        eps = 1e-12 * (span + float(np.abs(points).max()))
        size = max(float(cell) if cell and cell > 0 else span, span / self.MAX_CELLS, 8 * eps)
        n = int(span // size) + 1
        self._x0, self._y0, self._size, self._n = x0, y0, size, n
        start = np.concatenate([r[:-1] for r in rings])
        end = np.concatenate([r[1:] for r in rings])
        # pieces no longer than half a square: each piece's box spans at most two squares per axis
        pieces = np.maximum(1, np.ceil(np.abs(end - start).max(axis=1) / (size / 2))).astype(int)
        which = np.repeat(np.arange(len(start)), pieces)
        step = np.arange(len(which)) - np.repeat(np.cumsum(pieces) - pieces, pieces)
        t0 = (step / pieces[which])[:, None]
        t1 = ((step + 1) / pieces[which])[:, None]
        a = start[which] + (end[which] - start[which]) * t0
        b = start[which] + (end[which] - start[which]) * t1
        lo = self._index(np.minimum(a, b) - eps)
        hi = self._index(np.maximum(a, b) + eps)
        marked = np.zeros((n + 2, n + 2), dtype=bool)   # one square of margin on each side
        for i in (lo[:, 0], hi[:, 0]):
            for j in (lo[:, 1], hi[:, 1]):
                marked[i + 1, j + 1] = True
        self._table = np.zeros((n + 3, n + 3), dtype=np.int64)   # summed-area table of the marks
        self._table[1:, 1:] = marked.astype(np.int64).cumsum(axis=0).cumsum(axis=1)

    def _index(self, xy):
        import numpy as np

        i = np.floor((xy[:, 0] - self._x0) / self._size)
        j = np.floor((xy[:, 1] - self._y0) / self._size)
        return np.clip(np.stack([i, j], axis=1), -1, self._n).astype(int)

    def crossed(self, boxes):
        """Boolean array: may a segment cross each (minx, miny, maxx, maxy) row of ``boxes``?"""
        import numpy as np

        boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
        if self._table is None:
            return np.zeros(len(boxes), dtype=bool)
        far = self._x0 + self._n * self._size, self._y0 + self._n * self._size
        with np.errstate(invalid="ignore"):   # a box of nan (no geometry) is crossed by nothing
            away = ~((boxes[:, 2] >= self._x0) & (boxes[:, 0] <= far[0])
                     & (boxes[:, 3] >= self._y0) & (boxes[:, 1] <= far[1]))
        boxes = np.where(away[:, None], self._x0, boxes)
        lo = self._index(boxes[:, :2]) + 1
        hi = self._index(boxes[:, 2:]) + 2
        t = self._table
        count = t[hi[:, 0], hi[:, 1]] - t[lo[:, 0], hi[:, 1]] - t[hi[:, 0], lo[:, 1]] + t[lo[:, 0], lo[:, 1]]
        return (count > 0) & ~away
