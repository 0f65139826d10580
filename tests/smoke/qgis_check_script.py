"""Run inside the real QGIS desktop (``qgis --code``): report what the plugin did, then quit."""

import json
import os

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMenu, QToolBar

MARKER = os.environ["QUARTIER_SMOKE_MARKER"]
_messages = []


def _on_message(message, tag, level):
    if tag == "Python error" or "quartier" in (message or "").lower():
        _messages.append(f"[{tag}] {message}")


QgsApplication.messageLog().messageReceived.connect(_on_message)


def _report():
    try:
        _write_report()
    except Exception as err:  # report the failure itself instead of hanging
        with open(MARKER, "w", encoding="utf-8") as handle:
            json.dump({"error": repr(err)}, handle)
    finally:
        _quit()


def _quit():
    """Leave QGIS even when a modal error dialog runs its own event loop."""
    QTimer.singleShot(5000, lambda: os._exit(3))  # last resort; the marker is written already
    for widget in QApplication.topLevelWidgets():
        if widget.isModal() and widget.isVisible():
            widget.close()
    QgsApplication.exit(0)
    QTimer.singleShot(0, lambda: QgsApplication.exit(0))


def _write_report():
    window = qgis.utils.iface.mainWindow()
    menus = [action.text() for action in window.menuBar().actions()]
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("quartier")
    plugin = qgis.utils.plugins.get("quartier")
    menu_texts = []
    menu = window.findChild(QMenu, "QuartierMenu")
    if menu is not None:
        menu_texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    result = {
        "qgis_version": qgis.utils.Qgis.QGIS_VERSION,
        "loaded": "quartier" in qgis.utils.plugins,
        "active": "quartier" in qgis.utils.active_plugins,
        "menus": menus,
        "toolbar": window.findChild(QToolBar, "QuartierToolbar") is not None,
        "provider": provider is not None,
        "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else [],
        "menu_texts": menu_texts,
        "messages": _messages,
    }
    shot = os.environ.get("QUARTIER_SMOKE_SCREENSHOT")
    if shot and plugin is not None:
        plugin._open_hierarchy_dialog()
        QgsApplication.processEvents()
        plugin.hierarchy_dialog.grab().save(shot.replace(".png", "_hierarchy_dialog.png"))
        plugin.hierarchy_dialog.close()
    project_path = os.environ.get("QUARTIER_SMOKE_PROJECT")
    walk = os.environ.get("QUARTIER_SMOKE_WALK")
    if project_path and plugin is not None and walk:
        result.update(_walk(plugin, project_path, walk, shot))
        shot = None
    elif project_path and plugin is not None:
        result.update(_open_workshop_project(plugin, project_path, shot))
        shot = None
    if shot:
        menu = window.findChild(QMenu, "QuartierMenu")
        window.grab().save(shot)
        if menu is not None:
            menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
            QgsApplication.processEvents()
            menu.grab().save(shot.replace(".png", "_menu.png"))
            menu.close()
    tmp = MARKER + ".tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2)
    os.replace(tmp, MARKER)


def _open_workshop_project(plugin, path, shot):
    """Open a saved project with scenarios, present the last scenario map and an area profile."""
    from qgis.core import QgsPointXY, QgsProject

    iface = qgis.utils.iface
    iface.addProject(path)
    QgsApplication.processEvents()
    project = QgsProject.instance()
    need = [lay for lay in project.mapLayers().values()
            if lay.customProperty("quartier/role") in ("scenario", "indicators")]
    out = {"need_layers": {lay.name(): lay.featureCount() for lay in need}}
    plugin._toggle_workshop_dock()
    dock = plugin.workshop_dock
    rows = dock.map_rows()
    out["dock_maps"] = len(rows)
    dock.list.setCurrentRow(rows[-1])  # the last scenario
    QgsApplication.processEvents()
    layer = dock.shown_layer()
    first = next(f for f in layer.getFeatures() if f["rank"] == 1)
    canvas = iface.mapCanvas()
    canvas.setExtent(layer.extent())
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    profile = dock.show_profile_at(QgsPointXY(first.geometry().pointOnSurface().asPoint()), layer.crs())
    out["profile_rank"] = profile["rank"] if profile else None
    out["profile_values"] = sum(1 for i in profile["indicators"] if i["value"] is not None) if profile else 0
    QgsApplication.processEvents()
    canvas.waitWhileRendering()
    if shot:
        iface.mainWindow().grab().save(shot)
    return out


def _walk(plugin, path, step, shot):
    """The workspace walk, as a user: "change" = open, new weights saved as a scenario, save the project,
    quit; "reopen" = open again, all layers there, change weights without saving, look at what the pack
    will print, write the pack."""
    from qgis.core import QgsProject

    iface = qgis.utils.iface
    iface.addProject(path)
    QgsApplication.processEvents()
    project = QgsProject.instance()
    layers = list(project.mapLayers().values())
    out = {"layers": len(layers), "invalid": [lay.name() for lay in layers if not lay.isValid()],
           "memory": [lay.name() for lay in layers if lay.providerType() == "memory"]}
    canvas = iface.mapCanvas()
    plugin._open_weighting_dock()
    dialog = plugin.weighting_dock
    dialog.load_data()
    dialog.editor.set_share("bonuscard" if step == "change" else "laerm", 0.4)  # as a user moves a slider
    dialog.recompute()
    if step == "change":
        dialog.save_scenario_as("Rundgang")
    out["title"] = dialog.windowTitle()
    out["modified"] = dialog.is_modified()
    QgsApplication.processEvents()
    canvas.setExtent(dialog.session.areas_layer.extent())
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    if shot:
        dialog.grab().save(shot.replace(".png", f"_{step}_weighting.png"))
        iface.mainWindow().grab().save(shot.replace(".png", f"_{step}_window.png"))
    if step == "change":
        out["saved"] = project.write()
        out["layers_saved"] = len([lay for lay in project.mapLayers().values() if lay.providerType() != "memory"])
        dialog.hide()
        return out
    plugin._open_meeting_pack_dialog()
    pack = plugin.meeting_pack_dialog
    out["pack_scenario"] = pack.scenario.currentText()
    out["pack_prints"] = pack.printed.text()
    QgsApplication.processEvents()
    if shot:
        pack.grab().save(shot.replace(".png", f"_{step}_pack_dialog.png"))
    folder = os.path.join(os.path.dirname(path), "walk_pack")
    out["pack"] = pack.run(folder)
    out["pack_pages"] = len(pack.pack.pages) if out["pack"] else 0
    pack.hide()
    dialog.hide()
    return out


QTimer.singleShot(4000, _report)
