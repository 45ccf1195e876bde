"""Ctrl+Z and Ctrl+Shift+Z undo and redo the agreement from a field that has nothing
of its own to undo; a field with typing of its own keeps the keys for it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from slaworkshop.ui.keyed_list.table_model import column_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def change_facilitator(qtbot: Any, window: Any, text: str) -> None:
    """Type a new facilitator and leave the field: one step on the agreement's stack."""
    window.activateWindow()
    window.go_to_section("workshop")
    line = window.pages["workshop"].lines["facilitator"]
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    window.pages["workshop"].commit_pending()
    assert window.document.content.facilitator == text


def focus(widget: QWidget) -> QWidget:
    widget.setFocus()
    focused = QApplication.focusWidget()
    assert focused is widget or widget.isAncestorOf(focused) or focused.focusProxy() is widget
    return focused


def _organization(window: Any) -> QWidget:
    return window.pages["workshop"].lines["organization"]


def _date(window: Any) -> QWidget:
    return window.pages["workshop"].dates["review_by"].edit


def _long_text(window: Any) -> QWidget:
    window.go_to_section("stakeholders")
    return window.pages["stakeholders"].editor.form.widgets["responsibilities"].widget


def _spin_box(window: Any) -> QWidget:
    from PySide6.QtWidgets import QAbstractSpinBox

    window.go_to_section("workshop")
    hours = window.pages["workshop"].hours
    return next(w for w in hours.findChildren(QAbstractSpinBox) if w.isEnabled())


def _combo(window: Any) -> QWidget:
    window.go_to_section("workshop")
    hours = window.pages["workshop"].hours
    return next(w for w in hours.findChildren(QComboBox) if w.isEnabled())


def _cell_editor(window: Any) -> QWidget:
    window.go_to_section("stakeholders")
    editor = window.pages["stakeholders"].editor
    index = editor.proxy.mapFromSource(editor.model.index(0, column_of(editor.spec, "role")))
    editor.view.setFocus()
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = editor.view.indexWidget(index)
    assert isinstance(cell, QLineEdit)
    return cell


WIDGETS = {"line edit": _organization, "date edit": _date, "text box": _long_text,
           "spin box": _spin_box, "combo box": _combo, "table cell": _cell_editor}


@pytest.mark.parametrize("kind", list(WIDGETS))
def test_undo_and_redo_keys_reach_the_agreement_from_a_field_with_nothing_to_undo(
        qtbot: Any, window: Any, kind: str) -> None:
    before = window.document.content.facilitator
    change_facilitator(qtbot, window, "Dana Fox")
    widget = focus(WIDGETS[kind](window))
    assert window.window_actions.undo.text() == "&Undo Change facilitator"
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert window.document.content.facilitator == before
    widget = focus(WIDGETS[kind](window))  # the page was refreshed
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.document.content.facilitator == "Dana Fox"
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Y, CTRL)  # Redo's other key
    assert window.document.content.facilitator == "Dana Fox"


def test_a_field_with_typing_of_its_own_keeps_the_undo_key(qtbot: Any, window: Any) -> None:
    change_facilitator(qtbot, window, "Dana Fox")
    line = focus(_organization(window))
    original = line.text()
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClicks(line, " Ltd")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == original  # the field's own undo took the typing back
    assert window.document.content.facilitator == "Dana Fox"  # the agreement's stayed
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL | SHIFT)
    assert line.text() == original + " Ltd"  # and its own redo put it back


