"""The plugin object QGIS talks to: initGui, initProcessing and unload, nothing else."""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMenu

from . import paths
from .compat import qt_class
from .definitions import PROVIDER_ID
from .translation import install_translator, remove_translator, tr

QAction = qt_class("QAction")  # QtWidgets on Qt 5, QtGui on Qt 6

GUI_REQUIRES = ("numpy", "shapely", "jinja2")  # core/dependencies.py says why each
MENU_OBJECT_NAME = "QuartierMenu"
TOOLBAR_OBJECT_NAME = "QuartierToolbar"


class QuartierPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.hierarchy_dialog = None
        self.overlay_dialog = None
        self.weighting_dock = None
        self.meeting_pack_dialog = None
        self.workshop_dock = None
        self._project_signal = False

    # -- Processing ----------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API
        """Register the Processing provider (QGIS desktop and qgis_process both call this)."""
        if self.provider is not None:
            return
        from .processing.provider import QuartierProvider

        provider = QuartierProvider()
        # addProvider refuses (and deletes) a second provider with the same id
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    # -- GUI -----------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("&Quartier"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(tr("Quartier"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        self._add_action(
            "quartier.svg", tr("Create demo city…"), self._run_demo_city,
            tr("Generate the synthetic demo city (GeoPackage) with the Processing dialog."))
        self.menu.addSeparator()
        self._add_action(
            "hierarchy.svg", tr("District hierarchy…"), self._open_hierarchy_dialog,
            tr("Load the city's spatial units, validate them and add them to the map as one group."))
        self._add_action(
            "overlay.svg", tr("Renewal overlay…"), self._open_overlay_dialog,
            tr("Cross social need with the urban renewal priority areas: bivariate map and candidate areas."))
        self._add_action(
            "weighting.svg", tr("Need index and weighting…"), self._open_weighting_dock,
            tr("Weight the indicators with a live map preview; save and compare named scenarios."))
        self._add_action(
            "workshop.svg", tr("Workshop dock"), self._toggle_workshop_dock,
            tr("Step through the indicator and scenario maps and show area profiles."))
        self._add_action(
            "meeting_pack.svg", tr("Meeting pack…"), self._open_meeting_pack_dialog,
            tr("Write the meeting pack for the committee: overview and profile sheets as one PDF, ranking CSV, "
               "settings JSON."))
        QgsProject.instance().readProject.connect(self._project_read)
        from .layers.helper_layers import HelperHold

        self._hold = HelperHold(QgsProject.instance())
        QgsProject.instance().writeProject.connect(self._project_writing)
        QgsProject.instance().projectSaved.connect(self._hold.restore)
        self._project_signal = True

        menu_bar = main_window.menuBar()
        before = None
        try:
            before = self.iface.firstRightStandardMenu().menuAction()
        except (AttributeError, TypeError):
            before = None
        if before is not None and before in menu_bar.actions():
            menu_bar.insertMenu(before, self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def _add_action(self, icon_name, text, callback, tip, toolbar=True):
        icon = QIcon(paths.icon(icon_name)) if icon_name else QIcon()
        action = QAction(icon, text, self.iface.mainWindow())
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if callback is not None:
            action.triggered.connect(lambda _checked=False, cb=callback: self._run_guarded(cb))
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _run_guarded(self, callback):
        """Open a dialog or dock only when the packages it needs are there; otherwise say how to install them."""
        from .processing.base import dependency_message

        message = dependency_message(GUI_REQUIRES)
        if message:
            from qgis.PyQt.QtWidgets import QMessageBox

            QMessageBox.warning(self.iface.mainWindow(), tr("Quartier"), message)
            return
        callback()

    def _open_hierarchy_dialog(self):
        from .gui.hierarchy_dialog import HierarchyDialog

        if self.hierarchy_dialog is None:
            self.hierarchy_dialog = HierarchyDialog(self.iface, self.iface.mainWindow())
        else:
            self.hierarchy_dialog.load_from_project()
        self.hierarchy_dialog.show()
        self.hierarchy_dialog.raise_()

    def _open_overlay_dialog(self):
        from .gui.overlay_dialog import OverlayDialog

        if self.overlay_dialog is None:
            self.overlay_dialog = OverlayDialog(self.iface, self.iface.mainWindow())
        self.overlay_dialog.show()
        self.overlay_dialog.raise_()

    def _open_weighting_dock(self):
        from .gui.weighting_dock import WeightingDock

        if self.weighting_dock is None:
            self.weighting_dock = WeightingDock(self.iface, self.iface.mainWindow())
            self.weighting_dock.scenarios_changed.connect(self._scenarios_changed)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.weighting_dock)
        self.weighting_dock.show()
        self.weighting_dock.raise_()

    def _remove_weighting_dock(self):
        if self.weighting_dock is not None:
            self.weighting_dock.ask_on_close = False  # QGIS quits or the plugin goes: the weights stay in the project
            self.weighting_dock.close()
            self.iface.removeDockWidget(self.weighting_dock)
            self.weighting_dock.deleteLater()
            self.weighting_dock = None

    def _open_meeting_pack_dialog(self):
        from .gui.meeting_pack_dialog import MeetingPackDialog

        if self.meeting_pack_dialog is None:
            self.meeting_pack_dialog = MeetingPackDialog(self.iface, self.iface.mainWindow())
        else:
            self.meeting_pack_dialog.load_from_project()
        self.meeting_pack_dialog.show()
        self.meeting_pack_dialog.raise_()

    def _toggle_workshop_dock(self):
        from .gui.workshop_dock import WorkshopDock

        if self.workshop_dock is None:
            self.workshop_dock = WorkshopDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.workshop_dock)
            self.workshop_dock.show()
        else:
            self.workshop_dock.setVisible(not self.workshop_dock.isVisible())
        if self.workshop_dock.isVisible():
            self.workshop_dock.refresh()
            self.workshop_dock.raise_()

    def _scenarios_changed(self):
        if self.workshop_dock is not None:
            self.workshop_dock.refresh()

    def _project_read(self, *_args):
        """A project was opened: recompute its need maps (memory layers come back empty)."""
        from .processing.base import dependency_message

        message = dependency_message(GUI_REQUIRES)
        if message:
            self.iface.messageBar().pushWarning(tr("Quartier"), message)
            return
        from .layers.scenario_layers import refill_empty_layers

        messages = refill_empty_layers(QgsProject.instance())
        for text in messages:
            self.iface.messageBar().pushWarning(tr("Quartier"), text)
        self._remove_weighting_dock()
        for name in ("meeting_pack_dialog",):
            dialog = getattr(self, name)
            if dialog is not None:
                dialog.ask_on_close = False  # QGIS quits or the plugin goes: the weights stay in the project
                dialog.close()
                dialog.deleteLater()
                setattr(self, name, None)
        if self.workshop_dock is not None:
            self.workshop_dock.refresh()

    def _project_writing(self, document):
        """The project is being written: the plugin's memory helpers (the live preview) stay out of it."""
        from qgis.PyQt.QtCore import QTimer

        self._hold.take(document)
        QTimer.singleShot(0, self._hold.restore)  # also when the write fails (then projectSaved never comes)

    def _run_demo_city(self):
        from qgis import processing

        processing.execAlgorithmDialog(f"{PROVIDER_ID}:create_demo_city", {})

    def unload(self):
        if self._project_signal:
            QgsProject.instance().readProject.disconnect(self._project_read)
            QgsProject.instance().writeProject.disconnect(self._project_writing)
            QgsProject.instance().projectSaved.disconnect(self._hold.restore)
            self._hold.restore()
            self._project_signal = False
        if self.workshop_dock is not None:
            self.workshop_dock.unload()
            self.iface.removeDockWidget(self.workshop_dock)
            self.workshop_dock.deleteLater()
            self.workshop_dock = None
        self._remove_weighting_dock()
        for name in ("hierarchy_dialog", "overlay_dialog", "meeting_pack_dialog"):
            dialog = getattr(self, name)
            if dialog is not None:
                dialog.ask_on_close = False  # QGIS quits or the plugin goes: the weights stay in the project
                dialog.close()
                dialog.deleteLater()
                setattr(self, name, None)
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            if self.menu is not None:
                self.menu.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            main_window = self.iface.mainWindow()
            main_window.menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
