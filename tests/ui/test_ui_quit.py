"""File ▸ Quit (Ctrl+Q) in the agreement window closes everything safely."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from test_ui_autosave_conflict import bump_elsewhere, rename_first_term
from ui_helpers import reread

from slaworkshop.ui.conflict_dialog import KEEP_MINE


def test_quit_is_in_the_file_menu_with_the_platform_shortcut(window: Any) -> None:
    quit_action = window.window_actions.quit
    standard = QKeySequence(QKeySequence.StandardKey.Quit)  # empty on some platforms
    assert standard.isEmpty() or standard in quit_action.shortcuts()
    assert "Ctrl+Q" in [k.toString() for k in quit_action.shortcuts()]
    file_menu = window.menuBar().actions()[0].menu()
    assert quit_action in file_menu.actions()


def test_quit_writes_what_was_typed_and_closes(qtbot: Any, window: Any, db_url: str) -> None:
    window.show()
    rename_first_term(window, qtbot, "Typed just before quitting.")
    window.window_actions.quit.trigger()  # well within the autosave delay
    assert not window.isVisible()
    assert reread(db_url, window.agreement_id).content.terms[0].notes == (
        "Typed just before quitting.")


def test_quit_with_an_open_conflict_asks_and_may_stay(qtbot: Any, window: Any, answers: Any,
                                                     workspace: Any, db_url: str) -> None:
    window.show()
    bump_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", "later")
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    answers.add("conflict", "later")
    window.window_actions.quit.trigger()
    assert window.isVisible()  # decided later: nothing closes, nothing is lost
    answers.add("conflict", KEEP_MINE)
    window.window_actions.quit.trigger()
    assert not window.isVisible()
    assert reread(db_url, window.agreement_id).content.terms[0].notes == "Mine."
