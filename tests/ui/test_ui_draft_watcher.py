"""A window with nothing unsaved shows the draft another window saved; a window with
edits of its own keeps them and is asked, as before."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from test_ui_autosave_conflict import bump_elsewhere
from ui_helpers import reread, wait_saved

from slaworkshop.ui.conflict_dialog import KEEP_MINE
from slaworkshop.ui.draft_watcher import INTERVAL_MS, LOADED


def test_a_window_with_nothing_unsaved_shows_what_another_window_saved(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str) -> None:
    """It went on showing its older content and "Saved … ago" until its next edit met
    the conflict question (tryout)."""
    window.go_to_section("workshop")
    bump_elsewhere(workspace, window.agreement_id)
    revision = reread(db_url, window.agreement_id).revision
    qtbot.waitUntil(lambda: window.document.content.facilitator == "Someone else",
                    timeout=INTERVAL_MS + 2000)  # within one round of asking
    assert window.pages["workshop"].lines["facilitator"].text() == "Someone else"
    assert window.statusBar().currentMessage() == LOADED
    assert not window.document.undo_stack.canUndo()  # see the test below
    assert answers.asked == []  # nothing to ask: nothing of this window's was unsaved
    assert window.autosaver.revision == revision
    assert not window.autosaver.pending
    assert reread(db_url, window.agreement_id).revision == revision  # nothing written


def test_coming_to_the_front_loads_at_once(qtbot: Any, window: Any, workspace: Any) -> None:
    bump_elsewhere(workspace, window.agreement_id)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: window.document.content.facilitator == "Someone else",
                    timeout=1000)  # well before the next round of asking


def test_edits_of_this_window_are_not_replaced_and_the_question_comes(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str) -> None:
    """Typing still waiting for its pause is this window's edit too: it goes into the
    document first, and its write meets the conflict question."""
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    notes = editor.form.widgets["notes"].widget
    notes.setFocus()
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", KEEP_MINE)
    qtbot.keyClicks(notes, "Mine.")
    window.draft_watcher.check()
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=5000)
    assert window.document.content.terms[0].notes == "Mine."
    assert window.document.content.facilitator != "Someone else"  # not loaded over mine
    wait_saved(qtbot, window)
    assert reread(db_url, window.agreement_id).content.terms[0].notes == "Mine."
    kept = workspace.agreements.history(window.agreement_id)
    assert [v.label for v in kept] == ["kept when two windows disagreed"]


def test_undo_never_takes_back_what_another_window_saved(
        qtbot: Any, window: Any, workspace: Any, db_url: str) -> None:
    """Ctrl+Z after a load took the other window's change back (and its draft was only
    kept as a version), in both windows (tryout). Each step holds the whole agreement,
    so no step from before the load can be undone after it."""
    window.go_to_section("workshop")
    window.document.edit("Change title", lambda data: data.update(title="Mine"))
    wait_saved(qtbot, window)
    assert window.document.undo_stack.canUndo()
    bump_elsewhere(workspace, window.agreement_id)
    window.draft_watcher.check()
    qtbot.waitUntil(lambda: window.document.content.facilitator == "Someone else",
                    timeout=2000)
    assert window.document.content.title == "Mine"  # theirs was made on top of mine
    assert not window.window_actions.undo.isEnabled()
    window.window_actions.undo.trigger()
    assert window.document.content.facilitator == "Someone else"
    qtbot.wait(600)  # past the autosave's delay: nothing to write
    draft = reread(db_url, window.agreement_id)
    assert (draft.content.facilitator, draft.content.title) == ("Someone else", "Mine")
    assert workspace.agreements.history(window.agreement_id) == []  # nothing kept aside



def test_an_open_cell_is_neither_closed_nor_loaded_under(qtbot: Any, window: Any,
                                                         workspace: Any, answers: Any) -> None:
    """The watcher committed and closed an open cell mid-word when another window saved
    (review); loading under it would let its Enter write the old value back."""
    from PySide6.QtCore import Qt
    from test_ui_open_cell_editor import type_in_cell

    cell = type_in_cell(qtbot, window, "stakeholders", 0, "role", "Head of")
    editor = window.pages["stakeholders"].editor
    bump_elsewhere(workspace, window.agreement_id)
    window.draft_watcher.check()
    qtbot.wait(300)  # the round's read is back
    assert editor.view.indexWidget(editor.view.currentIndex()) is cell  # still open
    assert cell.text() == "Head of"
    assert window.document.content.facilitator != "Someone else"  # nothing loaded
    qtbot.keyClicks(cell, " Demand")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    # the cell's write meets the other window's draft: they changed other things, so
    # the two are merged once the cell is closed, without a question
    qtbot.waitUntil(lambda: window.document.content.facilitator == "Someone else",
                    timeout=5000)
    assert window.document.content.stakeholders[0].role == "Head of Demand"
    wait_saved(qtbot, window)
    assert "conflict" not in answers.kinds()


def test_a_cell_opened_while_the_round_s_read_was_out_is_left_open(
        qtbot: Any, window: Any, workspace: Any, db_url: str, answers: Any) -> None:
    """The read came back after a cell was opened, and the watcher committed and closed
    the cell (review)."""
    from PySide6.QtCore import Qt
    from test_ui_open_cell_editor import type_in_cell

    watcher = window.draft_watcher
    watcher._asked_at = window.autosaver.revision  # a round began while all was quiet
    bump_elsewhere(workspace, window.agreement_id)
    cell = type_in_cell(qtbot, window, "stakeholders", 0, "role", "Head of")
    editor = window.pages["stakeholders"].editor
    watcher._read(reread(db_url, window.agreement_id).revision, None)  # its answer
    assert editor.view.indexWidget(editor.view.currentIndex()) is cell  # still open
    assert cell.text() == "Head of"
    assert window.document.content.facilitator != "Someone else"  # nothing loaded
    # the cell's typing, committed at its pause, meets the other window's draft; no
    # merge under the open cell (its Enter would write over it), and no question yet
    qtbot.waitUntil(lambda: window.autosaver.paused, timeout=5000)
    qtbot.wait(2000)  # longer than the pause a question waits for
    assert editor.view.indexWidget(editor.view.currentIndex()) is cell
    assert "conflict" not in answers.kinds()
    assert window.document.content.facilitator != "Someone else"
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # closed: the two are merged
    qtbot.waitUntil(lambda: window.document.content.facilitator == "Someone else",
                    timeout=5000)
    assert window.document.content.stakeholders[0].role == "Head of"
    wait_saved(qtbot, window)
    assert "conflict" not in answers.kinds()


def test_a_read_that_began_before_this_window_saved_loads_nothing(
        qtbot: Any, window: Any) -> None:
    """The round's read was out when this window saved; it came back with the older
    revision, which is not this window's: loading would wipe the undo history and say
    "Loaded the changes saved in another window" about its own save (audit)."""
    watcher, saver = window.draft_watcher, window.autosaver
    before = saver.revision
    watcher._asked_at = before  # a round began while all was quiet
    window.document.edit("Retitle", lambda data: data.update(title="Mine"))
    saver.flush()
    assert saver.revision != before
    watcher._read(before, None)  # the round's answer: the revision before the save
    assert window.document.undo_stack.canUndo()
    assert window.statusBar().currentMessage() != LOADED
    assert window.document.content.title == "Mine"


def test_nothing_is_loaded_under_an_open_dialog(qtbot: Any, window: Any, workspace: Any,
                                                db_url: str) -> None:
    """A Save version or Sign dialog confirms what is on screen: the draft must not
    change under it (audit); it is loaded once the dialog is gone."""
    from PySide6.QtWidgets import QDialog
    from test_ui_autosave_conflict import _facilitator_elsewhere

    watcher = window.draft_watcher
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    watcher._asked_at = window.autosaver.revision
    _facilitator_elsewhere(workspace, window.agreement_id)
    theirs = reread(db_url, window.agreement_id).revision
    watcher._read(theirs, None)
    assert window.document.content.facilitator != "Someone else"
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    watcher._read(theirs, None)
    assert window.document.content.facilitator == "Someone else"


def test_a_change_loaded_under_the_cursor_leaves_the_caret_beside_its_text(
        qtbot: Any, window: Any, workspace: Any, db_url: str) -> None:
    """The caret went to the start of the definition, and the next key typed landed in
    front of it (tryout)."""
    window.activateWindow()
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    box = editor.form.widgets["agreed_definition"].widget
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    cursor = box.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    box.setTextCursor(cursor)
    mine = box.toPlainText()
    other = workspace.agreements.draft(window.agreement_id)
    terms = list(other.content.terms)
    terms[0] = terms[0].model_copy(update={"agreed_definition": "Theirs: " + mine})
    workspace.agreements.update_draft(window.agreement_id, other.content.model_copy(
        update={"terms": terms}), other.revision)
    window.draft_watcher._asked_at = window.autosaver.revision
    window.draft_watcher._read(reread(db_url, window.agreement_id).revision, None)
    assert box.toPlainText() == "Theirs: " + mine
    assert box.textCursor().position() == len("Theirs: " + mine)  # still at the end
