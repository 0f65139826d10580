"""The plugin object QGIS talks to: initGui, initProcessing and unload, nothing else."""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMenu

from . import log, paths
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
        self.selection_dock = None
        self.meeting_pack_dialog = None
        self.workshop_dock = None
        self._project_signal = False

    # -- Processing ----------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API
        """Register the Processing provider (QGIS desktop and qgis_process both call this)."""
        if self.provider is not None:
            return
        try:
            from .processing.provider import QuartierProvider

            provider = QuartierProvider()
        except Exception as err:  # logged for qgis_process and the message log, then QGIS reports it too
            log.exception(tr("The Quartier Processing provider could not be started"), err)
            raise
        # addProvider refuses (and deletes) a second provider with the same id
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider
        else:
            log.warning(tr("The Processing provider {0} is registered already; the Quartier algorithms of that "
                           "registration stay in use.").format(PROVIDER_ID))

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
        self._add_action(
            "selection.svg", tr("Area selection…"), self._open_selection_dock,
            tr("Record the experts' assessments, see them beside the numbers and keep the register of decisions."))
        self.menu.addSeparator()
        self._add_action(
            None, tr("Help"), self._open_help, tr("How the method works and how each dialog is used."),
            toolbar=False)
        self._add_action(None, tr("About Quartier"), self._open_about,
                         tr("Version, licence and the sources of the method presets."), toolbar=False)
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

            log.warning(message)
            QMessageBox.warning(self.iface.mainWindow(), tr("Quartier"), message)
            return
        callback()

    def _show_dialog(self, name, dialog_class, reload=False):
        """Show the plugin's one dialog ``name`` (an attribute), made on first use; ``reload``: an existing one
        reads the project again. Returns (dialog, whether it was made now)."""
        dialog = getattr(self, name)
        made = dialog is None
        if made:
            dialog = dialog_class(self.iface, self.iface.mainWindow())
            setattr(self, name, dialog)
        elif reload:
            dialog.load_from_project()
        dialog.show()
        dialog.raise_()
        return dialog, made

    def _close_dialogs(self, names):
        """Close and drop the dialogs ``names`` without asking (the weights stay in the project)."""
        for name in names:
            dialog = getattr(self, name)
            if dialog is not None:
                dialog.ask_on_close = False
                dialog.close()
                dialog.deleteLater()
                setattr(self, name, None)

    def _open_hierarchy_dialog(self):
        from .gui.hierarchy_dialog import HierarchyDialog

        self._show_dialog("hierarchy_dialog", HierarchyDialog, reload=True)

    def _open_overlay_dialog(self):
        from .gui.overlay_dialog import OverlayDialog

        self._show_dialog("overlay_dialog", OverlayDialog)

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

        self._show_dialog("meeting_pack_dialog", MeetingPackDialog, reload=True)

    def _toggle_workshop_dock(self):
        from .gui.workshop_dock import WorkshopDock

        if self.workshop_dock is None:
            self.workshop_dock = WorkshopDock(self.iface, self.iface.mainWindow())
            self._add_dock_tab(self.workshop_dock)
            self.workshop_dock.show()
        else:
            self.workshop_dock.setVisible(not self.workshop_dock.isVisible())
        if self.workshop_dock.isVisible():
            self.workshop_dock.refresh()
            self.workshop_dock.raise_()

    def _add_dock_tab(self, dock):
        """Add ``dock`` on the right as a tab beside the plugin's other docks: docks stacked one above the other
        would not fit a 1366 x 768 screen."""
        tabify = getattr(self.iface, "addTabifiedDockWidget", None)
        if tabify is None:  # a test interface without it
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            return
        tabify(Qt.DockWidgetArea.RightDockWidgetArea, dock,
               ["QuartierWeightingDock", "QuartierWorkshopDock", "QuartierSelectionDock"], True)

    def _open_selection_dock(self):
        """The selection dock on the areas of the weighting panel (the project's weighting state)."""
        from .gui.selection_dock import SelectionDock
        from .layers.scenario_layers import session_from_state

        if self.selection_dock is None:
            self.selection_dock = SelectionDock(self.iface, self.iface.mainWindow())
            self._add_dock_tab(self.selection_dock)
        session = None
        try:
            session = session_from_state(QgsProject.instance())
        except (ValueError, RuntimeError) as err:
            log.warning(str(err), push=True, iface=self.iface)
        if session is None:
            log.warning(tr("Open \"Need index and weighting\" first: the area selection works on its areas."),
                        push=True, iface=self.iface)
        else:
            from .storage.workspace import WorkspaceError

            topics = [ind.label_de or ind.id for ind in session.base_preset.indicators]
            try:
                self.selection_dock.open_session(session.areas_layer, session.inputs.area_key,
                                                 session.inputs.name_field, topics=topics)
            except WorkspaceError as err:  # e.g. a project never saved: it has no workspace yet
                log.warning(str(err), push=True, iface=self.iface)
        self.selection_dock.show()
        self.selection_dock.raise_()

    def _remove_selection_dock(self):
        if self.selection_dock is not None:
            dock, self.selection_dock = self.selection_dock, None
            dock.unload()
            self.iface.removeDockWidget(dock)
            dock.deleteLater()

    def _open_help(self):
        from .gui.help import show_help

        self._help_dialog = show_help("method", self.iface.mainWindow())

    def _open_about(self):
        from .gui.help import AboutDialog

        self._about_dialog = AboutDialog(self.iface.mainWindow())
        self._about_dialog.show()

    def _scenarios_changed(self):
        if self.workshop_dock is not None:
            self.workshop_dock.refresh()

    def _project_read(self, *_args):
        """A project was opened: recompute its need maps (memory layers come back empty)."""
        from .processing.base import dependency_message

        message = dependency_message(GUI_REQUIRES)
        if message:
            log.warning(message, push=True, iface=self.iface)
            return
        from .layouts.meeting_pack import refill_after_reading

        messages = refill_after_reading(QgsProject.instance())
        for text in messages:
            log.warning(text, push=True, iface=self.iface)
        self._remove_weighting_dock()
        self._remove_selection_dock()
        self._close_dialogs(("meeting_pack_dialog",))
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
        """Take back everything the plugin added. A step that fails is logged and the others still run: a
        half-unloaded plugin would keep its menu or its provider when it is reloaded."""
        for step in ("_disconnect_project", "_remove_dock", "_close_all_dialogs", "_remove_actions",
                     "_remove_provider"):
            try:
                getattr(self, step)()
            except Exception as err:  # noqa: BLE001 - logged; the remaining steps still run
                log.exception(tr("Unloading Quartier: {0} failed").format(step.strip("_")), err)
        remove_translator(self.translator)
        self.translator = None

    def _disconnect_project(self):
        if self._project_signal:
            self._project_signal = False
            QgsProject.instance().readProject.disconnect(self._project_read)
            QgsProject.instance().writeProject.disconnect(self._project_writing)
            QgsProject.instance().projectSaved.disconnect(self._hold.restore)
            self._hold.restore()

    def _remove_dock(self):
        if self.workshop_dock is not None:
            dock, self.workshop_dock = self.workshop_dock, None
            dock.unload()
            self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self._remove_weighting_dock()
        self._remove_selection_dock()

    def _close_all_dialogs(self):
        self._close_dialogs(("hierarchy_dialog", "overlay_dialog", "meeting_pack_dialog"))

    def _remove_actions(self):
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

    def _remove_provider(self):
        if self.provider is not None:
            provider, self.provider = self.provider, None
            QgsApplication.processingRegistry().removeProvider(provider)
