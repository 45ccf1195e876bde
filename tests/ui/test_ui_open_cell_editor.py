"""What is typed in a table cell whose editor is still open is not lost: closing the
window, saving a version, moving to another section and Undo commit it first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import reread

from slaworkshop.ui.keyed_list.table_model import column_of
from slaworkshop.ui.sections import SECTIONS


def type_in_cell(qtbot: Any, window: Any, section: str, row: int, field: str,
                 text: str) -> QLineEdit:
    """Open the cell's editor with F2 and type ``text`` over what it held; the editor
    stays open, as when the user is still typing."""
    window.activateWindow()
    window.go_to_section(section)
    editor = window.pages[section].list_editors()[0]
    view = editor.view
    index = editor.proxy.mapFromSource(editor.model.index(row, column_of(editor.spec, field)))
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and view.isAncestorOf(cell)
    qtbot.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(cell, text)
    assert view.indexWidget(index) is cell  # still open: nothing committed yet
    return cell


def press(qtbot: Any, widget: Any, action: Any) -> None:
    """Press ``action``'s key (Close is Ctrl+W on Linux, Ctrl+F4 here) in ``widget``."""
    combination = action.shortcut()[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


@pytest.mark.parametrize("how", ["Close key", "Ctrl+Q", "close button"])
def test_closing_keeps_what_is_typed_in_a_table_cell(qtbot: Any, window: Any, db_url: str,
                                                     answers: Any, how: str) -> None:
    cell = type_in_cell(qtbot, window, "stakeholders", 0, "role", "Head of Demand")
    if how == "close button":
        window.close()
    else:
        actions = window.window_actions
        press(qtbot, cell, actions.quit if how == "Ctrl+Q" else actions.close)
    assert not window.isVisible()
    assert answers.asked == []  # closed without a question: nothing was left unsaved
    assert reread(db_url, window.agreement_id).content.stakeholders[0].role == (
        "Head of Demand")


def test_moving_to_another_section_commits_the_cell_in_every_table(qtbot: Any,
                                                                   window: Any) -> None:
    tables = [s.key for s in SECTIONS if window.pages[s.key].list_editors()]
    assert len(tables) >= 8
    for number, key in enumerate(tables):
        editor = window.pages[key].list_editors()[0]
        name_field = editor.spec.name_field
        type_in_cell(qtbot, window, key, 0, name_field, f"Renamed {number}")
        window.window_actions.next_section.trigger()
        assert not editor.view.indexWidget(editor.view.currentIndex())  # closed
        assert editor.model.raw(0, name_field) == f"Renamed {number}", key


def test_save_version_keeps_what_is_typed_in_a_table_cell(qtbot: Any, window: Any,
                                                          workspace: Any,
                                                          answers: Any) -> None:
    cell = type_in_cell(qtbot, window, "stakeholders", 1, "role", "Sales lead")
    answers.add("text", "after the workshop")
    press(qtbot, cell, window.window_actions.save_version)
    assert answers.kinds() == ["text"]
    version = workspace.reader.content(window.agreement_id, 1)
    assert version.stakeholders[1].role == "Sales lead"


def test_undo_from_the_menu_takes_back_the_cell_being_typed(qtbot: Any,
                                                            window: Any) -> None:
    before = window.document.content.stakeholders[0].role
    type_in_cell(qtbot, window, "stakeholders", 1, "role", "Sales lead")
    window.window_actions.next_section.trigger()  # a change before: Undo is enabled
    type_in_cell(qtbot, window, "stakeholders", 0, "role", "Head of Demand")
    window.window_actions.undo.trigger()  # the Edit menu's Undo
    assert window.document.content.stakeholders[0].role == before
    assert window.document.content.stakeholders[1].role == "Sales lead"  # not undone
    window.window_actions.redo.trigger()
    assert window.document.content.stakeholders[0].role == "Head of Demand"


def test_a_cell_left_open_is_in_the_database_within_a_second(qtbot: Any, window: Any,
                                                              db_url: str) -> None:
    """A name typed into a cell and left open while the room argued was in the editor
    alone: a kill lost it (tryout). Escape still gives the typing up."""
    terms = window.document.content.terms
    cell = type_in_cell(qtbot, window, "terms", 0, "name", "Intent lead CELLKILL")
    cell.setCursorPosition(6)  # the facilitator goes back to mend a word
    qtbot.waitUntil(lambda: reread(db_url, window.agreement_id).content.terms[0].name
                    == "Intent lead CELLKILL", timeout=3000)
    editor = window.pages["terms"].editor
    assert editor.view.indexWidget(editor.view.currentIndex()) is cell  # still open
    assert cell.cursorPosition() == 6  # and the typing goes on where it was
    assert not editor.banner.isVisible()
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    assert window.document.content.terms[0].name == terms[0].name
    qtbot.waitUntil(lambda: reread(db_url, window.agreement_id).content.terms[0].name
                    == terms[0].name, timeout=3000)


def test_a_half_typed_value_is_not_refused_until_the_cell_closes(qtbot: Any, window: Any,
                                                                answers: Any) -> None:
    editor = window.pages["stakeholders"].editor
    email = window.document.content.stakeholders[0].email
    cell = type_in_cell(qtbot, window, "stakeholders", 0, "email", "priya@")
    qtbot.wait(800)  # past the pause after which a cell commits as typed
    assert not editor.banner.isVisible()  # still being typed: no refusal aloud
    assert window.document.content.stakeholders[0].email == email
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.banner.isVisible)
    assert editor.banner.text() == "⚠ Not changed: E-mail is not an e-mail address."
    answers.add("confirm", True)  # the window closes with the refused "priya@" open


