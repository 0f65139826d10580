"""Dialog "Renewal overlay": run quartier:renewal_overlay, show the bivariate map and the candidates.

The result layer gets the bivariate renderer and lands in the group "Handlungsbedarf"; a styled,
read-only copy of the renewal layer goes into "Stadterneuerung"; the candidate areas are listed and
selected on the map. Source layers are only read.

The algorithm runs as a task in the background (gui/tasks.py; progress here and in the QGIS task manager,
cancel from both): the dialog and the map stay usable, and the outputs go into the project only when the
task has succeeded.
"""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
)

from ..core.formatting import number
from ..definitions import GROUP_RENEWAL, PROVIDER_ID
from ..layers.result_layer import ROLE
from ..storage.fields import value_or_none
from ..translation import tr, user_locale
from .help import install_help
from .widgets import HelperFilter, ensure_workspace, layer_filter

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
CANDIDATE_GROUPS = ("joint", "social_first", "renewal_only")


class OverlayDialog(QDialog, FORM):
    def __init__(self, iface=None, parent=None, project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.help_button.setText(tr("Help"))
        install_help(self, "overlay", button=self.help_button)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.result_layer = None
        self._set_texts()
        self.areas.setFilters(layer_filter("PolygonLayer"))
        self.renewal.setFilters(layer_filter("PolygonLayer"))
        self.population.setFilters(layer_filter("VectorLayer"))
        self.population.setAllowEmptyLayer(True)
        self.population.setLayer(None)
        for combo in (self.class_field, self.rank_field, self.population_field):
            combo.setAllowEmptyFieldName(True)
        for spin in (self.low, self.high):
            spin.setSuffix("\u202f%")
            spin.setLocale(QLocale(user_locale()))  # 1,00 % in German
        self.areas.layerChanged.connect(self._areas_changed)
        self.population.layerChanged.connect(self.population_field.setLayer)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.task = None
        self.run_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        self.close_button.clicked.connect(self.reject)
        self.helpers = HelperFilter(self.project, self.areas, self.renewal, self.population)
        self.suggest_layers()
        self._areas_changed(self.areas.currentLayer())

    def _set_texts(self):
        """The .ui holds the layout only; every text comes through tr() (i18n/update_ts.py reads .py files)."""
        self.setWindowTitle(tr("Renewal overlay"))
        self.intro.setText(tr("Crosses the need index of the areas with the urban renewal priority areas: coverage "
                              "per area, a bivariate map and the candidate areas for the committee."))
        for label, text in ((self.areas_label, tr("Areas with the need index")), (self.key_label, tr("Key field")),
                            (self.class_field_label, tr("Need class field")),
                            (self.rank_field_label, tr("Need rank field")),
                            (self.renewal_label, tr("Urban renewal priority areas")),
                            (self.population_label, tr("Population layer (optional)")),
                            (self.population_field_label, tr("Residents field")),
                            (self.breaks_label, tr("Renewal coverage")), (self.levels_label, tr("Need levels")),
                            (self.low_label, tr("none below")), (self.high_label, tr("mostly from")),
                            (self.run_button, tr("Run")), (self.cancel_button, tr("Cancel")),
                            (self.close_button, tr("Close"))):
            label.setText(text)
        self.levels.setPlaceholderText(tr("e.g. gering:1; mittel:2; hoch:3; sehr hoch:3 (empty: the presets' "
                                          "mapping)"))
        self.table.setHorizontalHeaderLabels([tr("Key"), tr("Name"), tr("Rank"), tr("Decision group"), tr("Area %"),
                                              tr("Residents %")])

    def suggest_layers(self):
        """Sensible defaults: the areas of a need index result (a saved scenario before other results), the
        renewal priority areas by their name or the city's word for them, a population layer with residents;
        never one of the plugin's helper layers (the live preview)."""
        from ..layers.helper_layers import is_helper
        from ..storage.project_state import load_city

        term = (load_city(self.project).renewal_term("de") or "").lower()
        layers = [lay for lay in self.project.mapLayers().values() if isinstance(lay, QgsVectorLayer)
                  and lay.isSpatial() and not is_helper(lay)]

        def fields(lay):
            return set(lay.fields().names())

        need = [lay for lay in layers
                if {"rank", "class"} <= fields(lay) or {"index_rank", "index_class"} <= fields(lay)]
        need.sort(key=lambda lay: lay.customProperty(ROLE) != "scenario")  # a saved scenario first
        if need:
            self.areas.setLayer(need[0])
        words = [w for w in ("vorranggebiet", term, "sanierung", "stadterneuerung") if w]
        renewal = [lay for lay in layers if lay not in need and "decision_group" not in fields(lay)
                   and any(w in lay.name().lower() for w in words)]
        renewal.sort(key=lambda lay: min(i for i, w in enumerate(words) if w in lay.name().lower()))
        if renewal:
            self.renewal.setLayer(renewal[0])
        population = [lay for lay in layers if "einwohner" in {f.lower() for f in fields(lay)}
                      and lay not in need and lay not in renewal]
        if population:
            self.population.setLayer(population[0])
            self.population_field.setField(next(f for f in population[0].fields().names() if f.lower() == "einwohner"))

    def cancel(self):
        from .tasks import cancel

        cancel(self.task)

    def _areas_changed(self, layer):
        for combo in (self.key, self.class_field, self.rank_field):
            combo.setLayer(layer)
        if layer is None:
            return
        names = layer.fields().names()
        for combo, candidates in ((self.key, ("key", "stadtteil_nr", "STADTTEILNR")),
                                  (self.class_field, ("class", "index_class", "status_class")),
                                  (self.rank_field, ("rank", "index_rank", "status_rank"))):
            found = next((n for n in candidates if n in names), None)
            if found:
                combo.setField(found)

    def parameters(self):
        return {
            "AREAS": self.areas.currentLayer(), "KEY_FIELD": self.key.currentField(),
            "CLASS_FIELD": self.class_field.currentField(), "RANK_FIELD": self.rank_field.currentField(),
            "RENEWAL": self.renewal.currentLayer(), "POPULATION": self.population.currentLayer(),
            "POPULATION_FIELD": self.population_field.currentField(),
            "COVERAGE_BREAKS": f"{self.low.value():g};{self.high.value():g}", "NEED_LEVELS": self.levels.text(),
            "OUTPUT": "TEMPORARY_OUTPUT", "CANDIDATES": "TEMPORARY_OUTPUT",
        }

    def start(self):
        """Run the overlay as a task in the background (QGIS task manager): the dialog and the map stay usable.
        Returns the task, or None when the input is refused (the reason is shown). The outputs go into the
        project only when the task has succeeded (:meth:`_finished`)."""
        from qgis.core import QgsProcessingException

        from .tasks import AlgorithmTask, start

        if self.task is not None and not self.task.ended:
            return self.task
        params = self.parameters()
        if not ensure_workspace(self, self.project):
            return None
        if params["AREAS"] is None or params["RENEWAL"] is None or not params["KEY_FIELD"]:
            self._say(tr("Choose the areas, their key field and the renewal areas."))
            return None
        try:
            # the layers are found again by id when the task is done: one may have left the project meanwhile
            ids = {k: params[k].id() for k in ("AREAS", "RENEWAL", "POPULATION") if params[k] is not None}
            task = AlgorithmTask(f"{PROVIDER_ID}:renewal_overlay", dict(params, CRS=self._working_crs()), self.project,
                                 done=lambda results, context: self._finished(ids, params, results, context),
                                 failed=self._failed, cancelled=self._cancelled, progress=self.progress.setValue)
        except (QgsProcessingException, ValueError) as err:
            self._say(str(err))
            return None
        self.task = task
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.summary.setText(tr("Running in the background; the map can be used meanwhile."))
        return start(task, [params["AREAS"], params["RENEWAL"], params["POPULATION"]])

    def run(self, timeout=600.0):
        """Start the overlay and wait for it (scripts, tests); returns the result layer, or None."""
        from .tasks import wait

        self.result_layer = None
        task = self.start()
        if task is not None:
            wait(task, timeout)
        return self.result_layer if task is not None and task.outcome == "done" else None

    def _working_crs(self):
        """The working CRS resolved here on the main thread (the project's city profile, else its CRS): the
        algorithm in the worker thread then reads no project entries."""
        from qgis.core import QgsApplication, QgsProcessingContext

        context = QgsProcessingContext()
        context.setProject(self.project)
        algorithm = QgsApplication.processingRegistry().algorithmById(f"{PROVIDER_ID}:renewal_overlay")
        return algorithm.working_crs({}, context) if algorithm is not None else None

    def _idle(self):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _say(self, text):
        """A message in the dialog when it is open, else in the QGIS message bar."""
        self.summary.setText(text)
        if self.isVisible():
            QMessageBox.warning(self, self.windowTitle(), text)
        elif self.iface is not None:
            self.iface.messageBar().pushWarning(tr("Quartier"), text)

    def _failed(self, message):
        self._idle()
        self.progress.setValue(0)
        self._say(message)

    def _cancelled(self):
        self._idle()
        self.progress.setValue(0)
        self.summary.setText(tr("Cancelled: nothing was added to the project."))

    def _finished(self, ids, params, results, context):
        """The main thread, after a successful run: the outputs into the project, all of them."""
        from ..layers.bivariate import apply_bivariate_style
        from ..layers.city_layers import apply_style
        from ..layers.overlay_layer import COPY_OF, find_copy, publish_overlay
        from ..storage.workspace import WorkspaceError

        self._idle()
        layers = {k: self.project.mapLayer(layer_id) for k, layer_id in ids.items()}
        if None in layers.values():
            self._failed(tr("An input layer was removed while the overlay ran; nothing was added."))
            return
        params = dict(params, **layers)
        temporary, candidates = (context.takeResultLayer(results[name]) for name in ("OUTPUT", "CANDIDATES"))
        try:
            layer = publish_overlay(self.project, temporary, params)
        except WorkspaceError as err:
            self._failed(str(err))
            return
        apply_bivariate_style(layer)
        root = self.project.layerTreeRoot()
        renewal_source = params["RENEWAL"]
        if find_copy(self.project, renewal_source) is None:
            renewal = QgsVectorLayer(renewal_source.source(), renewal_source.name(), renewal_source.providerType())
            renewal.setReadOnly(True)
            apply_style(renewal, "vorranggebiete")
            renewal.setLabelsEnabled(False)
            renewal.setCustomProperty(COPY_OF, renewal_source.source())
            self.project.addMapLayer(renewal, False)
            (root.findGroup(GROUP_RENEWAL) or root.insertGroup(1, GROUP_RENEWAL)).insertLayer(0, renewal)
        selected = [f.id() for f in layer.getFeatures() if f["decision_group"] in CANDIDATE_GROUPS]
        layer.selectByIds(selected)
        self.result_layer = layer
        self._show_candidates(list(candidates.getFeatures()))
        self.progress.setValue(100)
        if self.iface is not None:
            self.iface.setActiveLayer(layer)
            self.iface.messageBar().pushSuccess(tr("Quartier"), self.summary.text())

    def area_names(self):
        """{key: name} of the areas layer (its "name" field, or the first field with "name" in it)."""
        layer, key = self.areas.currentLayer(), self.key.currentField()
        if layer is None or not key:
            return {}
        names = layer.fields().names()
        field = next((n for n in names if n.lower() == "name"), None) or next(
            (n for n in names if "name" in n.lower()), None)
        if field is None:
            return {}
        return {str(value_or_none(f[key])): value_or_none(f[field]) or "" for f in layer.getFeatures()}

    def _show_candidates(self, rows):
        language = user_locale()
        names = self.area_names()
        self.table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            key = str(value_or_none(f["key"]))
            values = [key, names.get(key, ""), f["rank"], f["decision_label"], f["renewal_share"],
                      f["residents_share"]]
            for c, value in enumerate(values):
                value = value_or_none(value)
                text = "" if value is None else number(value, language, 1) if isinstance(value, float) else str(value)
                self.table.setItem(r, c, QTableWidgetItem(text))
        counts = {g: sum(1 for f in rows if f["decision_group"] == g) for g in CANDIDATE_GROUPS}
        self.summary.setText(tr("Joint approach: {0}, social first: {1}, renewal without high need: {2}.").format(
            counts["joint"], counts["social_first"], counts["renewal_only"]))
