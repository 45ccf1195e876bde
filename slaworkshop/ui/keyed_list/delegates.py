"""In-place cell editors: choices and references from lists, numbers, durations."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..duration_editor import DurationEditor
from .spec import Field
from .table_model import KeyedListModel
from .value_text import number_text, parse_number, ref_names

Index = QModelIndex | QPersistentModelIndex


def options(field: Field, model: KeyedListModel) -> list[tuple[Any, str]]:
    """What a choice or reference may be set to, as (value, label)."""
    if field.kind == "ref":
        names = ref_names(model.content, field.ref)
        return [(None, "(none)"), *names.items()]
    choices: list[tuple[Any, str]] = list(field.choices)
    return [(None, "(not set)"), *choices] if field.optional else choices


class FieldDelegate(QStyledItemDelegate):
    def __init__(self, model: KeyedListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._refused_text: dict[tuple[int, int], str] = {}  # (row, column) → typed

    def _field(self, index: Index) -> Field:
        return self._model.spec.columns[index.column()]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        field = self._field(index)
        if field.kind in ("choice", "ref"):
            combo = QComboBox(parent)
            combo.setAccessibleName(field.label)
            for value, label in options(field, self._model):
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
            return combo
        if field.kind == "duration":
            duration = DurationEditor(parent, field.label)
            duration.setAutoFillBackground(True)  # it covers the cells beside it
            return duration
        if field.kind in ("number", "int"):
            # not Qt's spin box: it cannot be emptied and stops at 99
            line = QLineEdit(parent)
            line.setAccessibleName(field.label)
            return line
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(field.label)
        return editor

    def updateEditorGeometry(  # noqa: N802 (Qt's name)
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        super().updateEditorGeometry(editor, option, index)
        if not isinstance(editor, DurationEditor):
            return
        # A number with its arrows and a unit need more room than "4 hours" in the
        # column: squeezed into the cell they overlapped, the unit cut to "hou". While
        # it is open the editor is as wide as it asks, over the next cells, and kept
        # inside the view.
        cell, room = editor.geometry(), editor.parentWidget().rect()
        width = min(max(cell.width(), editor.sizeHint().width()), room.width())
        left = max(min(cell.left(), room.right() + 1 - width), 0)
        editor.setGeometry(left, cell.top(), width, cell.height())

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        field = self._field(index)
        refused = self._refused_text.pop((index.row(), index.column()), None)
        if refused is not None and isinstance(editor, QLineEdit):
            editor.setText(refused)  # what was refused, to correct
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, DurationEditor):
            editor.set_value(value or "")
        elif isinstance(editor, QLineEdit) and field.kind in ("number", "int"):
            editor.setText(number_text(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        field = self._field(index)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DurationEditor):
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit) and field.kind in ("number", "int"):
            try:
                value = parse_number(editor.text(), whole=field.kind == "int")
            except ValueError as exc:
                self._model.refused.emit(f"Not changed: {exc}.")
                self._keep_typing(index, editor.text())
                return
            if not model.setData(index, value):
                self._keep_typing(index, editor.text())
        elif isinstance(editor, QLineEdit):
            if not model.setData(index, editor.text()):
                self._keep_typing(index, editor.text())
        else:
            super().setModelData(editor, model, index)

    def _keep_typing(self, index: Index, text: str) -> None:
        """Open the cell again with what was typed, once this editor has closed: a
        refused e-mail or number is corrected, not typed again from nothing."""
        view = self.parent()
        if not isinstance(view, QAbstractItemView):
            return
        where = QPersistentModelIndex(index)
        self._refused_text[(index.row(), index.column())] = text

        def reopen() -> None:
            if not shiboken6.isValid(view) or not where.isValid() or not view.isVisible():
                self._refused_text.clear()
                return
            cell = view.model().index(where.row(), where.column())
            view.setCurrentIndex(cell)
            view.edit(cell)

        QTimer.singleShot(0, reopen)
