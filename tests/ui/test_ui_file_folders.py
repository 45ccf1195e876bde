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
    assert documents_folder() == (documents if documents and Path(documents).is_dir()
                                  else str(Path.home()))
    exports = tmp_path / "exports"
    exports.mkdir()
    answers.add("save_file", str(exports / "agreement.yaml"))
    prompts.choose_save_file(None, "Export", "agreement.yaml", "Config (*.yaml)")
    assert answers.asked[-1][1]["folder"] == documents_folder()
    answers.add("open_file", None)
    prompts.choose_open_file(None, "Open", "Config (*.yaml)")
    assert answers.asked[-1][1]["folder"] == str(exports.resolve())  # same kind: remembered
    answers.add("save_file", None)
    prompts.choose_save_file(None, "Export PDF", "a.pdf", "PDF (*.pdf)", kind="export")
    assert answers.asked[-1][1]["folder"] == documents_folder()  # another kind: its own


def test_exports_share_their_folder_a_config_lands_beside_the_pdf(
        qtbot: Any, tmp_path: Path, answers: Any, workspace: Any, northwind: str) -> None:
    from ui_helpers import open_window

    window = open_window(qtbot, workspace, northwind)
    exports = tmp_path / "board pack"
    exports.mkdir()
    answers.add("save_file", str(exports / "agreement.pdf"))
    window.window_actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: (exports / "agreement.pdf").exists(), timeout=60000)
    answers.add("save_file", None)
    window.window_actions.export_config.trigger()
    assert answers.details("save_file")[-1]["folder"] == str(exports.resolve())


def test_no_documents_folder_means_the_home_folder(
        tmp_path: Path, monkeypatch: Any) -> None:
    """A dialog given a Documents folder that does not exist opened in the working
    directory (a checkout of the source, in the tryout)."""
    from slaworkshop.ui import file_folders

    class NoDocuments:
        StandardLocation = QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(_where: Any) -> str:  # noqa: N802 (Qt's name)
            return str(tmp_path / "Documents")  # what Qt answers when it is missing

    monkeypatch.setattr(file_folders, "QStandardPaths", NoDocuments)
    assert documents_folder() == str(Path.home())
    (tmp_path / "Documents").mkdir()
    assert documents_folder() == str(tmp_path / "Documents")


def test_a_folder_that_is_gone_falls_back_to_documents(tmp_path: Path, answers: Any) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    answers.add("save_file", str(gone / "x.pdf"), None)
    prompts.choose_save_file(None, "Export PDF", "x.pdf", "PDF (*.pdf)", kind="pdf")
    gone.rmdir()
    prompts.choose_save_file(None, "Export PDF", "x.pdf", "PDF (*.pdf)", kind="pdf")
    assert answers.asked[-1][1]["folder"] == documents_folder()


def test_the_pdf_folder_of_an_earlier_release_stands_in_for_exports(
        tmp_path: Path, answers: Any) -> None:
    from slaworkshop.ui.settings import app_settings

    app_settings().setValue("file_dialogs/pdf/folder", str(tmp_path))
    answers.add("save_file", None)
    prompts.choose_save_file(None, "Export PDF", "a.pdf", "PDF (*.pdf)", kind="export")
    assert answers.asked[-1][1]["folder"] == str(tmp_path)


def test_the_first_config_to_read_is_looked_for_where_exports_went(tmp_path: Path,
                                                                    answers: Any) -> None:
    """Exported to a folder, then New from config file: the dialog opened in the home
    folder (tryout)."""
    exports = tmp_path / "exports"
    exports.mkdir()
    answers.add("save_file", str(exports / "agreement.pdf"))
    prompts.choose_save_file(None, "Export PDF", "agreement.pdf", "PDF (*.pdf)", kind="export")
    answers.add("open_file", None)
    prompts.choose_open_file(None, "New agreement from a config file", "Config (*.yaml)")
    assert answers.asked[-1][1]["folder"] == str(exports.resolve())
    elsewhere = tmp_path / "configs"
    elsewhere.mkdir()
    answers.add("open_file", str(elsewhere / "a.yaml"))
    prompts.choose_open_file(None, "New agreement from a config file", "Config (*.yaml)")
    answers.add("open_file", None)
    prompts.choose_open_file(None, "New agreement from a config file", "Config (*.yaml)")
    assert answers.asked[-1][1]["folder"] == str(elsewhere.resolve())  # its own, once chosen
