"""The plugin's one logger: the QGIS message log tab "Quartier" and Python ``logging`` ("quartier").

Use :func:`info`, :func:`warning`, :func:`critical` and :func:`success` (or :func:`log` with a level name)
instead of ``print`` or a silent ``except``. Every message goes to

* the "Quartier" tab of the QGIS message log (``QgsMessageLog.logMessage``), where a user or a support
  call finds it in the desktop, and
* the Python logger ``quartier``, so headless runs (``qgis_process``, ``make demo``, tests) see it too:
  :func:`to_console` sends it to stderr (``headless.start_qgis`` calls it).

``push=True`` also shows the message in the QGIS message bar when there is a desktop interface and the
caller is on the main thread; headless, or from a Processing worker thread, it is logged only.
Texts are already translated by the caller (``tr(...)``); the logger translates nothing.
"""

import logging
import sys
import traceback

from qgis.core import Qgis, QgsMessageLog

TAG = "Quartier"
LOGGER = logging.getLogger("quartier")


def _qgis_level(name):
    scoped = getattr(Qgis, "MessageLevel", None)  # QGIS 4 knows the scoped form only
    if scoped is not None and hasattr(scoped, name):
        return getattr(scoped, name)
    return getattr(Qgis, name)


# level name -> (QGIS message level, Python logging level, message bar method)
LEVELS = {
    "info": (_qgis_level("Info"), logging.INFO, "pushInfo"),
    "success": (_qgis_level("Success"), logging.INFO, "pushSuccess"),
    "warning": (_qgis_level("Warning"), logging.WARNING, "pushWarning"),
    "critical": (_qgis_level("Critical"), logging.ERROR, "pushCritical"),
}


def log(message, level="info", push=False, iface=None, title=None):
    """Write ``message`` at ``level`` ('info', 'success', 'warning' or 'critical') to both logs.

    ``push`` also shows it in the message bar of ``iface`` (default: the running desktop's, if any).
    Returns the message, so a caller can log and raise or return it in one line."""
    text = str(message)
    qgis_level, python_level, bar_method = LEVELS[level]
    QgsMessageLog.logMessage(text, TAG, qgis_level)
    LOGGER.log(python_level, "%s", text)
    if push:
        _push(text, bar_method, iface, title or TAG)
    return text


def info(message, push=False, iface=None):
    return log(message, "info", push, iface)


def success(message, push=False, iface=None):
    return log(message, "success", push, iface)


def warning(message, push=False, iface=None):
    return log(message, "warning", push, iface)


def critical(message, push=False, iface=None):
    return log(message, "critical", push, iface)


def exception(message, error=None, push=False, iface=None, level="critical"):
    """Log ``message`` with the exception being handled (or ``error``): its type and text in the message,
    the traceback below it in the log only (the message bar gets the one line)."""
    error = error if error is not None else sys.exc_info()[1]
    if error is None:
        return log(message, level, push, iface)
    headline = f"{message} ({type(error).__name__}: {error})"
    detail = "".join(traceback.format_exception(type(error), error, error.__traceback__)).rstrip()
    log(f"{headline}\n{detail}", level)
    if push:
        _push(headline, LEVELS[level][2], iface, TAG)
    return headline


def to_console(level=logging.INFO, stream=None):
    """Send the ``quartier`` logger to stderr (or ``stream``) once; for headless runs and scripts."""
    for handler in LOGGER.handlers:
        if getattr(handler, "_quartier_console", False):
            return handler
    handler = logging.StreamHandler(stream)
    handler._quartier_console = True
    handler.setFormatter(logging.Formatter("Quartier %(levelname)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(min(level, LOGGER.level or level))
    return handler


def _desktop_iface():
    try:
        from qgis.utils import iface
    except ImportError:  # pragma: no cover - qgis without its Python utilities
        return None
    return iface


def _on_main_thread():
    from qgis.PyQt.QtCore import QCoreApplication, QThread

    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _push(text, bar_method, iface, title):
    """Show ``text`` in the message bar if there is one and it is safe to touch it from here."""
    iface = iface if iface is not None else _desktop_iface()
    bar = getattr(iface, "messageBar", None)
    if bar is None or not _on_main_thread():
        return
    try:
        getattr(bar(), bar_method)(title, text)
    except (AttributeError, RuntimeError, TypeError):  # a half-built or closing desktop
        LOGGER.debug("message bar not available", exc_info=True)