def test_a_refused_cell_takes_back_what_was_committed_as_it_was_typed(
        qtbot: Any, window: Any, answers: Any) -> None:
    """A pause on a valid value commits it quietly; a refusal on Enter said "Not changed"
    while the draft held the paused-on value, and Escape on the reopened cell kept it
    (review)."""
    editor = window.pages["stakeholders"].editor
    email = window.document.content.stakeholders[0].email
    cell = type_in_cell(qtbot, window, "stakeholders", 0, "email", "sam@acme.co")
    qtbot.waitUntil(lambda: window.document.content.stakeholders[0].email == "sam@acme.co")
    qtbot.keyClicks(cell, " x")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.banner.isVisible)
    assert editor.banner.text() == "⚠ Not changed: E-mail is not an e-mail address."
    assert window.document.content.stakeholders[0].email == email  # as the banner says
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and QApplication.focusWidget().text() == "sam@acme.co x")
    reopened = QApplication.focusWidget()
    qtbot.keyClick(reopened, Qt.Key.Key_Escape)
    assert window.document.content.stakeholders[0].email == email
    # Emptied after a pause: the name goes back, not to what the pause committed.
    terms = window.document.content.terms
    cell = type_in_cell(qtbot, window, "terms", 0, "name", "Q")
    qtbot.waitUntil(lambda: window.document.content.terms[0].name == "Q")
    qtbot.keyClick(cell, Qt.Key.Key_Backspace)
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # committed on the next turn of the loop
    qtbot.waitUntil(lambda: window.document.content.terms[0].name == terms[0].name)
    assert window.pages["terms"].editor.banner.text() == "⚠ Not changed: Term must not be empty."


def test_enter_after_a_pause_takes_what_was_typed_since(qtbot: Any, window: Any) -> None:
    cell = type_in_cell(qtbot, window, "terms", 0, "name", "Lead A")
    qtbot.waitUntil(lambda: window.document.content.terms[0].name == "Lead A")
    qtbot.keyClicks(cell, "Z")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.content.terms[0].name == "Lead AZ")
    editor = window.pages["terms"].editor
    qtbot.waitUntil(lambda: editor.view.indexWidget(editor.view.currentIndex()) is None)
    # one step to undo, back to the name before the cell was opened
    window.window_actions.undo.trigger()
    assert window.document.content.terms[0].name != "Lead A"


