"""Dialog "Renewal overlay": run quartier:renewal_overlay, show the bivariate map and the candidates.

The result layer gets the bivariate renderer and lands in the group "Handlungsbedarf"; a styled,
read-only copy of the renewal layer goes into "Stadterneuerung"; the candidate areas are listed and
selected on the map. Source layers are only read.
"""

from qgis.core import QgsProcessingFeedback, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..definitions import GROUP_RENEWAL, PROVIDER_ID
from ..storage.fields import value_or_none
from ..translation import tr
from .widgets import HelperFilter, ensure_workspace, layer_filter

CANDIDATE_GROUPS = ("joint", "social_first", "renewal_only")


class _Feedback(QgsProcessingFeedback):
    def __init__(self, bar):
        super().__init__()
        self.progressChanged.connect(lambda value: (bar.setValue(int(value)), QApplication.processEvents()))


class OverlayDialog(QDialog):
    def __init__(self, iface=None, parent=None, project=None):
        super().__init__(parent)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.result_layer = None
        self.setWindowTitle(tr("Renewal overlay"))
        self.setObjectName("QuartierOverlayDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Crosses the need index of the areas with the urban renewal priority areas: coverage per "
                          "area, a bivariate map and the candidate areas for the committee."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.areas = QgsMapLayerComboBox(self)
        self.areas.setFilters(layer_filter("PolygonLayer"))
        self.key = QgsFieldComboBox(self)
        self.class_field = QgsFieldComboBox(self)
        self.class_field.setAllowEmptyFieldName(True)
        self.rank_field = QgsFieldComboBox(self)
        self.rank_field.setAllowEmptyFieldName(True)
        self.areas.layerChanged.connect(self._areas_changed)
        self.renewal = QgsMapLayerComboBox(self)
        self.renewal.setFilters(layer_filter("PolygonLayer"))
        self.population = QgsMapLayerComboBox(self)
        self.population.setFilters(layer_filter("VectorLayer"))
        self.population.setAllowEmptyLayer(True)
        self.population.setLayer(None)
        self.population_field = QgsFieldComboBox(self)
        self.population_field.setAllowEmptyFieldName(True)
        self.population.layerChanged.connect(self.population_field.setLayer)
        self.low = QDoubleSpinBox(self)
        self.high = QDoubleSpinBox(self)
        for spin, value in ((self.low, 1.0), (self.high, 50.0)):
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(value)
        breaks = QHBoxLayout()
        breaks.addWidget(QLabel(tr("none below"), self))
        breaks.addWidget(self.low)
        breaks.addWidget(QLabel(tr("mostly from"), self))
        breaks.addWidget(self.high)
        self.levels = QLineEdit(self)
        self.levels.setPlaceholderText(tr("e.g. gering:1; mittel:2; hoch:3; sehr hoch:3 (empty: the presets' mapping)"))
        form.addRow(tr("Areas with the need index"), self.areas)
        form.addRow(tr("Key field"), self.key)
        form.addRow(tr("Need class field"), self.class_field)
        form.addRow(tr("Need rank field"), self.rank_field)
        form.addRow(tr("Urban renewal priority areas"), self.renewal)
        form.addRow(tr("Population layer (optional)"), self.population)
        form.addRow(tr("Residents field"), self.population_field)
        form.addRow(tr("Renewal coverage"), breaks)
        form.addRow(tr("Need levels"), self.levels)
        layout.addLayout(form)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([tr("Key"), tr("Rank"), tr("Decision group"), tr("Area %"),
                                              tr("Residents %")])
        header = self.table.horizontalHeader()
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.run_button = QPushButton(tr("Run"), self)
        self.close_button = QPushButton(tr("Close"), self)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(780, 720)
        self.helpers = HelperFilter(self.project, self.areas, self.renewal, self.population)
        self._areas_changed(self.areas.currentLayer())

    def _areas_changed(self, layer):
        for combo in (self.key, self.class_field, self.rank_field):
            combo.setLayer(layer)
        if layer is None:
            return
        names = layer.fields().names()
        for combo, candidates in ((self.key, ("stadtteil_nr", "STADTTEILNR", "key")),
                                  (self.class_field, ("index_class", "status_class")),
                                  (self.rank_field, ("index_rank", "status_rank"))):
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

    def run(self):
        from qgis import processing
        from qgis.core import QgsProcessingException

        from ..layers.bivariate import apply_bivariate_style
        from ..layers.city_layers import apply_style
        from ..layers.overlay_layer import COPY_OF, find_copy, publish_overlay
        from ..storage.workspace import WorkspaceError

        params = self.parameters()
        if not ensure_workspace(self, self.project):
            return None
        if params["AREAS"] is None or params["RENEWAL"] is None or not params["KEY_FIELD"]:
            QMessageBox.information(self, self.windowTitle(), tr("Choose the areas, their key field and the renewal "
                                                                 "areas."))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = processing.run(f"{PROVIDER_ID}:renewal_overlay", params, feedback=_Feedback(self.progress))
        except QgsProcessingException as err:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.windowTitle(), str(err))
            return None
        QApplication.restoreOverrideCursor()
        temporary, candidates = result["OUTPUT"], result["CANDIDATES"]
        try:
            layer = publish_overlay(self.project, temporary, params)
        except WorkspaceError as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))
            return None
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
        return layer

    def _show_candidates(self, rows):
        self.table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            values = [f["key"], f["rank"], f["decision_label"], f["renewal_share"], f["residents_share"]]
            for c, value in enumerate(values):
                value = value_or_none(value)
                text = "" if value is None else f"{value:.1f}" if isinstance(value, float) else str(value)
                self.table.setItem(r, c, QTableWidgetItem(text))
        counts = {g: sum(1 for f in rows if f["decision_group"] == g) for g in CANDIDATE_GROUPS}
        self.summary.setText(tr("Joint approach: {0}, social first: {1}, renewal without high need: {2}.").format(
            counts["joint"], counts["social_first"], counts["renewal_only"]))
