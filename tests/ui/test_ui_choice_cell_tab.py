"""A drop-down cell: a value picked from its list is taken at once; arrows on the closed
box only change what it shows until Enter, Tab or leaving the cell; Tab goes on to the
next cell, as it does from a text cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from slaworkshop.ui.keyed_list.table_model import column_of


def _open_cell(window: Any, section: str, field: str, row: int = 0) -> tuple[Any, QComboBox]:
    window.activateWindow()
    window.go_to_section(section)
    editor = window.pages[section].editor
    index = editor.proxy.index(row, column_of(editor.spec, field))
    editor.view.setFocus()
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    combo = editor.view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    return editor, combo


def _pick_from_list(qtbot: Any, combo: QComboBox, value: str) -> None:
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    view = combo.view()
    view.setCurrentIndex(view.model().index(combo.findData(value), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_tab_after_a_choice_goes_to_the_next_cell(qtbot: Any, window: Any) -> None:
    """Choose a persona's buying role, press Tab and type 500: the choice closed its
    cell, Tab left the table, and 500 went into Industries below it (tryout)."""
    editor, combo = _open_cell(window, "personas", "buying_role")
    assert window.document.content.personas[0].buying_role != "influencer"
    _pick_from_list(qtbot, combo, "influencer")
    assert window.document.content.personas[0].buying_role == "influencer"  # at once
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    following = editor.proxy.index(0, column_of(editor.spec, "company_size.min"))
    cell = editor.view.indexWidget(following)
    assert isinstance(cell, QLineEdit) and QApplication.focusWidget() is cell
    cell.selectAll()
    qtbot.keyClicks(cell, "500")
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # Qt commits on the next turn of the loop

    def taken() -> bool:
        size = window.document.content.personas[0].company_size
        return size is not None and size.min == 500

    qtbot.waitUntil(taken)


def test_arrows_on_a_closed_choice_wait_for_enter_and_escape_gives_them_up(
        qtbot: Any, window: Any) -> None:
    """Down on "Agreed" made the term disputed at once and closed the cell, so the next
    Down moved to the next row, and Escape could not undo it (keyboard audit)."""
    editor, combo = _open_cell(window, "terms", "status")
    assert window.document.content.terms[0].status == "agreed"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "sunset"  # stepped past "disputed"
    assert window.document.content.terms[0].status == "agreed"  # nothing taken yet
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.view.indexWidget(editor.view.currentIndex()) is None)
    assert window.document.content.terms[0].status == "agreed"

    editor, combo = _open_cell(window, "terms", "status")
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.content.terms[0].status == "disputed")
