"""Long work off the main thread: QGIS tasks with progress in the task manager (status bar) and in a dialog,
cancel from both, and the result handed over on the main thread.

:class:`WorkTask` runs a plain function ``work(feedback)`` in a worker thread (a :class:`QgsTask`);
:class:`AlgorithmTask` runs a Processing algorithm through QGIS's own :class:`QgsProcessingAlgRunnerTask`
(prepare on the main thread, ``processAlgorithm`` in the worker, ``postProcessAlgorithm`` and the results
back on the main thread). Both are registered with ``QgsApplication.taskManager()``, and both call exactly
one of ``done(result)``, ``failed(message)`` or ``cancelled()`` on the main thread when they end.

Rules for the work done in the worker thread: it reads layers (through their feature sources) and computes;
it never touches ``QgsProject.instance()``, a widget or the layer tree. Whatever goes into the user's
project is done by ``done`` on the main thread, so an output is added completely or not at all.

A running task is kept referenced here until it ends: the task manager owns the C++ object, and without a
Python reference the Python part of the task (its ``run``) would be collected while it runs.
"""

import time

from qgis.core import (
    QgsApplication,
    QgsFeedback,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsTask,
)
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, pyqtSignal

from .. import log
from ..translation import tr

CAN_CANCEL = QgsTask.Flag.CanCancel
RUNNING = set()   # the tasks that have not ended yet (see the module's note)


class Cancelled(Exception):
    """Raised by work that noticed the cancel; the task ends as cancelled, with nothing delivered."""


class TaskFeedback(QgsFeedback):
    """What the work reports: progress (also the task's progress in the task manager) and a line of text;
    ``info`` is a signal, so a label on the main thread shows the text safely."""

    info = pyqtSignal(str)

    def pushInfo(self, text):  # noqa: N802 - the name QgsProcessingFeedback uses
        self.info.emit(str(text))


class ErrorsFeedback(QgsProcessingFeedback):
    """A Processing feedback that keeps the errors an algorithm reports (the message shown when it fails)."""

    info = pyqtSignal(str)

    def __init__(self):
        super().__init__(False)
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.errors.append(str(error))
        super().reportError(error, fatalError)

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.info.emit(str(text))
        super().pushInfo(text)


class _Ending:
    """The callbacks and the bookkeeping both kinds of task share."""

    def _setup(self, done, failed, cancelled, progress, info, feedback):
        self.done_callback, self.failed_callback, self.cancelled_callback = done, failed, cancelled
        self.result = self.error = None
        self.ended = False
        self.outcome = None          # "done", "failed" or "cancelled" once ended
        if progress is not None:
            self.progressChanged.connect(lambda value: progress(int(value)))
        if info is not None:
            feedback.info.connect(info)

    def _end(self, outcome, *args):
        """On the main thread: call the matching callback once; an error there is logged and said, never raised
        into Qt (which would only print a traceback)."""
        self.outcome = outcome
        callback = {"done": self.done_callback, "failed": self.failed_callback,
                    "cancelled": self.cancelled_callback}[outcome]
        try:
            if callback is not None:
                callback(*args)
        except Exception as err:  # noqa: BLE001 - a callback must never leave a traceback on the user
            message = log.exception(tr("{0}: the result could not be shown.").format(self.description()), err)
            if outcome != "failed" and self.failed_callback is not None:
                try:
                    self.failed_callback(message)
                except Exception as again:  # noqa: BLE001 - e.g. the dialog is gone: the log has it
                    log.exception(message, again)
        finally:
            self.ended = True
            RUNNING.discard(self)


