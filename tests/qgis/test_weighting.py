"""Weighting dialog, scenarios in the project, map themes, comparison and the workshop dock."""

import json
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from quartier_plugin.core.methods import ahp_weights
from quartier_plugin.gui.tasks import wait
from quartier_plugin.gui.weighting_dock import WeightingDock
from quartier_plugin.gui.workshop_dock import WorkshopDock
from quartier_plugin.layers.map_themes import stored_themes
from quartier_plugin.layers.result_layer import INDICATORS, SCENARIO_LAYER
from quartier_plugin.layers.scenario_layers import layers_with_role, refill_empty_layers
from quartier_plugin.storage.project_state import load_scenarios

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
INDICATORS_DEMO = ["laerm", "migration", "einkommen", "buergergeld_u25", "bonuscard", "uebergewicht", "wohndauer_u5"]


def values(layer, field="index"):
    return {f["key"]: f[field] for f in layer.getFeatures()}


def legend(layer):
    return [c.label() for c in layer.renderer().categories()]


def wait_for(predicate, seconds=3.0):
    import time

    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


@pytest.fixture
def dialog(qgis_iface, demo_project):
    project, _layers = demo_project
    dlg = WeightingDock(qgis_iface, project=project)
    yield dlg
    dlg.timer.stop()
    dlg.close()
    dlg.deleteLater()


def test_dialog_opens_with_the_demo_city_and_shows_a_preview(dialog, demo_project):
    project, layers = demo_project
    assert dialog.areas.currentLayer() is layers["stadtteile"]
    assert dialog.area_key.currentField() == "stadtteil_nr" and dialog.area_name.currentField() == "stadtteil_name"
    assert dialog.table_layer.currentLayer() is layers["statistik_stadtteile"]
    assert dialog.load_data()
    preview = dialog.preview
    assert preview.featureCount() == 152 and project.layerTreeRoot().findLayer(preview.id()) is not None
    assert layers["stadtteile"].featureCount() == 152 and not layers["stadtteile"].isEditable()
    assert dialog.ranking.rowCount() == 25
    assert any("300" in dialog.warnings.item(i).text() for i in range(dialog.warnings.count()))  # suppressed areas
    # 3 Stadtteile under 300 residents, and in each of their Bezirke the smallest other Stadtteil withheld so that
    # the small one cannot be derived from the Bezirk's total (complementary suppression)
    assert sum(1 for v in values(preview, "scored").values() if v) == 152 - 3 - 3
    assert legend(preview)[-1].startswith("not scored (6)")
    assert [round(s * 100, 1) for s in dialog.editor.shown_shares().values()] == [14.3] * 7


def test_a_weight_change_updates_values_and_renderer(dialog):
    dialog.load_data()
    preview = dialog.preview
    before, renderer_before = values(preview), preview.renderer()
    dialog.editor.set_share("bonuscard", 0.5)
    assert dialog.timer.isActive()  # debounced, not computed at once
    assert wait_for(lambda: values(preview) != before)
    shares = dialog.editor.shown_shares()
    assert shares["bonuscard"] == pytest.approx(0.5)
    assert sum(shares.values()) == pytest.approx(1.0, abs=0.005)  # each shown to 0.1 %
    assert shares["laerm"] == pytest.approx(0.5 / 6, abs=1e-3)
    assert preview.renderer() is not renderer_before
    classes = values(preview, "class")
    counts = {label: list(classes.values()).count(label) for label in ("sehr hoch", "hoch", "mittel", "gering")}
    assert legend(preview)[:4] == [f"{k} ({v})" for k, v in counts.items()]  # the legend counts the new classes
    _method, _preset, result = dialog.last
    assert result.weights["index"]["bonuscard"] == pytest.approx(0.5)


def test_switching_off_direction_threshold_and_classes(dialog):
    dialog.load_data()
    dialog.editor._rows[0][1].setChecked(False)  # laerm off
    dialog.recompute()
    assert "laerm" not in dialog.last[2].weights["index"]
    dialog.threshold.setValue(0)  # below the city's 300: not possible (a scenario raises, never lowers it)
    assert dialog.threshold.value() == 300
    dialog.threshold.setValue(2000)
    dialog.recompute()
    assert int(dialog.last[2].scored.sum()) < 146 and dialog.last[2].threshold == 2000
    dialog.class_method.setCurrentIndex(dialog.class_method.findData("quantile"))
    dialog.class_count.setValue(5)
    dialog.recompute()
    assert legend(dialog.preview)[0].startswith("5 (") and len(legend(dialog.preview)) == 6


