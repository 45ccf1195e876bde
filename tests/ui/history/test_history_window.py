"""History on its own: the versions with number, status, label, time, author and
signatures; the read-only viewer; opening by keyboard; hostile text stays text."""

from __future__ import annotations

from typing import Any

from history_scenario import HOSTILE, edit_draft
from PySide6.QtCore import Qt

from slaworkshop.ui.agreement_list_model import StatusRole
from slaworkshop.ui.history.history_window import HistoryWindow
from slaworkshop.ui.history.version_list_model import (
    AUTHOR,
    LABEL,
    NUMBER,
    SAVED,
    SIGNATURES,
    STATUS,
    local_time,
)


def open_history(qtbot: Any, workspace: Any, agreement_id: str) -> HistoryWindow:
    history = HistoryWindow(workspace, agreement_id)
    history.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(history)
    history.show()
    qtbot.waitExposed(history)
    return history


def cell(history: HistoryWindow, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole
         ) -> Any:
    return history.table.model().index(row, column).data(role)


def test_lists_every_version_newest_first(qtbot: Any, workspace: Any, agreement: str) -> None:
    history = open_history(qtbot, workspace, agreement)
    rows = history.table.model().rowCount()
    assert rows == 2
    assert [cell(history, r, NUMBER) for r in range(rows)] == ["2", "1"]
    assert [cell(history, r, STATUS) for r in range(rows)] == ["proposed", "signed"]
    assert [cell(history, r, STATUS, StatusRole) for r in range(rows)] == ["proposed", "signed"]
    assert [cell(history, r, LABEL) for r in range(rows)] == ["after Q4 summit", "after Q2 summit"]
    records = {r.number: r for r in workspace.agreements.history(agreement)}
    assert cell(history, 1, SAVED) == local_time(records[1].created_at)
    assert cell(history, 1, AUTHOR) == records[1].author
    signed_by_all = cell(history, 1, SIGNATURES)
    for name in ("Priya Natarajan", "Jordan Okafor", "Sam Whitfield"):
        assert name in signed_by_all
    assert local_time(records[1].signatures[0].signed_at) in signed_by_all
    # each name isolated: after an Arabic name the time was drawn right to left (tryout)
    assert cell(history, 0, SIGNATURES).startswith("\u2068Priya Natarajan\u2069 (")
    assert "Jordan" not in cell(history, 0, SIGNATURES)
    assert history.windowTitle().endswith("2 versions")


def test_details_name_who_signed_with_role(qtbot: Any, workspace: Any, agreement: str) -> None:
    history = open_history(qtbot, workspace, agreement)
    history.select_numbers([1])
    details = history.details.toPlainText()
    assert "Version 1 — after Q2 summit" in details
    assert "Jordan Okafor" in details and "VP Sales" in details
    assert history.restore_action.isEnabled() and history.open_action.isEnabled()
    history.select_numbers([1, 2])
    assert not history.restore_action.isEnabled()
    assert history.compare_action.isEnabled()
    assert history.details.toPlainText().strip() == (
        "2 versions selected. Press Compare (Ctrl+Shift+C) to see what changed between them.")
    history.select_numbers([])
    assert history.details.toPlainText().strip() == (
        "Select a version to see it, or two to compare them.")


def test_filter_finds_versions_by_signer(qtbot: Any, workspace: Any, agreement: str) -> None:
    history = open_history(qtbot, workspace, agreement)
    qtbot.keyClicks(history.filter, "jordan")
    assert history.table.model().rowCount() == 1
    assert cell(history, 0, NUMBER) == "1"


def test_a_signature_under_another_name_says_whom_it_is_for_and_is_found_by_it(
        qtbot: Any, workspace: Any, agreement: str) -> None:
    """The list showed "S. Whitfield-Jones" alone, and the filter did not find Sam
    Whitfield's signature by his name (tryout)."""
    workspace.signoff.sign(agreement, "sam", name="S. Whitfield-Jones")
    history = open_history(qtbot, workspace, agreement)
    qtbot.keyClicks(history.filter, "sam whitfield")
    # version 2 under another name, and version 1, which he signed under his own
    assert [cell(history, row, NUMBER) for row in range(2)] == ["2", "1"]
    assert history.table.model().rowCount() == 2
    shown = cell(history, 0, SIGNATURES).replace("\u2068", "").replace("\u2069", "")
    assert "S. Whitfield-Jones for Sam Whitfield (" in shown
    assert "Priya Natarajan (" in shown and "Priya Natarajan for" not in shown


