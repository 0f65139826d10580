"""Dialog "Meeting pack": the committee's pack of a scenario into a folder, with progress and cancel.

Written by a task in the background (gui/pack_task.py: what runs in which thread); the map stays usable,
progress shows here and in the task manager, Cancel (here or there) leaves no folder behind.

It uses the areas, statistics and scenarios of the weighting dialog (stored in the project). The
sheets it makes stay in the project's layout manager (e.g. "AGSP overview", "AGSP profiles" in Stuttgart), so staff can
adjust them by hand and export again.
"""

from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QCheckBox, QDialog, QListWidgetItem, QMessageBox

from .. import log
from ..definitions import DEFAULT_OFFICE
from ..layouts.sheet_kinds import SHEETS
from ..storage.project_state import load_city
from ..translation import tr, tr_format, user_locale
from .help import install_help
from .widgets import HelperFilter, ensure_workspace, layer_filter

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))

KEY_ROLE = Qt.ItemDataRole.UserRole


def _own_copy(layer):
    """A copy of ``layer`` on the same source (a memory layer with its features and ids) for one worker."""
    return layer.clone() if layer is not None else None


class MeetingPackDialog(QDialog, FORM):
    def __init__(self, iface=None, parent=None, project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.session = None
        self.task = None
        self.written = None
        self.pack = None
        self._set_texts()
        self.scenario.currentIndexChanged.connect(self._fill_areas)
        self.scenario.currentIndexChanged.connect(self._show_printed_settings)
        self.printed.setObjectName("QuartierPackPrinted")
        self.areas.setObjectName("QuartierPackAreas")
        self.top_button.clicked.connect(lambda _checked=False: self.select_top_class())
        self.all_button.clicked.connect(lambda _checked=False: self.select_all())
        self.none_button.clicked.connect(lambda _checked=False: self.select_none())
        for combo in (self.renewal, self.boundaries, self.overlay):
            combo.setFilters(layer_filter("PolygonLayer"))
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
        self.overlay.layerChanged.connect(self.overlay_key.setLayer)
        self.sheets = {}  # name → check box, one per registered sheet kind, in the pack's order
        for sheet in SHEETS.entries():
            check = QCheckBox(tr(sheet.label), self)
            check.setObjectName(f"QuartierPackSheet_{sheet.name}")
            check.setChecked(True)
            self.sheets[sheet.name] = check
            self.sheets_layout.addWidget(check)
        self.page.addItems(["A4", "A3"])
        self.csv_style.addItem(tr("German Excel (UTF-8 with BOM, semicolons, decimal comma)"), "excel_de")
        self.csv_style.addItem(tr("Plain (UTF-8, commas, decimal point)"), "plain")
        self.title.setText(tr("Social need index"))
        self.office.setText(load_city(self.project).office or DEFAULT_OFFICE)
        self.sources.setPlaceholderText(tr("e.g. Geometry: Stadtmessungsamt 2024; statistics: Statistisches Amt 2024"))
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.progress.setRange(0, 100)
        self.run_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        self.close_button.clicked.connect(lambda _checked=False: self.reject())
        install_help(self, "meeting_pack", button=self.help_button)
        self.helpers = HelperFilter(self.project, self.renewal, self.boundaries, self.overlay)
        self.load_from_project()

    def _set_texts(self):
        """The .ui holds the layout only; every text comes through tr() (i18n/update_ts.py reads .py files)."""
        self.setWindowTitle(tr("Meeting pack"))
        self.setObjectName("QuartierMeetingPackDialog")
        self.intro.setText(tr("One folder for the committee: a PDF with the overview sheets and one profile sheet "
                              "per selected area, the ranking as CSV and the exact settings as JSON."))
        for label, text in (
                (self.scenario_label, tr("Scenario")), (self.areas_label, tr("Profile sheets for")),
                (self.renewal_label, tr("Urban renewal priority areas")),
                (self.boundaries_label, tr("Boundaries for orientation")),
                (self.overlay_label, tr("Renewal overlay (bivariate sheet)")), (self.overlay_key_label, tr("key")),
                (self.sheets_label, tr("Sheets")), (self.round_label, tr("Area selection round")),
                (self.page_label, tr("Overview sheet size")), (self.csv_label, tr("CSV format")),
                (self.title_label, tr("Title")), (self.office_label, tr("Issuing office")),
                (self.sources_label, tr("Data sources")), (self.folder_label, tr("Folder"))):
            label.setText(text)
        self.with_names.setText(tr("Names of the people who gave assessments (otherwise roles only)"))
        self.selection_round.setToolTip(tr("Empty: no assessments and decisions in the pack"))
        for button, text in ((self.top_button, tr("Highest class")), (self.all_button, tr("All scored")),
                             (self.none_button, tr("None")), (self.help_button, tr("Help")),
                             (self.run_button, tr("Write meeting pack")), (self.cancel_button, tr("Cancel")),
                             (self.close_button, tr("Close"))):
            button.setText(text)

    # -- filling -----------------------------------------------------------------------------------
    def load_from_project(self):
        from ..layers.area_data_reader import AreaDataError
        from ..layers.scenario_layers import session_from_state
        from ..storage.project_state import load_scenarios, load_weighting_state

        try:
            self.session = session_from_state(self.project)
        except (AreaDataError, ValueError) as err:
            self.session = None
            self.status.setText(str(err))
        if self.session is None:
            self.status.setText(tr("Open \"Need index and weighting\" first: the project holds no weighting "
                                   "settings."))
            self.run_button.setEnabled(False)
            return
        from ..core.scenario import settings_equal

        state = load_weighting_state(self.project) or {}
        saved = {scenario["name"]: scenario for scenario in load_scenarios(self.project)[0]}
        current = {"base_method": state["base_method"], "settings": state.get("settings") or {}}
        named = saved.get(state.get("scenario") or "")
        # the weighting panel's settings carry a saved scenario's name only while they are that scenario
        if named is not None and settings_equal(named["settings"], current["settings"]) \
                and settings_equal(named["base_method"], current["base_method"]):
            self.scenarios = {}
        else:
            self.scenarios = {tr("(current settings, not saved)"): dict(current, name="", saved=False)}
        self.scenarios.update(saved)
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for name in self.scenarios:
            self.scenario.addItem(name, name)
        if named is not None and not self.scenarios.get(tr("(current settings, not saved)")):
            self.scenario.setCurrentIndex(max(self.scenario.findData(named["name"]), 0))
        self.scenario.blockSignals(False)
        self._suggest_layers()
        self._fill_rounds()
        if not self.sources.text():
            self.sources.setText(tr("Areas: {0} · statistics: {1}").format(
                self.session.areas_layer.name(), self.session.table_layer.name()))
        self._fill_areas()
        self._show_printed_settings()

    def _fill_rounds(self):
        """The selection rounds that have assessments or decisions in the workspace (empty first: none)."""
        from ..layers.selection_session import ROUND_KEY
        from ..layers.workspace_layers import workspace_spec
        from ..storage.project_state import read_json
        from ..storage.selection_store import SelectionStore
        from ..storage.workspace import WorkspaceError

        rounds = set()
        try:
            store = SelectionStore(workspace_spec(self.project))
            rounds = {a.round for a in store.assessments()} | {d.round for d in store.decisions()}
        except WorkspaceError:
            pass
        current = read_json(ROUND_KEY, "", self.project) or ""
        self.selection_round.clear()
        self.selection_round.addItem("")
        for name in sorted(r for r in rounds if r):
            self.selection_round.addItem(name)
        self.selection_round.setCurrentText(current if current in rounds else "")

    def _suggest_layers(self):
        from ..layers.helper_layers import is_helper

        for layer in self.project.mapLayers().values():
            if is_helper(layer):
                continue  # never a layer the plugin made for itself (it may be gone when the pack starts)
            names = layer.fields().names() if hasattr(layer, "fields") else []
            if self.renewal.currentLayer() is None and "vorranggebiet" in layer.name().lower():
                self.renewal.setLayer(layer)
            if self.boundaries.currentLayer() is None and layer.name().lower().startswith("stadtbezirk"):
                self.boundaries.setLayer(layer)
            if self.overlay.currentLayer() is None and "decision_label" in names:
                self.overlay.setLayer(layer)
                self.overlay_key.setLayer(layer)
                # the overlay keeps the key of its areas: the areas' own, or "key" of a scenario layer
                key = next((k for k in (self.session.inputs.area_key, "key") if k in names), "")
                self.overlay_key.setField(key)

    def _show_printed_settings(self, *_args):
        """Say plainly which settings the pack will print."""
        from ..storage.workspace import settings_hash

        scenario = self.current_scenario()
        if scenario is None or self.session is None:
            self.printed.setText("")
            return
        try:
            method, _preset, _result = self.session.compute(scenario["settings"])
        except Exception:  # noqa: BLE001 - the reason is shown by the area list
            self.printed.setText("")
            return
        digest = settings_hash({"method": method, "settings": scenario["settings"]})[:8]
        if scenario.get("saved", True):
            text = tr("Prints the saved scenario \"{0}\" (settings {1}).").format(scenario["name"], digest)
        else:
            text = tr("Prints the current weights as \"unsaved settings\" (settings {0}): they differ from every "
                      "saved scenario. Save them as a scenario to print a name.").format(digest)
        self.printed.setText(text)

    def current_scenario(self):
        return self.scenarios.get(self.scenario.currentData())

    def _fill_areas(self):
        if self.session is None or self.current_scenario() is None:
            return
        from ..core.methods import MethodError
        from ..core.scenario import ScenarioError

        try:
            _method, preset, result = self.session.compute(self.current_scenario()["settings"])
        except (ScenarioError, MethodError) as err:
            self.status.setText(str(err))
            return
        main = result.nodes[preset.main_index]
        names = dict(zip([str(k) for k in self.session.keys], self.session.names))
        order = sorted(range(len(result.keys)), key=lambda i: (not result.scored[i], main["rank"][i]
                                                                if result.scored[i] else 0, str(result.keys[i])))
        self.areas.clear()
        self._classes = {}
        for i in order:
            key = str(result.keys[i])
            if result.scored[i]:
                text = f"{int(main['rank'][i])}. {names.get(key) or key} ({key}) · {main['class'][i]}"
            else:
                text = f"– {names.get(key) or key} ({key}) · {tr('not scored')}"
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.areas.addItem(item)
            self._classes[key] = int(main["class_index"][i]) if result.scored[i] else -1
        self.select_top_class()

    def _check(self, predicate):
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            item.setCheckState(Qt.CheckState.Checked if predicate(item.data(KEY_ROLE)) else Qt.CheckState.Unchecked)

    def select_top_class(self):
        top = max(self._classes.values(), default=-1)
        self._check(lambda key: top >= 0 and self._classes.get(key) == top)

    def select_all(self):
        self._check(lambda key: self._classes.get(key, -1) >= 0)

    def select_none(self):
        self._check(lambda key: False)

    def selected_keys(self):
        return [self.areas.item(r).data(KEY_ROLE) for r in range(self.areas.count())
                if self.areas.item(r).checkState() == Qt.CheckState.Checked]

    # -- running -----------------------------------------------------------------------------------
    def request(self, folder=None):
        from ..layouts.meeting_pack import PackRequest

        return PackRequest(
            session=self.session, scenario=self.current_scenario(), keys=self.selected_keys(),
            folder=folder or self.folder.filePath(), title=self.title.text(), office=self.office.text(),
            renewal=self.renewal.currentLayer(), boundaries=self.boundaries.currentLayer(),
            overlay=self.overlay.currentLayer(), overlay_key=self.overlay_key.currentField(),
            page=self.page.currentText(), csv_style=self.csv_style.currentData(), language=user_locale(),
            sources=[self.sources.text().strip()] if self.sources.text().strip() else [],
            city=load_city(self.project), sheets=self.selected_sheets(),
            selection_round=self.selection_round.currentText().strip(), with_names=self.with_names.isChecked())

    def selected_sheets(self):
        """The names of the checked sheet kinds, in the pack's order."""
        return [name for name, check in self.sheets.items() if check.isChecked()]

    def start(self, folder=None):
        """Write the pack in the background (a task in the QGIS task manager): the window and the map stay
        usable. Returns the task, or None when the input is refused (the reason is shown)."""
        import copy
        import datetime

        from .pack_task import build_files
        from .tasks import WorkTask, start

        if self.task is not None and not self.task.ended:
            return self.task
        if self.session is None:
            return None
        folder = folder or self.folder.filePath()
        if not folder:
            self.status.setText(tr("Choose the folder for the meeting pack."))
            return None
        if not self.selected_sheets():
            self.status.setText(tr("Choose at least one sheet."))
            return None
        if not ensure_workspace(self, self.project):
            return None
        request = self.request(folder)
        request.date = request.date or datetime.date.today()  # the files and the project's sheets say the same day
        # what the worker would otherwise read from the project's entries is resolved here, on the main thread
        request.session = copy.copy(self.session)
        request.session.city = self.session.city or request.city
        # the worker reads copies of the layers made here (same sources and feature ids, in no project): the
        # user's layers may change or go while it runs, and the project is not looked into from the worker
        users = [self.session.areas_layer, self.session.table_layer, request.renewal, request.boundaries,
                 request.overlay]
        request.session._areas, request.session._table = (_own_copy(layer) for layer in users[:2])
        request.renewal, request.boundaries, request.overlay = (_own_copy(layer) for layer in users[2:])
        self._copies = (request, users)
        if request.selection_round and request.selection_workspace is None:
            from ..layers.workspace_layers import workspace_spec

            request.selection_workspace = workspace_spec(self.project)
        self.written = None
        self.task = WorkTask(tr("Meeting pack"), lambda feedback: build_files(request, feedback),
                             done=lambda built: self._finished(request, built), failed=self._failed,
                             cancelled=self._cancelled, progress=self.progress.setValue, info=self.status.setText)
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Writing the meeting pack in the background; the map can be used meanwhile."))
        return start(self.task, users)  # the task is cancelled when one of the user's layers is removed

    def run(self, folder=None, timeout=900.0):
        """Write the pack and wait for it (scripts, tests); returns the folder, or None (the reason is shown)."""
        from .tasks import wait

        task = self.start(folder)
        if task is not None:
            wait(task, timeout)
        return self.written if task is not None and task.outcome == "done" else None

    def _idle(self):
        self.run_button.setEnabled(self.session is not None)
        self.cancel_button.setEnabled(False)

    def _finished(self, request, built):
        """The main thread: the pack is in its folder; its layers and editable sheets go into the project."""
        from ..core.need_index import WARNINGS
        from ..layouts.meeting_pack import PackError
        from ..storage.workspace import WorkspaceError
        from .pack_task import adopt

        self._idle()
        self.written = built.folder
        text = tr("Meeting pack written to {0}: {1} pages.").format(built.folder, built.pages)
        try:
            self.pack = adopt(self.project, request, built)
        except (PackError, WorkspaceError) as err:
            text += " " + tr("Its sheets could not be added to the project: {0}").format(err)
        self._release_copies()
        self.progress.setValue(100)
        self.status.setText(text)
        for code, params in built.warnings:
            log.info(tr_format(WARNINGS[code], **params))
        if self.iface is not None:
            self.iface.messageBar().pushSuccess(tr("Quartier"), text)

    def _failed(self, message):
        self._idle()
        self._release_copies()
        self.progress.setValue(0)
        self.status.setText(message)
        if self.isVisible():
            QMessageBox.warning(self, self.windowTitle(), message)
        elif self.iface is not None:
            self.iface.messageBar().pushWarning(tr("Quartier"), message)

    def _cancelled(self):
        self._idle()
        self._release_copies()
        self.progress.setValue(0)
        self.status.setText(tr("Cancelled: nothing was written."))

    def _release_copies(self):
        """The worker's layer copies deleted on the main thread, now (not when Python collects them)."""
        from qgis.PyQt import sip

        request, users = getattr(self, "_copies", (None, None))
        self._copies = (None, None)
        if request is None:
            return
        copies = [request.session._areas, request.session._table, request.renewal, request.boundaries,
                  request.overlay]
        request.session._areas = request.session._table = None
        request.renewal, request.boundaries, request.overlay = users[2:]
        for layer in copies:
            if layer is not None and not sip.isdeleted(layer):
                sip.delete(layer)

    def cancel(self):
        from .tasks import cancel

        cancel(self.task)
