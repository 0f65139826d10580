"""The scenario side of the weighting dock: the scenario bar (save, save as, duplicate, delete, import,
export), the unsaved-changes mark and the comparison of two scenarios.

The storage itself (the scenarios in the project, files, their map layers) is in
``layers.scenario_layers``; this mixin asks the user and shows the outcome.
"""

from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from ..core.methods import MethodError
from ..core.scenario import ScenarioError, default_settings, settings_equal
from ..core.scenario_compare import compare, ranking_of, summary
from ..layers import scenario_layers as store
from ..translation import tr
from .widgets import ensure_workspace, fill_table, layer_tree_model

CURRENT = "__current__"


class ScenarioMixin:
    """Needs the dock's ``project``, ``session``, ``settings``, ``base_method``, ``scenario_name``,
    ``scenario_box``, ``compare_*`` widgets and ``save_state``."""

    def _connect_scenario_bar(self):
        for button, slot in ((self.save_button, self._save_clicked), (self.save_as_button, self._save_as_clicked),
                             (self.duplicate_button, self._duplicate_clicked),
                             (self.delete_button, self._delete_clicked), (self.import_button, self._import_clicked),
                             (self.export_button, self._export_clicked)):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())  # clicked(bool) is no argument
        self.scenario_box.activated.connect(lambda _index: self._scenario_chosen())
        # "Compare" sends clicked(False): that must not become the name of scenario A
        self.compare_button.clicked.connect(lambda _checked=False: self.run_comparison())
        self.map_button.clicked.connect(lambda _checked=False: self.show_comparison_on_map())

    def scenarios(self):
        return store.stored_scenarios(self.project)

    # -- unsaved changes ---------------------------------------------------------------------------
    def is_modified(self):
        """True when the weights differ from the chosen saved scenario (or, with none chosen, from the
        method's defaults): what the pack would print as "unsaved settings"."""
        if self.session is None:
            return False
        if self.scenario_name is None:
            return not settings_equal(self.settings, default_settings(self.base_method))
        saved = store.find_scenario(self.project, self.scenario_name)
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
        scenario = store.find_scenario(self.project, name)
        if scenario is None:
            return False
        self.scenario_name = name
        self._fill_scenarios()
        return self.load_data(scenario["base_method"], scenario["settings"])

    # -- storing -----------------------------------------------------------------------------------
    def _stored(self, publish=()):
        self._fill_scenarios()
        self.save_state()
        if publish and self.session is not None:
            self.publish(publish)
        self.scenarios_changed.emit()

    def publish(self, names=None):
        """Compute the named scenarios (all if None) into their layers and remake the map themes."""
        if not ensure_workspace(self, self.project):
            return None
        return store.publish_maps(self.session, self.scenarios(), self.settings, self.project, names,
                                  layer_tree_model(self.iface))

    def save_scenario_as(self, name):
        """Store the current settings under ``name`` (replacing a scenario of that name)."""
        if self.session is None or not name.strip():
            return False
        self.scenario_name = store.store_scenario(self.project, name, self.base_method, self.settings)
        self._stored(publish=[self.scenario_name])
        self.status.setText(tr("Scenario {0} saved in the project.").format(self.scenario_name))
        return True

    def duplicate_scenario(self, new_name=None):
        if self.session is None:
            return None
        name = store.copy_name(self.project, self.scenario_name or tr("Scenario"), new_name)
        self.save_scenario_as(name)
        return name

    def delete_scenario(self, name):
        store.remove_scenario(self.project, name)
        if self.scenario_name == name:
            self.scenario_name = None
        self._stored()
        if self.session is not None:
            self.publish([])
        return True

    def export_scenarios_to(self, path):
        store.export_scenarios_file(self.project, path)
        return True

    def import_scenarios_from(self, path):
        """Add the scenarios of a file; returns None or the error message (and then changes nothing)."""
        added, error = store.import_scenarios_file(self.project, path)
        if error:
            return error
        self._stored(publish=added)
        self.status.setText(tr("Imported: {0}").format(", ".join(added)))
        return None

    # -- the buttons -------------------------------------------------------------------------------
    def _ask_name(self, title, default):
        """A short title (a narrow window cuts long ones); what happens is said in the label."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(tr("Name of the scenario. It is stored in the project, with its own map layer and "
                               "map theme; a scenario of the same name is replaced."))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(default)
        dialog.setMinimumWidth(360)
        if not dialog.exec():
            return None
        name = dialog.textValue().strip()
        return name or None

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
        name = self._ask_name(tr("Duplicate scenario"),
                              store.copy_name(self.project, self.scenario_name or tr("Scenario")))
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
        for box, name in ((self.compare_a, name_a), (self.compare_b, name_b)):
            if name is not None and box.findData(name) >= 0:
                box.setCurrentIndex(box.findData(name))  # the boxes show what is compared
        name_a = name_a if name_a is not None else self.compare_a.currentData()
        name_b = name_b if name_b is not None else self.compare_b.currentData()
        min_shift = min_shift if min_shift is not None else self.compare_shift.value()
        try:
            (first, label_a), (second, label_b) = self._ranking_for(name_a), self._ranking_for(name_b)
        except (ScenarioError, MethodError, StopIteration) as err:
            self._show_error(str(err) or tr("The scenario to compare is no longer in the project."))
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
