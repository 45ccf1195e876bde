"""Autosave reaches the database; a conflicting write elsewhere never loses typing."""

from __future__ import annotations

from typing import Any

import pytest
from ui_helpers import reread, wait_saved

from slaworkshop.ui.conflict_dialog import KEEP_MINE, LOAD_THEIRS


def rename_first_term(window: Any, qtbot: Any, text: str) -> None:
    window.go_to_section("terms")
    form = window.pages["terms"].editor.form
    window.pages["terms"].editor.select_row(0)
    qtbot.keyClicks(form.widgets["notes"].widget, text)


def test_typing_reaches_the_database_without_pressing_anything(qtbot: Any, window: Any,
                                                               db_url: str) -> None:
    from slaworkshop.ui import autosaver

    # The promise is "within a second": the debounce is well under it. The wait below is
    # looser only because each poll opens a second connection on a busy CI machine.
    assert autosaver.DELAY_MS <= 500
    rename_first_term(window, qtbot, "Checked with legal.")
    qtbot.waitUntil(
        lambda: reread(db_url, window.agreement_id).content.terms[0].notes
        == "Checked with legal.", timeout=5000)
    qtbot.waitUntil(lambda: window.status.saved.text().startswith("Saved "))
    assert window.status.saved.text().endswith("s ago")


def test_save_version_with_a_label(qtbot: Any, window: Any, answers: Any,
                                   workspace: Any) -> None:
    rename_first_term(window, qtbot, "x")
    answers.add("text", "after Q2 summit")
    window.window_actions.save_version.trigger()
    history = workspace.agreements.history(window.agreement_id)
    assert [(v.number, v.label) for v in history] == [(1, "after Q2 summit")]
    assert history[0].content_sha256 == reread(str(workspace.store.url),
                                               window.agreement_id).content_sha256
    assert window.status.based_on.text() == "Derived from version 1"


def test_a_label_that_cannot_be_taken_is_asked_again_as_typed(qtbot: Any, window: Any,
                                                               answers: Any,
                                                               workspace: Any) -> None:
    """A text-direction override in the label ended in the crash dialog (tryout)."""
    rename_first_term(window, qtbot, "x")
    answers.add("text", "after Nov \u202esummit", "after Nov summit")
    answers.add("inform", None)
    window.window_actions.save_version.trigger()
    assert answers.details("inform") == [{
        "title": "Label not taken",
        "text": "The label contains a text-direction control character. It does not show on"
                " screen and usually comes in with pasted text; it is left out of the label"
                " offered again.", "warning": True}]
    assert answers.details("text")[1]["text"] == "after Nov summit"  # offered mended
    history = workspace.agreements.history(window.agreement_id)
    assert [(v.number, v.label) for v in history] == [(1, "after Nov summit")]


def bump_elsewhere(workspace: Any, agreement_id: str) -> None:
    """Another window writes the draft first, with a note on the first term that this
    window's typing overlaps (edits to other things are merged without a question)."""
    other = workspace.agreements.draft(agreement_id)
    terms = list(other.content.terms)
    terms[0] = terms[0].model_copy(update={"notes": "Theirs."})
    theirs = other.content.model_copy(update={"facilitator": "Someone else", "terms": terms})
    workspace.agreements.update_draft(agreement_id, theirs, other.revision)


def test_the_conflict_details_say_what_differs(qtbot: Any, window: Any, answers: Any,
                                               workspace: Any) -> None:
    """"Show Details…" gave revision numbers alone, not what the other window changed
    (tryout)."""
    facilitator = window.document.content.facilitator
    term = window.document.content.terms[0].name
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", KEEP_MINE)
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    detail = answers.details("conflict")[0]["detail"]
    assert detail.startswith(
        "From the draft saved elsewhere (theirs) to this window's (mine)\n\nWorkshop\n")
    assert f"  Facilitator: Someone else → {facilitator}\n" in detail
    assert f"  Changed “{term}”\n    Notes: Theirs. → Mine.\n" in detail
    wait_saved(qtbot, window)