def test_ahp_input_gives_the_expected_weights_and_cr(dialog):
    dialog.load_data()
    editor = dialog.editor
    editor.mode_box.setCurrentIndex(editor.mode_box.findData("ahp"))
    assert editor.ahp_group.isVisibleTo(dialog) and editor.ahp_table.rowCount() == 7
    editor.ahp_table.item(0, 4).setText("1/5")  # laerm vs bonuscard, typed as a user would
    editor.set_pairwise(3, 4, 1 / 3)
    editor.set_pairwise(4, 6, 7)
    dialog.recompute()
    matrix = np.ones((7, 7))
    for i, j, v in ((0, 4, 1 / 5), (3, 4, 1 / 3), (4, 6, 7)):
        matrix[i, j], matrix[j, i] = v, 1 / v
    expected, cr, _ = ahp_weights(matrix.tolist())
    got = dialog.last[2].weights["index"]
    assert [got[c] for c in INDICATORS_DEMO] == pytest.approx(expected.tolist())
    assert editor.consistency_ratio() == pytest.approx(cr)
    assert f"{cr:.2f}" in editor.cr_label.text()
    assert [editor.shown_shares()[c] for c in INDICATORS_DEMO] == pytest.approx(expected.tolist(), abs=1e-3)
    editor.set_pairwise(0, 1, 9)
    editor.set_pairwise(1, 2, 9)
    editor.set_pairwise(0, 2, 1 / 9)  # circular: inconsistent
    dialog.recompute()
    texts = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert any("CR" in t and "0.10" in t for t in texts) and "inconsistent" in editor.cr_label.text()
    editor.ahp_table.item(0, 1).setText("12")  # outside Saaty's scale: refused, value kept
    assert "Not a comparison value" in editor.cr_label.text() and editor.ahp_table.item(0, 1).text() == "9"


def test_scenarios_survive_saving_and_reopening_the_project(dialog, demo_project, tmp_path, qgis_iface):
    project, _layers = demo_project
    dialog.load_data()
    assert dialog.save_scenario_as("Gleich gewichtet")
    dialog.editor.set_share("buergergeld_u25", 0.4)
    dialog.recompute()
    assert dialog.save_scenario_as("Schwerpunkt Armut")
    shares_before = dialog.editor.shown_shares()
    names = [s["name"] for s in load_scenarios(project)[0]]
    assert names == ["Gleich gewichtet", "Schwerpunkt Armut"]
    themes = project.mapThemeCollection().mapThemes()
    assert "Quartier · Scenario · Schwerpunkt Armut" in themes
    assert sum(t.startswith("Quartier · Indicator · ") for t in themes) == 7
    armut = layers_with_role(project, SCENARIO_LAYER, "Schwerpunkt Armut")[0]
    ranks = values(armut, "rank")
    assert all(v is not None for v in values(armut, "p05").values() if v is not None)
    path = tmp_path / "workshop.qgz"
    assert project.write(str(path))
    dialog.close()
    project.clear()
    assert project.read(str(path))
    assert [s["name"] for s in load_scenarios(project)[0]] == names
    assert refill_empty_layers(project) == []
    armut = layers_with_role(project, SCENARIO_LAYER, "Schwerpunkt Armut")[0]
    assert values(armut, "rank") == ranks
    reopened = WeightingDock(qgis_iface, project=project)
    try:
        assert reopened.scenario_name == "Schwerpunkt Armut"
        assert reopened.editor.shown_shares() == pytest.approx(shares_before)
    finally:
        reopened.close()


