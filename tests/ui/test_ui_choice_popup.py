"""A cell's list of choices is not as wide as the screen because one choice is long:
a persona named in a sentence stretched the Titles page's persona list over the whole
screen. Long choices are cut with "…"; the tooltip has the whole name."""

from __future__ import annotations

from typing import Any

from slaworkshop.ui.keyed_list.table_model import column_of

LONG = ("Head of clinical procurement at a regional hospital group who signs off every "
        "supplier and reports to the chief financial officer twice a year")


def test_a_long_persona_name_does_not_widen_the_picker(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    window.go_to_section("personas")
    personas = window.pages["personas"].list_editors()[0]
    personas.model.set_value(0, "name", LONG)
    window.go_to_section("titles")
    editor = window.pages["titles"].list_editors()[0]
    index = editor.proxy.index(0, column_of(editor.spec, "persona"))
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    combo = editor.view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    found = combo.findData(personas.model.item(0).key)
    shown = combo.itemText(found)
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert LONG in combo.itemData(found, Qt.ItemDataRole.ToolTipRole)
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(popup.isVisible)
    average = combo.fontMetrics().averageCharWidth()
    assert popup.width() < 60 * average
    assert combo.fontMetrics().horizontalAdvance(LONG) > 60 * average  # it was cut
    combo.hidePopup()
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
