"""Marking strings for translation in code that cannot import Qt.

``N_("text")`` returns the text unchanged; ``i18n/update_ts.py`` collects it like ``tr("text")``,
and the QGIS side translates it at display time with ``tr(text)``.
"""


def N_(text):  # noqa: N802 - the customary gettext-style name
    return text
