"""Editors for one field of the selected item, as the detail form shows them.

Each wraps a Qt widget behind the same small interface: ``show(value, content)`` to
display without signalling, and ``edited(value)`` when the user changes something.
Text is reported as typed; the form decides when to commit it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from slaworkshop.models import Content

from ..duration_editor import DurationEditor
from ..focus_frame import paint_focus_frame
from ..one_line import keep_on_one_line
from ..undo_keys import forget_typing
from .spec import Field
from .value_text import number_text, parse_number, ref_names

TYPED_KINDS = {"text", "long_text", "text_list", "number", "int"}


class FieldWidget(QObject):
    edited = Signal(object)  # the new value (for numbers: the text; see parse)

    def __init__(self, field: Field, widget: QWidget) -> None:
        super().__init__(widget)
        self.field = field
        self.widget = widget
        self._showing = False
        widget.setAccessibleName(field.label)
        if field.hint:
            widget.setToolTip(field.hint)

    def show(self, value: Any, content: Content) -> None:
        self._showing = True
        try:
            self._show(value, content)
        finally:
            self._showing = False

    def _show(self, value: Any, content: Content) -> None:
        raise NotImplementedError

    def parse(self, value: Any) -> Any:
        """The field's value from what ``edited`` carried; ``ValueError`` if unusable."""
        return value

    def committed(self) -> None:
        """What was typed is now a step of the agreement's own undo history: the widget
        forgets its own, so Ctrl+Z in it undoes the agreement's steps in order (see
        ``undo_keys``). Kept, the field's undo took committed typing out as a new edit,
        and the next Ctrl+Z put it back."""

    def _emit(self, value: Any) -> None:
        if not self._showing:
            self.edited.emit(value)


def caret_after_change(old: str, new: str, caret: int) -> int:
    """Where the caret goes when ``old`` is replaced by ``new`` under it (a change loaded
    from another window): beside the same text. Reset to the start, the next key typed
    went to the front of the definition (tryout)."""
    if new[:caret] == old[:caret]:
        return caret  # the change is after the caret
    after = len(old) - caret
    if after <= len(new) and new[len(new) - after:] == old[caret:]:
        return len(new) - after  # the change is before it
    return min(caret, len(new))


class LineField(FieldWidget):
    def __init__(self, field: Field) -> None:
        line = keep_on_one_line(QLineEdit())
        line.setPlaceholderText(field.hint)
        super().__init__(field, line)
        self.line = line
        line.textEdited.connect(self._emit)

    def _show(self, value: Any, content: Content) -> None:
        text = number_text(value) if self.field.kind in ("number", "int") else (value or "")
        if self.line.text() != text:
            old, caret = self.line.text(), self.line.cursorPosition()
            self.line.setText(text)
            if self.line.hasFocus():
                self.line.setCursorPosition(caret_after_change(old, text, caret))

    def parse(self, value: Any) -> Any:
        if self.field.kind in ("number", "int"):
            return parse_number(str(value), whole=self.field.kind == "int")
        return value

    def committed(self) -> None:
        forget_typing(self.line)


