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


def tr_format(template, **params):
    """``template`` translated and filled with ``params``, plain numbers among them written with the decimal
    sign of the language QGIS runs in (a message made in core says "0.04"; a German reader gets "0,04")."""
    from .core.formatting import localised_params

    return tr(template).format(**localised_params(params, text_language()))


def translated_message(text, **replace):
    """A message made in core (:class:`core.text.Message`) in the user's language, ``replace`` overriding some
    of its parameters (e.g. a status code by its label); any other text is translated as it is."""
    template = getattr(text, "template", None)
    if template is None:
        return tr(str(text))
    return tr_format(template, **{**text.params, **replace})


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
