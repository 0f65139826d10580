"""Result layers of the need index: the areas' geometries with index, rank, class and indicator values.

A result layer is a memory layer made once per session (the live preview) or per scenario; updating it
only rewrites the attribute values that changed and replaces the renderer, so a weight change
reaches the map quickly. Layers carry custom properties: their role, the scenario name, and what an
area profile needs besides the area's own values (labels, units, city values), so the workshop dock
can show profiles without recomputing.
"""

import json

from qgis.core import QgsFeature, QgsFeatureRequest, QgsField, QgsVectorLayer, QgsWkbTypes

from ..compat import REQUEST_NO_GEOMETRY
from ..core.need_index import REASONS, class_labels
from ..core.profile import class_columns, other_classified, profile_meta
from ..core.tables import INTEGER, REAL, STRING
from ..definitions import LAYER_ROLE, ROLE_PREVIEW
from ..storage.fields import float_values, int_values, integer_field_type, real_field_type, string_field_type
from ..translation import tr
from .need_renderers import class_renderer

ROLE = LAYER_ROLE
SCENARIO = "quartier/scenario"
META = "quartier/profile_meta"
PREVIEW, SCENARIO_LAYER, INDICATORS = ROLE_PREVIEW, "scenario", "indicators"
BASE_FIELDS = (("key", "s"), ("name", "s"), ("index", "d"), ("rank", "i"), ("class", "s"), ("class_no", "i"),
               ("scored", "i"), ("reason", "s"), ("p05", "i"), ("p95", "i"), ("selected", "d"))


def _field(name, kind):
    types = {"s": string_field_type, "d": real_field_type, "i": integer_field_type}
    return QgsField(name, types[kind]())


def field_spec(preset):
    spec = list(BASE_FIELDS)
    for ind in preset.indicators:
        spec += [(f"{ind.id}_value", "d"), (f"{ind.id}_rating", "s")]
    spec += [(f"{n.id}_class", "s") for n in other_classified(preset)]
    if preset.matrix:
        spec.append(("matrix", "s"))
    return spec


def memory_area_layer(session, name, fields):
    """A memory layer of the session's areas (geometry, key, name) with ``fields`` (QgsField list) added."""
    areas = session.areas_layer
    geometry = QgsWkbTypes.displayString(areas.wkbType())
    layer = QgsVectorLayer(f"{geometry}?crs={areas.crs().authid() or 'EPSG:25832'}", name, "memory")
    layer.setCrs(areas.crs())
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    add_area_features(layer, session)
    return layer


def create_result_layer(session, name, role=PREVIEW, scenario=None):
    """A memory layer with the session's areas (geometry, key, name) and empty result fields."""
    layer = memory_area_layer(session, name, [_field(n, k) for n, k in field_spec(session.base_preset)])
    layer.setCustomProperty(ROLE, role)
    if scenario is not None:
        layer.setCustomProperty(SCENARIO, scenario)
    layer.setReadOnly(True)
    return layer


def add_area_features(layer, session):
    """Fill an empty result layer with the session's areas (geometry, key and name)."""
    request = QgsFeatureRequest().setFilterFids(session.feature_ids).setNoAttributes()
    geometries = {f.id(): f.geometry() for f in session.areas_layer.getFeatures(request)}
    features = []
    fields = layer.fields()
    for key, area_name, fid in zip(session.keys, session.names, session.feature_ids):
        feature = QgsFeature(fields)
        feature.setGeometry(geometries.get(fid))
        feature["key"] = str(key)
        feature["name"] = area_name
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()


# what the map of a result layer draws (the class renderer) and says of an area not scored
MAP_COLUMNS = frozenset({"class", "class_no", "scored", "reason"})


class ResultLayerUpdater:
    """Writes results into a result layer; only changed values are written, in one call.

    The columns are compared as numpy arrays with the values last written (NaN and None as missing, whole
    numbers compared as the integers written), and only the changed cells become Python values.
    ``tests/qgis/test_result_layer_fast.py`` compares it with writing every column value by value."""

    def __init__(self, layer):
        import numpy as np

        self.layer = layer
        self.layer_id = layer.id()
        self.fids = np.array([f.id() for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(
            REQUEST_NO_GEOMETRY))], dtype=np.int64)
        self.index = {f.name(): i for i, f in enumerate(layer.fields())}
        self.cache = {}
        self.pending = {}

    def update(self, preset, result, robustness=None, now=None):
        """Write the result of ``preset`` (aligned to the layer's features) and set the class renderer.

        ``now``: the columns written at once (e.g. :data:`MAP_COLUMNS`, what the map draws); the others wait for
        :meth:`flush` (the live preview writes them when the user pauses). None: every column at once; so also
        when the areas scored change (a withheld area's values go at once, never waiting)."""
        import numpy as np

        arrays = result_arrays(preset, result, robustness)
        if now is not None and self.cache.get("scored") is not None and \
                not np.array_equal(_comparable(*arrays["scored"]), self.cache["scored"]):
            now = None
        changes = {}
        for name, (kind, values) in arrays.items():
            if name not in self.index:
                continue
            if now is not None and name not in now:
                self.pending[name] = (kind, values)
                continue
            self.pending.pop(name, None)
            self._collect(name, kind, values, changes)
        if changes:
            self.layer.dataProvider().changeAttributeValues(changes)
        style_result_layer(self.layer, preset, result)
        return len(changes)

    def flush(self):
        """Write the columns :meth:`update` left waiting; the number of features changed."""
        changes = {}
        for name, (kind, values) in self.pending.items():
            self._collect(name, kind, values, changes)
        self.pending = {}
        if changes:
            self.layer.dataProvider().changeAttributeValues(changes)
        return len(changes)

    def _collect(self, name, kind, values, changes):
        """The cells of column ``name`` that differ from those last written, into ``changes`` {fid: {idx: v}}."""
        import numpy as np

        idx = self.index[name]
        compared = _comparable(kind, values)
        old = self.cache.get(name)
        if old is None:
            rows = np.arange(len(compared))
        elif kind == "d":
            rows = np.flatnonzero(~((old == compared) | (np.isnan(old) & np.isnan(compared))))
        else:
            rows = np.flatnonzero(np.asarray(old != compared, dtype=bool))
        if rows.size:
            for fid, value in zip(self.fids[rows].tolist(), _python_values(kind, compared[rows])):
                changes.setdefault(fid, {})[idx] = value
        self.cache[name] = compared