def test_enter_opens_the_version_read_only(qtbot: Any, workspace: Any, agreement: str) -> None:
    history = open_history(qtbot, workspace, agreement)
    history.select_numbers([1])
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    assert len(history.viewers) == 1
    viewer = history.viewers[0]
    text = viewer.browser.toPlainText()
    assert viewer.browser.isReadOnly()
    assert "Version 1 — after Q2 summit" in text
    for heading in ("Workshop", "Business hours", "Terms", "Stages", "SLA windows",
                    "Rejection reasons", "Stakeholders", "Cadences"):
        assert f"\n{heading}" in text
    assert "Route to a rep" in text and "4 business hours" in text  # version 1's wording
    assert "No response after four attempts" in text  # removed only in version 2
    assert viewer.windowTitle().startswith("Version 1 (read-only)")
    assert viewer.browser.accessibleName() == "Content of version 1, read-only"


def test_hostile_text_is_shown_literally(qtbot: Any, workspace: Any, agreement: str) -> None:
    def rename(data: dict[str, Any]) -> None:
        data["terms"][0]["name"] = HOSTILE

    edit_draft(workspace, agreement, rename)
    workspace.agreements.save_version(agreement, HOSTILE)
    history = open_history(qtbot, workspace, agreement)
    assert cell(history, 0, LABEL) == HOSTILE
    assert HOSTILE in history.details.toPlainText()
    viewer = history.open_version(3)
    assert viewer is not None
    assert f"1. {HOSTILE} (lead)" in viewer.browser.toPlainText()
    assert "<img" not in viewer.browser.toHtml().replace("&lt;img", "")
    assert viewer.browser.refused == [] and history.details.refused == []


def test_a_draft_only_agreement_says_so(qtbot: Any, workspace: Any, northwind: str) -> None:
    history = open_history(qtbot, workspace, northwind)
    assert history.table.model().rowCount() == 0
    assert history.message.text().startswith("No version saved yet")
    assert not history.compare_action.isEnabled()


def test_activity_says_who_signed_what(qtbot: Any, workspace: Any, agreement: str) -> None:
    history = open_history(qtbot, workspace, agreement)
    assert history.activity_model.rowCount() == 0  # read only when the tab is shown
    history.tabs.setCurrentWidget(history.activity)
    model = history.activity.model()
    sentences = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert sentences[0] == "Priya Natarajan signed version 2"
    assert "Version 1 is signed by every signatory" in sentences
    assert "Jordan Okafor signed version 1" in sentences
    assert "Saved version 2 “after Q4 summit”" in sentences
    assert sentences[-1].startswith("Imported a config file")
    workspace.signoff.sign(agreement, "jordan")
    history.refresh()
    assert model.index(0, 2).data() == "Jordan Okafor signed version 2"
    # Under another name, whom for, as the PDF says (it said the typed name alone; tryout).
    workspace.signoff.sign(agreement, "sam", name="S. Whitfield-Jones")
    history.refresh()
    sentences = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert "S. Whitfield-Jones signed version 2 for Sam Whitfield" in sentences[:4]


def test_audit_sentences_for_withdrawn_and_restored() -> None:
    from datetime import UTC, datetime

    from slaworkshop.store.records import AuditEntry
    from slaworkshop.ui.history.audit_wording import describe

    def entry(action: str, number: int | None, **detail: object) -> AuditEntry:
        return AuditEntry(datetime.now(UTC), "dana", action, number, detail)

    assert describe(entry("returned_to_saved", 2, replaced_by=3,
                          withdrawn_signatures=[{"name": "A"}])) == \
        "Version 2 returned to saved: version 3 was proposed instead; 1 signature withdrawn"
    assert describe(entry("draft_from_version", None, from_version=1, kept_as_version=4)) == \
        "Started a new draft from version 1; the previous draft was saved as version 4"
    assert describe(entry("superseded", 1, superseded_by=2)) == "Version 1 superseded by version 2"
    assert describe(entry("something_new", 5)) == "Something new (version 5)"


def test_restore_refused_while_the_window_cannot_save(qtbot: Any, workspace: Any,
                                                      agreement: str, answers: Any) -> None:
    from slaworkshop.ui.history.draft_link import DraftLink

    before = workspace.agreements.draft(agreement)
    history = open_history(qtbot, workspace, agreement)
    history.link = DraftLink(flush=lambda: False, reload=lambda _step: None)
    history.select_numbers([1])
    answers.add("confirm", True)
    answers.add("inform", None)
    history.restore_action.trigger()
    assert answers.kinds() == ["confirm", "inform"]
    assert answers.asked[1][1]["title"] == "Draft not restored"
    assert workspace.agreements.draft(agreement).revision == before.revision


