"""PYQGIS_STARTUP hook for the smoke test: record every Python error QGIS reports."""

import os
import traceback

ERRORS_FILE = os.environ["QUARTIER_SMOKE_ERRORS"]


def _record(text):
    with open(ERRORS_FILE, "a", encoding="utf-8") as handle:
        handle.write(text + "\n----\n")


try:
    import qgis.utils as _utils

    _original = _utils.showException

    def _show_exception(type_, value, tb, msg, messagebar=False, level=None):
        _record(f"{msg}\n{''.join(traceback.format_exception(type_, value, tb))}")
        return _original(type_, value, tb, msg, messagebar, level) if level is not None else \
            _original(type_, value, tb, msg, messagebar)

    _utils.showException = _show_exception
except Exception:  # the hook must never stop QGIS from starting
    _record("startup hook failed:\n" + traceback.format_exc())


def _close_modal_dialogs():
    """A Python error during start-up opens a modal dialog that would block QGIS: record, close."""
    from qgis.PyQt.QtWidgets import QApplication, QDialog, QLabel, QTextBrowser, QTextEdit

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
            texts = [w.text() for w in widget.findChildren(QLabel)]
            texts += [w.toPlainText() for w in widget.findChildren((QTextBrowser, QTextEdit))]
            _record(f"modal dialog {widget.windowTitle()!r}:\n" + "\n".join(t for t in texts if t))
            widget.reject()


try:
    from qgis.PyQt.QtCore import QTimer

    _timer = QTimer()
    _timer.setInterval(500)
    _timer.timeout.connect(_close_modal_dialogs)
    _timer.start()
except Exception:
    _record("startup hook timer failed:\n" + traceback.format_exc())
