"""The "Within" duration of an SLA window, edited in its table cell by typing: a decimal
amount is kept as typed (PT1.5H), what cannot be taken is refused, and what the user
does not edit stays as the agreement holds it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from slaworkshop.models import validate_content
from slaworkshop.ui.duration_editor import DurationEditor
from slaworkshop.ui.keyed_list.table_model import column_of

WITHIN = ["PT4H", "P2D", "PT90M", "P1,5D", "PT1H30M"]


@pytest.fixture
def window_agreement(workspace: Any) -> str:
    windows = [{"key": f"w{n}", "name": f"Window {n}", "owner": "sales", "within": within,
                "clock": "business"} for n, within in enumerate(WITHIN)]
    return workspace.agreements.create(validate_content(
        {"title": "Draft", "organization": "Contoso", "sla_windows": windows}))


@pytest.fixture
def table(window: Any) -> Any:
    window.go_to_section("sla_windows")
    return window.pages["sla_windows"].editor


def open_within(table: Any, row: int) -> tuple[DurationEditor, Any]:
    index = table.proxy.mapFromSource(
        table.model.index(row, column_of(table.spec, "within")))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.indexWidget(index)
    assert isinstance(editor, DurationEditor)
    return editor, index


def type_amount(qtbot: Any, editor: DurationEditor, text: str) -> None:
    editor.amount.setFocus()
    editor.amount.selectAll()
    qtbot.keyClicks(editor.amount, text)


def within(window: Any, row: int) -> str:
    return window.document.content.sla_windows[row].within


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("1.5", "PT1.5H", "1.5 hours"),
    ("1,5", "PT1.5H", "1.5 hours"),
    ("0.25", "PT0.25H", "0.25 hours"),
    ("12", "PT12H", "12 hours"),
])
def test_a_decimal_amount_is_stored_as_typed(qtbot: Any, window: Any, table: Any,
                                             typed: str, stored: str, shown: str) -> None:
    editor, index = open_within(table, 0)
    type_amount(qtbot, editor, typed)
    qtbot.keyClick(editor.amount, Qt.Key.Key_Return)
    # the delegate commits and closes the editor once the key press is through
    qtbot.waitUntil(lambda: table.view.indexWidget(index) is None, timeout=2000)
    assert within(window, 0) == stored
    assert index.data() == shown


@pytest.mark.parametrize(("typed", "kept"), [
    ("1.5.2", "1.52"),  # a second point is not taken
    ("1.555", "1.55"),  # nor a third decimal, which the field would round away
    ("2h", "2"),
    ("-3", "3"),
    ("1e3", "13"),
    ("1 000", "1000"),
])
def test_what_the_amount_cannot_take_is_refused_as_typed(
        qtbot: Any, window: Any, table: Any, typed: str, kept: str) -> None:
    editor, index = open_within(table, 0)
    type_amount(qtbot, editor, typed)
    assert editor.amount.text() == kept  # on screen: exactly what will be stored
    table.view.itemDelegate().setModelData(editor, table.proxy, index)
    assert within(window, 0) == f"PT{kept}H"


def test_an_amount_too_large_is_refused_as_typed(qtbot: Any, window: Any, table: Any) -> None:
    editor, index = open_within(table, 0)
    type_amount(qtbot, editor, "1000000")
    assert editor.amount.text() == "100000"


@pytest.mark.parametrize(("row", "amount", "unit"), [
    (0, "4", "hours"), (1, "2", "days"), (2, "90", "minutes"), (3, "1.5", "days"),
])
def test_stored_durations_show_without_trailing_zeros_and_stay_unchanged(
        qtbot: Any, window: Any, table: Any, row: int, amount: str, unit: str) -> None:
    editor, index = open_within(table, row)
    assert (editor.amount.text(), editor.unit.currentText()) == (amount, unit)
    table.view.itemDelegate().setModelData(editor, table.proxy, index)
    table.view.closePersistentEditor(index)
    assert [within(window, n) for n in range(len(WITHIN))] == WITHIN


def test_changing_the_unit_keeps_the_decimal(qtbot: Any, window: Any, table: Any) -> None:
    editor, index = open_within(table, 3)  # P1,5D
    editor.unit.setCurrentIndex(editor.unit.findText("hours"))
    table.view.itemDelegate().setModelData(editor, table.proxy, index)
    assert within(window, 3) == "PT1.5H"


def test_typing_a_unit_chooses_the_first_it_begins_whatever_was_chosen(
        qtbot: Any, window: Any, table: Any) -> None:
    editor, index = open_within(table, 0)  # 4 hours
    editor.unit.setFocus()
    qtbot.keyClick(editor.unit, Qt.Key.Key_M)  # Qt's own search went on to months
    assert editor.unit.currentText() == "minutes"
    table.view.itemDelegate().setModelData(editor, table.proxy, index)
    assert within(window, 0) == "PT4M"

    editor, index = open_within(table, 1)  # 2 days
    editor.unit.setFocus()
    qtbot.keyClicks(editor.unit, "mo")
    assert editor.unit.currentText() == "months"
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a pause: a new search
    qtbot.keyClick(editor.unit, Qt.Key.Key_W)
    assert editor.unit.currentText() == "weeks"
    qtbot.keyClick(editor.unit, Qt.Key.Key_Up)  # the arrows still step through the list
    assert editor.unit.currentText() == "days"
    table.view.itemDelegate().setModelData(editor, table.proxy, index)
    assert within(window, 1) == "P2D"


def test_the_open_unit_list_is_searched_the_same_way(qtbot: Any, window: Any,
                                                      table: Any) -> None:
    editor, index = open_within(table, 0)  # 4 hours
    editor.unit.showPopup()
    view = editor.unit.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_M)  # the open list's own search chose months
    assert view.currentIndex().data() == "minutes"
    qtbot.keyClick(view, Qt.Key.Key_M)  # the same letter again: the next unit with it
    assert view.currentIndex().data() == "months"
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.currentIndex().data() == "minutes"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert editor.unit.currentText() == "minutes"
    table.view.itemDelegate().setModelData(editor, table.proxy, index)
    assert within(window, 0) == "PT4M"


def test_stepping_down_stops_above_zero(qtbot: Any, window: Any, table: Any) -> None:
    editor, index = open_within(table, 3)  # 1.5 days
    qtbot.keyClick(editor.amount, Qt.Key.Key_Down)
    assert editor.amount.text() == "0.5"
    qtbot.keyClick(editor.amount, Qt.Key.Key_Down)
    assert editor.amount.text() == "0.5"
    table.view.itemDelegate().setModelData(editor, table.proxy, index)
    assert within(window, 3) == "P0.5D"


@pytest.mark.parametrize("size", [(1320, 860), (1024, 700)])
def test_the_editor_in_its_cell_shows_the_number_the_arrows_and_the_whole_unit(
        qtbot: Any, window: Any, table: Any, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=2000)
    editor, index = open_within(table, 1)  # P2D
    editor.unit.setCurrentIndex(editor.unit.findText("minutes"))  # the longest unit
    cell = table.view.visualRect(index)
    assert cell.width() < editor.sizeHint().width()  # the column alone is too narrow
    amount, unit = editor.amount.geometry(), editor.unit.geometry()
    assert amount.right() < unit.left()  # side by side, not one over the other
    assert amount.width() >= editor.amount.sizeHint().width()  # digits and arrows
    assert unit.width() >= editor.unit.sizeHint().width()  # "minutes", not "min"
    assert editor.geometry().contains(cell.adjusted(0, 0, -1, -1).center())
    assert table.view.viewport().rect().contains(editor.geometry())


def test_tab_from_the_unit_takes_the_value_and_goes_to_the_next_cell(
        qtbot: Any, window: Any, table: Any) -> None:
    """Type 6, Tab to the unit, Tab: focus went to the Sections list with "6" still in
    the cell and the draft at 4 hours (keyboard audit)."""
    window.activateWindow()
    editor, index = open_within(table, 0)
    type_amount(qtbot, editor, "6")
    qtbot.keyClick(editor.amount, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.unit
    qtbot.keyClick(editor.unit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: within(window, 0) == "PT6H")
    following = index.siblingAtColumn(index.column() + 1)
    qtbot.waitUntil(lambda: table.view.indexWidget(following) is not None)
    assert table.view.isAncestorOf(QApplication.focusWidget())


def test_escape_gives_up_a_duration_and_enter_takes_it(qtbot: Any, window: Any,
                                                      table: Any) -> None:
    window.activateWindow()
    editor, index = open_within(table, 0)
    type_amount(qtbot, editor, "9")
    qtbot.keyClick(editor.amount, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.view.indexWidget(index) is None)
    assert within(window, 0) == "PT4H"
    editor, index = open_within(table, 0)
    type_amount(qtbot, editor, "7")
    qtbot.keyClick(editor.amount, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.unit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: within(window, 0) == "PT7H")
    # the table keeps the focus: it went to the Sections list (tryout)
    assert QApplication.focusWidget() is table.view


def test_the_open_editor_covers_whole_cells_not_half_of_the_next(qtbot: Any, window: Any,
                                                                table: Any) -> None:
    """Wider than its cell, the editor covered half of "Business hours" beside it, which
    read "hours ▾ ess hours" (tryout)."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    editor, index = open_within(table, 0)
    view = table.view
    edges = {view.columnViewportPosition(c) + view.columnWidth(c)
             for c in range(view.model().columnCount())}
    assert editor.geometry().width() > view.columnWidth(index.column())  # it needs more
    assert editor.geometry().right() + 1 in edges


@pytest.mark.parametrize("key, modifier", [
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
])
def test_alt_down_in_the_number_opens_the_units(qtbot: Any, key: Any, modifier: Any) -> None:
    """Alt+Down, which opens every other list, stepped the number down: 4 hours became 3
    (tryout)."""
    editor = DurationEditor()
    qtbot.addWidget(editor)
    editor.set_value("PT4H")
    editor.show()
    qtbot.waitExposed(editor)
    editor.amount.setFocus()
    qtbot.keyClick(editor.amount, key, modifier)
    assert editor.value() == "PT4H"
    qtbot.waitUntil(lambda: editor.unit.view().isVisible(), timeout=2000)
    editor.unit.hidePopup()
