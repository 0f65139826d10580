"""Dialog "Need index and weighting": weights with a live map preview, and named scenarios.

Every change (weight, indicator switched off, direction, normalisation, classes, threshold) is
computed after a short pause (debounced) into the preview layer "Bedarfsindex (Vorschau)", the
ranking table and the warnings. Everything the user sets is written to the project as it changes, so
closing and reopening the dialog (or the project) loses nothing. Scenarios are stored in the project,
exported and imported as JSON, duplicated and compared; saving a scenario also updates its map layer
and the map themes of the workshop dock.
"""

import copy
import json
import os
import time

from qgis.core import QgsProject
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..core.method_preset import PresetError, parse_preset, preset_ids
from ..core.methods import MethodError
from ..core.need_index import WARNINGS
from ..core.scenario import (
    ScenarioError,
    default_settings,
    export_scenarios,
    import_scenarios,
    new_scenario,
    unique_name,
)
from ..core.scenario_compare import compare, ranking_of, summary
from ..storage.atomic import atomic_path
from ..storage.project_state import (
    load_city,
    load_hierarchy,
    load_scenarios,
    load_weighting_state,
    save_scenarios,
    save_weighting_state,
)
from ..translation import tr
from .charts import CorrelationHeatmap, RankIntervalChart
from .weights_editor import WeightsEditor
from .widgets import HelperFilter, ensure_workspace, fill_table, layer_filter, layer_tree_model

DEFAULT_METHOD = "stuttgart_gebietsauswahl"
DEBOUNCE_MS = 150
RANKING_ROWS = 25
CURRENT = "__current__"


