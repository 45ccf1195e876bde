"""A file dialog shown on the database's folder leaves the database's locks alone, so
what the window saves afterwards still reaches other programs (ui/file_dialogs.py).

Qt's own dialog opened ``t.db-wal`` and ``t.db-shm`` to guess their type; closing them
dropped SQLite's locks, the next program to close the database deleted its log, and
every later autosave said "Saved" while reaching no one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from ui_helpers import wait_saved

from slaworkshop.ui.file_dialogs import NATIVE_IS_SAFE, _dialog

pytestmark = pytest.mark.skipif(NATIVE_IS_SAFE, reason="POSIX locks: not on Windows")


def _cli(db_url: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "slaworkshop", *args, "--db", db_url],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _type_notes(qtbot: Any, window: Any, text: str) -> None:
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    notes = editor.form.widgets["notes"].widget
    notes.selectAll()
    qtbot.keyClicks(notes, text)
    editor.form.commit_pending()
    wait_saved(qtbot, window)


def _browse(qtbot: Any, dialog: QFileDialog, folder: Path) -> None:
    """Show ``dialog`` on ``folder`` until it has told the type of every file there."""
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    from PySide6.QtWidgets import QFileSystemModel

    model = dialog.findChild(QFileSystemModel)
    names = ["t.db", "t.db-wal", "t.db-shm"]
    assert all((folder / name).exists() for name in names)  # the store runs in WAL mode

    def typed() -> bool:
        indexes = [model.index(str(folder / name)) for name in names]
        return all(model.type(index) for index in indexes)

    qtbot.waitUntil(typed, timeout=10000)
    qtbot.wait(100)
    dialog.close()


def test_edits_after_a_file_dialog_still_reach_other_programs(
        qtbot: Any, window: Any, db_url: str, tmp_path: Path) -> None:
    _type_notes(qtbot, window, "First, before the dialog.")
    _browse(qtbot, _dialog(window, "Export PDF", str(tmp_path), "All files (*)"), tmp_path)
    _cli(db_url, "list")  # another program opens the database and closes it

    _type_notes(qtbot, window, "Second, after the dialog.")
    out = tmp_path / "draft.json"
    _cli(db_url, "export", window.agreement_id, "--version", "draft", "--config", str(out))
    terms = json.loads(out.read_text(encoding="utf-8"))["content"]["terms"]
    assert terms[0]["notes"] == "Second, after the dialog."


def test_a_name_typed_without_its_ending_is_saved_with_the_filter_s(
        qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    from slaworkshop.ui.file_dialogs import save_file_name

    def type_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText("board pack")
        dialog.accept()

    QTimer.singleShot(200, type_and_save)
    chosen = save_file_name(None, "Export PDF", str(tmp_path / "agreement.pdf"), "PDF (*.pdf)")
    assert chosen == str(tmp_path / "board pack.pdf")



def test_the_dialog_opens_roomy_and_then_at_the_size_last_given(
        qtbot: Any, tmp_path: Path) -> None:
    """It opened at 632×412, its columns cut to "12....KiB" and "YAM...ent" (tryout)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from slaworkshop.ui.file_dialogs import ROOMY

    screen = QGuiApplication.primaryScreen().availableGeometry().size()
    dialog = _dialog(None, "Export PDF", str(tmp_path), "PDF (*.pdf)")
    assert dialog.size() == ROOMY.boundedTo(screen - QSize(16, 40))
    assert dialog.width() > 632 and dialog.height() > 412
    dialog.show()
    dialog.resize(700, 500)
    dialog.reject()
    again = _dialog(None, "Export PDF", str(tmp_path), "PDF (*.pdf)")
    assert again.size() == QSize(700, 500)
    again.deleteLater()

