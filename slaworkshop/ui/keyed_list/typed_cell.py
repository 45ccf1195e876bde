"""A text cell commits what it holds while it is still open.

A cell left open while the room argued held its text in the editor alone: killed or
crashed, the application lost it, though every other edit is in the database within a
second (tryout). A text cell now commits what it holds after a short pause in the
typing, quietly: a half-typed e-mail is not refused aloud while it is being typed;
Enter or leaving the cell still says why. Escape gives the typing up, and the cell
goes back to what it held when it was opened.

Ctrl+Z in an open cell takes back typing not yet committed, as in any text field. Once
a pause has put the typing in the draft, Ctrl+Z is the agreement's Undo, which closes
the cell first. The cell's own history used to take the committed typing back in the
cell alone: the cell showed the old value while the draft held the new one, and
Ctrl+Shift+Z gave back part of the text (tryout).
"""

from __future__ import annotations

from itertools import count
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, QTimer
from PySide6.QtWidgets import QLineEdit

from ..undo_keys import forget_typing
from .detail_form import COMMIT_MS
from .table_model import KeyedListModel

_SESSIONS = count(1)


class TypedCell(QObject):
    def __init__(self, editor: QLineEdit, model: KeyedListModel,
                 index: QModelIndex | QPersistentModelIndex, field: str) -> None:
        super().__init__(editor)
        self.setObjectName("typedCell")
        self._editor = editor
        self._model = model
        self._cell = QPersistentModelIndex(index)
        self._field = field
        row = self._row()
        self._opened_with: Any = model.raw(row, field) if row >= 0 else None
        self.committed: str | None = None  # the text a pause put in the draft
        #: This opening of the cell: its edits are one step to undo, and a step apart
        #: from the cell's next opening (tryout: one Undo took back "Ops" and "Ops lead").
        self.session = next(_SESSIONS)
        self._timer = QTimer(self, singleShot=True, interval=COMMIT_MS)
        self._timer.timeout.connect(self.commit)
        # not only typing: the cell's own Undo and Redo change the text too, and what the
        # cell then shows must reach the draft after the same pause
        editor.textChanged.connect(self._changed)

    def _row(self) -> int:
        """The cell's row in the list (through the view's filter), or -1 when gone."""
        if not self._cell.isValid():
            return -1
        view_model = self._cell.model()
        index = view_model.index(self._cell.row(), self._cell.column())
        if isinstance(view_model, QSortFilterProxyModel):
            index = view_model.mapToSource(index)
        return index.row()

    def _changed(self, text: str) -> None:
        row = self._row()
        if row >= 0 and text != str(self._model.raw(row, self._field) or ""):
            self._timer.start()

    def commit(self) -> None:
        """What the cell holds, into the draft; a refusal waits for the cell to close."""
        self._timer.stop()
        row = self._row()
        text = self._editor.text()
        if row >= 0 and self._model.set_value(row, self._field, text, quiet=True,
                                              session=self.session):
            self.committed = text
            if not self._editor.isRedoAvailable():
                # Now the agreement's: Ctrl+Z is its Undo. Not while the cell's own Redo
                # can give typing back: its own Undo had taken the cell past a commit,
                # and forgetting then lost "Head of Demand EMEA" for good (review).
                forget_typing(self._editor)

    def commit_final(self, text: str) -> bool:
        """The cell's last value, refused aloud; False when refused."""
        self._timer.stop()
        row = self._row()
        return row >= 0 and self._model.set_value(row, self._field, text, session=self.session)

    def stop(self) -> None:
        self._timer.stop()

    def revert(self) -> None:
        """Escape: the cell holds again what it held when opened."""
        self._timer.stop()
        row = self._row()
        if self.committed is not None and row >= 0:
            self._model.set_value(row, self._field, self._opened_with, quiet=True,
                                  session=self.session)
        self.committed = None


def typed_cell(editor: QObject) -> TypedCell | None:
    return editor.findChild(TypedCell, "typedCell")