def test_conflict_keep_mine(qtbot: Any, window: Any, answers: Any, workspace: Any,
                            db_url: str) -> None:
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", KEEP_MINE)
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    wait_saved(qtbot, window)
    draft = reread(db_url, window.agreement_id)
    assert draft.content.terms[0].notes == "Mine."
    history = workspace.agreements.history(window.agreement_id)
    assert [v.label for v in history] == ["kept when two windows disagreed"]
    kept = workspace.agreements.content(window.agreement_id, history[0].number)
    assert kept.facilitator == "Someone else"  # theirs is not lost either


def test_conflict_load_theirs_keeps_mine_one_undo_away(qtbot: Any, window: Any, answers: Any,
                                                       workspace: Any, db_url: str) -> None:
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", LOAD_THEIRS)
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    assert window.document.content.facilitator == "Someone else"
    assert window.document.content.terms[0].notes == "Theirs."
    window.window_actions.undo.trigger()
    assert window.document.content.terms[0].notes == "Mine."
    wait_saved(qtbot, window)
    draft = reread(db_url, window.agreement_id).content
    assert draft.terms[0].notes == "Mine."
    # Undoing the load put this window's content back over the other window's draft:
    # that draft is kept as a version first, as Keep mine does, never written over.
    history = workspace.agreements.history(window.agreement_id)
    assert [v.label for v in history] == ["kept when two windows disagreed"]
    kept = workspace.agreements.content(window.agreement_id, history[0].number)
    assert kept.facilitator == "Someone else" and kept.terms[0].notes == "Theirs."
    assert window.statusBar().currentMessage() == (
        "Your edits are the draft again; the draft loaded from elsewhere is kept as "
        "version 1.")
    # From here on, edits are ordinary writes: nothing more is kept.
    content = window.document.content
    window.document.replace(content.model_copy(update={"title": "Renamed"}), "Rename")
    wait_saved(qtbot, window)
    assert reread(db_url, window.agreement_id).content.title == "Renamed"
    assert len(workspace.agreements.history(window.agreement_id)) == 1


def test_undo_and_redo_of_load_theirs_before_a_write_keeps_nothing(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str) -> None:
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", LOAD_THEIRS)
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    window.window_actions.undo.trigger()
    window.window_actions.redo.trigger()  # back on theirs before the autosave ran
    window.autosaver.flush()
    assert workspace.agreements.history(window.agreement_id) == []
    draft = reread(db_url, window.agreement_id).content
    assert draft.facilitator == "Someone else" and draft.terms[0].notes == "Theirs."


def test_conflict_decide_later_saves_nothing_and_asks_on_close(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str) -> None:
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", "later")
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    assert window.status.saved.text() == (
        "⚠ Not saved: changed elsewhere. Nothing is saved until you choose; Save version or"
        " closing the window asks again.")
    assert reread(db_url, window.agreement_id).content.facilitator == "Someone else"
    answers.add("conflict", "later")
    assert not window.close()  # closing would lose the edits: refused
    answers.add("conflict", KEEP_MINE)
    assert window.close()
    assert reread(db_url, window.agreement_id).content.terms[0].notes == "Mine."


def _elsewhere(workspace: Any, agreement_id: str, facilitator: str) -> None:
    """Another window changes the facilitator and the title ``_edit`` changes here."""
    other = workspace.agreements.draft(agreement_id)
    workspace.agreements.update_draft(
        agreement_id, other.content.model_copy(
            update={"facilitator": facilitator, "title": f"Title by {facilitator}"}),
        other.revision)


def _edit(window: Any, title: str) -> None:
    content = window.document.content
    window.document.replace(content.model_copy(update={"title": title}), f"Title {title}")


