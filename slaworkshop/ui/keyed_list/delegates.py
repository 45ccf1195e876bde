"""In-place cell editors: choices and references from lists, numbers, durations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..duration_editor import DurationEditor
from ..one_line import keep_on_one_line
from ..tooltips import plain_tip
from ..wheel_guard import guard_fields
from .spec import Field
from .table_model import KeyedListModel
from .table_view import inactive_selection
from .typed_cell import TypedCell, typed_cell
from .value_text import number_text, parse_number, ref_names

Index = QModelIndex | QPersistentModelIndex


def options(field: Field, model: KeyedListModel) -> list[tuple[Any, str]]:
    """What a choice or reference may be set to, as (value, label)."""
    if field.kind == "ref":
        names = ref_names(model.content, field.ref)
        return [(None, "(none)"), *names.items()]
    choices: list[tuple[Any, str]] = list(field.choices)
    return [(None, "(not set)"), *choices] if field.optional else choices


#: The widest a choice in a cell's list gets, in average characters: a persona named
#: in a long sentence made the list as wide as the screen.
POPUP_CHARS = 48


def add_options(combo: QComboBox, choices: list[tuple[Any, str]]) -> None:
    """``choices`` in ``combo``, each cut to ``POPUP_CHARS`` with "…" and whole in its
    tooltip and for screen readers."""
    metrics = combo.fontMetrics()
    widest = metrics.averageCharWidth() * POPUP_CHARS
    for value, label in choices:
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, widest)
        combo.addItem(shown, value)
        if shown != label:
            combo.setItemData(combo.count() - 1, plain_tip(label), Qt.ItemDataRole.ToolTipRole)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.AccessibleTextRole)


class ChoiceBox(QComboBox):
    """A cell's drop-down. ``chosen`` when a value is picked from its open list (click,
    or Enter in the list); arrow keys on the closed box only change what it shows, taken
    with Enter, Tab or leaving the cell, and given up with Escape. Taken on every
    arrow, Down on "Agreed" made a term disputed at once, and Escape could not undo it
    (keyboard audit)."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listed = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        self._listed = True
        super().showPopup()

    def hidePopup(self) -> None:  # noqa: N802 (Qt's name)
        super().hidePopup()
        # a choice in the list is announced (``activated``) just after this returns
        QTimer.singleShot(0, self, self._unlisted)

    def _unlisted(self) -> None:
        self._listed = False

    def _activated(self, _index: int) -> None:
        if self._listed:
            self.chosen.emit()


class _ShownWatcher(QObject):
    """Calls ``shown`` each time ``widget`` is shown. (Not the delegate itself: a
    delegate's own event filter is how it watches its editors.)"""

    def __init__(self, widget: QWidget, shown: Callable[[], None]) -> None:
        super().__init__(widget)
        self._shown = shown
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            self._shown()
        return False


class _DurationKeys(QObject):
    """The keys a cell editor answers, for the two boxes of a duration cell.

    A delegate sees the keys of the editor it made, and a duration's editor is a frame
    around a number and a unit, which have the focus: Tab from the unit left the table
    for the Sections list with "6" still in the cell and the draft at 4 hours (keyboard
    audit). Tab from the unit (Shift+Tab from the number) takes the value and goes to the
    next (previous) cell, Enter takes it, Escape gives it up."""

    def __init__(self, delegate: QStyledItemDelegate, editor: DurationEditor) -> None:
        super().__init__(editor)
        self._delegate = delegate
        self._editor = editor
        editor.amount.installEventFilter(self)
        editor.unit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, editor, hint = event.key(), self._editor, QAbstractItemDelegate.EndEditHint
        if key == Qt.Key.Key_Tab and watched is editor.unit:
            self._done(hint.EditNextItem)
        elif key == Qt.Key.Key_Backtab and watched is editor.amount:
            self._done(hint.EditPreviousItem)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                watched is editor.unit and editor.unit.view().isVisible()):
            self._done(hint.NoHint)
        elif key == Qt.Key.Key_Escape and not editor.unit.view().isVisible():
            self._close(hint.RevertModelCache)
        else:
            return False
        return True

    def _done(self, hint: QAbstractItemDelegate.EndEditHint) -> None:
        self._delegate.commitData.emit(self._editor)
        self._close(hint)

    def _close(self, hint: QAbstractItemDelegate.EndEditHint) -> None:
        view = self._delegate.parent()
        self._delegate.closeEditor.emit(self._editor, hint)
        if hint in (QAbstractItemDelegate.EndEditHint.NoHint,
                    QAbstractItemDelegate.EndEditHint.RevertModelCache) \
                and isinstance(view, QAbstractItemView):
            # The table keeps the focus, as after any cell: the frame around the two
            # boxes never had it, so Qt gave it to the Sections list (tryout).
            view.setFocus()


