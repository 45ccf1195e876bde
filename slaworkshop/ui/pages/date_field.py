"""An optional date: a date editor with a calendar, and a button that clears it.

Qt's date editor has no empty state; the lowest date stands for "not set" (the special
value text). Around that stand-in, :class:`OptionalDateEdit` makes an empty field behave
as a person expects: Tab leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

_UNSET = QDate(1900, 1, 1)
_FORMAT = "yyyy-MM-dd"


class OptionalDateEdit(QDateEdit):
    """A date editor whose lowest date reads "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(_FORMAT)
        self.setMinimumDate(_UNSET)
        self.setSpecialValueText("not set")

    def is_unset(self) -> bool:
        return self.date() == _UNSET

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        # Qt's own moves between the year, month and day; "not set" has none of them,
        # and Tab went round and round inside the field
        if self.is_unset():
            return QAbstractSpinBox.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


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
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._changed)
        self.clear_button.clicked.connect(lambda: self.edit.setDate(_UNSET))

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
