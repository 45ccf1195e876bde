"""The table model over one keyed list of the document.

Rows are the list's items in document order. Every change (a cell, add, duplicate,
remove, move, a drop) is turned into one validated document edit; an edit the
document refuses leaves everything as it was and is reported through ``refused``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from slaworkshop.models import Content, DocumentInvalid

from .. import list_edits
from ..agreement_document import AgreementDocument
from ..content_paths import Data, get_item_dicts, get_items, set_item_dicts
from ..item_keys import slug, unique_key
from ..tooltips import plain_tip
from .refusal_words import refusal_text
from .spec import Field, ListSpec
from .value_text import display

ROW_MIME = "application/x-slaworkshop-row"
RawRole = Qt.ItemDataRole.UserRole + 1
_EDITABLE = {"text", "choice", "ref", "number", "int", "duration"}
Index = QModelIndex | QPersistentModelIndex


class KeyedListModel(QAbstractTableModel):
    refused = Signal(str)  # why an edit was not made, as a sentence
    rekeyed = Signal(str, str)  # a placeholder key (old, new): the row's first name made it

    def __init__(self, spec: ListSpec, document: AgreementDocument) -> None:
        super().__init__(document)
        self.spec = spec
        self.document = document
        self._content: Content = document.content
        self._items: list[Any] = get_items(self._content, spec.path)
        self._keys = [i.key for i in self._items]
        # Keys of rows added without a name in this window ("new-term"): the name typed
        # into such a row makes its key, until the selection moves on; then it never
        # changes again.
        self._provisional: set[str] = set()
        document.changed.connect(self.refresh)

    # -- reading -------------------------------------------------------------------------

    def refresh(self, content: Content) -> None:
        items = get_items(content, self.spec.path)
        keys = [i.key for i in items]
        old_content, self._content = self._content, content
        rekeyed = _rekeyed_row(self._keys, keys)
        if rekeyed is not None:
            # One row's key made from its first name: the same row, so the view keeps its
            # place and any open editor (a reset would drop both).
            old_key = self._keys[rekeyed]
            self._items, self._keys = items, keys
            self.rekeyed.emit(old_key, keys[rekeyed])
            self.dataChanged.emit(self.index(rekeyed, 0),
                                  self.index(rekeyed, len(self.spec.columns) - 1))
            return
        if keys != self._keys:
            self.beginResetModel()
            self._items, self._keys = items, keys
            self.endResetModel()
            return
        old_items, self._items = self._items, items
        if not items:
            return
        if self._references_changed(old_content, content):
            first, last = 0, len(items) - 1  # a renamed reference may show in any row
        else:
            # Only the rows whose item changed: a view re-measures every row it is told
            # of, which on 2,000 rows took seconds per keystroke. An edit keeps the
            # unchanged items themselves, so the identity test settles most rows.
            changed = [row for row, (old, new) in enumerate(zip(old_items, items, strict=True))
                       if old is not new and old != new]
            if not changed:
                return
            first, last = changed[0], changed[-1]
        self.dataChanged.emit(
            self.index(first, 0), self.index(last, len(self.spec.columns) - 1)
        )

    def _references_changed(self, old: Content, new: Content) -> bool:
        """Whether a list this one shows names from (stages, stakeholders…) changed."""
        for path in {column.ref for column in self.spec.columns if column.ref}:
            before, after = get_items(old, path), get_items(new, path)
            if len(before) != len(after) or any(
                    a is not b and a != b for a, b in zip(before, after, strict=True)):
                return True
        return False

    def is_provisional(self, key: str) -> bool:
        """Whether ``key`` is a placeholder the row's first name will replace."""
        return key in self._provisional

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    @property
    def content(self) -> Content:
        return self._content

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.spec.columns[section].label
        return str(section + 1)

    def raw(self, row: int, field: str) -> Any:
        value: Any = self._items[row]
        for part in field.split("."):
            value = getattr(value, part, None) if value is not None else None
        return value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.spec.columns[index.column()]
        value = self.raw(index.row(), column.name)
        mark = self.spec.row_mark(self._items[index.row()]) if self.spec.row_mark else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "bool":
                return None
            text = display(column, value, self._content)
            if mark is not None and index.column() == 0:
                return f"{mark.text}  {text}"
            return text
        if role in (Qt.ItemDataRole.EditRole, RawRole):
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QColor(mark.background)
        if role == Qt.ItemDataRole.ForegroundRole and mark is not None:
            return QColor(mark.foreground)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(display(column, value, self._content)) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = display(column, value, self._content)
            return f"{column.label}: {text}" + (f" ({mark.text})" if mark else "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        kind = self.spec.columns[index.column()].kind
        if kind == "bool":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif kind in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing ---------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_value(index.row(), column.name, value)

    def set_value(self, row: int, field: str, value: Any, *, quiet: bool = False,
                  session: int | None = None) -> bool:
        """``quiet``: a refusal is not reported (a cell still being typed in).
        ``session``: the edits of one opening of a cell, one step to undo; without it,
        consecutive edits of the field are one step."""
        if self.raw(row, field) == value:
            return True
        key = self._keys[row]
        if field == self.spec.name_field:
            text = f"Rename {self.spec.item_name} “{self._name(row)}”"
            if key in self._provisional and str(value or "").strip():
                # Still the row being named: typing on (the form commits as it goes)
                # makes the key again, until the selection moves on (``fix_keys``).
                new_key = unique_key(str(value), (k for r, k in enumerate(self._keys) if r != row),
                                     self._key_stem)
                self._provisional.discard(key)
                self._provisional.add(new_key)
                if self._rename_with_new_key(row, str(value), text):
                    return True
                self._provisional.discard(new_key)
        else:
            name = self.spec.label(field)
            text = f"Change {name.lower()} of {self.spec.item_name} “{self._name(row)}”"
        return self._apply(
            text,
            lambda items: list_edits.set_value(items, row, field, value, self.spec.exclusive_flag),
            merge_key=f"{self.spec.path}/{key}/{field}" + (f"#{session}" if session else ""),
            quiet=quiet,
        )

    @property
    def _key_stem(self) -> str:
        """The key of an item whose name has no letter a key can hold: its kind."""
        return slug(self.spec.item_name)

    def _rename_with_new_key(self, row: int, name: str, text: str) -> bool:
        """Name a row added without one, its key made from the name. False, with nothing
        changed or reported, when the document refuses (something already refers to
        the placeholder key): then the row keeps it."""
        def mutate(data: Data) -> None:
            items = get_item_dicts(data, self.spec.path)
            set_item_dicts(data, self.spec.path, list_edits.rename_with_new_key(
                items, row, self.spec.name_field, name, self._key_stem))

        try:
            self.document.edit(text, mutate, merge_key=f"{self.spec.path}/naming/{row}")
        except DocumentInvalid:
            return False
        return True

    def fix_keys(self, keep: str | None = None) -> None:
        """Placeholder keys are final from now on, but ``keep``'s (the row still being
        named): called when the selection moves."""
        self._provisional &= {keep} if keep is not None else set()

    def add(self, at: int, name: str = "") -> int:
        item = {**self.spec.new_item()}
        if name.strip():
            item[self.spec.name_field] = name.strip()
        rows: list[int] = []

        def edit(items: list[Data]) -> list[Data]:
            result, row = list_edits.add(items, at, item, self.spec.name_field, self._key_stem)
            rows.append(row)
            return result

        ok = self._apply(f"Add {self.spec.item_name} “{item[self.spec.name_field]}”", edit)
        if ok and not name.strip():
            self._provisional.add(self._keys[rows[0]])
        return rows[0] if ok else -1

    def duplicate(self, row: int) -> int:
        rows: list[int] = []

        def edit(items: list[Data]) -> list[Data]:
            result, new_row = list_edits.duplicate(items, row, self.spec.name_field)
            rows.append(new_row)
            return result

        ok = self._apply(f"Duplicate {self.spec.item_name} “{self._name(row)}”", edit)
        return rows[0] if ok else -1

    def remove(self, row: int) -> bool:
        return self._apply(
            f"Remove {self.spec.item_name} “{self._name(row)}”",
            lambda items: list_edits.remove(items, row),
        )

    def move(self, row: int, to: int) -> bool:
        if to == row or not 0 <= to < len(self._items):
            return False
        return self._apply(
            f"Move {self.spec.item_name} “{self._name(row)}”",
            lambda items: list_edits.move(items, row, to),
        )

    def name_of(self, row: int) -> str:
        """The item's name as steps and messages quote it."""
        return self._name(row)

    def _name(self, row: int) -> str:
        return str(self.raw(row, self.spec.name_field) or self._keys[row])

    def _apply(
        self, text: str, change: Callable[[list[Data]], list[Data]], merge_key: str | None = None,
        *, quiet: bool = False,
    ) -> bool:
        def mutate(data: Data) -> None:
            set_item_dicts(data, self.spec.path, change(get_item_dicts(data, self.spec.path)))

        try:
            self.document.edit(text, mutate, merge_key)
        except DocumentInvalid as exc:
            if not quiet:
                self.refused.emit(self.refusal_text(exc))
            return False
        return True

    def refusal_text(self, exc: DocumentInvalid) -> str:
        return refusal_text(self.spec, self._content, exc.problems)

    # -- drag and drop to reorder ------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex], /) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ROW_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode())
        if row >= 0:  # dropped between rows: the gap the row leaves shifts the target
            target = row - 1 if row > source else row
        elif parent.isValid():  # dropped on a row: take its place
            target = parent.row()
        else:
            target = len(self._items) - 1
        # The view then asks us to remove the dragged rows; we do not implement
        # removeRows, so the move stays the only change.
        return self.move(source, target)


def _rekeyed_row(before: list[str], after: list[str]) -> int | None:
    """The row whose key alone changed to a key new to the list, or None."""
    if len(before) != len(after):
        return None
    changed = [row for row, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    if len(changed) != 1:
        return None
    row = changed[0]
    return row if after[row] not in before and before[row] not in after else None


def column_of(spec: ListSpec, field: str) -> int:
    for number, column in enumerate(spec.columns):
        if column.name == field:
            return number
    return -1


__all__ = ["RawRole", "KeyedListModel", "column_of", "Field"]