class WorkTask(_Ending, QgsTask):
    """``work(feedback)`` in a worker thread; its return value goes to ``done`` on the main thread.

    ``work`` checks ``feedback.isCanceled()`` where it can and raises :class:`Cancelled` when it is (work that
    has finished anyway returns its result: it is delivered, e.g. a pack already in place). Any other
    exception becomes ``failed(message)`` with the exception's text (the traceback goes to the log only).
    """

    def __init__(self, description, work, done=None, failed=None, cancelled=None, progress=None, info=None):
        super().__init__(description, CAN_CANCEL)
        self.work = work
        self.feedback = TaskFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self._setup(done, failed, cancelled, progress, info, self.feedback)

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        """The worker thread: no widget, no project of the desktop."""
        try:
            self.result = self.work(self.feedback)
        except Cancelled:
            return False
        except Exception as err:  # noqa: BLE001 - handed to the main thread as a message
            self.error = err
            return False
        return True

    def finished(self, successful):
        """The main thread."""
        if successful:
            self._end("done", self.result)
        elif self.error is not None:
            self._end("failed", message_of(self.description(), self.error))
        else:
            self._end("cancelled")


class AlgorithmTask(_Ending, QgsProcessingAlgRunnerTask):
    """A Processing algorithm in the background, as QGIS's own algorithm dialog runs it.

    The parameters are checked first (``checkParameterValues``, on the main thread); a refusal is said through
    ``failed`` and nothing starts. ``done(results, context)`` gets the algorithm's results; layers written
    to TEMPORARY_OUTPUT are taken from the context on the main thread (``context.takeResultLayer(id)``).
    """

    def __init__(self, algorithm_id, parameters, project, done=None, failed=None, cancelled=None, progress=None,
                 info=None):
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        if algorithm is None:
            raise ValueError(tr("The algorithm {0} is not available: is the Quartier provider loaded?").format(
                algorithm_id))
        context = QgsProcessingContext()
        context.setProject(project)
        feedback = ErrorsFeedback()
        context.setFeedback(feedback)
        check = algorithm.checkParameterValues(parameters, context)
        super().__init__(algorithm, parameters, context, feedback)  # prepares the algorithm (main thread)
        self.context, self.processing_feedback, self.check = context, feedback, tuple(check)
        if self.check[0] and self.isCanceled():  # prepareAlgorithm refused
            self.check = (False, (feedback.errors or [tr("{0} could not start.").format(algorithm.displayName())])[-1])
        self.setDescription(algorithm.displayName())
        self._setup(done, failed, cancelled, progress, info, feedback)
        self.executed.connect(self._executed)

    def _executed(self, successful, results):
        """The main thread (emitted by QgsProcessingAlgRunnerTask.finished)."""
        if successful:
            self._end("done", results, self.context)
        elif self.processing_feedback.isCanceled():
            self._end("cancelled")
        else:
            errors = [e for e in self.processing_feedback.errors if e.strip()]
            self._end("failed", errors[-1] if errors else tr("{0} failed; the log tab Processing says why.").format(
                self.description()))


def message_of(what, error):
    """The user's sentence for an exception of the work ``what``; the traceback goes to the log tab."""
    from ..core.methods import MethodError
    from ..core.scenario import ScenarioError
    from ..layouts.pack.request import PackError
    from ..storage.workspace import WorkspaceError

    if isinstance(error, (ValueError, OSError, MethodError, ScenarioError, WorkspaceError, PackError)):
        log.warning(f"{what}: {error}")
        return str(error)
    return log.exception(tr("{0} failed").format(what), error)


def start(task, layers=()):
    """Register ``task`` with the QGIS task manager and keep it referenced until it ends; returns it. An
    :class:`AlgorithmTask` whose parameters were refused ends at once through ``failed``. ``layers``: the
    layers the task reads; the task manager cancels it when one of them is removed (e.g. the project closes)."""
    check = getattr(task, "check", (True, ""))
    if not check[0]:
        task._end("failed", check[1])
        return task
    task.setDependentLayers([layer for layer in layers if layer is not None])
    RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def wait(task, timeout=600.0):
    """Keep the event loop running until ``task`` has ended (its callback was called) or ``timeout`` seconds
    passed; returns True when it ended. For scripts and tests: a dialog never waits, it is called back."""
    deadline = time.monotonic() + timeout
    while not task.ended and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not task.ended:
            time.sleep(0.005)
    return task.ended


def cancel(task):
    """Cancel ``task`` if it is still running (from the dialog; the task manager's own cancel does the same)."""
    if task is not None and not task.ended:
        task.cancel()
