"""The selection dock: expert assessments per area, numbers and voices side by side, and the register of
decisions, for one selection round. Layout in ``selection_dock.ui`` (beside this module, loaded at run time;
no logic there); the work is done by :class:`layers.selection_session.SelectionSession`."""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QListWidgetItem, QMessageBox

from ..core.assessments import CONFIDENCES, FREE_TOPICS, JUDGEMENTS, ROLES
from ..core.decisions import STATUSES, TYPICAL_YEARS
from ..storage.atomic import write_bytes
from ..translation import text_language, tr, translated_message
from . import selection_tables as tables
from .help import install_help

FORM, _BASE = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))


class SelectionPanel(_BASE, FORM):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


class SelectionDock(QgsDockWidget):
    """Dock "Area selection"; ``session`` is set by :meth:`open_session` (areas layer, key and name field)."""

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Area selection"), parent)
        self.setObjectName("QuartierSelectionDock")
        self.iface = iface
        self.session = None
        self.view = []
        self.panel = SelectionPanel(self)
        self.setWidget(self.panel)
        self.language = text_language()
        self._texts()
        self._choices()
        self._connect()
        install_help(self.panel, "selection", button=self.panel.help_button)

    # -- set-up --------------------------------------------------------------------------------------
    def _texts(self):
        p = self.panel
        for widget, text in (
                (p.round_label, tr("Selection round")), (p.area_label, tr("Area")), (p.role_label, tr("Role")),
                (p.author_label, tr("Name or office")), (p.date_label, tr("Date")),
                (p.judgement_label, tr("Judgement")), (p.confidence_label, tr("Confidence")),
                (p.topics_label, tr("Topics")), (p.text_label, tr("Text")),
                (p.decision_area_label, tr("Area")), (p.status_label, tr("Status")),
                (p.decision_date_label, tr("Date of decision")), (p.body_label, tr("Body")),
                (p.reason_label, tr("Reason")), (p.start_label, tr("Start")), (p.end_label, tr("Planned end")),
                (p.pack_label, tr("Meeting pack (settings)"))):
            widget.setText(text)
        for button, text in (
                (p.new_round_button, tr("New round…")), (p.record_button, tr("Record")),
                (p.new_version_button, tr("Save as new version")), (p.import_button, tr("Import CSV…")),
                (p.export_button, tr("Export CSV…")), (p.form_button, tr("Expert form…")),
                (p.refresh_button, tr("Compare")), (p.view_map_button, tr("Show on map")),
                (p.record_decision_button, tr("Record decision")), (p.register_map_button, tr("Register on map"))):
            button.setText(text)
            button.setAutoDefault(False)
        p.help_button.setText("?")
        p.tabs.setTabText(0, tr("Assessments"))
        p.tabs.setTabText(1, tr("Numbers and voices"))
        p.tabs.setTabText(2, tr("Decisions"))
        p.view_note.setText(tr("Flagged areas (orange) are for discussion: the assessments differ from the numbers. "
                               "The rank stays the index's; the decision is taken by people and recorded in the "
                               "register."))
        for table in (p.assessments_table, p.view_table, p.register_table):
            table.verticalHeader().setVisible(False)
        p.author_edit.setToolTip(tr("Names stay out of the meeting pack unless you choose otherwise."))

    def _choices(self):
        p = self.panel
        pick = 0 if self.language == "de" else 1
        for rid, labels in ROLES.items():
            p.role_combo.addItem(labels[pick], rid)
        for jid, (_value, de, en) in JUDGEMENTS.items():
            p.judgement_combo.addItem(de if pick == 0 else en, jid)
        p.judgement_combo.setCurrentIndex(1)
        for cid, labels in CONFIDENCES.items():
            p.confidence_combo.addItem(labels[pick], cid)
        p.confidence_combo.setCurrentIndex(1)
        for sid, labels in STATUSES.items():
            p.status_combo.addItem(labels[pick], sid)
        self.set_topics()
        today = QDate.currentDate()
        for edit in (p.date_edit, p.decision_date_edit, p.start_edit):
            edit.setDate(today)
        p.end_edit.setDate(today.addYears(TYPICAL_YEARS[1]))

    def _connect(self):
        p = self.panel
        p.round_edit.editingFinished.connect(self._round_changed)
        p.new_round_button.clicked.connect(lambda _c=False: self.ask_new_round())
        p.record_button.clicked.connect(lambda _c=False: self.record())
        p.new_version_button.clicked.connect(lambda _c=False: self.save_new_version())
        p.area_combo.currentIndexChanged.connect(lambda _i: self.show_assessments())
        p.assessments_table.itemSelectionChanged.connect(self._assessment_chosen)
        p.import_button.clicked.connect(lambda _c=False: self._import_clicked())
        p.export_button.clicked.connect(lambda _c=False: self._export_clicked())
        p.form_button.clicked.connect(lambda _c=False: self._form_clicked())
        p.refresh_button.clicked.connect(lambda _c=False: self.compare())
        p.view_map_button.clicked.connect(lambda _c=False: self.view_on_map())
        p.record_decision_button.clicked.connect(lambda _c=False: self.record_decision())
        p.register_map_button.clicked.connect(lambda _c=False: self.register_on_map())
        QgsProject.instance().layersAdded.connect(self._layers_added)

    def _layers_added(self, _layers):
        self.fill_result_layers()

    def unload(self):
        """Before the dock goes: stop listening to the project."""
        try:
            QgsProject.instance().layersAdded.disconnect(self._layers_added)
        except (TypeError, RuntimeError):
            pass

    # -- the session ---------------------------------------------------------------------------------
    def open_session(self, areas_layer, key_field, name_field="", project=None, round=None, topics=()):
        """Work on ``areas_layer``; ``topics``: the method's indicator groups, offered before the free topics."""
        from ..layers.selection_session import SelectionSession
        from ..storage.project_state import PACK_KEY, read_json

        self.session = SelectionSession.open(project or QgsProject.instance(), areas_layer, key_field, name_field,
                                             round)
        p = self.panel
        p.round_edit.setText(self.session.round)
        p.body_edit.setText(self.session.committee)
        self.set_topics(topics)
        last_pack = read_json(PACK_KEY, {}, self.session.project) or {}
        if isinstance(last_pack, dict) and last_pack.get("settings_hash") and not p.pack_edit.text():
            p.pack_edit.setText(last_pack["settings_hash"][:12])  # the pack the committee saw last
        for combo in (p.area_combo, p.decision_area_combo):
            combo.blockSignals(True)
            combo.clear()
            for key in self.session.keys:
                combo.addItem(f"{key} {self.session.names.get(key, '')}".strip(), key)
            combo.blockSignals(False)
        self.fill_result_layers()
        self.show_assessments()
        self.show_register()
        return self.session

    def set_topics(self, topics=()):
        """The topics to tick: the method's indicator groups first, then the free ones (Lärm, Wohnumfeld…)."""
        listing = self.panel.topics_list
        listing.clear()
        for topic in list(dict.fromkeys(list(topics) + list(FREE_TOPICS))):
            item = QListWidgetItem(topic)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            listing.addItem(item)

    def _round_changed(self):
        if self.session is not None and self.panel.round_edit.text().strip() != self.session.round:
            self.session.set_round(self.panel.round_edit.text())
            self.show_assessments()
            self.show_register()

    def ask_new_round(self, name=None, candidate_keys=None):
        if self.session is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, tr("New round"), tr("Name of the new selection round (e.g. 2027):"))
            if not ok or not name.strip():
                return None
        keys = candidate_keys if candidate_keys is not None else [r["key"] for r in self.view] or self.session.keys
        started = self.session.start_round(name.strip(), keys)
        self.panel.round_edit.setText(self.session.round)
        self.show_assessments()
        self.show_register()
        return started

    # -- assessments -----------------------------------------------------------------------------------
    def _form_values(self):
        p = self.panel
        return dict(role=p.role_combo.currentData(), judgement=p.judgement_combo.currentData(),
                    author=p.author_edit.text().strip(), date=p.date_edit.date().toString("yyyy-MM-dd"),
                    confidence=p.confidence_combo.currentData(),
                    topics=[p.topics_list.item(i).text() for i in range(p.topics_list.count())
                            if p.topics_list.item(i).checkState() == Qt.CheckState.Checked],
                    text=p.text_edit.toPlainText().strip())

    def current_area(self):
        combo = self.panel.area_combo
        return combo.currentData() or combo.currentText().split(" ")[0]

    def record(self):
        from ..core.assessments import AssessmentError
        from ..storage.workspace import WorkspaceError

        if self.session is None:
            return None
        try:
            recorded = self.session.record_assessment(self.current_area(), **self._form_values())
        except (AssessmentError, ValueError, WorkspaceError) as err:
            QMessageBox.warning(self, tr("Assessment not recorded"), str(err))
            return None
        self.show_assessments()
        return recorded

    def _assessment_chosen(self):
        """The chosen assessment's latest version goes into the form: a new version starts from it."""
        rows = self.panel.assessments_table.selectionModel().selectedRows()
        self.chosen_id = self.panel.assessments_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) \
            if rows else None
        if self.chosen_id and self.session is not None:
            self._show_in_form(self.session.history(self.chosen_id)[-1])

    def _show_in_form(self, a):
        p = self.panel
        p.role_combo.setCurrentIndex(max(p.role_combo.findData(a.role), 0))
        p.judgement_combo.setCurrentIndex(max(p.judgement_combo.findData(a.judgement), 0))
        p.confidence_combo.setCurrentIndex(max(p.confidence_combo.findData(a.confidence), 0))
        p.author_edit.setText(a.author)
        if a.date:
            p.date_edit.setDate(QDate.fromString(a.date, "yyyy-MM-dd"))
        for i in range(p.topics_list.count()):
            item = p.topics_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in a.topics else Qt.CheckState.Unchecked)
        p.text_edit.setPlainText(a.text)

    def save_new_version(self):
        from ..core.assessments import AssessmentError

        if self.session is None or not getattr(self, "chosen_id", None):
            return None
        try:
            new = self.session.edit_assessment(self.chosen_id, **self._form_values())
        except (AssessmentError, ValueError) as err:
            QMessageBox.warning(self, tr("Assessment not recorded"), str(err))
            return None
        self.show_assessments()
        return new

    def show_assessments(self):
        found = self.session.assessments(self.current_area(), every_version=True) if self.session else []
        tables.fill_assessments(self.panel.assessments_table, found, self.language)

    def _import_clicked(self):
        if self.session is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, tr("Import assessments"), "", tr("CSV (*.csv)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path, skip_bad_rows=None):
        if self.session is None:
            return [], []
        recorded, problems = self.session.import_csv(path, skip_bad_rows=bool(skip_bad_rows))
        if problems and skip_bad_rows is None:
            listed = "\n".join(tr("line {0}: {1}").format(line, text) for line, text in problems[:15])
            answer = QMessageBox.question(
                self, tr("Import assessments"),
                tr("{0} rows cannot be recorded:\n{1}\n\nRecord the readable rows anyway?").format(len(problems),
                                                                                                   listed))
            if answer == QMessageBox.StandardButton.Yes:
                recorded, problems = self.session.import_csv(path, skip_bad_rows=True)
        self.show_assessments()
        return recorded, problems

    def _export_clicked(self):
        if self.session is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export assessments"), "", tr("CSV (*.csv)"))
        if path:
            with_names = QMessageBox.question(
                self, tr("Export assessments"), tr("Include the names of the people who gave the assessments? "
                                                   "(No: roles only)")) == QMessageBox.StandardButton.Yes
            write_bytes(path, self.session.export_csv(with_names=with_names, language=self.language))

    def _form_clicked(self):
        if self.session is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, tr("Expert form"), "", tr("CSV (*.csv)"))
        if path:
            ranking = [{"key": r["key"], "name": r["name"], "rank": r["rank"], "class": r["class"]}
                       for r in self.view] or None
            write_bytes(path, self.session.expert_form(ranking, language=self.language))

    # -- numbers and voices -------------------------------------------------------------------------------
    def fill_result_layers(self):
        combo = self.panel.result_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and tables.is_result(layer):
                combo.addItem(layer.name(), layer.id())
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def result_layer(self):
        return QgsProject.instance().mapLayer(self.panel.result_combo.currentData() or "")

    def overlay_layer(self):
        """The renewal overlay in the project (quartier:renewal_overlay's output), for the coverage column."""
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and {"renewal_share", "decision_group"} <= set(layer.fields().names()):
                return layer
        return None

    def compare(self, result_layer=None, key_field=None, name_field="name"):
        layer = result_layer or self.result_layer()
        if self.session is None or layer is None:
            return []
        overlay = self.overlay_layer()
        overlay_key = None
        if overlay is not None:
            names = overlay.fields().names()
            overlay_key = next((k for k in ("key", key_field, self.session.key_field) if k and k in names), None)
        self.view = self.session.combined(layer, key_field, name_field, overlay if overlay_key else None,
                                          overlay_key or "key")
        self._show_view()
        return self.view

    def _show_view(self):
        tables.fill_view(self.panel.view_table, self.view, self.language)

    def view_on_map(self):
        from ..layers.selection_layers import publish_combined_view

        layer = self.result_layer()
        if self.session is None or layer is None:
            return None
        return self._guarded(publish_combined_view, self.session.project, layer, self.session.store,
                             self.session.round)

    # -- decisions -----------------------------------------------------------------------------------------
    def record_decision(self):
        from ..core.decisions import NEEDS_PERIOD, DecisionError
        from ..storage.workspace import WorkspaceError

        if self.session is None:
            return None
        p = self.panel
        key = p.decision_area_combo.currentData() or p.decision_area_combo.currentText().split(" ")[0]
        status = p.status_combo.currentData()
        period = status in NEEDS_PERIOD  # a candidate has no project period
        try:
            decision, warnings = self.session.record_decision(
                key, status, date=p.decision_date_edit.date().toString("yyyy-MM-dd"),
                reason=p.reason_edit.toPlainText().strip(),
                start=p.start_edit.date().toString("yyyy-MM-dd") if period else "",
                planned_end=p.end_edit.date().toString("yyyy-MM-dd") if period else "",
                pack_hash=p.pack_edit.text().strip(), body=p.body_edit.text().strip())
        except (DecisionError, ValueError, WorkspaceError) as err:
            QMessageBox.warning(self, tr("Decision not recorded"), self._message(err.args[0] if err.args else err))
            return None
        if warnings and self.iface is not None:
            self.iface.messageBar().pushWarning(tr("Area selection"), "; ".join(map(self._message, warnings)))
        self.show_register()
        return decision

    @staticmethod
    def _message(text):
        """A message of the register in the user's language, a status by its label."""
        from ..core.decisions import status_label

        status = getattr(text, "params", {}).get("status")
        known = status in STATUSES
        return translated_message(text, **({"status": status_label(status, text_language())} if known else {}))

    def show_register(self):
        found = self.session.decisions(every=True) if self.session else []
        tables.fill_register(self.panel.register_table, found, self.session.names if self.session else {},
                             self.language)

    def register_on_map(self):
        from ..layers.selection_layers import publish_register

        if self.session is None:
            return None
        s = self.session
        return self._guarded(publish_register, s.project, s.areas_layer, s.key_field, s.name_field, s.store)

    def _guarded(self, publish, *args):
        """A layer written to the workspace; a workspace that cannot take it is said, not raised."""
        from ..storage.workspace import WorkspaceError

        try:
            return publish(*args)
        except WorkspaceError as err:
            QMessageBox.warning(self, tr("Area selection"), str(err))
            return None
