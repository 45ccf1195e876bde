"""Undo and redo show what they did: Ctrl+Z on Goals undid a stakeholder's rename with
nothing to see. The window goes to the section the step changed and the status bar
says which step it was."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _rename_priya_then_go_to_goals(qtbot: Any, window: Any) -> Any:
    window.go_to_section("stakeholders")
    editor = window.pages["stakeholders"].editor
    editor.model.set_value(editor.model.row_of("priya"), "name", "Priya Raman")
    window.go_to_section("goals")
    qtbot.wait(20)
    return editor


def _name_shown(editor: Any, key: str) -> str:
    return str(editor.model.index(editor.model.row_of(key), 0).data())


def test_undo_goes_to_the_section_it_changed_and_says_what(qtbot: Any, window: Any) -> None:
    editor = _rename_priya_then_go_to_goals(qtbot, window)
    goals = window.pages["goals"].editor
    goals.view.setFocus()
    qtbot.keyClick(goals.view, Qt.Key.Key_Z, CTRL)
    assert window.current_page_key() == "stakeholders"
    assert window.sidebar.currentRow() == 7
    assert window.statusBar().currentMessage() == (
        "Undone: Rename stakeholder “Priya Natarajan”")
    assert _name_shown(editor, "priya") == "Priya Natarajan"


def test_redo_goes_to_the_section_it_changed_and_says_what(qtbot: Any, window: Any) -> None:
    editor = _rename_priya_then_go_to_goals(qtbot, window)
    window.window_actions.undo.trigger()
    window.go_to_section("goals")
    window.window_actions.redo.trigger()
    assert window.current_page_key() == "stakeholders"
    assert window.statusBar().currentMessage() == (
        "Redone: Rename stakeholder “Priya Natarajan”")
    assert _name_shown(editor, "priya") == "Priya Raman"


def test_undo_on_the_page_it_changed_stays_there(qtbot: Any, window: Any) -> None:
    window.go_to_section("workshop")
    window.document.edit("Change facilitator", lambda d: d.update(facilitator="Dana Fox"))
    window.window_actions.undo.trigger()
    assert window.current_page_key() == "workshop"
    assert window.statusBar().currentMessage() == "Undone: Change facilitator"


def test_changed_sections_names_each_page_once_in_order() -> None:
    from slaworkshop.models import Content
    from slaworkshop.ui.sections import changed_sections

    before = Content(title="A", organization="B")
    after = before.model_copy(update={"facilitator": "Dana", "review_by": None,
                                      "title": "C", "goals": []})
    assert changed_sections(before, after) == ["workshop"]
    assert changed_sections(before, before) == []
