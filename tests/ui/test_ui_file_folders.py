"""File dialogs start in Documents, then where that kind of file was last chosen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from slaworkshop.ui import prompts
from slaworkshop.ui.file_folders import documents_folder


def test_first_dialog_opens_in_documents_then_remembers_per_kind(tmp_path: Path,
                                                                 answers: Any) -> None:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    assert documents_folder() == (documents or str(Path.home()))
    exports = tmp_path / "exports"
    exports.mkdir()
    answers.add("save_file", str(exports / "agreement.yaml"))
    prompts.choose_save_file(None, "Export", "agreement.yaml", "Config (*.yaml)")
    assert answers.asked[-1][1]["folder"] == documents_folder()
    answers.add("open_file", None)
    prompts.choose_open_file(None, "Open", "Config (*.yaml)")
    assert answers.asked[-1][1]["folder"] == str(exports.resolve())  # same kind: remembered
    answers.add("save_file", None)
    prompts.choose_save_file(None, "Export PDF", "a.pdf", "PDF (*.pdf)", kind="pdf")
    assert answers.asked[-1][1]["folder"] == documents_folder()  # another kind: its own


def test_a_folder_that_is_gone_falls_back_to_documents(tmp_path: Path, answers: Any) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    answers.add("save_file", str(gone / "x.pdf"), None)
    prompts.choose_save_file(None, "Export PDF", "x.pdf", "PDF (*.pdf)", kind="pdf")
    gone.rmdir()
    prompts.choose_save_file(None, "Export PDF", "x.pdf", "PDF (*.pdf)", kind="pdf")
    assert answers.asked[-1][1]["folder"] == documents_folder()
