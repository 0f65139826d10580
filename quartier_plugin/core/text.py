"""Marking strings for translation in code that cannot import Qt.

``N_("text")`` returns the text unchanged; ``i18n/update_ts.py`` collects it like ``tr("text")``,
and the QGIS side translates it at display time with ``tr(text)``.
"""


def N_(text):  # noqa: N802 - the customary gettext-style name
    return text


class Message(str):
    """A message made in core: the English text, and its template and parameters, so that the QGIS side can
    show it translated (``translation.translated_message``). The template is marked with ``N_`` where made."""

    def __new__(cls, template, **params):
        text = super().__new__(cls, template.format(**params))
        text.template, text.params = template, params
        return text