def result_arrays(preset, result, robustness=None):
    """{field name: (kind, array)} of a result, the columns of :func:`result_columns` before they become Python
    values: kind "d" floats (NaN: None), "i" whole numbers (NaN and negative: None), "s" texts or None."""
    import numpy as np

    main = result.nodes[preset.main_index]
    texts = {r: tr(REASONS[r]) for r in set(result.reason) if r}
    columns = {"index": ("d", main["value"]), "rank": ("i", main["rank"]), "class": ("s", main["class"]),
               "class_no": ("i", main["class_index"]), "scored": ("i", np.asarray(result.scored, dtype=float)),
               "reason": ("s", [texts.get(r) for r in result.reason])}
    if robustness is not None:
        columns.update(p05=("i", robustness.rank_p05), p95=("i", robustness.rank_p95),
                       selected=("d", robustness.share_selected))
    for ind in preset.indicators:
        info = result.indicators[ind.id]
        columns[f"{ind.id}_value"] = ("d", info["value"])
        columns[f"{ind.id}_rating"] = ("s", info["rating"])
    columns.update({name: ("s", values) for name, values in class_columns(preset, result).items()})
    return columns


def _comparable(kind, values):
    """The array compared between updates: floats, whole numbers as int64 (-1: None), or objects."""
    import numpy as np

    if kind == "d":
        return np.array(values, dtype=float)
    if kind == "i":
        a = np.asarray(values, dtype=float)
        bad = np.isnan(a) | (a < 0)
        return np.where(bad, -1, np.where(bad, 0, a).astype(np.int64))
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def _python_values(kind, values):
    """Python values of a :func:`_comparable` array, as :func:`result_columns` has them."""
    if kind == "d":
        return float_values(values)
    if kind == "i":
        out = values.astype(object)
        out[values < 0] = None
        return out.tolist()
    return values.tolist()


def result_columns(preset, result, robustness=None):
    """{field name: values aligned to the areas} of a result (suppressed areas carry None)."""
    main = result.nodes[preset.main_index]
    columns = {
        "index": float_values(main["value"]), "rank": int_values(main["rank"]), "class": list(main["class"]),
        "class_no": int_values(main["class_index"]), "scored": [int(s) for s in result.scored],
        "reason": [tr(REASONS[r]) if r else None for r in result.reason],
    }
    if robustness is not None:
        columns.update(p05=int_values(robustness.rank_p05), p95=int_values(robustness.rank_p95),
                       selected=float_values(robustness.share_selected))
    for ind in preset.indicators:
        info = result.indicators[ind.id]
        columns[f"{ind.id}_value"] = float_values(info["value"])
        columns[f"{ind.id}_rating"] = list(info["rating"])
    columns.update(class_columns(preset, result))
    return columns


def style_result_layer(layer, preset, result):
    """The class renderer with counts in the legend, and what an area profile needs (META)."""
    node = preset.node(preset.main_index)
    labels = class_labels(node, result)
    layer.setRenderer(class_renderer(labels, class_counts(result.nodes[preset.main_index]["class"], result.scored)))
    layer.setCustomProperty(META, json.dumps(profile_meta(preset, result)))
    layer.triggerRepaint()
    layer.emitStyleChanged()


def class_counts(classes, scored):
    """{class label: number of scored areas}, and under None the number of areas not scored."""
    import numpy as np

    ok = np.asarray(scored, dtype=bool)
    labels = np.asarray(classes, dtype=object)[ok]
    counts = {}
    if labels.size:
        names, first, number = np.unique(labels.astype(str), return_index=True, return_counts=True)
        # in the order the labels first appear (as counting them one by one gives), each as it was given
        for i in np.argsort(first, kind="stable"):
            counts[labels[first[i]]] = int(number[i])
    if not ok.all():
        counts[None] = counts.get(None, 0) + int((~ok).sum())
    return counts


KINDS = {"s": STRING, "d": REAL, "i": INTEGER}


def area_rows(session, spec, columns):
    """Rows (multi WKB, values in ``spec`` order) of the session's areas for a workspace table."""
    from .workspace_layers import multi_wkb

    request = QgsFeatureRequest().setFilterFids(session.feature_ids).setNoAttributes()
    geometries = {f.id(): f.geometry() for f in session.areas_layer.getFeatures(request)}
    base = {"key": [str(k) for k in session.keys], "name": list(session.names)}
    rows = []
    for i, fid in enumerate(session.feature_ids):
        values = []
        for name, _kind in spec:
            source = base.get(name) if name in base else columns.get(name)
            values.append(None if source is None else source[i])
        rows.append((multi_wkb(geometries.get(fid)), values))
    return rows
