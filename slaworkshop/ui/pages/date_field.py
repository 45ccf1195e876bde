"""An optional date: a date editor with a calendar, and a button that clears it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

_UNSET = QDate(1900, 1, 1)


class DateField(QWidget):
    edited = Signal(object)  # ISO text, or None when cleared

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(_UNSET)
        self.edit.setSpecialValueText("not set")
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
        date = self.edit.date()
        return None if date == _UNSET else date.toString("yyyy-MM-dd")

    def set_value(self, iso: str | None) -> None:
        self._showing = True
        self.edit.setDate(QDate.fromString(iso, "yyyy-MM-dd") if iso else _UNSET)
        self.clear_button.setEnabled(iso is not None)
        self._showing = False

    def _changed(self, _date: QDate) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        if not self._showing:
            self.edited.emit(self.value())