def test_redoing_an_earlier_load_does_not_unprotect_a_later_one(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str) -> None:
    """Two conflicts, Load theirs each time; then undo past both loads and redo the
    first, before the autosave ran. The draft the second load brought is about to be
    written over: it is kept as a version first (a shared flag was cleared by the
    first load's redo, and the second draft was lost)."""
    agreement = window.agreement_id
    _elsewhere(workspace, agreement, "Other one")
    answers.add("conflict", LOAD_THEIRS, LOAD_THEIRS)
    _edit(window, "Mine one")
    window.autosaver.flush()  # conflicts: Load theirs
    _elsewhere(workspace, agreement, "Other two")
    _edit(window, "Mine two")
    window.autosaver.flush()  # conflicts again: Load theirs
    assert window.document.content.facilitator == "Other two"
    undo = window.document.undo_stack
    undo.undo()  # the second load
    undo.undo()  # "Mine two"
    undo.undo()  # the first load
    undo.redo()  # the first load again: its draft, "Other one"
    window.autosaver.flush()
    history = workspace.agreements.history(agreement)
    assert [v.label for v in history] == ["kept when two windows disagreed"]
    assert workspace.agreements.content(agreement, history[0].number).facilitator == "Other two"
    assert reread(db_url, agreement).content.facilitator == "Other one"


