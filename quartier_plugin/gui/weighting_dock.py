"""The dock "Need index and weighting": weights with a live map preview, and named scenarios.

A dock on the right of the map, narrow enough for a 1366×768 laptop with the map still in view (tabs and
scroll areas instead of width). Every change (weight, indicator switched off, direction, normalisation,
classes, threshold) is computed after a short pause (debounced) into the preview layer "Bedarfsindex
(Vorschau)", the ranking and the warnings; each computed change is a step of the undo history. Everything
the user sets is written to the project as it changes, so closing and reopening the dock (or the project)
loses nothing. The scenario bar and the comparison are in ``weighting_scenarios``, the history in
``weighting_history``, the storage in ``layers.scenario_layers``; the layout is ``weighting_dock.ui``.
"""

import copy
import time
from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QLocale, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QPushButton

from .. import paths
from ..core.formatting import number
from ..core.method_preset import PresetError, default_method, preset_ids
from ..core.methods import MethodError
from ..core.need_index import WARNINGS
from ..core.scenario import ScenarioError, default_settings
from ..layers.scenario_layers import save_panel_state
from ..storage.project_state import load_city
from ..translation import tr, tr_format, user_locale
from .charts import CorrelationHeatmap, RankIntervalChart
from .help import install_help
from .weighting_history import HistoryMixin
from .weighting_inputs import InputsMixin
from .weighting_scenarios import ScenarioMixin
from .weights_editor import WeightsEditor
from .widgets import HelperFilter, fill_table, layer_filter

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))

DEBOUNCE_MS = 150
FLUSH_MS = 400  # after a weight change: the preview's other attributes are written when nothing changed for this long
RANKING_ROWS = 25


def robustness_task(last, done, failed, draws=1000):
    """A task computing the rank intervals of ``last`` = (method, preset, result): ``done(last, rob)``."""
    from .tasks import Cancelled, WorkTask

    def work(feedback):
        from ..core.robustness import robustness

        rob = robustness(last[1], last[2], draws=draws, seed=1,
                         feedback=lambda share: (feedback.setProgress(100 * share), feedback.isCanceled())[1])
        if feedback.isCanceled():
            raise Cancelled()  # a partial count is no result
        return rob

    task = WorkTask(tr("Robustness of the ranking"), work, done=lambda rob: done(last, rob), failed=failed)
    task.last = last
    return task