def test_each_opening_of_a_cell_is_its_own_step_to_undo(qtbot: Any, window: Any) -> None:
    """Role "Ops", Enter; F2, "Ops lead", Enter; one Undo took both back (tryout)."""
    role = window.document.content.stakeholders[0].role
    cell = type_in_cell(qtbot, window, "stakeholders", 0, "role", "Ops")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.content.stakeholders[0].role == "Ops")
    cell = type_in_cell(qtbot, window, "stakeholders", 0, "role", "Ops lead")
    qtbot.wait(500)  # a pause commits as typed; the same opening, the same step
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.content.stakeholders[0].role == "Ops lead")
    window.window_actions.undo.trigger()
    assert window.document.content.stakeholders[0].role == "Ops"
    window.window_actions.undo.trigger()
    assert window.document.content.stakeholders[0].role == role


def test_leaving_a_page_with_a_refused_cell_says_so(qtbot: Any, window: Any,
                                                    answers: Any) -> None:
    """A half-typed e-mail left with Alt+Right: the page changed silently, its banner out
    of sight, and the database kept the old value (tryout)."""
    type_in_cell(qtbot, window, "stakeholders", 0, "email", "sam@acme")
    window.window_actions.next_section.trigger()
    assert window.current_page_key() != "stakeholders"
    assert window.statusBar().currentMessage() == (
        "⚠ Not changed on Stakeholders: “sam@acme”. E-mail is not an e-mail address. The"
        " cell opens again when you go back.")
    answers.add("confirm", True)  # the window closes with the refused text waiting



def test_undo_and_redo_keys_in_a_cell_whose_typing_is_in_the_draft(qtbot: Any, window: Any,
                                                                  db_url: str) -> None:
    """Ctrl+Z in a cell whose typing a pause had committed took the typing back in the
    cell alone: the draft kept it, and Ctrl+Shift+Z gave back part of the text
    (tryout). Committed typing is the agreement's step: Ctrl+Z undoes it there."""
    editor = window.pages["stakeholders"].editor
    before = window.document.content.stakeholders[0].role
    cell = type_in_cell(qtbot, window, "stakeholders", 0, "role", "Head of Demand")
    qtbot.waitUntil(lambda: window.document.content.stakeholders[0].role == "Head of Demand")
    qtbot.keyClick(cell, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.content.stakeholders[0].role == before
    index = editor.view.currentIndex()
    assert editor.view.indexWidget(index) is None  # closed, not showing the typing
    assert index.data() == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.content.stakeholders[0].role == "Head of Demand"
    assert index.data() == "Head of Demand"
    qtbot.waitUntil(lambda: reread(db_url, window.agreement_id).content.stakeholders[0].role
                    == "Head of Demand", timeout=3000)


def test_the_cell_s_own_redo_gives_back_typing_its_own_undo_took(qtbot: Any,
                                                                 window: Any) -> None:
    """Type, pause, type more, Ctrl+Z, pause: Ctrl+Shift+Z could not give the typing back,
    in the cell or in the draft (review)."""
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    cell = type_in_cell(qtbot, window, "stakeholders", 0, "role", "Head of Demand")
    qtbot.waitUntil(lambda: window.document.content.stakeholders[0].role == "Head of Demand")
    qtbot.keyClicks(cell, " EMEA")
    qtbot.keyClick(cell, Qt.Key.Key_Z, ctrl)  # the cell's own: typing not yet committed
    undone = cell.text()
    assert undone != "Head of Demand EMEA"
    qtbot.waitUntil(lambda: window.document.content.stakeholders[0].role == undone)
    qtbot.keyClick(cell, Qt.Key.Key_Z, ctrl | shift)
    assert cell.text() == "Head of Demand EMEA"
    qtbot.waitUntil(lambda: window.document.content.stakeholders[0].role
                    == "Head of Demand EMEA")  # and the draft follows after the pause
