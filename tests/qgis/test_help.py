"""Help pages and About render inside QGIS, in the user's language."""

from quartier_plugin import __about__
from quartier_plugin.gui import help as plugin_help


def test_help_dialog_shows_the_page_in_german(qgis_app):
    dialog = plugin_help.HelpDialog("weighting", language="de")
    text = dialog.browser.toPlainText()
    assert "Indikatoren gewichten" in text and "höherer Wert = mehr Bedarf" in text


def test_help_falls_back_to_english(qgis_app):
    assert plugin_help.help_path("method", "fr").endswith("/en/method.html")


def test_about_names_version_licence_and_preset_sources(qgis_app):
    dialog = plugin_help.AboutDialog(language="en")
    text = dialog.browser.toPlainText()
    assert __about__.__version__ in text and "General Public License" in text
    assert "Monitoring Soziale Stadtentwicklung 2021" in text and "Sozialatlas" in text


def test_f1_and_help_button_open_the_page(qgis_app):
    from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

    dialog = QDialog()
    box = QDialogButtonBox(dialog)
    button = plugin_help.install_help(dialog, "overlay", box)
    button.click()
    opened = dialog._quartier_help_dialog
    assert opened.page == "overlay" and opened.isVisible()
    opened.close()
    dialog._quartier_help_shortcut.activated.emit()
    assert dialog._quartier_help_dialog is not opened and dialog._quartier_help_dialog.page == "overlay"
    assert button.toolTip() == "Help (F1)"


def test_every_dialog_and_dock_opens_its_help_page(qgis_app, qgis_iface):
    """F1 / the help button of each window opens its own page (the page exists in both languages)."""
    from quartier_plugin.gui.hierarchy_dialog import HierarchyDialog
    from quartier_plugin.gui.meeting_pack_dialog import MeetingPackDialog
    from quartier_plugin.gui.overlay_dialog import OverlayDialog
    from quartier_plugin.gui.selection_dock import SelectionDock
    from quartier_plugin.gui.weighting_dock import WeightingDock
    from quartier_plugin.gui.workshop_dock import WorkshopDock

    windows = ((HierarchyDialog, "hierarchy"), (OverlayDialog, "overlay"), (WeightingDock, "weighting"),
               (WorkshopDock, "workshop"), (MeetingPackDialog, "meeting_pack"), (SelectionDock, "selection"))
    for window_class, page in windows:
        make = (lambda cls=window_class: cls(qgis_iface))
        window = make()
        owner = window.panel if isinstance(window, SelectionDock) else window
        owner.help_button.click()
        assert owner._quartier_help_dialog.page == page, page
        owner._quartier_help_dialog.close()
        if hasattr(window, "ask_on_close"):
            window.ask_on_close = False
        window.close()


def test_close_buttons_speak_the_users_language(qgis_app):
    """The Close button of About and help goes through tr(): German in a German QGIS even where Qt's own
    translations are not loaded (the standard button stayed "Close")."""
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from quartier_plugin import translation

    def close_button(dialog):
        box = dialog.findChild(QDialogButtonBox)
        found = [b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole]
        assert len(found) == 1
        return found[0]

    translator = translation.install_translator("de")
    assert translator is not None, "i18n/quartier_de.qm is missing: run `make i18n-compile`"
    try:
        for dialog in (plugin_help.AboutDialog(language="de"), plugin_help.HelpDialog("method", language="de")):
            button = close_button(dialog)
            assert button.text() == "Schließen"
            dialog.show()
            button.click()
            assert not dialog.isVisible()
    finally:
        translation.remove_translator(translator)
    assert close_button(plugin_help.AboutDialog(language="en")).text() == "Close"
