"""A weighting session: the areas and their statistics read once, then any settings computed fast.

The areas layer gives keys, names and geometries (one level of the hierarchy, e.g. Stadtteile); the
statistics come from a table or layer (the same layer, or e.g. the statistics office's CSV) joined by
normalised key. Areas without a row in the table are "not scored" (missing data); rows without an area
are reported. Neither layer is modified.
"""

from dataclasses import asdict, dataclass

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProject

from ..compat import REQUEST_NO_GEOMETRY
from ..core.keys import normalise_key
from ..core.method_preset import parse_preset
from ..core.need_index import AreaData, compute
from ..core.scenario import effective_method
from ..storage.fields import value_or_none
from ..translation import tr
from .area_data_reader import AreaDataError, read_area_data


@dataclass
class WeightingInputs:
    """Where a session reads from (stored in the project with the scenarios)."""

    areas_layer_id: str
    area_key: str
    table_layer_id: str
    table_key: str
    name_field: str = ""
    year: object = None

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


class WeightingSession:
    """Reads once (:meth:`load`); :meth:`compute` then runs a scenario's settings on the cached data."""

    def __init__(self, inputs, base_method, project=None, areas=None, table=None):
        self.inputs = inputs
        self._areas, self._table = areas, table  # layers given directly (e.g. by a Processing algorithm)
        self.base_method = base_method
        self.project = project or QgsProject.instance()
        self.base_preset = parse_preset(base_method)
        self.keys = []            # area keys as written in the areas layer
        self.names = []
        self.feature_ids = []
        self.data = None
        self.year = None
        self.unmatched_areas = []
        self.unmatched_rows = []
        self.declared_outliers = []
        self.city = None
        self.parents = None
        self.findings = []
        self.dropped = []

    @property
    def areas_layer(self):
        return self._areas if self._areas is not None else self.project.mapLayer(self.inputs.areas_layer_id)

    @property
    def table_layer(self):
        return self._table if self._table is not None else self.project.mapLayer(self.inputs.table_layer_id)

    def load(self):
        areas, table = self.areas_layer, self.table_layer
        if areas is None or table is None:
            raise AreaDataError(tr("The areas layer or the statistics table is no longer in the project."))
        fields = areas.fields()
        key_index = fields.lookupField(self.inputs.area_key)
        if key_index < 0:
            raise AreaDataError(tr("Layer {0} has no field {1} (needed by the method).").format(
                areas.name(), self.inputs.area_key))
        name_index = fields.lookupField(self.inputs.name_field) if self.inputs.name_field else -1
        wanted = [key_index] + ([name_index] if name_index >= 0 else [])
        request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY).setSubsetOfAttributes(wanted)
        keys, names, fids, seen = [], [], [], set()
        for feature in areas.getFeatures(request):
            raw = value_or_none(feature[key_index])
            k = normalise_key(raw)
            if k is None or k in seen:
                continue
            seen.add(k)
            keys.append(raw)
            names.append(str(value_or_none(feature[name_index]) or "") if name_index >= 0 else "")
            fids.append(feature.id())
        if not keys:
            raise AreaDataError(tr("The layer has no rows with a key."))
        from ..storage.project_state import load_city, stored_city

        city = self.city = stored_city(self.project)
        read = read_area_data(table, self.inputs.table_key, self.base_preset, self.inputs.year,
                              no_data=city.no_data if city is not None else ())
        self.declared_outliers = list(read.declared_outliers)  # e.g. the preset's comment column (MSS: KOM)
        # implausible cells (no-data codes left in, negative counts, parts above totals, inf, extremes) are
        # excluded as missing, and said: see compute()
        from ..core.plausibility import exclude

        self.findings, self.dropped = list(read.findings), list(read.dropped)
        exclude(read.data, self.findings)
        from .area_parents import area_parents

        self.parents = area_parents(areas, fields.at(key_index).name(), keys, city or load_city(self.project))
        row_of = {normalise_key(k): i for i, k in enumerate(read.data.keys)}
        take = np.array([row_of.get(normalise_key(k), -1) for k in keys])
        have = take >= 0
        safe = np.where(have, take, 0)
        columns = {name: np.where(have, np.asarray(col, float)[safe], np.nan)
                   for name, col in read.data.columns.items()}
        previous = None
        if read.data.previous is not None:
            previous = {name: np.where(have, np.asarray(col, float)[safe], np.nan)
                        for name, col in read.data.previous.items()}
        self.keys, self.names, self.feature_ids = keys, names, fids
        self.data = AreaData(keys, columns, previous)
        self.year = read.year
        area_keys = {normalise_key(k) for k in keys}
        self.unmatched_areas = [k for k, ok in zip(keys, have) if not ok]
        self.unmatched_rows = [k for k in read.data.keys if normalise_key(k) not in area_keys]
        return self

    def compute(self, settings):
        """(method JSON, preset, result) for ``settings``; raises ScenarioError/MethodError."""
        method = effective_method(self.base_method, settings)
        preset = parse_preset(method)
        threshold, _note = self.threshold(preset)
        if getattr(self, "_memo_of", None) is not self.data:  # remembered for these data only
            self._memo_of, self._memo = self.data, {}
        result = compute(preset, self.data, min_population=threshold, extra_outliers=self.declared_outliers,
                         parents=self.parents, memo=self._memo)
        if self.findings:
            cells = [f"{f.key}, {f.column}: {f.value:g} ({f.kind})" for f in self.findings[:10]]
            result.warnings.insert(0, ("excluded_cells", {"count": len(self.findings), "cells": "; ".join(cells) + (
                " …" if len(self.findings) > 10 else "")}))
        return method, preset, result

    def threshold(self, preset):
        """(resident threshold, note): the scenario's, but never below the city profile's (the project's,
        else Stuttgart's). The note says what was changed, for the sheets; None when nothing was."""
        from ..core.disclosure import effective_threshold
        from ..storage.project_state import load_city

        floor = (self.city or load_city(self.project)).min_population
        used = effective_threshold(floor, preset.min_population)
        if used != preset.min_population:
            return used, tr("The scenario asks for a resident threshold of {0:g}; the city's {1:g} applies.").format(
                preset.min_population, floor)
        if preset.min_population > floor:
            return preset.min_population, tr("Resident threshold {0:g} (the city's is {1:g}).").format(
                preset.min_population, floor)
        return preset.min_population, None
