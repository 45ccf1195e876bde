"""Business hours: time zone (searchable), working days, start and end, holidays."""

from __future__ import annotations

import zoneinfo
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.models.agreement import BusinessHours
from slaworkshop.models.fields import WEEKDAYS

from ..date_parts import step_to_part

DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class HolidayEdit(QDateEdit):
    """The holiday to add: Tab leaves it, as every date field (see ``TimeEdit``)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        return QAbstractSpinBox.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not step_to_part(self, event):
            super().keyPressEvent(event)


class TimeEdit(QTimeEdit):
    """A time typed over the whole field replaces it: after Ctrl+A, "08:00" typed into
    "09:00" was refused key by key and the field stayed 09:00 without a word (tryout).
    With the whole text selected, typing starts in the hours, as after a click.

    Tab leaves the field (Qt's moved from the hours to the minutes first: two Tabs a
    time, keyboard audit); Left and Right move between them."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        return QAbstractSpinBox.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if step_to_part(self, event):
            return
        line = self.lineEdit()
        if event.text().isdigit() and line.hasSelectedText() and line.selectedText() == line.text():
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)
        super().keyPressEvent(event)

DEFAULT: dict[str, Any] = {"timezone": "UTC", "days": ["mon", "tue", "wed", "thu", "fri"],
                           "start": "09:00", "end": "17:00", "holidays": []}


@lru_cache(maxsize=1)
def zone_names() -> list[str]:
    from slaworkshop.models.fields import NOT_ZONES

    return sorted(zoneinfo.available_timezones() - NOT_ZONES)


class ZoneBox(QComboBox):
    """An editable, searchable list of IANA time zones.

    The ~600 names are read from the system and loaded on first focus or first popup,
    not when the Workshop page is built: a zone typed or set before then is plain text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName("Time zone")
        self._filled = False

    def fill(self) -> None:
        if self._filled:
            return
        self._filled = True
        text = self.currentText()
        self.blockSignals(True)
        try:
            self.addItems(zone_names())
            completer = QCompleter(self.model(), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.setCompleter(completer)
            self.setCurrentText(text)  # adding items selected the first one
        finally:
            self.blockSignals(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


class BusinessHoursEditor(QGroupBox):
    edited = Signal(object)  # the business_hours data, or None when switched off

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Business hours", parent)
        self.setCheckable(True)
        self.setToolTip("Untick when the agreement runs on calendar time only")
        self.setAccessibleName("Use business hours")
        self._showing = False
        self._held = False  # whether the fields show hours of the agreement's, not DEFAULT
        self.zone = ZoneBox()
        self.days = [QCheckBox(label) for label in DAY_LABELS]
        day_row = QHBoxLayout()
        for box, label in zip(self.days, DAY_LABELS, strict=True):
            box.setAccessibleName(f"Works on {label}")
            day_row.addWidget(box)
        day_row.addStretch(1)
        self.start = TimeEdit()
        self.end = TimeEdit()
        for edit, name in ((self.start, "Start of the working day"),
                           (self.end, "End of the working day")):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        times.addStretch(1)
        self.holidays = QListWidget()
        self.holidays.setAccessibleName("Holidays")
        self.holidays.setMaximumHeight(90)
        self.holiday_date = HolidayEdit(QDate.currentDate())
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        self.holiday_date.setAccessibleName("Holiday to add")
        add = QPushButton("Add &holiday")
        remove = QPushButton("Remove holiday")
        add.clicked.connect(self._add_holiday)
        remove.clicked.connect(self._remove_holiday)
        holiday_tools = QVBoxLayout()
        for widget in (self.holiday_date, add, remove):
            holiday_tools.addWidget(widget)
        holiday_tools.addStretch(1)
        holiday_row = QHBoxLayout()
        holiday_row.addWidget(self.holidays, 1)
        holiday_row.addLayout(holiday_tools)

        form = QFormLayout(self)
        form.addRow("Time &zone", self.zone)
        form.addRow("Working days", day_row)
        form.addRow("From – to", times)
        form.addRow("Holidays", holiday_row)

        self.toggled.connect(self._emit)
        self.zone.activated.connect(self._emit)
        zone_edit = self.zone.lineEdit()
        assert zone_edit is not None  # ZoneBox is editable from its constructor on
        zone_edit.editingFinished.connect(self._emit)
        for box in self.days:
            box.toggled.connect(self._emit)
        self.start.timeChanged.connect(self._emit)
        self.end.timeChanged.connect(self._emit)

    def set_value(self, hours: BusinessHours | None) -> None:
        """Show ``hours``; switched off (None), the box keeps showing the hours it held,
        which ticking it again brings back: unticking it put UTC, 09:00–17:00 in place of
        the hours the room had set, and only Undo found them again (tryout)."""
        self._showing = True
        self.setChecked(hours is not None)
        if hours is None and self._held:
            self._showing = False
            return
        self._held = hours is not None
        data = hours.model_dump() if hours is not None else DEFAULT
        if self.zone.currentText() != data["timezone"]:
            self.zone.setCurrentText(data["timezone"])
        for box, day in zip(self.days, WEEKDAYS, strict=True):
            box.setChecked(day in data["days"])
        self.start.setTime(QTime.fromString(data["start"], "HH:mm"))
        self.end.setTime(QTime.fromString(data["end"], "HH:mm"))
        if [self.holidays.item(i).text() for i in range(self.holidays.count())] != data[
            "holidays"
        ]:
            self.holidays.clear()
            self.holidays.addItems(data["holidays"])
        self._showing = False

    def value(self) -> dict[str, Any] | None:
        if not self.isChecked():
            return None
        return {
            "timezone": self.zone.currentText().strip(),
            "days": [d for box, d in zip(self.days, WEEKDAYS, strict=True) if box.isChecked()],
            "start": self.start.time().toString("HH:mm"),
            "end": self.end.time().toString("HH:mm"),
            "holidays": [self.holidays.item(i).text() for i in range(self.holidays.count())],
        }

    def _emit(self, *_args: object) -> None:
        if not self._showing:
            self.edited.emit(self.value())

    def _add_holiday(self) -> None:
        day = self.holiday_date.date().toString("yyyy-MM-dd")
        existing = [self.holidays.item(i).text() for i in range(self.holidays.count())]
        if day not in existing:
            self.holidays.clear()
            self.holidays.addItems(sorted([*existing, day]))
            self._emit()

    def _remove_holiday(self) -> None:
        row = self.holidays.currentRow()
        if row >= 0:
            self.holidays.takeItem(row)
            self._emit()
