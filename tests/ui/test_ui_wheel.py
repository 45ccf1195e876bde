"""The mouse wheel over a field without the focus scrolls the page and changes nothing:
it moved "Effective from" back years and the business day's start by an hour, saved at
once, while the facilitator scrolled the Workshop page (tryout)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


def wheel(widget: QWidget, notches: int = 1) -> None:
    """Turn the wheel ``notches`` towards the user with the pointer over ``widget``."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, -120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _fields(window: Any) -> dict[str, QWidget]:
    page = window.pages["workshop"]
    hours = page.hours
    return {
        "date": page.dates["effective_from"].edit,
        "time": next(w for w in hours.findChildren(QAbstractSpinBox) if w.isEnabled()
                     and w.isVisible() and "Time" in type(w).__name__),
        "choice": next(w for w in hours.findChildren(QComboBox) if w.isVisible()),
    }


def test_the_wheel_over_a_field_without_the_focus_changes_nothing(
        qtbot: Any, window: Any) -> None:
    window.go_to_section("workshop")
    window.resize(1000, 420)  # a page taller than its room: the wheel has somewhere to go
    qtbot.waitUntil(lambda: window.page_area.verticalScrollBar().maximum() > 0)
    window.pages["workshop"].lines["title"].setFocus()
    before = window.document.content
    shown = {name: field.text() if isinstance(field, QAbstractSpinBox) else field.currentText()
             for name, field in _fields(window).items()}
    for field in _fields(window).values():
        wheel(field, 3)
        wheel(field, -5)
    assert window.document.content == before
    assert {name: field.text() if isinstance(field, QAbstractSpinBox) else field.currentText()
            for name, field in _fields(window).items()} == shown
    bar = window.page_area.verticalScrollBar()
    bar.setValue(0)
    wheel(_fields(window)["date"], 3)
    assert bar.value() > 0  # the page scrolled instead


def test_the_wheel_still_steps_the_field_being_edited(qtbot: Any, window: Any) -> None:
    window.go_to_section("workshop")
    field = _fields(window)["time"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    text = field.text()
    wheel(field, 1)
    assert field.text() != text


def test_the_wheel_gives_no_field_the_focus(window: Any) -> None:
    window.go_to_section("workshop")
    for field in _fields(window).values():
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_wheel_over_an_open_duration_cell_s_unit_changes_nothing(
        qtbot: Any, window: Any) -> None:
    """F2 on Within puts the keyboard in the number; the wheel over the unit beside it
    turned "hours" into "weeks" (tryout)."""
    from slaworkshop.ui.keyed_list.table_model import column_of

    window.activateWindow()
    window.go_to_section("sla_windows")
    editor = window.pages["sla_windows"].editor
    view = editor.view
    index = editor.proxy.mapFromSource(editor.model.index(1, column_of(editor.spec, "within")))
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    cell = view.indexWidget(index)
    assert cell is not None
    unit = cell.findChild(QComboBox)
    assert unit is not None and not unit.hasFocus()
    shown = unit.currentText()
    wheel(unit, -2)
    assert unit.currentText() == shown


def test_fields_made_after_a_page_was_first_shown_are_guarded_when_it_shows_again(
        qtbot: Any, window: Any) -> None:
    """A section's rows switched on, a form built on demand: their fields came after the
    page's first guarding (audit)."""
    window.go_to_section("workshop")
    page = window.pages["workshop"]
    window.go_to_section("terms")
    later = QComboBox(page.body)  # as a page makes a field while out of sight
    later.addItems(["one", "two", "three"])
    page.body.layout().addWidget(later)
    window.go_to_section("workshop")
    qtbot.waitUntil(later.isVisible)
    assert later.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel(later, -1)
    assert later.currentText() == "one"