def test_opening_a_version_shows_the_wait_cursor_while_it_is_laid_out(
        qtbot: Any, workspace: Any, agreement: str, monkeypatch: Any) -> None:
    """Laying out a large version takes Qt a moment, and the window cannot answer
    meanwhile: the cursor says so, and is the user's own again afterwards."""
    from PySide6.QtWidgets import QApplication

    from slaworkshop.ui.history.safe_browser import SafeTextBrowser

    seen: list[object] = []
    original = SafeTextBrowser.setHtml

    def watching(self: SafeTextBrowser, html: str) -> None:
        cursor = QApplication.overrideCursor()
        seen.append(None if cursor is None else cursor.shape())
        original(self, html)

    history = open_history(qtbot, workspace, agreement)
    monkeypatch.setattr(SafeTextBrowser, "setHtml", watching)
    viewer = history.open_version(1)
    assert viewer is not None
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    seen.clear()
    history.compare(1, 2)
    assert seen and set(seen) == {Qt.CursorShape.WaitCursor}
    assert QApplication.overrideCursor() is None


def test_a_question_asked_under_the_wait_cursor_shows_the_arrow(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from slaworkshop.ui.busy import arrow_cursor, wait_cursor

    with arrow_cursor():
        assert QApplication.overrideCursor() is None  # nothing to undo when not busy
    with wait_cursor():
        with arrow_cursor():
            assert QApplication.overrideCursor().shape() == Qt.CursorShape.ArrowCursor
        assert QApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
    assert QApplication.overrideCursor() is None


def test_a_real_message_box_under_the_wait_cursor_has_the_arrow(qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from slaworkshop.ui import prompts
    from slaworkshop.ui.busy import wait_cursor

    seen: list[object] = []

    def look_and_close() -> None:
        box = QApplication.activeModalWidget()
        cursor = QApplication.overrideCursor()
        seen.append(None if cursor is None else cursor.shape())
        if box is not None:
            box.close()

    previous = prompts.set_responder(None)  # the real dialog, closed by the timer
    try:
        with wait_cursor():
            QTimer.singleShot(50, look_and_close)
            prompts.inform(None, "Cannot open the version", "It is not there.")
    finally:
        prompts.set_responder(previous)
    assert seen == [Qt.CursorShape.ArrowCursor]
    assert QApplication.overrideCursor() is None


def test_the_toolbar_answers_its_alt_keys_and_tab(qtbot: Any, workspace: Any,
                                                  agreement: str) -> None:
    """"&Open read-only" said Alt+O and Alt+O did nothing, and Tab never reached the
    toolbar (keyboard audit)."""
    from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

    history = open_history(qtbot, workspace, agreement)
    history.activateWindow()
    history.select_numbers([1])
    history.table.setFocus()
    qtbot.waitUntil(history.table.hasFocus)
    qtbot.keyClick(history.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(history.viewers) == 1)  # the button's press is shown first
    bar = history.findChild(QToolBar)
    # each button shows its Alt letter, as menus do
    assert [b.text() for b in (bar.widgetForAction(a) for a in bar.actions())
            if isinstance(b, QToolButton) and b.isVisible()] == [
                "&Open read-only", "&Compare with draft", "&Restore as draft…", "R&efresh"]
    history.select_numbers([1, 2])
    assert bar.widgetForAction(history.compare_action).text() == "&Compare"
    history.select_numbers([1])
    buttons = [bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator()]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    history.activateWindow()
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus)
    qtbot.keyClick(buttons[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is buttons[1]


def test_history_opens_with_the_focus_on_the_versions(qtbot: Any, workspace: Any,
                                                      agreement: str) -> None:
    from ui_helpers import open_window

    window = open_window(qtbot, workspace, agreement)
    window.activateWindow()
    window.window_actions.history.trigger()
    history = window.findChild(HistoryWindow)
    qtbot.waitUntil(lambda: history.table.hasFocus())


def test_details_say_whom_a_signature_under_another_name_is_for(
        qtbot: Any, workspace: Any, agreement: str) -> None:
    """The details said "S. Whitfield-Jones" alone; the PDF and the activity say whom
    for (tryout)."""
    workspace.signoff.sign(agreement, "sam", name="S. Whitfield-Jones")
    history = open_history(qtbot, workspace, agreement)
    history.select_numbers([2])
    lines = [line.strip() for line in history.details.toPlainText().splitlines()]
    assert "S. Whitfield-Jones" in lines
    assert lines[lines.index("S. Whitfield-Jones") + 1] == "for Sam Whitfield"
    assert "for Priya Natarajan" not in lines  # signed under her own name
    history.open_selected()
    viewer = history.viewers[-1]
    assert "for Sam Whitfield" in viewer.browser.toPlainText()