class WeightingDock(InputsMixin, ScenarioMixin, HistoryMixin, QgsDockWidget, FORM):
    scenarios_changed = pyqtSignal()

    def __init__(self, iface=None, parent=None, project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.help_button.setText("?")
        install_help(self, "weighting", button=self.help_button)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.session = None
        self.base_method = None
        self.preset = None            # the base method, parsed
        self.settings = None
        self.scenario_name = None     # the scenario the settings came from, if any
        self.last = None              # (method, preset, result) of the last computation
        self.robustness = None
        self.robustness_task = None   # the task computing the rank intervals of ``last``, while it runs
        self.preview = None
        self.updater = None
        self.last_ms = None
        self.comparison_rows = []
        self._loading = False
        self._restoring = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        # the map first; index, rank and values into the preview's attributes when the user pauses
        self.flush_timer = QTimer(self)
        self.flush_timer.setSingleShot(True)
        self.flush_timer.setInterval(FLUSH_MS)
        self.flush_timer.timeout.connect(self.flush_preview)
        self._build()
        self._setup_history()
        self._connect_scenario_bar()
        for combo in (self.area_key, self.area_name):  # the layer combos chose a layer before being connected
            combo.setLayer(self.areas.currentLayer())
        self.table_key.setLayer(self.table_layer.currentLayer())
        self.load_from_project()

    # -- layout (weighting_dock.ui) and texts ----------------------------------------------------
    def _build(self):
        self.editor = WeightsEditor(self.weights_tab)
        self.weights_layout.addWidget(self.editor)
        self.editor.changed.connect(self.schedule)
        self.rank_chart = RankIntervalChart(self.tabs)
        self.heatmap = CorrelationHeatmap(self.tabs)
        self.tabs.insertTab(self.tabs.indexOf(self.comparison_tab), self.rank_chart, tr("Robustness"))
        self.tabs.insertTab(self.tabs.indexOf(self.comparison_tab), self.heatmap, tr("Correlation"))
        self.tabs.currentChanged.connect(lambda _i: self._update_robustness())
        self.warnings.setObjectName("QuartierWarnings")
        self.ranking.setObjectName("QuartierRanking")
        header = self.ranking.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.areas.setFilters(layer_filter("PolygonLayer"))
        self.table_layer.setFilters(layer_filter("VectorLayer"))
        self.area_name.setAllowEmptyFieldName(True)
        self.areas.layerChanged.connect(self.area_key.setLayer)
        self.areas.layerChanged.connect(self.area_name.setLayer)
        self.table_layer.layerChanged.connect(self.table_key.setLayer)
        self.helpers = HelperFilter(self.project, self.areas, self.table_layer)
        for preset_id in preset_ids(paths.resource("presets")):
            self.method.addItem(preset_id, preset_id)
        self.method.setCurrentIndex(max(self.method.findData(default_method(load_city(self.project))), 0))
        self.level.currentIndexChanged.connect(self._level_changed)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.browse_button.clicked.connect(lambda _checked=False: self._browse_method())
        self.load_button.clicked.connect(lambda _checked=False: self.load_data())
        for key, label in (("preset", tr("as the method")), ("quantile", tr("quantiles")),
                           ("natural_breaks", tr("natural breaks (Jenks)")), ("manual", tr("manual breaks"))):
            self.class_method.addItem(label, key)
        floor = load_city(self.project).min_population  # a scenario may raise the city's threshold, never lower it
        self.threshold.setRange(floor, 100000)
        self.threshold.setLocale(QLocale(user_locale()))
        self.threshold.setToolTip(tr("The city profile's threshold ({0} residents) is the lowest allowed.").format(
            number(floor, user_locale(), 0)))
        self.class_method.currentIndexChanged.connect(self._classes_changed)
        self.class_count.valueChanged.connect(self._classes_changed)
        self.class_breaks.editingFinished.connect(self._classes_changed)
        self.threshold.valueChanged.connect(self._classes_changed)
        for button in self.findChildren(QPushButton):  # Enter in a field must not press a button
            button.setAutoDefault(False)
            button.setDefault(False)
        self._set_texts()

    def _set_texts(self):
        """The .ui holds the layout only; every text comes through tr() (i18n/update_ts.py reads .py files)."""
        self.setWindowTitle(tr("Need index and weighting"))
        texts = ((self.scenario_label, tr("Scenario")), (self.save_button, tr("Save")),
                 (self.save_as_button, tr("Save as…")), (self.duplicate_button, tr("Duplicate")),
                 (self.delete_button, tr("Delete")), (self.import_button, tr("Import…")),
                 (self.export_button, tr("Export…")), (self.undo_button, tr("Undo")), (self.redo_button, tr("Redo")),
                 (self.reset_button, tr("Reset to method")), (self.level_label, tr("Level")),
                 (self.areas_label, tr("Areas")), (self.area_key_label, tr("Key")), (self.area_name_label, tr("Name")),
                 (self.table_layer_label, tr("Statistics table")), (self.table_key_label, tr("Key")),
                 (self.method_label, tr("Method")), (self.browse_button, tr("Method file…")),
                 (self.load_button, tr("Load data")),
                 (self.data_note, tr("The areas and the statistics are only read. Every change of the weights is "
                                     "drawn at once in the layer \"Need index (preview)\".")),
                 (self.class_method_label, tr("Classification")), (self.class_count_label, tr("Number of classes")),
                 (self.class_breaks_label, tr("Breaks")), (self.threshold_label, tr("Suppress areas under")),
                 (self.classes_note, tr("Areas under the threshold are not scored, do not influence the statistics "
                                        "of the others and show no values on the map or in any export.")),
                 (self.compare_a_label, tr("A")), (self.compare_b_label, tr("B")),
                 (self.compare_shift_label, tr("Moved more than (ranks)")), (self.compare_button, tr("Compare")),
                 (self.map_button, tr("Show on map")))
        for widget, text in texts:
            widget.setText(text)
        for page, text in ((self.data_tab, tr("Data")), (self.weights_tab, tr("Weights")),
                           (self.classes_tab, tr("Classes")), (self.results_tab, tr("Ranking")),
                           (self.comparison_tab, tr("Compare"))):
            self.tabs.setTabText(self.tabs.indexOf(page), text)
        self.class_breaks.setPlaceholderText(tr("e.g. -1; 0; 1; 1.5"))
        self.threshold.setSuffix(tr(" residents"))
        self.ranking.setHorizontalHeaderLabels([tr("Rank"), tr("Area"), tr("Index"), tr("Class")])
        self.compare_table.setHorizontalHeaderLabels([tr("Area"), tr("Rank A"), tr("Rank B"), tr("Shift"),
                                                      tr("Class A"), tr("Class B"), tr("Change")])

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
        self._start_history()
        self.recompute()
        self.tabs.setCurrentWidget(self.weights_tab)
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
        from ..layers.result_layer import MAP_COLUMNS, PREVIEW, ResultLayerUpdater, create_result_layer
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
        self.updater.update(preset, result, now=MAP_COLUMNS)
        self.flush_timer.start()
        self.last = (method, preset, result)
        self.last_ms = (time.perf_counter() - start) * 1000
        self.robustness = None
        self._show_result(preset, result)
        self._update_robustness()
        self._record_change()
        self.save_state()
        self._update_dirty_mark()
        return True

    def _show_result(self, preset, result):
        import numpy as np

        main = result.nodes[preset.main_index]
        if getattr(self, "_names_of", (None,))[0] is not self.session:  # the same for every weight change
            self._names_of = (self.session, dict(zip([str(k) for k in self.session.keys], self.session.names)))
        names = self._names_of[1]
        # the scored areas by rank, ties in area order (a stable sort), the first RANKING_ROWS of them
        scored = np.flatnonzero(np.asarray(result.scored, dtype=bool))
        order = scored[np.argsort(np.asarray(main["rank"], dtype=float)[scored], kind="stable")].tolist()
        rows = []
        for i in order[:RANKING_ROWS]:
            key = str(result.keys[i])
            label = f"{names.get(key) or ''} ({key})".strip()
            rows.append((int(main["rank"][i]), label, float(main["value"][i]), main["class"][i]))
        fill_table(self.ranking, rows)
        self.warnings.clear()
        for code, params in result.warnings:
            item = QListWidgetItem(tr_format(WARNINGS[code], **params))
            item.setForeground(QColor("#b35806") if code != "ahp_inconsistent" else QColor("#b2182b"))
            self.warnings.addItem(item)
        if self.session.unmatched_areas:
            self.warnings.addItem(QListWidgetItem(tr("{0} areas have no row in the statistics table: {1}").format(
                len(self.session.unmatched_areas), ", ".join(map(str, self.session.unmatched_areas[:10])))))
        if self.session.unmatched_rows:
            self.warnings.addItem(QListWidgetItem(tr("{0} rows of the statistics table match no area: {1}").format(
                len(self.session.unmatched_rows), ", ".join(map(str, self.session.unmatched_rows[:10])))))
        count = self.warnings.count()  # the notes are on their tab: its title says how many
        self.tabs.setTabText(self.tabs.indexOf(self.results_tab), tr("Ranking") + (f" ({count})" if count else ""))
        corr, names_ = result.correlation
        labels = {ind.id: ind.label_de for ind in preset.indicators}
        self.heatmap.set_matrix(corr, [labels.get(n, n) for n in names_])
        scenario = self.scenario_name or tr("unsaved settings")
        self.status.setText(tr("{0}: {1} of {2} areas scored; computed and drawn in {3} ms.").format(
            scenario, int(result.scored.sum()), len(result.keys), number(self.last_ms, user_locale(), 0)))
        self.status.setStyleSheet("")

    def _update_robustness(self):
        """The rank intervals (1000 weight draws) of the last result, computed in a task when the chart is shown;
        a task for an older result is cancelled, and its result would be ignored."""
        from .tasks import cancel, start

        if self.robustness_task is not None and (self.robustness_task.last is not self.last
                                                 or self.robustness_task.ended):
            cancel(self.robustness_task)  # computed for weights no longer shown, or ended without a result
            self.robustness_task = None
        if self.last is None or self.tabs.currentWidget() is not self.rank_chart or self.robustness is not None \
                or self.robustness_task is not None:
            return
        self.robustness_task = start(robustness_task(self.last, self._robustness_done, self._show_error))

    def _robustness_done(self, last, rob):
        if last is not self.last:
            return  # the weights changed meanwhile: the next task draws them
        self.robustness_task = None
        self.robustness = rob
        names = dict(zip([str(k) for k in self.session.keys], self.session.names))
        self.rank_chart.set_result([names.get(str(k)) or str(k) for k in last[2].keys], rob)

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
        save_panel_state(self.project, self.session, self.base_method, self.method.currentData(), self.settings,
                         self.scenario_name, self.compare_shift.value())

    def flush_preview(self):
        """Write what the last weight change left waiting in the preview (index, rank, values)."""
        self.flush_timer.stop()
        # by the id kept: the layer itself may be gone with the project (a cleared project deletes it)
        if self.updater is not None and self.project.mapLayer(getattr(self.updater, "layer_id", "")) is not None:
            self.updater.flush()

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
        self.flush_preview()
        if self.robustness_task is not None:
            from .tasks import cancel

            cancel(self.robustness_task)
            self.robustness_task = None
        super().closeEvent(event)
