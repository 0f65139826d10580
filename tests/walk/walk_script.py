"""Run inside the real QGIS desktop (``qgis --code``) by ``make walk``: open the demo project, drive every
dialog and dock through its public slots as a user would, save a screenshot of each into QUARTIER_WALK_SHOTS,
write what was seen (and every Python error QGIS reported) to QUARTIER_SMOKE_MARKER, then quit."""

import json
import os
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

MARKER = os.environ["QUARTIER_SMOKE_MARKER"]
SHOTS = os.environ["QUARTIER_WALK_SHOTS"]
PROJECT = os.environ["QUARTIER_SMOKE_PROJECT"]
_messages = []


def _on_message(message, tag, level):
    if tag == "Python error" or tag == "Quartier":
        _messages.append(f"[{tag}] {message}")


QgsApplication.messageLog().messageReceived.connect(_on_message)


def _settle():
    for _ in range(5):
        QgsApplication.processEvents()
    canvas = qgis.utils.iface.mapCanvas()
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    QgsApplication.processEvents()


HEIGHTS = {}


def _shot(widget, name):
    _settle()
    window = qgis.utils.iface.mainWindow()
    HEIGHTS[name] = [window.width(), window.height()]
    path = os.path.join(SHOTS, f"{name}.png")
    widget.grab().save(path)
    return path


def _walk():
    iface = qgis.utils.iface
    window = iface.mainWindow()
    window.setGeometry(0, 0, 1366, 768)  # a laptop in a meeting room (Xvfb has no window manager)
    plugin = qgis.utils.plugins["quartier"]
    iface.addProject(PROJECT)
    _settle()
    project = QgsProject.instance()
    out = {"layers": len(project.mapLayers())}
    canvas = iface.mapCanvas()

    # 1 the weighting dock beside the map at 1366 x 768
    plugin._open_weighting_dock()
    dock = plugin.weighting_dock
    dock.load_data()
    areas = dock.session.areas_layer
    canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(areas, areas.extent()))
    _shot(window, "01_weighting_dock_1366x768")
    out["window"] = [window.width(), window.height()]
    out["dock_width"] = dock.width()
    out["canvas_width"] = canvas.width()

    # 2 comparing two saved scenarios
    names = [s["name"] for s in dock.scenarios()]
    out["scenarios"] = names
    dock.tabs.setCurrentWidget(dock.comparison_tab)
    rows = dock.run_comparison(names[0], names[1], 1) if len(names) >= 2 else []
    out["compare_rows"] = len(rows)
    _shot(dock, "02_compare_two_scenarios")

    # 3 overlay dialog with its defaults
    plugin._open_overlay_dialog()
    overlay = plugin.overlay_dialog
    out["overlay_defaults"] = {"areas": overlay.areas.currentLayer().name() if overlay.areas.currentLayer() else None,
                               "renewal": overlay.renewal.currentLayer().name() if overlay.renewal.currentLayer()
                               else None, "key": overlay.key.currentField(),
                               "class": overlay.class_field.currentField(), "rank": overlay.rank_field.currentField()}
    _shot(overlay, "03_overlay_dialog")
    overlay.close()

    # 4 hierarchy dialog
    plugin._open_hierarchy_dialog()
    _shot(plugin.hierarchy_dialog, "04_hierarchy_dialog")
    plugin.hierarchy_dialog.close()

    # 5 meeting pack dialog
    plugin._open_meeting_pack_dialog()
    pack = plugin.meeting_pack_dialog
    out["pack_sheets"] = list(pack.sheets)
    _shot(pack, "05_meeting_pack_dialog")
    pack.ask_on_close = False
    pack.close()

    # 6 workshop dock
    plugin._toggle_workshop_dock()
    _shot(window, "06_workshop_dock")
    plugin._toggle_workshop_dock()

    # 7 area selection: an assessment recorded, numbers and voices, a decision
    plugin._open_selection_dock()
    selection = plugin.selection_dock
    session = selection.session
    out["selection_areas"] = len(session.keys) if session else 0
    if session is not None:
        session.set_round("2026")
        selection.panel.round_edit.setText("2026")
        first = session.keys[0]
        selection.panel.area_combo.setCurrentIndex(selection.panel.area_combo.findData(first))
        selection.panel.judgement_combo.setCurrentIndex(selection.panel.judgement_combo.findData("higher"))
        selection.panel.author_edit.setText("Rundgang")
        recorded = selection.record()
        out["assessment_recorded"] = recorded is not None
        _shot(selection, "07_selection_assessments")
        selection.panel.tabs.setCurrentIndex(1)
        view = selection.compare()
        out["selection_view_rows"] = len(view)
        _shot(selection, "08_selection_numbers_and_voices")
        selection.panel.tabs.setCurrentIndex(2)
        _shot(window, "09_selection_dock_window")
    out["window_with_selection"] = [window.width(), window.height()]
    docks = (plugin.weighting_dock, plugin.workshop_dock, plugin.selection_dock)
    out["dock_minimum_heights"] = [d.minimumSizeHint().height() for d in docks if d is not None]
    selection.hide()

    # 8 help and about
    plugin._open_help()
    _shot(plugin._help_dialog, "10_help_method")
    plugin._help_dialog.close()
    plugin._open_about()
    _shot(plugin._about_dialog, "11_about")
    plugin._about_dialog.close()

    # 9 the need index in the Processing toolbox: METHOD is a list of the presets; its help page
    import importlib

    import processing

    # the plugin is installed under its own package name (quartier), not the source checkout's
    HelpDialog = importlib.import_module(type(plugin).__module__.split(".")[0] + ".gui.help").HelpDialog  # noqa: N806

    algorithm_dialog = processing.createAlgorithmDialog("quartier:need_index", {})
    algorithm_dialog.resize(900, 700)
    algorithm_dialog.show()
    method = algorithm_dialog.mainWidget().wrappers["METHOD"].wrappedWidget()
    out["method_options"] = [method.itemText(i) for i in range(method.count())]
    _shot(algorithm_dialog, "12_processing_need_index")
    algorithm_dialog.close()
    page = HelpDialog("processing", window)
    page.show()
    page.browser.scrollToAnchor("need_index")
    _shot(page, "13_help_processing")
    page.close()
    return out


def _report():
    try:
        result = _walk()
    except Exception:  # report the failure itself instead of hanging
        result = {"error": traceback.format_exc()}
    result["messages"] = _messages
    result["window_sizes"] = HEIGHTS
    try:
        tmp = MARKER + ".tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(result, handle, indent=2)
        os.replace(tmp, MARKER)
    finally:
        QTimer.singleShot(5000, lambda: os._exit(3))
        for widget in QApplication.topLevelWidgets():
            if widget.isModal() and widget.isVisible():
                widget.close()
        QgsApplication.exit(0)


QTimer.singleShot(4000, _report)
