"""The areas of the renewal overlay read once: the features by key, each geometry's box in the working CRS,
and a shapely shape made only when the overlay asks for it (most areas are settled by their box)."""

from collections.abc import Mapping

from shapely import wkb

from ..core.keys import normalise_key
from .geometry_reader import transform_to


class AreaShapes(Mapping):
    """{normalised key: shapely geometry in the working CRS}, made on first use; ``bounds`` holds the boxes
    and ``features`` the features (as :func:`..layers.geometry_reader.shapes_by_key`: rows without key or
    geometry are left out, a later row of a key replaces an earlier one, invalid geometries are repaired on
    the copy with makeValid)."""

    def __init__(self):
        self.features, self.bounds, self._geometries, self._shapes = {}, {}, {}, {}
        self.problems = False

    def __getitem__(self, key):
        shape = self._shapes.get(key)
        if shape is None:
            shape = self._shapes[key] = wkb.loads(bytes(self._geometries[key].asWkb()))
        return shape

    def wkb(self, key):
        """The WKB of the shape of ``key`` (cheaper than the shape when GEOS only needs to read it)."""
        return bytes(self._geometries[key].asWkb())

    def __iter__(self):
        return iter(self._geometries)

    def __len__(self):
        return len(self._geometries)

    def add(self, key, feature, geometry):
        box = geometry.boundingBox()
        self.features[key], self._geometries[key] = feature, geometry
        self._shapes.pop(key, None)
        self.bounds[key] = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) \
            if not box.isNull() else (float("nan"),) * 4


def read_areas(layer, key_field, crs, feedback=None, transform_context=None):
    """The :class:`AreaShapes` of ``layer`` in ``crs``; the layer is only read. Its ``problems`` is True when
    a feature has no geometry or an invalid one (in the layer's CRS), i.e. when
    :func:`..layers.area_data_reader.report_geometry_problems` has something to say."""
    transform = transform_to(layer.crs(), crs, transform_context)
    same_crs = transform.isShortCircuited()
    key_index = layer.fields().lookupField(key_field) if key_field else -1
    out = AreaShapes()
    for count, feature in enumerate(layer.getFeatures()):
        if feedback is not None and count % 1000 == 0 and feedback.isCanceled():
            break
        geom = feature.geometry()
        if geom.isEmpty():   # also a feature without geometry
            out.problems = True
            continue
        key = normalise_key(feature.attribute(key_index)) if key_index >= 0 else str(feature.id())
        valid = geom.isGeosValid()
        if not same_crs:
            out.problems |= not valid
            geom = type(geom)(geom)
            geom.transform(transform)
            valid = geom.isGeosValid()
        if not valid:
            out.problems = True
            geom = geom.makeValid()
        if key is not None:
            out.add(key, feature, geom)
    return out
