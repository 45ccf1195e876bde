"""Ctrl+Z and Ctrl+Shift+Z reach the agreement's Undo and Redo from any field.

A text field claims the undo keys for its own history before the window's shortcuts
see them (Qt's ShortcutOverride), whether or not it has anything to undo: with the
focus in the Organization field or a date after editing the facilitator, the Edit
menu offered "Undo Change facilitator  Ctrl+Z" and the key did nothing. The field
keeps the keys while it has typing of its own to undo (or redo); when it has none,
they go to the window's Undo and Redo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def own_history(widget: QObject) -> tuple[bool, bool] | None:
    """Whether ``widget`` has typing of its own to (undo, redo); None when it is not a
    text editor (nothing of its own competes for the keys then)."""
    line: QLineEdit | None = None
    if isinstance(widget, QLineEdit):
        line = widget
    elif isinstance(widget, QAbstractSpinBox):  # spin boxes, date and time edits
        line = widget.findChild(QLineEdit)
    elif isinstance(widget, QComboBox):
        line = widget.lineEdit()  # None when the box only offers choices
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        document = widget.document()
        editable = not widget.isReadOnly()
        return (editable and document.isUndoAvailable(),
                editable and document.isRedoAvailable())
    if line is None:
        return None
    editable = not line.isReadOnly()
    return editable and line.isUndoAvailable(), editable and line.isRedoAvailable()


def forget_typing(line: QLineEdit) -> None:
    """Clear a line's own undo history (setText does), leaving cursor and selection:
    once its typing is a step of the agreement's history, Ctrl+Z in it must undo the
    agreement's steps in order, not take the typing out again as a new edit."""
    if not (line.isUndoAvailable() or line.isRedoAvailable()):
        return
    position, start, length = line.cursorPosition(), line.selectionStart(), len(line.selectedText())
    blocked = line.blockSignals(True)  # the same text: nothing to tell anyone
    try:
        line.setText(line.text())
    finally:
        line.blockSignals(blocked)
    if start >= 0 and length:  # selected from the start leftwards or rightwards
        anchor = start if position == start + length else start + length
        line.setSelection(anchor, position - anchor)
    else:
        line.setCursorPosition(position)


def _pressed(event: QKeyEvent, action: QAction) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
               for key in action.shortcuts())


class UndoKeys(QObject):
    """Watches the widget with the focus in ``window`` (see the module)."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._undo = undo
        self._redo = redo
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._window.isAncestorOf(new):
            new.installEventFilter(self)  # once: installing again moves it, not adds it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        history = own_history(watched)
        if history is None:
            return False
        can_undo, can_redo = history
        if (_pressed(event, self._undo) and not can_undo
                or _pressed(event, self._redo) and not can_redo):
            event.ignore()  # not the field's: the window's shortcut takes the key
            return True
        return False