def test_export_import_duplicate_delete(dialog, demo_project, tmp_path):
    project, _layers = demo_project
    dialog.load_data()
    dialog.save_scenario_as("A")
    assert dialog.duplicate_scenario() == "A (copy)"
    target = tmp_path / "szenarien.json"
    dialog.export_scenarios_to(str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "quartier-scenarios"
    broken = tmp_path / "kaputt.json"
    broken.write_text('{"scenarios": [', encoding="utf-8")
    message = dialog.import_scenarios_from(str(broken))
    assert "not valid JSON" in message and [s["name"] for s in load_scenarios(project)[0]] == ["A", "A (copy)"]
    assert dialog.import_scenarios_from(str(target)) is None
    assert [s["name"] for s in load_scenarios(project)[0]] == ["A", "A (copy)", "A (2)", "A (copy) (2)"]
    dialog.delete_scenario("A (2)")
    assert "A (2)" not in [s["name"] for s in load_scenarios(project)[0]]
    assert not layers_with_role(project, SCENARIO_LAYER, "A (2)")
    assert "Quartier · Scenario · A (2)" not in project.mapThemeCollection().mapThemes()


def test_comparison_lists_changes_and_shows_them_on_the_map(dialog, demo_project):
    project, _layers = demo_project
    dialog.load_data()
    dialog.save_scenario_as("Gleich")
    dialog.editor.set_share("laerm", 0.6)
    dialog.recompute()
    dialog.save_scenario_as("Laerm")
    rows = dialog.run_comparison("Gleich", "Laerm", 5)
    changed = [r for r in rows if r["change"] in ("higher_class", "lower_class", "moved")]
    assert changed and dialog.compare_table.rowCount() == len(changed)
    assert "higher class" in dialog.compare_summary.text()
    layer = dialog.show_comparison_on_map()
    got = values(layer, "change")
    assert sorted(v for v in got.values() if v in ("higher_class", "lower_class", "moved")) == \
        sorted(r["change"] for r in changed)
    assert layer.renderer().type() == "categorizedSymbol" and project.mapLayer(layer.id()) is layer


def test_workshop_dock_steps_through_maps_and_shows_profiles(dialog, demo_project, qgis_iface):
    project, layers = demo_project
    dialog.load_data()
    dialog.save_scenario_as("Gleich")
    dock = WorkshopDock(qgis_iface, project=project)
    try:
        assert len(dock.map_rows()) == 8 and len(stored_themes(project)) == 8
        assert len(dock.update_maps()) == 8  # "Update maps" remakes them from the project
        shown = dock.step(1)
        assert shown[1] == INDICATORS and shown[2] == "laerm"
        indicator_layer = layers_with_role(project, INDICATORS)[0]
        root = project.layerTreeRoot()
        assert root.findLayer(indicator_layer.id()).isVisible()
        assert indicator_layer.styleManager().currentStyle() == "laerm"
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest

        dock.show()
        QTest.keyClick(dock.list, Qt.Key.Key_PageDown)  # as a presenter's remote sends it
        assert dock.current[2] == "migration"
        assert indicator_layer.styleManager().currentStyle() == "migration"
        assert dock.step(-2)[2] == "wohndauer_u5" or dock.current[1] == SCENARIO_LAYER
        while dock.current[1] != SCENARIO_LAYER:
            dock.step(1)
        scenario_layer = layers_with_role(project, SCENARIO_LAYER, "Gleich")[0]
        assert root.findLayer(scenario_layer.id()).isVisible() and not root.findLayer(indicator_layer.id()).isVisible()
        scored = next(f for f in scenario_layer.getFeatures() if f["scored"])
        point = scored.geometry().pointOnSurface().asPoint()
        profile = dock.show_profile_at(QgsPointXY(point))
        assert profile["key"] == scored["key"] and profile["rank"] == scored["rank"]
        assert profile["interval"][0] <= profile["interval"][1]
        assert len(profile["indicators"]) == 7 and all(i["value"] is not None for i in profile["indicators"])
        assert profile["indicators"][0]["city_value"] > 0
        assert "Betroffenheit durch Lärm" in dock.profile.toPlainText() or "Share affected" in \
            dock.profile.toPlainText()
        small = next(f for f in scenario_layer.getFeatures() if not f["scored"])
        profile = dock.show_profile_at(QgsPointXY(small.geometry().pointOnSurface().asPoint()))
        assert not profile["scored"] and all(i["value"] is None and i["rating"] is None
                                             for i in profile["indicators"])
        assert str(small["einkommen_value"]) in ("NULL", "None")  # nothing of a suppressed area on the layer
    finally:
        dock.unload()
        dock.deleteLater()


def laptop_window(dock, project):
    """A main window of 1366x768 with the map in the middle and ``dock`` on the right, as QGIS shows it."""
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow

    window = QMainWindow()
    canvas = QgsMapCanvas(window)
    window.setCentralWidget(canvas)
    layers = [dock.preview] + [lay for lay in project.mapLayers().values() if lay.name() == "Stadtteile"]
    canvas.setLayers(layers)
    canvas.setDestinationCrs(dock.preview.crs())
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1366, 768)
    window.show()
    dock.show()
    window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
    canvas.setExtent(dock.preview.extent())
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    QCoreApplication.processEvents()
    return window


