"""An optional date: a date editor with a calendar, and a button that clears it.

Qt's date editor has no empty state; the lowest date stands for "not set" (the special
value text). Around that stand-in, :class:`OptionalDateEdit` makes an empty field behave
as a person expects: Tab leaves it, a whole date typed into it is taken, and the calendar
and the arrow keys start from today rather than from the stand-in's January 1900.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from ..date_parts import step_to_part

_UNSET = QDate(1900, 1, 1)
_FORMAT = "yyyy-MM-dd"
#: A date typed whole: YYYY-MM-DD, or its eight digits without the hyphens; ASCII
#: digits only, as the model reads dates (``\d`` is any script's digit).
_WHOLE = re.compile(r"([0-9]{4})-?([0-9]{2})-?([0-9]{2})")
#: On the way to one: a section being overtyped may be short for a moment (2026-1-01).
_PARTIAL = re.compile(r"[0-9]{0,8}|[0-9]{0,4}-[0-9]{0,2}(-[0-9]{0,2})?")


def typed_date(text: str) -> QDate | None:
    """The real calendar date ``text`` writes whole, or None."""
    match = _WHOLE.fullmatch(text.strip())
    if match is None:
        return None
    date = QDate(*(int(part) for part in match.groups()))
    return date if date.isValid() and date > _UNSET else None


class OptionalDateEdit(QDateEdit):
    """A date editor whose lowest date reads "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(_FORMAT)
        self.setMinimumDate(_UNSET)
        self.setSpecialValueText("not set")
        # the popup is built here, so that it can be shown at this month when it opens
        self.calendarWidget().window().installEventFilter(self)

    def is_unset(self) -> bool:
        return self.date() == _UNSET

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        # Qt's own moves between the year, month and day: "not set" and a date half
        # typed have none of them, and Tab went round and round inside the field; a set
        # date took three Tabs to leave, saying nothing of why (keyboard audit). Tab
        # leaves the field; Left and Right move between its parts.
        return QAbstractSpinBox.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not (self._typing() or self.is_unset()) and step_to_part(self, event):
            return  # a date being typed is text: there, Left and Right move the cursor
        line = self.lineEdit()
        whole = line.hasSelectedText() and line.selectedText() == line.text()
        if (self._typing() or self.is_unset() or whole) and self._edits_text(event):
            self._type(event)
            return
        super().keyPressEvent(event)

    def _typing(self) -> bool:
        """Whether the text is a date being typed, not yet the one the field holds."""
        shown = self.specialValueText() if self.is_unset() else self.date().toString(_FORMAT)
        return self.lineEdit().text() != shown

    @staticmethod
    def _edits_text(event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            return True
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        return bool(text) and text.isprintable() and plain

    def _type(self, event: QKeyEvent) -> None:
        """Edit the text as typed, and take the date once it is whole.

        Qt's own typing fits each character into the year, month or day of the date
        shown (January 1900 when empty): a date typed over another came out as
        1901-05-01, and one typed into "not set" was put back at every keystroke.
        """
        line = self.lineEdit()
        text, cursor = line.text(), line.cursorPosition()
        start, end = (line.selectionStart(), line.selectionEnd()) if line.hasSelectedText() \
            else (cursor, cursor)
        if not self._typing() and self.is_unset():
            text, start, end = "", 0, 0  # the first keystroke replaces "not set"
        if start == end and event.key() == Qt.Key.Key_Backspace:
            start = max(start - 1, 0)
        elif start == end and event.key() == Qt.Key.Key_Delete:
            end = min(end + 1, len(text))
        inserted = "" if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) \
            else event.text()
        state, typed, position = self.validate(
            text[:start] + inserted + text[end:], start + len(inserted))
        if state == QValidator.State.Invalid:
            return  # refused: the text stays as it was, and says what the field holds
        date = typed_date(typed) if state == QValidator.State.Acceptable else None
        if date is not None:
            self.setDate(date)
            line.setCursorPosition(len(line.text()))
            return
        # Qt would put the date the field holds back on every move of the cursor
        with QSignalBlocker(line):
            line.setText(typed)
            line.setCursorPosition(position)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        date = typed_date(text)
        if date is not None:
            shown = date.toString(_FORMAT)  # 20261201 reads 2026-12-01
            return QValidator.State.Acceptable, shown, pos + len(shown) - len(text)
        if text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        # a whole date that is not a real one (2026-13-45) is refused as typed, rather
        # than dropped for the previous date when the field is left
        if _PARTIAL.fullmatch(text.strip()) and not _WHOLE.fullmatch(text.strip()):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 (Qt's name)
        date = typed_date(text)
        if date is None:  # only "not set" gets here: validate() let nothing else through
            return super().dateTimeFromText(text)
        return QDateTime(date, self.time())

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt's name)
        if self.is_unset():
            return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                    | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        if self.is_unset():
            self.setDate(QDate.currentDate())  # from today, not from January 1900
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.is_unset():
            # Today marked, so that Enter takes it; without the selection the calendar
            # marked the 1st (tryout). Blocked: selecting is not choosing until Enter
            # or a click, and Escape leaves the field empty.
            calendar = self.calendarWidget()
            with QSignalBlocker(calendar):
                calendar.setSelectedDate(QDate.currentDate())
        return super().eventFilter(watched, event)


class DateField(QWidget):
    edited = Signal(object)  # ISO text, or None when cleared

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self.edit = OptionalDateEdit()
        self.edit.setAccessibleName(accessible_name)
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear")
        self.clear_button.setAccessibleName(f"Clear {accessible_name}")
        self.clear_button.setToolTip(f"Clear {accessible_name}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        # No focus proxy: the frame kept its first place in the window's focus chain,
        # and Qt's Tab, meeting it there, went to its date, so Tab from the status bar
        # skipped the Sections list, Title, Organization and Facilitator (keyboard
        # audit). The page orders the date and its Clear button (``tab_chain``).
        self.edit.dateChanged.connect(self._changed)
        self.clear_button.clicked.connect(lambda: self.edit.setDate(_UNSET))

    def setFocus(  # noqa: N802 (Qt's name)
        self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason, /
    ) -> None:
        # QWidget.setFocus() is setFocus(Qt.OtherFocusReason)
        self.edit.setFocus(reason)

    def tab_chain(self) -> list[QWidget]:
        return [self.edit, self.clear_button]

    def value(self) -> str | None:
        return None if self.edit.is_unset() else self.edit.date().toString(_FORMAT)

    def set_value(self, iso: str | None) -> None:
        self._showing = True
        self.edit.setDate(QDate.fromString(iso, _FORMAT) if iso else _UNSET)
        self.clear_button.setEnabled(iso is not None)
        self._showing = False

    def _changed(self, _date: QDate) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        if not self._showing:
            self.edited.emit(self.value())