class _TextEdit(QPlainTextEdit):
    """Asks for four lines, not Qt's default of about twelve, so a form of several long
    texts leaves the table above it room (it still grows when there is room to give).

    It never shrinks below two lines of its own text: a fixed minimum of 60 px was one
    line and a sliver once the text was made larger (presentation mode at three steps up
    showed "Any name with a" and the tops of the next line's letters). The form scrolls
    instead."""

    def _lines(self, count: int) -> int:
        return int(self.fontMetrics().lineSpacing() * count + 2 * self.frameWidth()
                   + 2 * self.document().documentMargin())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._lines(4))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._lines(2))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        paint_focus_frame(self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.viewport().update()  # the frame on

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.viewport().update()  # and off


class TextField(FieldWidget):
    """Long text, or a list of short texts written one per line."""

    def __init__(self, field: Field) -> None:
        edit = _TextEdit()
        edit.setPlaceholderText(field.hint or ("one per line" if field.kind == "text_list" else ""))
        edit.setTabChangesFocus(True)
        super().__init__(field, edit)
        self.edit = edit
        edit.textChanged.connect(lambda: self._emit(edit.toPlainText()))

    def _show(self, value: Any, content: Content) -> None:
        text = "\n".join(value or []) if self.field.kind == "text_list" else (value or "")
        if self.parse(self.edit.toPlainText()) != self.parse(text):
            old, cursor = self.edit.toPlainText(), self.edit.textCursor()
            self.edit.setPlainText(text)
            if self.edit.hasFocus():
                cursor.setPosition(caret_after_change(old, text, cursor.position()))
                self.edit.setTextCursor(cursor)

    def parse(self, value: Any) -> Any:
        if self.field.kind == "text_list":
            return [line.strip() for line in str(value).splitlines() if line.strip()]
        # Blank lines and spaces at either end say nothing: Enter pressed in the box to
        # reach the table (Tab had left it) stored "\nScored above…\n", which the table
        # then showed as a blank cell (tryout).
        return str(value).strip() if value is not None else value

    def committed(self) -> None:
        forget_typing(self.edit)


class ChoiceField(FieldWidget):
    def __init__(self, field: Field) -> None:
        combo = QComboBox()
        super().__init__(field, combo)
        self.combo = combo
        combo.activated.connect(lambda _i: self._emit(combo.currentData()))

    def _show(self, value: Any, content: Content) -> None:
        if self.field.kind == "ref":
            options: list[tuple[Any, str]] = [(None, "(none)")]
            options += list(ref_names(content, self.field.ref).items())
        else:
            options = list(self.field.choices)
            if self.field.optional:
                options.insert(0, (None, "(not set)"))
        if [(self.combo.itemData(i), self.combo.itemText(i)) for i in range(self.combo.count())
            ] != options:
            self.combo.clear()
            for data, label in options:
                self.combo.addItem(label, data)
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))


class RefsField(FieldWidget):
    """Several references (``escalate_to``, ``attendees``): tick the people in a list."""

    def __init__(self, field: Field) -> None:
        box = QListWidget()
        box.setMaximumHeight(130)
        super().__init__(field, box)
        self.box = box
        box.itemChanged.connect(lambda _item: self._emit(self.checked()))

    def checked(self) -> list[str]:
        return [
            self.box.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.box.count())
            if self.box.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _show(self, value: Any, content: Content) -> None:
        chosen = list(value or [])
        names = ref_names(content, self.field.ref)
        shown = [(self.box.item(i).data(Qt.ItemDataRole.UserRole), self.box.item(i).text(),
                  self.box.item(i).checkState() == Qt.CheckState.Checked)
                 for i in range(self.box.count())]
        if shown == [(key, name, key in chosen) for key, name in names.items()]:
            return  # as it is: the list keeps its scroll position and current item
        self.box.clear()
        for key, name in names.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.box.addItem(item)

    def parse(self, value: Any) -> Any:
        return list(value)


class FlagField(FieldWidget):
    def __init__(self, field: Field) -> None:
        check = QCheckBox(field.label)
        super().__init__(field, check)
        self.check = check
        check.toggled.connect(self._emit)

    def _show(self, value: Any, content: Content) -> None:
        self.check.setChecked(bool(value))


class DurationField(FieldWidget):
    def __init__(self, field: Field) -> None:
        editor = DurationEditor(accessible_name=field.label)
        super().__init__(field, editor)
        self.editor = editor
        editor.edited.connect(self._emit)

    def _show(self, value: Any, content: Content) -> None:
        if value != self.editor.value() or not value:
            self.editor.set_value(value or "")


def make_field_widget(field: Field) -> FieldWidget:
    if field.kind in ("text", "number", "int"):
        return LineField(field)
    if field.kind in ("long_text", "text_list"):
        return TextField(field)
    if field.kind in ("choice", "ref"):
        return ChoiceField(field)
    if field.kind == "refs":
        return RefsField(field)
    if field.kind == "bool":
        return FlagField(field)
    return DurationField(field)