def test_screenshots_of_dialog_dock_and_charts(dialog, demo_project, qgis_iface):
    from quartier_plugin.gui.charts import save_chart

    project, _layers = demo_project
    dialog.load_data()
    dialog.editor.set_share("bonuscard", 0.3)
    dialog.recompute()
    dialog.save_scenario_as("Schwerpunkt Bonuscard")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = laptop_window(dialog, project)  # the dock beside the map on a 1366x768 screen
    try:
        assert dialog.grab().save(str(SHOTS / "weighting_dock.png"))
        assert window.grab().save(str(SHOTS / "weighting_dock_window.png"))
        dialog.editor.details.setChecked(True)  # direction, normalisation, reference
        QCoreApplication.processEvents()  # the layouts follow on the event loop
        assert dialog.grab().save(str(SHOTS / "weighting_dock_details.png"))
        dialog.editor.details.setChecked(False)
        for page, name in ((dialog.data_tab, "data"), (dialog.classes_tab, "classes"), (dialog.results_tab, "ranking"),
                           (dialog.comparison_tab, "comparison")):
            if page is dialog.comparison_tab:
                dialog.run_comparison(dialog.scenario_name, None, 5)
            dialog.tabs.setCurrentWidget(page)
            QCoreApplication.processEvents()
            assert dialog.grab().save(str(SHOTS / f"weighting_dock_{name}.png"))
        dialog.tabs.setCurrentWidget(dialog.weights_tab)
        dialog.editor.mode_box.setCurrentIndex(dialog.editor.mode_box.findData("ahp"))
        dialog.editor.set_pairwise(4, 3, 3)
        dialog.recompute()
        QCoreApplication.processEvents()
        dialog.editor.scroll.ensureWidgetVisible(dialog.editor.ahp_group)
        QCoreApplication.processEvents()
        assert dialog.grab().save(str(SHOTS / "weighting_dock_ahp.png"))
        dialog.tabs.setCurrentWidget(dialog.rank_chart)
        assert dialog.robustness_task is not None and wait(dialog.robustness_task, 60)  # computed in a task
        assert dialog.robustness is not None and dialog.rank_chart.rows
        QCoreApplication.processEvents()
        assert dialog.grab().save(str(SHOTS / "weighting_dock_robustness.png"))
    finally:
        window.removeDockWidget(dialog)
        dialog.setParent(None)
        window.deleteLater()
    assert save_chart(dialog.rank_chart, SHOTS / "chart_rank_intervals.png")
    dialog.tabs.setCurrentWidget(dialog.heatmap)
    assert save_chart(dialog.heatmap, SHOTS / "chart_correlation.png", 700, 560)
    dock = WorkshopDock(qgis_iface, project=project)
    try:
        dock.step(1)
        scenario_layer = layers_with_role(project, SCENARIO_LAYER)[0]
        feature = next(f for f in scenario_layer.getFeatures() if f["rank"] == 1)
        dock.show_entry(next(t for t in stored_themes(project) if t[1] == SCENARIO_LAYER))
        dock.show_profile_at(QgsPointXY(feature.geometry().pointOnSurface().asPoint()))
        dock.resize(420, 720)
        dock.show()
        assert dock.grab().save(str(SHOTS / "workshop_dock.png"))
    finally:
        dock.unload()
        dock.deleteLater()
    assert QgsProject.instance() is project


def test_fields_follow_the_layers_the_combos_chose_by_themselves(qgis_iface, qgis_new_project, demo_gpkg):
    from qgis.core import QgsVectorLayer

    project = QgsProject.instance()
    areas = QgsVectorLayer(f"{demo_gpkg}|layername=stadtteile", "Stadtteile", "ogr")
    table = QgsVectorLayer(f"{demo_gpkg}|layername=statistik_stadtteile", "Statistik", "ogr")
    project.addMapLayers([areas, table])  # no hierarchy stored: nothing suggests the level
    dlg = WeightingDock(qgis_iface, project=project)
    try:
        assert dlg.areas.currentLayer() is areas and dlg.area_key.layer() is areas
        dlg.area_key.setField("stadtteil_nr")
        dlg.table_layer.setLayer(table)
        dlg.table_key.setField("stadtteil_nr")
        assert dlg.load_data() and dlg.preview.featureCount() == 152
        dlg.table_key.setField("jahr")  # a wrong key: no area matches, said so, nothing breaks
        assert not dlg.load_data() and "more than once" in dlg.status.text()
    finally:
        dlg.close()


# -- the dock: narrow, Enter, undo, comparison button (issue 16) ------------------------------------------
def test_the_dock_fits_beside_the_map_on_a_small_laptop(dialog):
    dialog.load_data()
    dialog.show()
    for page in range(dialog.tabs.count()):  # every tab, the weights' AHP matrix too
        dialog.tabs.setCurrentIndex(page)
        assert dialog.minimumSizeHint().width() <= 420, dialog.tabs.tabText(page)
    dialog.editor.mode_box.setCurrentIndex(dialog.editor.mode_box.findData("ahp"))
    assert dialog.minimumSizeHint().width() <= 420
    table = dialog.editor.ahp_table
    assert table.rowCount() == 7 and table.height() >= sum(table.rowHeight(i) for i in range(7))  # all 7 rows
    slider = dialog.editor._rows[0][2]
    assert slider.singleStep() == 10 and slider.pageStep() == 50  # 1 % and 5 % of the range 0..1000


