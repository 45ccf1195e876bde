"""The agreement being edited: one immutable ``Content`` plus the undo stack.

Every edit goes through :meth:`AgreementDocument.edit`, which validates the whole
document before anything changes: an edit that would make it structurally invalid
raises ``DocumentInvalid`` and leaves the document as it was. Valid edits become
undo commands; typing into one field merges into one command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from slaworkshop.models import Content, validate_content

Mutation = Callable[[dict[str, Any]], None]

_MERGE_IDS: dict[str, int] = {}


def _merge_id(merge_key: str | None) -> int:
    if merge_key is None:
        return -1
    return _MERGE_IDS.setdefault(merge_key, len(_MERGE_IDS) + 1)


class _ReplaceContent(QUndoCommand):
    def __init__(
        self, document: AgreementDocument, old: Content, new: Content, text: str,
        merge_key: str | None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.old = old
        self.new = new
        self._id = _merge_id(merge_key)

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _ReplaceContent) or other.id() != self._id:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self._document._set(self.new)

    def undo(self) -> None:
        self._document._set(self.old)


class AgreementDocument(QObject):
    """Holds the content and tells every view when it changed."""

    changed = Signal(object)  # the new Content

    def __init__(self, content: Content, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self.undo_stack = QUndoStack(self)

    @property
    def content(self) -> Content:
        return self._content

    def edit(self, text: str, mutate: Mutation, merge_key: str | None = None) -> Content:
        """Apply ``mutate`` to the plain data, validate, and push it as one undo step.

        Raises ``DocumentInvalid`` (and changes nothing) when the result is invalid.
        """
        data = self._content.model_dump()
        mutate(data)
        new = validate_content(data)
        self.replace(new, text, merge_key)
        return new

    def replace(self, new: Content, text: str, merge_key: str | None = None) -> None:
        """Put already validated content in place, as an undoable step."""
        if new == self._content:
            return
        self.undo_stack.push(_ReplaceContent(self, self._content, new, text, merge_key))

    def _set(self, content: Content) -> None:
        self._content = content
        self.changed.emit(content)
