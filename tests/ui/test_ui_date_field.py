"""An optional date on the Workshop page, driven from the keyboard and the mouse: Tab
passes an empty one, a typed date is taken whole, and an empty one starts from today."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from slaworkshop.models import validate_content


@pytest.fixture
def window_agreement(workspace: Any) -> str:
    """An agreement with no dates: every date field shows "not set"."""
    return workspace.agreements.create(
        validate_content({"title": "Draft", "organization": "Contoso"}))


@pytest.fixture
def page(qtbot: Any, window: Any) -> Any:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window.pages["workshop"]


def test_tab_passes_empty_dates_to_the_business_hours(qtbot: Any, page: Any) -> None:
    page.lines["facilitator"].setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _press in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = QApplication.focusWidget().accessibleName()
        if not seen or seen[-1] != name:
            seen.append(name)
        if name == "Use business hours":
            break
    assert seen == ["Workshop date", "Effective from", "Review by", "Use business hours"]
    assert all(page.dates[n].edit.text() == "not set" for n in page.dates)


@pytest.mark.parametrize("typed", ["2026-12-01", "20261201"])
def test_a_date_typed_into_an_empty_field_is_set(qtbot: Any, window: Any, page: Any,
                                                  typed: str) -> None:
    edit = page.dates["workshop_date"].edit
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "2026-12-01"
    assert window.document.content.workshop_date == "2026-12-01"


def test_a_date_typed_over_a_set_one_replaces_it(qtbot: Any, window: Any, page: Any) -> None:
    field = page.dates["review_by"]
    field.edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field.edit, "2026-12-01")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert window.document.content.review_by == "2026-12-01"
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, "2027-05-01")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.edit.text() == "2027-05-01"
    assert window.document.content.review_by == "2027-05-01"


@pytest.mark.parametrize("key", [Qt.Key.Key_Up, Qt.Key.Key_Down])
def test_up_or_down_in_an_empty_field_starts_from_today(qtbot: Any, window: Any, page: Any,
                                                         key: Qt.Key) -> None:
    edit = page.dates["effective_from"].edit
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(edit, key)
    today = QDate.currentDate().toString("yyyy-MM-dd")
    assert edit.text() == today
    assert window.document.content.effective_from == today


def test_the_calendar_of_an_empty_field_opens_at_this_month(qtbot: Any, page: Any) -> None:
    edit = page.dates["workshop_date"].edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.text() == "not set"  # opening the calendar chooses nothing
    # today is the day marked, not the 1st (tryout); Enter takes it
    assert calendar.selectedDate() == today
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=2000)
    assert page.dates["workshop_date"].value() == today.toString("yyyy-MM-dd")


def test_escape_from_the_calendar_of_an_empty_field_leaves_it_empty(qtbot: Any,
                                                                   page: Any) -> None:
    edit = page.dates["workshop_date"].edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=2000)
    assert edit.text() == "not set"
    assert page.dates["workshop_date"].value() is None


def test_clear_still_empties_a_typed_date(qtbot: Any, window: Any, page: Any) -> None:
    field = page.dates["workshop_date"]
    qtbot.keyClicks(field.edit, "2026-12-01")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.edit.text() == "not set"
    assert window.document.content.workshop_date is None


def test_a_date_that_does_not_exist_is_refused_as_typed(qtbot: Any, window: Any,
                                                         page: Any) -> None:
    edit = page.dates["workshop_date"].edit
    qtbot.keyClicks(edit, "2026-02-30")
    assert edit.lineEdit().text() == "2026-02-3"  # the last digit was not taken
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "28")
    assert edit.text() == "2026-02-28"
    assert window.document.content.workshop_date == "2026-02-28"


def test_digits_of_another_script_are_refused(qtbot: Any, window: Any, page: Any) -> None:
    edit = page.dates["workshop_date"].edit
    for digit in "٢٠٢٦١٢٠١":  # 20261201 in Arabic-Indic digits; QTest types Latin-1 only
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                   digit))
    assert edit.text() == "not set"
    assert window.document.content.workshop_date is None


def test_a_date_left_half_typed_shows_the_date_kept(qtbot: Any, window: Any, page: Any) -> None:
    field = page.dates["review_by"]
    field.edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field.edit, "2026-12-01")
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, "2027-0")
    page.lines["title"].setFocus()
    qtbot.waitUntil(lambda: not field.edit.hasFocus(), timeout=2000)
    assert field.edit.text() == "2026-12-01"
    assert window.document.content.review_by == "2026-12-01"


def test_a_time_typed_over_the_whole_field_replaces_it(qtbot: Any, window: Any,
                                                       page: Any) -> None:
    """After Ctrl+A, "08:00" typed into "09:00" was refused key by key and the field
    stayed 09:00 without a word (tryout)."""
    hours = page.hours
    hours.setChecked(True)  # business hours on: 09:00–17:00 by default
    qtbot.waitUntil(lambda: window.document.content.business_hours is not None)
    start = hours.start
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(start, "0800")
    assert start.text() == "08:00"
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.document.content.business_hours.start == "08:00")


def test_one_tab_leaves_a_set_date_and_a_time(qtbot: Any, window: Any, page: Any) -> None:
    """A set date took three Tabs to leave (year, month, day) and a time two, saying
    nothing of why (keyboard audit). Left and Right move between the parts."""
    window.document.edit("Set the date", lambda data: data.update(workshop_date="2026-06-10"))
    assert page.dates["workshop_date"].value() == "2026-06-10"
    page.hours.setChecked(True)
    date = page.dates["workshop_date"].edit
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.dates["workshop_date"].clear_button
    start = page.hours.start
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.hours.end
    qtbot.keyClick(page.hours.end, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is start


def test_left_and_right_move_between_the_parts_of_a_date_and_a_time(
        qtbot: Any, window: Any, page: Any) -> None:
    """From the selected year, Right stopped inside it and Up changed the year again
    (tryout): Right selects the month, Up then changes the month."""
    window.document.edit("Set the date", lambda data: data.update(workshop_date="2026-06-10"))
    date = page.dates["workshop_date"].edit
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    date.setSelectedSection(date.Section.YearSection)
    qtbot.keyClick(date, Qt.Key.Key_Right)
    qtbot.keyClick(date, Qt.Key.Key_Up)
    assert date.date() == QDate(2026, 7, 10)
    qtbot.keyClick(date, Qt.Key.Key_Right)
    qtbot.keyClick(date, Qt.Key.Key_Down)
    assert date.date() == QDate(2026, 7, 9)
    qtbot.keyClick(date, Qt.Key.Key_Left)
    assert date.lineEdit().selectedText() == "07"
    page.hours.setChecked(True)
    start = page.hours.start
    start.setFocus()
    start.setSelectedSection(start.Section.HourSection)
    qtbot.keyClick(start, Qt.Key.Key_Right)
    assert start.lineEdit().selectedText() == "00"  # the minutes of 09:00


def test_business_hours_switched_off_and_on_again_come_back(qtbot: Any, window: Any,
                                                            page: Any) -> None:
    """Unticking the box put UTC, 09:00–17:00 in its fields, and ticking it again saved
    those in place of the room's hours (tryout)."""
    hours = page.hours
    hours.setChecked(True)
    hours.zone.setCurrentText("Europe/London")
    hours.zone.activated.emit(0)
    hours.end.setTime(QTime(17, 30))
    qtbot.waitUntil(lambda: window.document.content.business_hours is not None
                    and window.document.content.business_hours.end == "17:30")
    assert window.document.content.business_hours.timezone == "Europe/London"
    window.document.edit("Add windows", lambda data: data["sla_windows"].extend(
        {"key": key, "name": key.title(), "owner": "sales", "within": "PT4H",
         "clock": "business"} for key in ("route", "accept")))
    assert not page.hours_note.isVisibleTo(page)
    hours.setChecked(False)
    assert window.document.content.business_hours is None
    assert (hours.zone.currentText(), hours.end.time().toString("HH:mm")) == \
        ("Europe/London", "17:30")  # still shown, greyed
    # the SLA windows counted in business hours have none to count now: said, not blocked
    assert page.hours_note.isVisibleTo(page)
    assert page.hours_note.text() == (
        "⚠ “Route” and 1 more SLA window count business hours, but this agreement"
        " sets none: tick Business hours, or give them a calendar clock on the SLA windows"
        " page.")
    hours.setChecked(True)
    back = window.document.content.business_hours
    assert back is not None and (back.timezone, back.end) == ("Europe/London", "17:30")
    assert not page.hours_note.isVisibleTo(page)
