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


#: The text a line held when its typing became a step of the agreement's history.
COMMITTED = "slaworkshopCommittedText"


def forget_typing(widget: QLineEdit | QPlainTextEdit) -> None:
    """Once a field's typing is a step of the agreement's history, Ctrl+Z in the field
    must undo the agreement's steps in order, not take the typing out again as a new
    edit (and the next Ctrl+Z put it back).

    A long text forgets its own history at once. A line only notes the text it holds:
    clearing a line's history takes ``setText``, which would end an input method's
    composition in the middle of a word (the commit comes after a pause in the typing,
    a pause in which Chinese or Japanese is often still being composed). The history is
    cleared when Ctrl+Z is pressed on that same text (:class:`UndoKeys`)."""
    if isinstance(widget, QPlainTextEdit):
        widget.document().clearUndoRedoStacks()
    else:
        widget.setProperty(COMMITTED, widget.text())


def _committed(line: QLineEdit) -> bool:
    """Whether ``line`` holds what was committed: its typing is the agreement's now."""
    return line.property(COMMITTED) == line.text()


def _clear_history(line: QLineEdit) -> None:
    """Clear a line's own undo history (``setText`` does), leaving cursor and selection."""
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
        undo_key, redo_key = _pressed(event, self._undo), _pressed(event, self._redo)
        if (undo_key or redo_key) and isinstance(watched, QLineEdit) and _committed(watched):
            _clear_history(watched)  # Ctrl+Z, not a composition: safe to clear now
        history = own_history(watched)
        if history is None:
            return False
        can_undo, can_redo = history
        if undo_key and not can_undo or redo_key and not can_redo:
            event.ignore()  # not the field's: the window's shortcut takes the key
            return True
        return False
