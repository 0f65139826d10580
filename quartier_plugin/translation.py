"""Translation helpers: every user-visible string goes through :func:`tr` with one context.

``i18n/update_ts.py`` finds the ``tr("...")`` calls and keeps ``i18n/quartier_de.ts`` complete.
"""

import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import I18N_DIR

CONTEXT = "Quartier"


def tr(message):
    """Translate ``message`` (English source) into the user's language."""
    return QCoreApplication.translate(CONTEXT, message)


def user_locale():
    """Two-letter language QGIS runs in ('de', 'en', ...)."""
    value = ""
    try:
        from qgis.core import QgsApplication
        value = QgsApplication.locale()
    except Exception:  # pragma: no cover - outside QGIS
        value = ""
    return (value or QLocale.system().name() or "en")[:2]


def text_language():
    """The language of the texts the plugin writes in German or English (tables, labels): German in a German
    QGIS, English otherwise."""
    return "de" if user_locale() == "de" else "en"


def qm_file(language):
    """Path of the compiled translation for ``language`` (may not exist)."""
    return os.path.join(I18N_DIR, f"quartier_{language}.qm")


def install_translator(language=None):
    """Load and install the translator for ``language``; returns it (or None for English)."""
    language = language or user_locale()
    path = qm_file(language)
    if language == "en" or not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