def test_a_busy_database_while_keeping_theirs_is_tried_again(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str,
        monkeypatch: Any) -> None:
    from slaworkshop.store import StoreError

    agreement = window.agreement_id
    _elsewhere(workspace, agreement, "Someone else")
    answers.add("conflict", LOAD_THEIRS)
    _edit(window, "Mine")
    window.autosaver.flush()
    window.document.undo_stack.undo()  # back to "Mine", over "Someone else"
    service = workspace.agreements
    real = service.replace_draft
    calls: list[int] = []

    def busy_once(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("the database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "replace_draft", busy_once)
    window.autosaver._write()  # the debounced write, as its timer runs it
    assert window.status.saved.text().startswith("Not saved yet: the database is locked")
    assert reread(db_url, agreement).content.facilitator == "Someone else"  # not yet
    window.autosaver._write()  # the retry
    history = workspace.agreements.history(agreement)
    assert [v.label for v in history] == ["kept when two windows disagreed"]
    assert workspace.agreements.content(agreement, history[0].number).facilitator == \
        "Someone else"
    assert reread(db_url, agreement).content.title == "Mine"


def test_an_edit_made_while_a_write_is_in_flight_is_written_after_it(
        qtbot: Any, window: Any, workspace: Any, db_url: str, monkeypatch: Any) -> None:
    """The second edit's debounce runs out while the first write is still under way (a
    busy database): that timer's write is skipped, so the finished write must start the
    next one by itself, with nothing more typed."""
    import threading

    from slaworkshop.ui import autosaver

    agreement = window.agreement_id
    service = workspace.agreements
    real = service.update_draft
    started, go_on = threading.Event(), threading.Event()
    written: list[str] = []

    def slow_first(agreement_id: str, content: Any, revision: int) -> Any:
        written.append(content.title)
        if len(written) == 1:
            started.set()
            assert go_on.wait(10), "the test never let the first write finish"
        return real(agreement_id, content, revision)

    monkeypatch.setattr(service, "update_draft", slow_first)
    _edit(window, "First")
    qtbot.waitUntil(started.is_set, timeout=3000)
    _edit(window, "Second")  # while "First" is being written
    timer = window.autosaver._timer
    assert timer.isActive() and timer.interval() == autosaver.DELAY_MS
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=3000)  # its debounce ran out
    qtbot.wait(50)
    assert written == ["First"]
    go_on.set()
    qtbot.waitUntil(lambda: reread(db_url, agreement).content.title == "Second", timeout=5000)
    assert written == ["First", "Second"]
    wait_saved(qtbot, window)
    assert window.status.saved.text().startswith("Saved ")


def test_the_conflict_question_waits_until_the_typing_stops(
        qtbot: Any, window: Any, answers: Any, workspace: Any,
        monkeypatch: Any) -> None:
    """Saved as typed, a cell met the conflict mid-word: the dialog took the keyboard
    and the next letters chose a button, then typed over the cell (tryout)."""
    from slaworkshop.ui import conflict_dialog

    monkeypatch.setattr(conflict_dialog, "QUIET_MS", 1000)  # keys come every 100 ms
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", KEEP_MINE)
    window.show()
    window.activateWindow()
    window.go_to_section("terms")
    window.pages["terms"].editor.select_row(0)
    box = window.pages["terms"].editor.form.widgets["notes"].widget
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Mine")
    qtbot.waitUntil(lambda: window.autosaver.paused, timeout=3000)
    assert "conflict" not in answers.kinds()  # typing in the notes box: not asked yet
    assert window.status.saved.text() == (
        "⚠ Not saved: changed elsewhere. Once you finish typing, the two are merged or you"
        " are asked what to keep.")
    for _ in range(8):  # still typing, a key every 100 ms: longer than the quiet time
        qtbot.keyClicks(box, ".")
        qtbot.wait(100)
        assert "conflict" not in answers.kinds()
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    wait_saved(qtbot, window)
    assert workspace.agreements.draft(window.agreement_id).content.terms[0].notes == "Mine........"


def test_save_version_asks_again_after_decide_later(qtbot: Any, window: Any, answers: Any,
                                                    workspace: Any) -> None:
    """"Decide later" promised that Save version asks again; it only said to choose."""
    from slaworkshop.ui.conflict_dialog import DECIDE_LATER

    bump_elsewhere(workspace, window.agreement_id)
    window.activateWindow()
    window.go_to_section("workshop")
    answers.add("conflict", DECIDE_LATER, KEEP_MINE)
    window.document.edit("Note", lambda data: data["terms"][0].update(notes="Mine"))
    qtbot.waitUntil(lambda: answers.kinds().count("conflict") == 1, timeout=3000)
    assert window.autosaver.paused
    answers.add("text", "after the summit")
    window.window_actions.save_version.trigger()
    assert answers.kinds().count("conflict") == 2
    assert answers.details("conflict")[1]["detail"].startswith("A version is made from one")
    history = workspace.agreements.history(window.agreement_id)
    assert history[-1].label == "after the summit"
    content = workspace.agreements.content(window.agreement_id, history[-1].number)
    assert content.terms[0].notes == "Mine"


def test_the_conflict_buttons_wake_after_a_moment(qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from slaworkshop.ui import prompts
    from slaworkshop.ui.conflict_dialog import DECIDE_LATER, WAKE_MS, ask_conflict

    seen: list[bool] = []

    def look(later: bool = False) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(all(b.isEnabled() for b in box.buttons()))
        if later:
            box.reject()

    previous = prompts.set_responder(None)
    try:
        QTimer.singleShot(50, look)
        QTimer.singleShot(WAKE_MS + 300, lambda: look(later=True))
        assert ask_conflict(None, "details") == DECIDE_LATER
    finally:
        prompts.set_responder(previous)
    assert seen == [False, True]


def _facilitator_elsewhere(workspace: Any, agreement_id: str) -> None:
    """Another window changes something this window's edits do not touch."""
    other = workspace.agreements.draft(agreement_id)
    workspace.agreements.update_draft(
        agreement_id, other.content.model_copy(update={"facilitator": "Someone else"}),
        other.revision)


def test_edits_to_different_things_are_merged_without_a_question(
        qtbot: Any, window: Any, answers: Any, workspace: Any, db_url: str) -> None:
    """Each time another window had saved, any edit here asked "keep mine or load
    theirs?", and either answer put one side's edits out of the draft (into a version
    at best)."""
    from slaworkshop.ui.conflict_dialog import MERGED

    _facilitator_elsewhere(workspace, window.agreement_id)
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: window.document.content.facilitator == "Someone else",
                    timeout=5000)
    assert window.document.content.terms[0].notes == "Mine."
    wait_saved(qtbot, window)
    draft = reread(db_url, window.agreement_id).content
    assert (draft.facilitator, draft.terms[0].notes) == ("Someone else", "Mine.")
    assert answers.kinds() == []  # nothing asked
    assert workspace.agreements.history(window.agreement_id) == []  # nothing kept aside
    assert window.statusBar().currentMessage() == MERGED
    # Undo starts again: a step from before would take the other window's edit back
    assert not window.window_actions.undo.isEnabled()


def test_save_version_merges_edits_to_different_things_first(
        qtbot: Any, window: Any, answers: Any, workspace: Any) -> None:
    _facilitator_elsewhere(workspace, window.agreement_id)
    window.document.edit("Note", lambda data: data["terms"][0].update(notes="Mine"))
    answers.add("text", "after the summit")
    window.window_actions.save_version.trigger()  # its flush meets the conflict
    assert "conflict" not in answers.kinds()
    history = workspace.agreements.history(window.agreement_id)
    assert [v.label for v in history] == ["after the summit"]
    content = workspace.agreements.content(window.agreement_id, history[0].number)
    assert (content.facilitator, content.terms[0].notes) == ("Someone else", "Mine")


def test_a_cell_left_open_long_after_the_conflict_is_closed_and_merged(
        qtbot: Any, window: Any, answers: Any, workspace: Any, monkeypatch: Any) -> None:
    """The merge waits for an open cell to close. Left open, it was asked about after a
    while, "keep mine or load theirs?", for edits that did not overlap (tryout): the
    cell is now closed with what it holds, as the question would close it, and merged."""
    from test_ui_open_cell_editor import type_in_cell

    from slaworkshop.ui import conflict_dialog

    monkeypatch.setattr(conflict_dialog, "CELL_WAIT_MS", 2500)
    _facilitator_elsewhere(workspace, window.agreement_id)
    type_in_cell(qtbot, window, "stakeholders", 0, "role", "Head of")
    qtbot.waitUntil(lambda: window.autosaver.paused, timeout=5000)  # its typing's write
    qtbot.waitUntil(lambda: window.document.content.facilitator == "Someone else",
                    timeout=6000)
    wait_saved(qtbot, window)
    draft = workspace.agreements.draft(window.agreement_id).content
    assert (draft.stakeholders[0].role, draft.facilitator) == ("Head of", "Someone else")
    assert "conflict" not in answers.kinds()


def test_a_cell_left_open_over_an_overlapping_change_is_asked_about(
        qtbot: Any, window: Any, answers: Any, workspace: Any, monkeypatch: Any) -> None:
    from test_ui_open_cell_editor import type_in_cell

    from slaworkshop.ui import conflict_dialog

    monkeypatch.setattr(conflict_dialog, "CELL_WAIT_MS", 2500)
    other = workspace.agreements.draft(window.agreement_id)
    people = list(other.content.stakeholders)
    people[0] = people[0].model_copy(update={"role": "Theirs"})
    workspace.agreements.update_draft(window.agreement_id, other.content.model_copy(
        update={"stakeholders": people}), other.revision)
    type_in_cell(qtbot, window, "stakeholders", 0, "role", "Head of")
    qtbot.waitUntil(lambda: window.autosaver.paused, timeout=5000)
    answers.add("conflict", KEEP_MINE)
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=6000)
    assert workspace.agreements.draft(window.agreement_id).content.stakeholders[0].role == \
        "Head of"


