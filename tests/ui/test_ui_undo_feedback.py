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


def test_undo_selects_the_item_it_changed_and_puts_the_keyboard_on_its_list(
        qtbot: Any, window: Any) -> None:
    """The window went to the section, but the focus stayed on the page left behind and
    nothing showed which item changed back (tryout)."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = _rename_priya_then_go_to_goals(qtbot, window)
    editor.select_key("lee")  # another row current on the page left
    goals = window.pages["goals"].editor
    goals.view.setFocus()
    qtbot.waitUntil(goals.view.hasFocus)
    qtbot.keyClick(goals.view, Qt.Key.Key_Z, CTRL)
    assert editor.model.item(editor.current_row()).key == "priya"
    qtbot.waitUntil(editor.view.hasFocus)
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL | SHIFT)  # the keys work from there
    assert _name_shown(editor, "priya") == "Priya Raman"
    assert editor.model.item(editor.current_row()).key == "priya"


def test_changed_key_names_the_first_item_changed_or_brought_back() -> None:
    from slaworkshop.models import validate_content
    from slaworkshop.ui.undo_focus import changed_key

    def terms(*names: str) -> Any:
        return validate_content({"title": "t", "organization": "o", "terms": [
            {"key": n.lower(), "name": n, "status": "agreed", "agreed_definition": "d"}
            for n in names]})

    assert changed_key(terms("A", "B"), terms("A", "B", "C"), "terms") == "c"  # back
    assert changed_key(terms("A", "B", "C"), terms("A", "B"), "terms") is None  # gone
    assert changed_key(terms("A", "B", "C"), terms("A", "C", "B"), "terms") == "c"  # moved
    assert changed_key(terms("A"), terms("A"), "terms") is None


def test_undo_leaves_the_keyboard_in_the_form_field_of_the_item_on_show(
        qtbot: Any, window: Any) -> None:
    """An undo on the item already selected keeps the keyboard where it is: moving it to
    the list sent the next keys to the list's type-ahead (audit)."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    field = editor.form.widgets["notes"].widget
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Checked.")
    editor.form.commit_pending()
    assert window.document.content.terms[0].notes.endswith("Checked.")
    window.window_actions.undo.trigger()
    assert not window.document.content.terms[0].notes.endswith("Checked.")
    assert QApplication.focusWidget() is field
