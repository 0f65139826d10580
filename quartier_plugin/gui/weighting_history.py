"""Undo and redo of weight changes, and "Reset to method", for the weighting dock.

Each computed change (after the debounce pause, so one slider drag is one step) is a command holding the
settings before and after; undoing shows and computes the earlier settings again. Loading other data or
another scenario starts a new history.
"""

import copy

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QKeySequence

from ..compat import qt_class
from ..core.scenario import default_settings, settings_equal
from ..translation import tr

QUndoStack = qt_class("QUndoStack")      # QtWidgets on Qt 5, QtGui on Qt 6
QUndoCommand = qt_class("QUndoCommand")


class SettingsChange(QUndoCommand):
    def __init__(self, owner, before, after, text):
        super().__init__(text)
        self.owner, self.before, self.after = owner, before, after
        self.done = True  # pushed after the change happened: the first redo does nothing

    def redo(self):
        if self.done:
            self.done = False
            return
        self.owner.apply_settings(self.after)

    def undo(self):
        self.owner.apply_settings(self.before)


class HistoryMixin:
    """For the weighting dock: ``undo_stack``, the buttons and Ctrl+Z / Ctrl+Shift+Z."""

    def _setup_history(self):
        self.undo_stack = QUndoStack(self)
        self._applied = None  # the settings as last computed (a deep copy)
        self.undo_action = self.undo_stack.createUndoAction(self, tr("Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, tr("Redo"))
        for action, keys in ((self.undo_action, ("Ctrl+Z",)), (self.redo_action, ("Ctrl+Shift+Z", "Ctrl+Y"))):
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_stack.undo())
        self.redo_button.clicked.connect(lambda _checked=False: self.undo_stack.redo())
        self.reset_button.clicked.connect(lambda _checked=False: self.reset_to_method())
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_button.setToolTip(tr("Undo the last weight change (Ctrl+Z)"))
        self.redo_button.setToolTip(tr("Redo (Ctrl+Shift+Z)"))
        self.reset_button.setToolTip(tr("Back to the weights and settings of the method"))

    def _start_history(self):
        """New data or another scenario: a new history, starting from the settings shown now."""
        self.undo_stack.clear()
        self._applied = copy.deepcopy(self.settings)

    def _record_change(self):
        """Called after each computation: a step in the history if the settings changed."""
        if self.settings is None:
            return
        if self._applied is not None and not settings_equal(self._applied, self.settings):
            self.undo_stack.push(SettingsChange(self, self._applied, copy.deepcopy(self.settings),
                                                tr("Weight change")))
        self._applied = copy.deepcopy(self.settings)

    def apply_settings(self, settings):
        """Show and compute ``settings`` (from the history)."""
        if self.session is None:
            return
        self.settings = copy.deepcopy(settings)
        self._applied = copy.deepcopy(settings)
        self._show_settings()
        self.recompute()

    def reset_to_method(self):
        """The method's own settings again (one step in the history, so it can be undone)."""
        if self.session is None:
            return
        self.settings = default_settings(self.base_method)
        self._show_settings()
        self.recompute()