def test_edits_load_theirs_put_one_undo_away_are_not_merged_away(
        qtbot: Any, window: Any, answers: Any, workspace: Any) -> None:
    """After "Load theirs", this window's edits are one Undo away; a later merge started
    the undo history again and they were gone (review). Such a window asks instead."""
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", LOAD_THEIRS)
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    assert window.document.content.terms[0].notes == "Theirs."
    _facilitator_elsewhere(workspace, window.agreement_id)  # another save, other things
    answers.add("conflict", "later")
    window.document.edit("Org", lambda data: data.update(organization="Mine Org"))
    qtbot.waitUntil(lambda: answers.kinds().count("conflict") == 2, timeout=3000)
    assert window.autosaver.paused  # asked, not merged
    undo = window.document.undo_stack
    undo.undo()  # the organization
    undo.undo()  # the load
    assert window.document.content.terms[0].notes == "Mine."  # still there to undo to
    answers.add("conflict", KEEP_MINE)  # as the window closes


class _BusyElsewhere:
    """The service, with another machine saving another field just before each write."""

    def __init__(self, real: Any, times: int) -> None:
        self.real, self.times = real, times

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def update_draft(self, agreement_id: str, content: Any, revision: int) -> Any:
        if self.times:
            self.times -= 1
            other = self.real.draft(agreement_id)
            self.real.update_draft(agreement_id, other.content.model_copy(
                update={"facilitator": f"Elsewhere {self.times}"}), other.revision)
        return self.real.update_draft(agreement_id, content, revision)


