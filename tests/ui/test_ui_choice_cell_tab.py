"""Tab after choosing in a drop-down cell goes on to the next cell, as it does from a
text cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from slaworkshop.ui.keyed_list.table_model import column_of


def test_tab_after_a_choice_goes_to_the_next_cell(qtbot: Any, window: Any) -> None:
    """Choose "Decision maker" as a persona's buying role, press Tab and type 500: the
    choice closed its cell, Tab left the table, and 500 went into Industries below it
    (tryout)."""
    window.activateWindow()
    window.go_to_section("personas")
    editor = window.pages["personas"].editor
    role = column_of(editor.spec, "buying_role")
    index = editor.proxy.index(0, role)
    editor.view.setFocus()
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    combo = editor.view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    choice = combo.findData("decision_maker")
    combo.setCurrentIndex(choice)
    combo.activated.emit(choice)  # chosen from its list
    assert window.document.content.personas[0].buying_role == "decision_maker"
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