class WeightingDialog(QDialog):
    scenarios_changed = pyqtSignal()

    def __init__(self, iface=None, parent=None, project=None):
        super().__init__(parent)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.session = None
        self.base_method = None
        self.preset = None            # the base method, parsed
        self.settings = None
        self.scenario_name = None     # the scenario the settings came from, if any
        self.last = None              # (method, preset, result) of the last computation
        self.robustness = None
        self.preview = None
        self.updater = None
        self.last_ms = None
        self._loading = False
        self._restoring = False
        self.setWindowTitle(tr("Need index and weighting"))
        self.setObjectName("QuartierWeightingDialog")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        self._build()
        for combo in (self.area_key, self.area_name):  # the layer combos chose a layer before being connected
            combo.setLayer(self.areas.currentLayer())
        self.table_key.setLayer(self.table_layer.currentLayer())
        self.load_from_project()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self):
        layout = QVBoxLayout(self)
        data = QGroupBox(tr("Areas and data"), self)
        form = QFormLayout(data)
        self.level = QComboBox(data)
        self.level.currentIndexChanged.connect(self._level_changed)
        form.addRow(tr("Level"), self.level)
        self.areas = QgsMapLayerComboBox(data)
        self.areas.setFilters(layer_filter("PolygonLayer"))
        self.area_key = QgsFieldComboBox(data)
        self.area_name = QgsFieldComboBox(data)
        self.area_name.setAllowEmptyFieldName(True)
        self.areas.layerChanged.connect(self.area_key.setLayer)
        self.areas.layerChanged.connect(self.area_name.setLayer)
        row = QHBoxLayout()
        row.addWidget(self.areas, 2)
        row.addWidget(QLabel(tr("key"), data))
        row.addWidget(self.area_key, 1)
        row.addWidget(QLabel(tr("name"), data))
        row.addWidget(self.area_name, 1)
        form.addRow(tr("Areas"), row)
        self.table_layer = QgsMapLayerComboBox(data)
        self.table_layer.setFilters(layer_filter("VectorLayer"))
        self.table_key = QgsFieldComboBox(data)
        self.table_layer.layerChanged.connect(self.table_key.setLayer)
        row = QHBoxLayout()
        row.addWidget(self.table_layer, 2)
        row.addWidget(QLabel(tr("key"), data))
        row.addWidget(self.table_key, 1)
        form.addRow(tr("Statistics table"), row)
        self.helpers = HelperFilter(self.project, self.areas, self.table_layer)
        self.method = QComboBox(data)
        for preset_id in preset_ids(paths.resource("presets")):
            self.method.addItem(preset_id, preset_id)
        self.method.setCurrentIndex(max(self.method.findData(DEFAULT_METHOD), 0))
        self.method.currentIndexChanged.connect(self._method_changed)
        browse = QPushButton(tr("Method file…"), data)
        browse.clicked.connect(self._browse_method)
        row = QHBoxLayout()
        row.addWidget(self.method, 1)
        row.addWidget(browse)
        form.addRow(tr("Method"), row)
        self.load_button = QPushButton(tr("Load data"), data)
        self.load_button.clicked.connect(self.load_data)
        form.addRow("", self.load_button)
        layout.addWidget(data)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Scenario"), self))
        self.scenario_box = QComboBox(self)
        self.scenario_box.setMinimumWidth(180)
        self.scenario_box.activated.connect(self._scenario_chosen)
        bar.addWidget(self.scenario_box, 1)
        for text, slot in ((tr("Save"), self._save_clicked), (tr("Save as…"), self._save_as_clicked),
                           (tr("Duplicate"), self._duplicate_clicked), (tr("Delete"), self._delete_clicked),
                           (tr("Import…"), self._import_clicked), (tr("Export…"), self._export_clicked)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tabs = QTabWidget(splitter)
        self.editor = WeightsEditor(self.tabs)
        self.editor.changed.connect(self.schedule)
        self.tabs.addTab(self.editor, tr("Weights"))
        self.tabs.addTab(self._classes_tab(), tr("Classes and suppression"))
        self.rank_chart = RankIntervalChart(self.tabs)
        self.tabs.addTab(self.rank_chart, tr("Robustness"))
        self.heatmap = CorrelationHeatmap(self.tabs)
        self.tabs.addTab(self.heatmap, tr("Correlation"))
        self.tabs.addTab(self._comparison_tab(), tr("Comparison"))
        self.tabs.currentChanged.connect(lambda _i: self._update_robustness())
        right = QWidget(splitter)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("", right)
        self.status.setWordWrap(True)
        side.addWidget(self.status)
        self.warnings = QListWidget(right)
        self.warnings.setObjectName("QuartierWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(130)
        side.addWidget(self.warnings)
        self.ranking = QTableWidget(0, 4, right)
        self.ranking.setObjectName("QuartierRanking")
        self.ranking.setHorizontalHeaderLabels([tr("Rank"), tr("Area"), tr("Index"), tr("Class")])
        self.ranking.verticalHeader().setVisible(False)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.ranking.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        side.addWidget(self.ranking, 1)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 400])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(self)
        close = QPushButton(tr("Close"), self)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1320, 780)

    def _classes_tab(self):
        page = QWidget(self)
        form = QFormLayout(page)
        self.class_method = QComboBox(page)
        for key, label in (("preset", tr("as the method")), ("quantile", tr("quantiles")),
                           ("natural_breaks", tr("natural breaks (Jenks)")), ("manual", tr("manual breaks"))):
            self.class_method.addItem(label, key)
        self.class_count = QSpinBox(page)
        self.class_count.setRange(2, 9)
        self.class_count.setValue(5)
        self.class_breaks = QLineEdit(page)
        self.class_breaks.setPlaceholderText(tr("e.g. -1; 0; 1; 1.5"))
        self.threshold = QDoubleSpinBox(page)
        floor = load_city(self.project).min_population  # a scenario may raise the city's threshold, never lower it
        self.threshold.setRange(floor, 100000)
        self.threshold.setToolTip(tr("The city profile's threshold ({0:g} residents) is the lowest allowed.").format(
            floor))
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(tr(" residents"))
        form.addRow(tr("Classification of the index"), self.class_method)
        form.addRow(tr("Number of classes"), self.class_count)
        form.addRow(tr("Breaks"), self.class_breaks)
        form.addRow(tr("Suppress areas under"), self.threshold)
        note = QLabel(tr("Areas under the threshold are not scored, do not influence the statistics of the others "
                         "and show no values on the map or in any export."), page)
        note.setWordWrap(True)
        form.addRow(note)
        self.class_method.currentIndexChanged.connect(self._classes_changed)
        self.class_count.valueChanged.connect(self._classes_changed)
        self.class_breaks.editingFinished.connect(self._classes_changed)
        self.threshold.valueChanged.connect(self._classes_changed)
        return page

    def _comparison_tab(self):
        page = QWidget(self)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.compare_a = QComboBox(page)
        self.compare_b = QComboBox(page)
        self.compare_shift = QSpinBox(page)
        self.compare_shift.setRange(1, 10000)
        self.compare_shift.setValue(5)
        run = QPushButton(tr("Compare"), page)
        run.clicked.connect(self.run_comparison)
        self.map_button = QPushButton(tr("Show on map"), page)
        self.map_button.clicked.connect(self.show_comparison_on_map)
        for widget in (QLabel(tr("A"), page), self.compare_a, QLabel(tr("B"), page), self.compare_b,
                       QLabel(tr("more than"), page), self.compare_shift, QLabel(tr("ranks"), page), run,
                       self.map_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.compare_summary = QLabel("", page)
        self.compare_summary.setWordWrap(True)
        layout.addWidget(self.compare_summary)
        self.compare_table = QTableWidget(0, 7, page)
        self.compare_table.setHorizontalHeaderLabels([tr("Area"), tr("Rank A"), tr("Rank B"), tr("Shift"),
                                                      tr("Class A"), tr("Class B"), tr("Change")])
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.verticalHeader().setVisible(False)
        layout.addWidget(self.compare_table, 1)
        self.comparison_rows = []
        return page

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

    def load_data(self, base_method=None, settings=None):
        """Read the areas and the statistics; keep ``settings`` if given, else start from the method."""
        from ..layers.area_data_reader import AreaDataError
        from ..layers.weighting_session import WeightingInputs, WeightingSession

        try:
            base = base_method if base_method is not None else self._read_method()
        except (OSError, ValueError, PresetError) as err:
            self._show_error(tr("Method: {0}").format(err))
            return False
        areas, table = self.areas.currentLayer(), self.table_layer.currentLayer()
        if areas is None or table is None or not self.area_key.currentField() or not self.table_key.currentField():
            self._show_error(tr("Choose the areas with their key field and the statistics table with its key field."))
            return False
        inputs = WeightingInputs(areas.id(), self.area_key.currentField(), table.id(), self.table_key.currentField(),
                                 self.area_name.currentField())
        try:
            session = WeightingSession(inputs, base, self.project).load()
        except (AreaDataError, MethodError, PresetError) as err:
            self._show_error(str(err))
            return False
        self.session, self.base_method, self.preset = session, base, session.base_preset
        self.settings = copy.deepcopy(settings) if settings is not None else default_settings(base)
        self.updater = None
        self._show_settings()
        self.recompute()
        return True

    def _show_settings(self):
        self._loading = True
        try:
            self.editor.set_method(self.preset, self.settings)
            cls = self.settings.get("classification", {"method": "preset"})
            self.class_method.setCurrentIndex(max(self.class_method.findData(cls.get("method", "preset")), 0))
            self.class_count.setValue(int(cls.get("classes", 5)))
            self.class_breaks.setText("; ".join(f"{b:g}" for b in cls.get("breaks", [])))
            self.threshold.setValue(float(self.settings.get("min_population", self.preset.min_population)))
            self._classes_enabled()
        finally:
            self._loading = False

    def _classes_enabled(self):
        method = self.class_method.currentData()
        self.class_count.setEnabled(method in ("quantile", "natural_breaks"))
        self.class_breaks.setEnabled(method == "manual")

    def _classes_changed(self):
        self._classes_enabled()
        if self._loading or self.settings is None:
            return
        method = self.class_method.currentData()
        spec = {"method": method}
        if method in ("quantile", "natural_breaks"):
            spec["classes"] = self.class_count.value()
        elif method == "manual":
            try:
                spec["breaks"] = [float(x.replace(",", ".")) for x in self.class_breaks.text().split(";") if x.strip()]
            except ValueError:
                self._show_error(tr("Breaks: numbers separated by semicolons, e.g. -1; 0; 1"))
                return
        self.settings["classification"] = spec
        self.settings["min_population"] = self.threshold.value()
        self.schedule()

    # -- computing -------------------------------------------------------------------------------
    def schedule(self):
        if not self._loading:
            self.timer.start()

    def recompute(self):
        """Compute the current settings into the preview layer, ranking and warnings (now, not debounced)."""
        from ..layers.result_layer import PREVIEW, ResultLayerUpdater, create_result_layer
        from ..layers.scenario_layers import need_group

        self.timer.stop()
        if self.session is None:
            return False
        start = time.perf_counter()
        try:
            method, preset, result = self.session.compute(self.settings)
        except (ScenarioError, MethodError) as err:
            self._show_error(str(err))
            return False
        if self.preview is None or self.project.mapLayer(self.preview.id()) is None:
            self.preview = create_result_layer(self.session, tr("Need index (preview)"), PREVIEW)
            self.project.addMapLayer(self.preview, False)
            need_group(self.project).insertLayer(0, self.preview)
            self.updater = None
        if self.updater is None:
            self.updater = ResultLayerUpdater(self.preview)
        self.updater.update(preset, result)
        self.last = (method, preset, result)
        self.last_ms = (time.perf_counter() - start) * 1000
        self.robustness = None
        self._show_result(preset, result)
        self._update_robustness()
        self.save_state()
        self._update_dirty_mark()
        return True

    def _show_result(self, preset, result):
        main = result.nodes[preset.main_index]
        names = dict(zip([str(k) for k in self.session.keys], self.session.names))
        order = sorted((i for i in range(len(result.keys)) if result.scored[i]), key=lambda i: main["rank"][i])
        rows = []
        for i in order[:RANKING_ROWS]:
            key = str(result.keys[i])
            label = f"{names.get(key) or ''} ({key})".strip()
            rows.append((int(main["rank"][i]), label, float(main["value"][i]), main["class"][i]))
        fill_table(self.ranking, rows)
        self.warnings.clear()
        for code, params in result.warnings:
            item = QListWidgetItem(tr(WARNINGS[code]).format(**params))
            item.setForeground(QColor("#b35806") if code != "ahp_inconsistent" else QColor("#b2182b"))
            self.warnings.addItem(item)
        if self.session.unmatched_areas:
            self.warnings.addItem(QListWidgetItem(tr("{0} areas have no row in the statistics table: {1}").format(
                len(self.session.unmatched_areas), ", ".join(map(str, self.session.unmatched_areas[:10])))))
        if self.session.unmatched_rows:
            self.warnings.addItem(QListWidgetItem(tr("{0} rows of the statistics table match no area: {1}").format(
                len(self.session.unmatched_rows), ", ".join(map(str, self.session.unmatched_rows[:10])))))
        corr, names_ = result.correlation
        labels = {ind.id: ind.label_de for ind in preset.indicators}
        self.heatmap.set_matrix(corr, [labels.get(n, n) for n in names_])
        scenario = self.scenario_name or tr("unsaved settings")
        self.status.setText(tr("{0}: {1} of {2} areas scored; computed and drawn in {3} ms.").format(
            scenario, int(result.scored.sum()), len(result.keys), f"{self.last_ms:.0f}"))
        self.status.setStyleSheet("")

    def _update_robustness(self):
        if self.last is None or self.tabs.currentWidget() is not self.rank_chart or self.robustness is not None:
            return
        from ..core.robustness import robustness

        _method, preset, result = self.last
        self.robustness = robustness(preset, result, draws=1000, seed=1)
        names = dict(zip([str(k) for k in self.session.keys], self.session.names))
        self.rank_chart.set_result([names.get(str(k)) or str(k) for k in result.keys], self.robustness)

    def _show_error(self, text):
        self.status.setText(text)
        self.status.setStyleSheet("color: #b2182b; font-weight: bold")
        item = QListWidgetItem(text)
        item.setForeground(QColor("#b2182b"))
        self.warnings.insertItem(0, item)

    # -- state in the project --------------------------------------------------------------------
    def save_state(self):
        if self.session is None:
            return
        save_weighting_state({"inputs": self.session.inputs.to_dict(), "base_method": self.base_method,
                              "method_source": self.method.currentData(), "settings": self.settings,
                              "scenario": self.scenario_name, "compare_shift": self.compare_shift.value()},
                             self.project)

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

    # -- scenarios -------------------------------------------------------------------------------
    def scenarios(self):
        return load_scenarios(self.project)[0]

    # -- unsaved changes ---------------------------------------------------------------------------
    def is_modified(self):
        """True when the weights differ from the chosen saved scenario (or, with none chosen, from the
        method's defaults): what the pack would print as "unsaved settings"."""
        from ..core.scenario import settings_equal

        if self.session is None:
            return False
        if self.scenario_name is None:
            return not settings_equal(self.settings, default_settings(self.base_method))
        saved = next((s for s in self.scenarios() if s["name"] == self.scenario_name), None)
        return saved is None or not (settings_equal(saved["settings"], self.settings)
                                     and settings_equal(saved["base_method"], self.base_method))

    def _update_dirty_mark(self):
        """The usual mark: an asterisk after the scenario's name and in the title while it differs."""
        modified = self.is_modified()
        name = self.scenario_name or tr("unsaved settings")
        self.setWindowTitle(tr("Need index and weighting") + f" – {name}" + ("*" if modified else ""))
        index = self.scenario_box.findData(self.scenario_name) if self.scenario_name else -1
        if index >= 0:
            self.scenario_box.setItemText(index, self.scenario_name + ("*" if modified else ""))

    ask_on_close = True

    def closeEvent(self, event):  # noqa: N802 - Qt API
        if self.ask_on_close and self.isVisible() and self.is_modified():
            name = self.scenario_name
            text = (tr("The weights differ from the saved scenario {0}. Save the changes?").format(name) if name
                    else tr("The weights are not saved as a scenario. Save them?"))
            buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                       QMessageBox.StandardButton.Cancel)
            answer = QMessageBox.question(self, self.windowTitle(), text, buttons, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self._save_clicked()
                if self.is_modified():  # the name was not given: stay open
                    event.ignore()
                    return
        super().closeEvent(event)

    def reject(self):  # Esc closes through closeEvent, which asks first
        self.close()

    def _fill_scenarios(self):
        names = [s["name"] for s in self.scenarios()]
        for box, with_current in ((self.scenario_box, False), (self.compare_a, True), (self.compare_b, True)):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            if with_current or self.scenario_name is None:
                box.addItem(tr("(current settings)"), CURRENT)
            for name in names:
                box.addItem(name, name)
            index = box.findData(self.scenario_name if box is self.scenario_box else chosen)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)
        if self.session is not None:
            self._update_dirty_mark()

    def _scenario_chosen(self):
        name = self.scenario_box.currentData()
        if name in (None, CURRENT):
            return
        self.open_scenario(name)

    def open_scenario(self, name):
        scenario = next((s for s in self.scenarios() if s["name"] == name), None)
        if scenario is None:
            return False
        self.scenario_name = name
        self._fill_scenarios()
        return self.load_data(scenario["base_method"], scenario["settings"])

    def _store(self, scenarios, publish=()):
        save_scenarios(scenarios, self.project)
        self._fill_scenarios()
        self.save_state()
        if publish and self.session is not None:
            self.publish(publish)
        self.scenarios_changed.emit()

    def publish(self, names=None):
        """Compute the named scenarios (all if None) into their layers and remake the map themes."""
        from ..layers.scenario_layers import publish_maps

        if not ensure_workspace(self, self.project):
            return None
        return publish_maps(self.session, self.scenarios(), self.settings, self.project, names,
                            layer_tree_model(self.iface))

    def save_scenario_as(self, name):
        """Store the current settings under ``name`` (replacing a scenario of that name)."""
        if self.session is None or not name.strip():
            return False
        name = name.strip()
        scenarios = [s for s in self.scenarios() if s["name"] != name]
        scenarios.append(new_scenario(name, self.base_method, self.settings))
        self.scenario_name = name
        self._store(scenarios, publish=[name])
        self.status.setText(tr("Scenario {0} saved in the project.").format(name))
        return True

    def duplicate_scenario(self, new_name=None):
        if self.session is None:
            return None
        existing = [s["name"] for s in self.scenarios()]
        source = self.scenario_name or tr("Scenario")
        name = unique_name(new_name or tr("{0} (copy)").format(source), existing)
        self.save_scenario_as(name)
        return name

    def delete_scenario(self, name):
        from ..layers.result_layer import SCENARIO_LAYER
        from ..layers.scenario_layers import layers_with_role

        scenarios = [s for s in self.scenarios() if s["name"] != name]
        for layer in layers_with_role(self.project, SCENARIO_LAYER, name):
            self.project.removeMapLayer(layer.id())
        if self.scenario_name == name:
            self.scenario_name = None
        self._store(scenarios)
        if self.session is not None:
            self.publish([])
        return True

    def export_scenarios_to(self, path):
        text = export_scenarios(self.scenarios())
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        return True

    def import_scenarios_from(self, path):
        """Add the scenarios of a file; returns None or the error message (and then changes nothing)."""
        try:
            with open(path, encoding="utf-8-sig") as handle:
                imported = import_scenarios(handle.read())
        except (OSError, UnicodeDecodeError, ScenarioError) as err:
            return tr("The scenario file {0} cannot be used: {1}").format(os.path.basename(path), err)
        scenarios = self.scenarios()
        names = [s["name"] for s in scenarios]
        added = []
        for scenario in imported:
            scenario = dict(scenario, name=unique_name(scenario["name"], names))
            names.append(scenario["name"])
            scenarios.append(scenario)
            added.append(scenario["name"])
        self._store(scenarios, publish=added)
        self.status.setText(tr("Imported: {0}").format(", ".join(added)))
        return None

    def _ask_name(self, title, default):
        name, ok = QInputDialog.getText(self, title, tr("Name of the scenario"), QLineEdit.EchoMode.Normal, default)
        return name.strip() if ok and name.strip() else None

    def _save_clicked(self):
        if self.scenario_name:
            self.save_scenario_as(self.scenario_name)
        else:
            self._save_as_clicked()

    def _save_as_clicked(self):
        name = self._ask_name(tr("Save scenario"), self.scenario_name or "")
        if name:
            self.save_scenario_as(name)

    def _duplicate_clicked(self):
        existing = [s["name"] for s in self.scenarios()]
        name = self._ask_name(tr("Duplicate scenario"),
                              unique_name(tr("{0} (copy)").format(self.scenario_name or tr("Scenario")), existing))
        if name:
            self.duplicate_scenario(name)

    def _delete_clicked(self):
        name = self.scenario_box.currentData()
        if name in (None, CURRENT):
            return
        answer = QMessageBox.question(self, tr("Delete scenario"), tr("Delete the scenario {0}?").format(name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_scenario(name)

    def _export_clicked(self):
        path, _f = QFileDialog.getSaveFileName(self, tr("Export scenarios"), "szenarien.json", tr("JSON (*.json)"))
        if path:
            self.export_scenarios_to(path)

    def _import_clicked(self):
        path, _f = QFileDialog.getOpenFileName(self, tr("Import scenarios"), "", tr("JSON (*.json)"))
        if path:
            error = self.import_scenarios_from(path)
            if error:
                QMessageBox.warning(self, tr("Import scenarios"), error)

    # -- comparison ------------------------------------------------------------------------------
    def _ranking_for(self, name):
        if name in (None, CURRENT):
            _m, preset, result = self.last
            return ranking_of(preset, result), tr("current settings")
        scenario = next(s for s in self.scenarios() if s["name"] == name)
        _m, preset, result = self.session.compute(scenario["settings"])
        return ranking_of(preset, result), name

    def run_comparison(self, name_a=None, name_b=None, min_shift=None):
        if self.last is None:
            return []
        name_a = name_a if name_a is not None else self.compare_a.currentData()
        name_b = name_b if name_b is not None else self.compare_b.currentData()
        min_shift = min_shift if min_shift is not None else self.compare_shift.value()
        try:
            (first, label_a), (second, label_b) = self._ranking_for(name_a), self._ranking_for(name_b)
        except (ScenarioError, MethodError, StopIteration) as err:
            self._show_error(str(err))
            return []
        rows = compare(first, second, min_shift)
        self.comparison_rows, self.comparison_names, self.comparison_shift = rows, (label_a, label_b), min_shift
        counts = summary(rows)
        self.compare_summary.setText(tr(
            "{0} → {1}: {2} areas in a higher class, {3} in a lower class, {4} moved more than {5} ranks, "
            "{6} unchanged.").format(label_a, label_b, counts["higher_class"], counts["lower_class"], counts["moved"],
                                     min_shift, counts["unchanged"]))
        from ..layers.comparison_layer import CHANGE_LABELS

        names = dict(zip([str(k) for k in self.session.keys], self.session.names))
        shown = [r for r in rows if r["change"] in ("higher_class", "lower_class", "moved")]
        fill_table(self.compare_table, [
            (f"{names.get(str(r['key'])) or ''} ({r['key']})", r["rank_a"], r["rank_b"], r["shift"], r["class_a"],
             r["class_b"], tr(CHANGE_LABELS[r["change"]]).format(min_shift)) for r in shown])
        self.save_state()
        return rows

    def show_comparison_on_map(self):
        from ..layers.comparison_layer import show_comparison

        if not self.comparison_rows:
            self.run_comparison()
        if not self.comparison_rows:
            return None
        name_a, name_b = self.comparison_names
        return show_comparison(self.session, self.comparison_rows, name_a, name_b, self.comparison_shift,
                               self.project)