def test_enter_in_a_field_opens_no_file_dialog(dialog, monkeypatch):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QPushButton

    opened = []
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, _n=name, **k: opened.append(_n) or ("", "")))
    monkeypatch.setattr(QInputDialog, "exec", lambda self: opened.append("name") or 0)
    dialog.load_data()
    dialog.show()
    assert all(not b.autoDefault() and not b.isDefault() for b in dialog.findChildren(QPushButton))
    spin = dialog.editor._rows[0][3]
    for field, page in ((spin, dialog.weights_tab), (dialog.threshold, dialog.classes_tab),
                        (dialog.class_breaks, dialog.classes_tab), (dialog.compare_shift, dialog.comparison_tab)):
        dialog.tabs.setCurrentWidget(page)
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_Return)
        QTest.keyClick(field, Qt.Key.Key_Enter)
    assert opened == []


def test_undo_redo_and_reset_of_weight_changes(dialog):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication

    dialog.load_data()
    equal = dialog.editor.shown_shares()
    assert not dialog.undo_button.isEnabled()
    dialog.editor.set_share("bonuscard", 0.5)
    dialog.recompute()
    assert dialog.undo_button.isEnabled() and dialog.undo_stack.count() == 1
    dialog.undo_button.click()
    assert dialog.editor.shown_shares() == pytest.approx(equal)
    assert dialog.last[2].weights["index"]["bonuscard"] == pytest.approx(1 / 7)  # computed again
    dialog.redo_button.click()
    assert dialog.editor.shown_shares()["bonuscard"] == pytest.approx(0.5)
    dialog.editor.set_share("laerm", 0.3)
    dialog.recompute()
    dialog.show()
    QApplication.setActiveWindow(dialog)  # shortcuts work in the active window
    dialog.editor.setFocus()
    QTest.keyClick(dialog.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert dialog.editor.shown_shares()["bonuscard"] == pytest.approx(0.5)
    QTest.keyClick(dialog.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)  # Ctrl+Shift+Z
    assert dialog.editor.shown_shares()["laerm"] == pytest.approx(0.3)
    dialog.reset_button.click()
    assert dialog.editor.shown_shares() == pytest.approx(equal) and not dialog.is_modified()
    dialog.undo_button.click()  # the reset is a step too
    assert dialog.editor.shown_shares()["laerm"] == pytest.approx(0.3)


def test_the_compare_button_compares_the_chosen_scenarios(dialog):
    dialog.load_data()
    dialog.save_scenario_as("Gleich")
    dialog.editor.set_share("laerm", 0.6)
    dialog.recompute()
    dialog.save_scenario_as("Laerm")
    dialog.compare_a.setCurrentIndex(dialog.compare_a.findData("Gleich"))
    dialog.compare_b.setCurrentIndex(dialog.compare_b.findData("Laerm"))
    dialog.compare_shift.setValue(5)
    dialog.compare_button.click()  # clicked(False) must not become the name of scenario A
    assert dialog.comparison_names == ("Gleich", "Laerm")
    assert dialog.compare_table.rowCount() > 0 and "Gleich → Laerm" in dialog.compare_summary.text()


def test_consistency_ratio_and_numbers_in_german(dialog, monkeypatch):
    from quartier_plugin.gui import indicator_block

    monkeypatch.setattr(indicator_block, "user_locale", lambda: "de")
    assert indicator_block.consistency_text(0.04) == "CR 0,04: the comparisons are consistent (below 0,10)."
    assert "CR 0,25" in indicator_block.consistency_text(0.25) and "0,10" in indicator_block.consistency_text(0.25)
    dialog.load_data()
    block = dialog.editor._blocks[0]
    assert [block.direction.itemText(i) for i in range(2)] == ["higher value = more need", "lower value = more need"]
    assert block.spin.text() == "14,3 %"  # the share as German writes it


def test_the_save_dialog_has_a_short_title_and_says_what_happens(dialog, monkeypatch):
    from qgis.PyQt.QtWidgets import QInputDialog

    seen = []

    def answer(box):
        seen.append((box.windowTitle(), box.labelText()))
        box.setTextValue("Workshop")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", answer)
    dialog.load_data()
    dialog.save_as_button.click()
    title, label = seen[0]
    assert title == "Save scenario" and "stored in the project" in label
    assert dialog.scenario_name == "Workshop"
