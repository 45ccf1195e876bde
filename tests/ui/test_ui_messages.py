"""Errors of the services and the store, worded as clauses for the CLI ("error: …"),
are shown in the GUI as sentences; user text at the start of one is left as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from slaworkshop.cli.main import main as cli_main
from slaworkshop.ui.app import open_workspace
from slaworkshop.ui.sentences import as_sentence


def test_a_missing_database_folder_is_a_sentence_in_the_gui_and_a_clause_in_the_cli(
        tmp_path: Path, answers: Any, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path}/missing/agreements.db"
    answers.add("inform", None)
    assert open_workspace(url) is None
    [shown] = answers.details("inform")
    assert shown["title"] == "Cannot open the database" and shown["warning"]
    assert shown["text"].startswith(f"The folder {tmp_path}/missing does not exist")
    assert shown["text"].endswith("create the folder first.")
    assert not (tmp_path / "missing").exists()

    assert cli_main(["--db", url, "list"]) != 0
    printed = capsys.readouterr().err
    assert f"error: the folder {tmp_path}/missing does not exist" in printed
    assert printed.rstrip().endswith("create the folder first")


@pytest.mark.parametrize(("clause", "shown"), [
    ("version 2 is signed; only a saved version can be proposed",
     "Version 2 is signed; only a saved version can be proposed."),
    ("The draft cannot be written yet: busy.", "The draft cannot be written yet: busy."),
    ("is it? ", "Is it?"),
    ("", ""),
    # user text first: a quote, a path, a file name are kept as typed
    ("'zed' is not a stakeholder of version 1", "'zed' is not a stakeholder of version 1."),
    ("“acme” is taken", "“acme” is taken."),
    ("/tmp/db/x.sqlite does not exist or is not a file",
     "/tmp/db/x.sqlite does not exist or is not a file."),
    ("notes.db is not an SQLite database", "notes.db is not an SQLite database."),
    ("[Errno 13] Permission denied", "[Errno 13] Permission denied."),
    # a database URL is the user's too: "Sqlite:///…" would be a different URL
    ("sqlite:////tmp/x.db is not a slaworkshop database",
     "sqlite:////tmp/x.db is not a slaworkshop database."),
    ("postgresql://sla@db/sla was written by a newer release",
     "postgresql://sla@db/sla was written by a newer release."),
    ("note: it is", "Note: it is."),
])
def test_clauses_become_sentences(clause: str, shown: str) -> None:
    assert as_sentence(clause) == shown


def test_a_name_the_message_starts_with_keeps_its_case() -> None:
    clause = "priya n. (priya) has already signed version 1"
    assert as_sentence(clause, quoting=["priya n."]) == clause + "."
    assert as_sentence(clause, quoting=["someone else"]) == "P" + clause[1:] + "."


def test_a_question_answers_no_to_return_and_escape(qtbot: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The yes button had the focus: on "Sign under another name?" Return twice signed
    under the wrong name (keyboard audit). Every question here is about something hard
    to take back, so Cancel is what Return and Escape press."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from slaworkshop.ui import prompts

    previous = prompts.set_responder(None)
    try:
        for key in ("return", "escape"):
            seen: list[str] = []

            def press(key: str = key, seen: list[str] = seen) -> None:
                box = QApplication.activeModalWidget()
                assert isinstance(box, QMessageBox)
                seen.append(box.defaultButton().text())
                qtbot.keyClick(box, {"return": Qt.Key.Key_Return,
                                     "escape": Qt.Key.Key_Escape}[key])

            QTimer.singleShot(50, press)
            assert prompts.confirm(None, "Sign under another name?", "…",
                                   yes="Sign as typed") is False
            assert seen == ["Cancel"]
    finally:
        prompts.set_responder(previous)


def test_a_cautious_choice_answers_cancel_to_return(qtbot: Any) -> None:
    """Propose with unsaved changes offered "Save as a new version and propose it" to
    Return: Enter, a label, Enter proposed (tryout)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from slaworkshop.ui import prompts
    from slaworkshop.ui.signoff.choice_prompt import choose

    previous = prompts.set_responder(None)
    try:
        for cautious, expected in ((True, ["Cancel"]), (False, ["Open it"])):
            seen: list[str] = []

            def press(seen: list[str] = seen) -> None:
                box = QApplication.activeModalWidget()
                assert isinstance(box, QMessageBox)
                seen.append(box.defaultButton().text())
                qtbot.keyClick(box, Qt.Key.Key_Escape)

            QTimer.singleShot(50, press)
            assert choose(None, "Q", "…", ["Open it", "Import again"], cautious=cautious) is None
            assert seen == expected
    finally:
        prompts.set_responder(previous)
