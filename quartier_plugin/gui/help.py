"""Help inside QGIS: one HTML page per dialog in ``resources/help/<language>/``, opened with F1 or a "?"
button, and the About dialog (version, licence, the sources of the method presets).

The pages are plain HTML (no scripts, no remote content) shown in a QTextBrowser, so they work offline in
an office network. The language follows QGIS (German pages for a German QGIS, English otherwise).
"""

import html
import json
import os

from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import __about__, paths
from ..compat import qt_class
from ..translation import tr, user_locale

QShortcut = qt_class("QShortcut")  # QtWidgets on Qt 5, QtGui on Qt 6
PAGES = ("hierarchy", "weighting", "overlay", "meeting_pack", "workshop", "selection", "method", "processing")


def help_path(page, language=None):
    """The HTML file of ``page`` in ``language`` (default: the user's; English if there is no page in it)."""
    return paths.help_path(page, language or user_locale())


def close_buttons(dialog):
    """A button box with a "Close" button that rejects ``dialog``. Its text is ours, through :func:`tr`: the
    standard button's text comes from Qt's own translation, which QGIS does not load everywhere (it stays
    English in a German QGIS without the Qt translations installed)."""
    buttons = QDialogButtonBox(dialog)
    buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


class HelpDialog(QDialog):
    """A page of the plugin's help; links to the other pages work inside the dialog."""

    def __init__(self, page, parent=None, language=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Quartier help"))
        self.resize(640, 560)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        path = help_path(page, language)
        self.browser.setSearchPaths([os.path.dirname(path)])
        with open(path, encoding="utf-8") as handle:
            self.browser.setHtml(handle.read())
        self.page = page
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def show_help(page, parent=None):
    dialog = HelpDialog(page, parent)
    dialog.show()
    return dialog


def install_help(widget, page, button_box=None, button=None):
    """F1 on ``widget`` opens ``page``; with ``button_box`` (a QDialogButtonBox) a Help button is added to it,
    with ``button`` (a button already in the layout) that button opens the page too. Returns the button."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), widget)
    shortcut.activated.connect(lambda: _open(widget, page))
    widget._quartier_help_shortcut = shortcut  # keep a reference
    if button_box is not None:
        button = button_box.addButton(QDialogButtonBox.StandardButton.Help)
    if button is not None:
        button.setToolTip(tr("Help (F1)"))
        button.clicked.connect(lambda _checked=False: _open(widget, page))
    return button


def _open(widget, page):
    widget._quartier_help_dialog = show_help(page, widget)


# -- About ------------------------------------------------------------------------------------------
def preset_sources(language=None):
    """(label, source) of every installed method preset, in the user's language."""
    language = (language or user_locale() or "en")[:2]
    folder = paths.resource("presets")
    found = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError):
            continue
        label = data.get("label", data.get("id", name))
        if isinstance(label, dict):
            label = label.get(language) or label.get("en") or next(iter(label.values()), name)
        found.append((str(label), str(data.get("source", ""))))
    return found


def about_html(language=None):
    e = html.escape
    sources = "".join(f"<li><b>{e(label)}</b>: {e(source)}</li>" for label, source in preset_sources(language))
    meta = __about__.METADATA
    intro = tr("Social district development for German cities: district hierarchy, social need index, "
               "urban-renewal overlay and committee map sheets.")
    licence = tr("GNU General Public License, version 2 or (at your option) any later version (file LICENSE).")
    demo = tr("The demo city is synthetic: no real persons or places.")
    return (f"<h2>Quartier {e(__about__.__version__)}</h2><p>{e(intro)}</p>"
            f"<p><b>{e(tr('Licence'))}:</b> {e(licence)}</p>"
            f"<p><b>{e(tr('Method presets and their sources'))}:</b></p><ul>{sources}</ul>"
            f"<p><b>{e(tr('Repository'))}:</b> {e(meta.get('repository', ''))}<br>"
            f"<b>{e(tr('Issues'))}:</b> {e(meta.get('tracker', ''))}</p><p>{e(demo)}</p>")


class AboutDialog(QDialog):
    def __init__(self, parent=None, language=None):
        super().__init__(parent)
        self.setWindowTitle(tr("About Quartier"))
        self.resize(560, 440)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(about_html(language))
        buttons = close_buttons(self)
        help_button = buttons.addButton(tr("How the method works"), QDialogButtonBox.ButtonRole.HelpRole)
        help_button.clicked.connect(lambda _checked=False: _open(self, "method"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