@pytest.mark.parametrize("times", [2, 3, 5])  # 5: past a flush's rounds, then settled
def test_save_version_writes_the_window_s_edits_however_often_it_is_merged(
        qtbot: Any, window: Any, answers: Any, workspace: Any, times: int) -> None:
    """A third conflict in a row left the merged edits unwritten but "not paused", and
    Save version froze the draft without them (review)."""
    window.activateWindow()
    window.go_to_section("workshop")
    busy = _BusyElsewhere(workspace.agreements, times)
    window.autosaver._service = lambda: busy
    window.document.edit("Note", lambda data: data["terms"][0].update(notes="Mine"))
    answers.add("text", "v")
    window.window_actions.save_version.trigger()
    assert "conflict" not in answers.kinds()  # every time merged, never asked
    [version] = workspace.agreements.history(window.agreement_id)
    assert workspace.agreements.content(window.agreement_id, version.number) \
        .terms[0].notes == "Mine"


def test_the_draft_to_merge_with_is_read_off_the_window_s_thread(
        qtbot: Any, window: Any, workspace: Any, monkeypatch: Any) -> None:
    """The merge read the other draft on the window's thread: a slow server froze the
    window at each conflict (review)."""
    import threading

    service = workspace.agreements
    real = service.draft
    readers: list[bool] = []

    def draft(agreement_id: str) -> Any:
        readers.append(threading.current_thread() is threading.main_thread())
        return real(agreement_id)

    _facilitator_elsewhere(workspace, window.agreement_id)
    monkeypatch.setattr(service, "draft", draft)
    window.document.edit("Retitle", lambda data: data.update(title="Mine"))
    qtbot.waitUntil(lambda: window.document.content.facilitator == "Someone else",
                    timeout=5000)
    wait_saved(qtbot, window)
    assert readers and not any(readers)


def test_the_conflict_details_show_fourteen_lines(qtbot: Any) -> None:
    """Qt's details area showed about four lines of what differs (tryout)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTextEdit

    from slaworkshop.ui import prompts
    from slaworkshop.ui.conflict_dialog import ask_conflict

    detail = "\n".join(f"Terms: “Term {n}” changed" for n in range(30))
    seen: list[tuple[int, int, str]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        show = next(b for b in box.findChildren(QPushButton) if "Details" in b.text())
        show.click()  # Qt's own "Show Details…" button
        QApplication.processEvents()
        details = box.findChild(QTextEdit)
        assert details is not None
        lines = details.viewport().height() // details.fontMetrics().lineSpacing()
        seen.append((lines, details.isVisible(), details.toPlainText()))
        box.reject()

    previous = prompts.set_responder(None)
    try:
        QTimer.singleShot(100, look)
        ask_conflict(None, detail)
    finally:
        prompts.set_responder(previous)
    lines, visible, text = seen[0]
    assert visible and text == detail
    assert lines >= 13  # fourteen, less what the frame takes of one