def test_typing_already_in_the_agreement_is_undone_with_it_in_order(
        qtbot: Any, window: Any) -> None:
    """Type "PQL" as an alias, move the term, then Ctrl+Z from the alias box: the field's
    own undo took the committed typing out as a new edit, the next Ctrl+Z undid that
    edit and PQL came back, and the move was undone only third (tryout)."""
    window.activateWindow()
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    first = window.document.content.terms[0].key
    aliases = focus(editor.form.widgets["aliases"].widget)
    qtbot.keyClick(aliases, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(aliases, Qt.Key.Key_Return)
    qtbot.keyClicks(aliases, "PQL")
    editor.form.commit_pending()  # the pause in the typing
    assert window.document.content.terms[0].aliases[-1] == "PQL"
    window.window_actions.move_down.trigger()
    assert window.document.content.terms[1].key == first
    aliases = focus(editor.form.widgets["aliases"].widget)

    qtbot.keyClick(aliases, Qt.Key.Key_Z, CTRL)  # the move, the last step
    assert window.document.content.terms[0].key == first
    assert window.document.content.terms[0].aliases[-1] == "PQL"
    aliases = focus(editor.form.widgets["aliases"].widget)
    qtbot.keyClick(aliases, Qt.Key.Key_Z, CTRL)  # then the alias
    assert "PQL" not in window.document.content.terms[0].aliases
    assert "PQL" not in aliases.toPlainText()
    aliases = focus(editor.form.widgets["aliases"].widget)
    qtbot.keyClick(aliases, Qt.Key.Key_Z, CTRL | SHIFT)  # and redo brings it back
    assert window.document.content.terms[0].aliases[-1] == "PQL"


def test_a_workshop_field_s_committed_typing_is_undone_by_the_agreement(
        qtbot: Any, window: Any) -> None:
    change_facilitator(qtbot, window, "Dana Fox")  # typed and committed
    window.go_to_section("stakeholders")
    window.pages["stakeholders"].editor.select_row(0)
    window.window_actions.move_down.trigger()  # a later step elsewhere
    window.go_to_section("workshop")
    line = focus(window.pages["workshop"].lines["facilitator"])
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # the move first, not the field's typing
    assert window.document.content.facilitator == "Dana Fox"
    assert window.pages["workshop"].lines["facilitator"].text() == "Dana Fox"


def test_committing_a_line_leaves_what_is_being_typed_alone(qtbot: Any, window: Any) -> None:
    """The commit comes after a pause in the typing, and Chinese or Japanese is often
    still being composed then: clearing the line's history there (setText) would end
    the composition mid-word. The line is left as it is until Ctrl+Z."""
    window.activateWindow()
    window.go_to_section("workshop")
    line = focus(window.pages["workshop"].lines["facilitator"])
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClicks(line, " Jr")
    reset: list[bool] = []
    line.textChanged.connect(lambda _text: reset.append(True))
    window.pages["workshop"].commit_pending()  # the pause's commit
    assert window.document.content.facilitator.endswith(" Jr")
    assert reset == [] and line.isUndoAvailable()  # untouched: no setText
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # now the agreement's step, not the field's
    assert not window.document.content.facilitator.endswith(" Jr")


def test_ctrl_z_after_adding_an_item_undoes_the_add(qtbot: Any, window: Any) -> None:
    """Type a name in "Name of a new term…", press Enter, press Ctrl+Z: the term stayed
    and its name came back into the box, while the Edit menu said "Undo Add term"
    (tryout). The key now does what the menu says."""
    window.activateWindow()
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    before = [t.name for t in window.document.content.terms]
    entry = focus(editor.new_name)
    qtbot.keyClicks(entry, "Pipeline")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert [t.name for t in window.document.content.terms].count("Pipeline") == 1
    assert window.window_actions.undo.text() == "&Undo Add term “Pipeline”"
    entry = focus(editor.new_name)
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert [t.name for t in window.document.content.terms] == before
    assert editor.new_name.text() == ""
    entry = focus(editor.new_name)
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [t.name for t in window.document.content.terms].count("Pipeline") == 1
    assert editor.new_name.text() == ""


def test_typing_in_one_field_is_one_step_and_each_field_its_own(qtbot: Any, window: Any) -> None:
    """Typing in the title, a pause, more typing in it: one step. Then typing in the
    organization: a second step, undone on its own."""
    window.activateWindow()
    window.go_to_section("workshop")
    page = window.pages["workshop"]
    stack = window.document.undo_stack
    start = stack.count()
    title, organization = window.document.content.title, window.document.content.organization
    line = focus(page.lines["title"])
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClicks(line, " 2027")
    page.commit_pending()  # the pause in the typing
    qtbot.keyClicks(line, " draft")
    page.commit_pending()
    assert window.document.content.title == title + " 2027 draft"
    assert stack.count() == start + 1
    line = focus(page.lines["organization"])
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClicks(line, " Ltd")
    page.commit_pending()
    assert [stack.text(i) for i in range(start, stack.count())] == [
        "Change title", "Change organization"]
    assert window.window_actions.undo.text() == "&Undo Change organization"
    window.window_actions.undo.trigger()
    content = window.document.content
    assert (content.title, content.organization) == (title + " 2027 draft", organization)
    assert window.window_actions.undo.text() == "&Undo Change title"
    window.window_actions.undo.trigger()
    content = window.document.content
    assert (content.title, content.organization) == (title, organization)
    assert stack.index() == start
