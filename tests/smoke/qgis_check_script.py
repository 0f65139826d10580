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


QTimer.singleShot(4000, _report)
