"""Where the weighting dock reads from: the hierarchy level or layers, the statistics table, the method;
suggestions from the hierarchy on first use, the stored state when it is opened again."""

import json
import os

from qgis.PyQt.QtWidgets import QFileDialog

from .. import paths
from ..core.method_preset import PresetError, parse_preset
from ..storage.project_state import load_hierarchy, load_weighting_state
from ..translation import tr


class InputsMixin:
    """Needs the dock's input widgets, ``project``, ``session``, ``preset`` and ``load_data``."""

    # -- inputs ----------------------------------------------------------------------------------
    def _fill_levels(self):
        from ..core.hierarchy import level

        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(tr("(choose the layer)"), None)
        definition = load_hierarchy(self.project)
        if definition is not None:
            for level_id, entry in definition.levels.items():
                if self.project.mapLayer(entry.get("layer_id", "")) is not None:
                    self.level.addItem(tr(level(level_id).label), level_id)
        self.level.blockSignals(False)

    def _level_changed(self):
        level_id = self.level.currentData()
        definition = load_hierarchy(self.project)
        if not level_id or definition is None:
            return
        entry = definition.levels[level_id]
        self.areas.setLayer(self.project.mapLayer(entry["layer_id"]))
        mapping = entry.get("mapping", {})
        self.area_key.setField(mapping.get("key_field", ""))
        self.area_name.setField(mapping.get("name_field") or "")

    def _guess_table(self, key_field):
        """A table (or layer) holding the method's fields and the key, for a first suggestion."""
        needed = {f.lower() for f in self.preset.fields} if self.preset else set()
        for layer in self.project.mapLayers().values():
            if not hasattr(layer, "fields"):
                continue
            names = {f.name().lower() for f in layer.fields()}
            if needed and needed <= names and (not key_field or key_field.lower() in names):
                return layer
        return None

    def _browse_method(self):
        path, _filter = QFileDialog.getOpenFileName(self, tr("Method file"), "", tr("Method (*.json)"))
        if path:
            self.set_method_source(path)

    def set_method_source(self, source):
        index = self.method.findData(source)
        if index < 0:
            self.method.addItem(os.path.basename(source), source)
            index = self.method.count() - 1
        self.method.setCurrentIndex(index)

    def _method_changed(self):
        if self._restoring or self.session is None:
            return
        self.scenario_name = None
        self._fill_scenarios()
        self.load_data()

    def _read_method(self):
        source = self.method.currentData()
        path = source if os.path.exists(str(source)) else os.path.join(paths.resource("presets"), f"{source}.json")
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        parse_preset(data)
        return data

    # -- state in the project ------
    def load_from_project(self):
        """Fill the dialog from the project: stored state if any, else suggestions from the hierarchy."""
        self._fill_levels()
        self._fill_scenarios()
        state = load_weighting_state(self.project)
        if state and state.get("inputs"):
            inputs = state["inputs"]
            areas = self.project.mapLayer(inputs.get("areas_layer_id", ""))
            table = self.project.mapLayer(inputs.get("table_layer_id", ""))
            if areas is not None and table is not None:
                self._restoring = True
                self.areas.setLayer(areas)
                self.area_key.setField(inputs.get("area_key", ""))
                self.area_name.setField(inputs.get("name_field", ""))
                self.table_layer.setLayer(table)
                self.table_key.setField(inputs.get("table_key", ""))
                if state.get("method_source"):
                    self.set_method_source(state["method_source"])
                self.compare_shift.setValue(int(state.get("compare_shift", 5)))
                self.scenario_name = state.get("scenario")
                self._fill_scenarios()
                self._restoring = False
                self.load_data(state.get("base_method"), state.get("settings"))
                return
        from ..core.hierarchy import STADTTEIL

        index = self.level.findData(STADTTEIL)
        if index > 0:
            self.level.setCurrentIndex(index)
            try:
                self.preset = parse_preset(self._read_method())
            except (OSError, ValueError, PresetError):
                self.preset = None
            table = self._guess_table(self.preset.key_field if self.preset else None)
            if table is not None:
                self.table_layer.setLayer(table)
                key = self.preset.key_field if self.preset else ""
                if key and table.fields().lookupField(key) >= 0:
                    self.table_key.setField(table.fields().field(table.fields().lookupField(key)).name())