class FieldDelegate(QStyledItemDelegate):
    def __init__(self, model: KeyedListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._refused_text: dict[tuple[int, int], str] = {}  # (row, column) → typed
        #: A refused cell waiting to open again: (its item's key, its column, what was
        #: typed, why refused). By key, not by index: undo, Load theirs or a restore
        #: reset the list's model while the page is away, and every index with it.
        self._waiting: tuple[str, int, str, str] | None = None
        self._last_refusal = ""
        self._watcher: _ShownWatcher | None = None
        model.refused.connect(self._remember_refusal)
        self.closeEditor.connect(self._closed)

    def _closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        typed = typed_cell(editor)
        if typed is None:
            return
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            typed.revert()  # Escape gives up what was typed, committed or not
        else:
            typed.stop()

    def _remember_refusal(self, message: str) -> None:
        self._last_refusal = message

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if option.state & QStyle.StateFlag.State_HasFocus:
            # The current cell, framed: whole rows are selected, so after Right, Right
            # nothing said the keyboard was on "Within" until F2 (keyboard audit).
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Text), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
            painter.restore()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        view = self.parent()
        if isinstance(view, QWidget):
            inactive_selection(option, view)

    def _field(self, index: Index) -> Field:
        return self._model.spec.columns[index.column()]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        field = self._field(index)
        if field.kind in ("choice", "ref"):
            combo = ChoiceBox(parent)
            combo.setAccessibleName(field.label)
            add_options(combo, options(field, self._model))
            # Chosen from its list, the value is taken at once and the cell stays open:
            # closing it handed the focus to the table, where Tab leaves, so Tab after a
            # choice left the table while Tab from a text cell goes on to the next cell
            # (tryout). Enter, Escape or a click elsewhere close it, as any cell.
            combo.chosen.connect(lambda c=combo: self.commitData.emit(c))
            return combo
        if field.kind == "duration":
            duration = DurationEditor(parent, field.label)
            duration.setAutoFillBackground(True)  # it covers the cells beside it
            _DurationKeys(self, duration)
            # the keyboard is in its number: the wheel over its unit changed "hours" to
            # "weeks" (tryout), as over any field without the focus
            guard_fields(duration)
            return duration
        if field.kind in ("number", "int"):
            # not Qt's spin box: it cannot be emptied and stops at 99
            line = keep_on_one_line(QLineEdit(parent))
            line.setAccessibleName(field.label)
            return line
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(field.label)
        if isinstance(editor, QLineEdit):
            keep_on_one_line(editor)  # a name or label: one line, also when pasted
            TypedCell(editor, self._model, index, field.name)  # in the draft as typed
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
        viewport = editor.parentWidget()
        assert viewport is not None  # the view made the editor with its viewport as parent
        cell, room = editor.geometry(), viewport.rect()
        width = min(max(cell.width(), editor.sizeHint().width()), room.width())
        view = self.parent()
        if isinstance(view, QTableView) and width > cell.width():
            # Over the whole of each cell it reaches: half covered, the next cell read
            # "hours ▾ ess hours" beside the unit (tryout).
            ends = [view.columnViewportPosition(c) + view.columnWidth(c)
                    for c in range(index.column(), view.model().columnCount())]
            width = min(next((end - cell.left() for end in ends if end - cell.left() >= width),
                             width), room.width())
        left = max(min(cell.left(), room.right() + 1 - width), 0)
        editor.setGeometry(left, cell.top(), width, cell.height())

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
        elif isinstance(editor, QLineEdit) and editor.text() == str(value or ""):
            return  # committed as typed: the cursor stays where the typing is
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        field = self._field(index)
        typed = typed_cell(editor)
        if typed is not None:
            typed.stop()  # committed now, aloud
        waiting = self._waiting
        if waiting is not None and waiting[:2] == self._cell_of(index):
            self._waiting = None  # typed again: this commit replaces the refused text
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
            text = editor.text()  # before a revert shows the old value in the editor
            if typed is not None and typed.committed not in (None, text):
                # What a pause committed goes first, so that a refusal of the final text
                # leaves the cell as it was and "Not changed" is true (review: a pause on
                # "Q", then Backspace and Enter, left the term named "Q").
                typed.revert()
            taken = (typed.commit_final(text) if typed is not None
                     else model.setData(index, text))
            if not taken:
                self._keep_typing(index, text)
        else:
            super().setModelData(editor, model, index)

    def _keep_typing(self, index: Index, text: str) -> None:
        """Open the cell again with what was typed, once this editor has closed: a
        refused e-mail or number is corrected, not typed again from nothing. When the
        page has gone out of view meanwhile (the refusal came as the facilitator moved
        to another section), the cell opens again when the page is shown again."""
        view = self.parent()
        if not isinstance(view, QAbstractItemView) or not text.strip():
            return  # an emptied cell keeps its value: reopening it empty would trap the
            # facilitator there, every click elsewhere refused again until Esc
        if self._watcher is None:
            self._watcher = _ShownWatcher(view, self._shown_again)
        key, column = self._cell_of(index)
        self._waiting = (key, column, text, self._last_refusal)
        QTimer.singleShot(0, self, self._reopen)

    def _cell_of(self, index: Index) -> tuple[str, int]:
        """(the item's key, the column) of a cell of the view (through its proxy)."""
        proxy = index.model()
        source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
        return self._model.item(source.row()).key, index.column()

    @property
    def waiting_text(self) -> tuple[str, str] | None:
        """(what was typed, why it was refused) while a refused cell waits to be
        corrected; None when nothing does."""
        return None if self._waiting is None else self._waiting[2:]

    def drop_waiting(self) -> None:
        self._waiting = None

    def _reopen(self, *, again: bool = False) -> None:
        waiting, view = self._waiting, self.parent()
        if waiting is None:
            return
        key, column, text, why = waiting
        if not shiboken6.isValid(view) or not isinstance(view, QAbstractItemView):
            self._waiting = None
            return
        if not view.isVisible():
            return  # kept: eventFilter opens it when the page shows again
        self._waiting = None
        row = self._model.row_of(key)
        cell = self._model.index(row, column) if row >= 0 else QModelIndex()
        proxy = view.model()
        if cell.isValid() and isinstance(proxy, QSortFilterProxyModel):
            cell = proxy.mapFromSource(cell)
        if not cell.isValid():  # the item was removed (or is filtered out) meanwhile
            self._model.refused.emit(f"Not kept: “{text}” was typed for an item that is "
                                     "not in the list any more.")
            return
        self._refused_text[(cell.row(), cell.column())] = text
        if again and why:
            self._model.refused.emit(why)  # the banner says again why it is open
        view.setCurrentIndex(cell)
        view.edit(cell)

    def _shown_again(self) -> None:
        if self._waiting is not None:
            QTimer.singleShot(0, self, lambda: self._reopen(again=True))
