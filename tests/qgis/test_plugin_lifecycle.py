"""The plugin as QGIS loads it: classFactory, initGui, initProcessing, unload, 20 times over."""

from pathlib import Path

from provider_helper import plugin_process
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

import quartier_plugin
from quartier_plugin.definitions import PROVIDER_ID
from quartier_plugin.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME

REPO = Path(__file__).resolve().parents[2]


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def footprint(iface):
    window = iface.mainWindow()
    flush_deletes()
    return {
        "menus": [a.text() for a in window.menuBar().actions()],
        "quartier_menus": len(window.findChildren(QMenu, MENU_OBJECT_NAME)),
        "toolbars": len(window.findChildren(QToolBar, TOOLBAR_OBJECT_NAME)),
        "actions": len(window.findChildren(QAction)),
        "provider": QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None,
        "providers": len(QgsApplication.processingRegistry().providers()),
    }


def test_load_shows_menu_toolbar_and_provider(qgis_iface, no_quartier_provider):
    plugin = quartier_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        window = qgis_iface.mainWindow()
        menu = window.findChild(QMenu, MENU_OBJECT_NAME)
        assert menu is not None and menu.menuAction() in window.menuBar().actions()
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert texts[0] == "Create demo city…"
        ready = {"Create demo city…", "District hierarchy…", "Renewal overlay…", "Need index and weighting…",
                 "Workshop dock", "Meeting pack…", "Area selection…", "Help", "About Quartier"}
        assert all(a.isEnabled() == (a.text() in ready) for a in menu.actions() if not a.isSeparator())
        toolbar = window.findChild(QToolBar, TOOLBAR_OBJECT_NAME)
        assert toolbar is not None and len(toolbar.actions()) == 7
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        assert provider is not None and provider.name() == "Quartier"
        assert sorted(a.id() for a in provider.algorithms()) == [
            "quartier:aggregate_counts", "quartier:area_types", "quartier:create_demo_city", "quartier:crosswalk",
            "quartier:expert_form", "quartier:export_register", "quartier:import_assessments",
            "quartier:import_statistics", "quartier:meeting_pack", "quartier:need_index", "quartier:renewal_overlay",
            "quartier:robustness",
            "quartier:validate_hierarchy"]
    finally:
        plugin.unload()
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None


def test_twenty_load_unload_cycles_leave_nothing_behind(qgis_iface, no_quartier_provider):
    before = footprint(qgis_iface)
    for _ in range(20):
        plugin = quartier_plugin.classFactory(qgis_iface)
        plugin.initGui()
        loaded = footprint(qgis_iface)
        assert loaded["quartier_menus"] == 1 and loaded["toolbars"] == 1 and loaded["provider"]
        plugin.unload()
        assert footprint(qgis_iface) == before
    assert before["quartier_menus"] == 0 and before["toolbars"] == 0 and not before["provider"]


def test_initprocessing_alone_is_enough_for_qgis_process(qgis_iface, no_quartier_provider):
    plugin = quartier_plugin.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initProcessing()  # idempotent: QGIS desktop calls it from initGui too
    try:
        ids = [p.id() for p in QgsApplication.processingRegistry().providers()]
        assert ids.count(PROVIDER_ID) == 1
    finally:
        plugin.unload()


def test_plugin_start_up_does_not_import_heavy_modules():
    """Loading the plugin (classFactory, initGui, initProcessing) imports neither pandas nor shapely."""
    proc = plugin_process("""
        before = set(sys.modules)
        import quartier_plugin
        plugin = quartier_plugin.classFactory(Iface())
        plugin.initGui()
        new = sorted(m for m in set(sys.modules) - before if m.split(".")[0] in ("pandas", "shapely", "numpy"))
        plugin.unload()
        print("HEAVY:" + ",".join(new))
    """, REPO)
    line = [x for x in proc.stdout.splitlines() if x.startswith("HEAVY:")]
    assert line, proc.stdout + proc.stderr
    assert line[0] == "HEAVY:", line[0]


def test_german_translation_loads_when_qgis_runs_in_german(qgis_iface):
    from quartier_plugin import translation

    translator = translation.install_translator("de")
    try:
        assert translator is not None, "i18n/quartier_de.qm missing: run `make i18n`"
        assert translation.tr("Create demo city") == "Demostadt erzeugen"
        plugin = quartier_plugin.classFactory(qgis_iface)
        plugin.initGui()
        try:
            assert plugin.menu.actions()[0].text() == "Demostadt erzeugen…"
        finally:
            plugin.unload()
    finally:
        translation.remove_translator(translator)
    assert translation.tr("Create demo city") == "Create demo city"


def test_user_locale_follows_qgis_setting(qgis_app):
    from qgis.core import QgsSettings

    from quartier_plugin import translation

    settings = QgsSettings()
    old = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "de_DE")
        assert translation.user_locale() == "de"
    finally:
        settings.setValue("locale/overrideFlag", old[0] if old[0] is not None else False)
        settings.setValue("locale/userLocale", old[1] or "")


def test_unloading_removes_the_workshop_dock_and_the_weighting_dock(qgis_iface, demo_project, monkeypatch):
    from qgis.PyQt.QtWidgets import QDockWidget

    docked = []  # the test interface places no docks: record where the plugin puts them
    monkeypatch.setattr(qgis_iface, "addDockWidget", lambda area, dock: docked.append((area, dock.objectName())))
    plugin = quartier_plugin.classFactory(qgis_iface)
    plugin.initGui()
    window = qgis_iface.mainWindow()
    try:
        plugin._toggle_workshop_dock()
        plugin._open_weighting_dock()
        assert plugin.weighting_dock.areas.currentLayer() is demo_project[1]["stadtteile"]
        assert plugin.weighting_dock.load_data()
        assert (Qt.DockWidgetArea.RightDockWidgetArea, "QuartierWeightingDock") in docked
        plugin._open_weighting_dock()  # the menu again: the same dock, shown
        assert [name for _area, name in docked].count("QuartierWeightingDock") == 1
        assert len(window.findChildren(QDockWidget, "QuartierWeightingDock")) == 1
        plugin.weighting_dock.save_scenario_as("Gleich")
        assert len(window.findChildren(QDockWidget, "QuartierWorkshopDock")) == 1
        assert plugin.workshop_dock.map_rows()  # the dock heard of the new scenario
    finally:
        plugin.unload()
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not window.findChildren(QDockWidget, "QuartierWorkshopDock")
    assert not window.findChildren(QDockWidget, "QuartierWeightingDock")
    assert plugin.workshop_dock is None and plugin.weighting_dock is None
