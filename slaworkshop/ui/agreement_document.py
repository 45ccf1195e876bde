"""The agreement being edited: one immutable ``Content`` plus the undo stack.

Every edit goes through :meth:`AgreementDocument.edit`, which validates the whole
document before anything changes: an edit that would make it structurally invalid
raises ``DocumentInvalid`` and leaves the document as it was. Valid edits become
undo commands; typing into one field merges into one command.

Each undo step holds a whole ``Content``. A new one shares every item an edit left
unchanged with the one before (the models are frozen), so a long session on a
2,000-term agreement keeps one copy of the terms, not one per step: the collector's
full passes over the heap, which block the window, stay short.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """No cycle collection while an edit copies and revalidates the whole agreement.

    That burst (tens of thousands of short-lived dicts and models for 2,000 terms) is
    freed by reference counting as soon as the edit ends. A collection in the middle of
    it finds them all alive and moves them to the oldest generation, which soon asks
    for a full collection: a pause of 50-100 ms every third edit on such a heap.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def share_unchanged(old: Content, new: Content) -> Content:
    """``new``, equal to it, with every part equal to ``old``'s taken from ``old``: whole
    fields, and in the keyed lists each item equal to the old item of the same key."""
    update: dict[str, Any] = {}
    for name in type(new).model_fields:
        before, after = getattr(old, name), getattr(new, name)
        if after is before:
            continue
        if isinstance(after, list) and isinstance(before, list):
            by_key = {getattr(item, "key", None): item for item in before}
            items = []
            for item in after:
                previous = by_key.get(getattr(item, "key", None))
                items.append(previous if previous is not None and previous == item else item)
            if len(items) == len(before) and all(
                    a is b for a, b in zip(items, before, strict=True)):
                update[name] = before
            elif any(a is not b for a, b in zip(items, after, strict=True)):
                update[name] = items
        elif after == before:
            update[name] = before
    return new.model_copy(update=update) if update else new


class _ReplaceContent(QUndoCommand):
    def __init__(
        self, document: AgreementDocument, old: Content, new: Content, text: str,
        merge_key: str | None, undone: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.old = old
        self.new = new
        self._id = _merge_id(merge_key)
        self._undone = undone  # told True when undone, False when (re)done

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
        if self._undone is not None:
            self._undone(False)

    def undo(self) -> None:
        self._document._set(self.old)
        if self._undone is not None:
            self._undone(True)


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
        with _no_cycle_collection():
            data = self._content.model_dump()
            mutate(data)
            new = share_unchanged(self._content, validate_content(data))
            del data
        self.replace(new, text, merge_key)
        return new

    def replace(self, new: Content, text: str, merge_key: str | None = None, *,
                undone: Callable[[bool], None] | None = None) -> None:
        """Put already validated content in place, as an undoable step. ``undone`` is
        told True each time the step is undone and False each time it is (re)done."""
        if new == self._content:
            return
        self.undo_stack.push(
            _ReplaceContent(self, self._content, new, text, merge_key, undone))

    def start_over(self, content: Content) -> None:
        """Show ``content`` with no history behind it. Each step holds the whole
        agreement before and after it: once content saved elsewhere is loaded under
        them, undoing any earlier step would also take that content back."""
        self.undo_stack.clear()
        self._set(content)

    def _set(self, content: Content) -> None:
        self._content = content
        self.changed.emit(content)
