"""Export PDF and config from the window: where the user chooses, atomically."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from signoff_helpers import RENDER_TIMEOUT_MS, draw_stroke, go_to_review, open_window

from slaworkshop.export.pdf import config_bytes_for
from slaworkshop.export.verify import verify_bytes


def _sign_with_drawing(qtbot: Any, window: Any, key: str, name: str) -> None:
    go_to_review(qtbot, window)
    panel = window.signoff.signatories
    qtbot.mouseClick(panel.sign_buttons[key], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    qtbot.keyClicks(dialog.name, name)
    dialog.agree.click()
    draw_stroke(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


def test_export_pdf_and_config_of_the_signed_version(qtbot: Any, workspace: Any, ready_id: str,
                                                      tmp_path: Path, answers: Any) -> None:
    workspace.agreements.save_version(ready_id, "for the board")
    workspace.signoff.propose(ready_id)
    workspace.signoff.sign(ready_id, "jordan")
    workspace.signoff.sign(ready_id, "sam")
    window = open_window(qtbot, workspace, ready_id)
    _sign_with_drawing(qtbot, window, "priya", "Priya Natarajan")
    [signature] = [s for s in workspace.agreements.version(ready_id, 1).signatures
                   if s.stakeholder == "priya"]
    drawn = QImage.fromData(signature.drawing_png)

    pdf_path = tmp_path / "out" / "agreement.pdf"
    pdf_path.parent.mkdir()
    answers.add("save_file", str(pdf_path))
    export = window.signoff.export
    with qtbot.waitSignal(export.exported, timeout=RENDER_TIMEOUT_MS):
        window.window_actions.export_pdf.trigger()
    assert [d["title"] for d in answers.details("save_file")] == ["Export version 1 as PDF"]
    data = pdf_path.read_bytes()
    report = verify_bytes(data, pdf_path.name)
    assert report.ok, report.findings
    assert [p.name for p in pdf_path.parent.iterdir()] == ["agreement.pdf"]  # no temp left
    reader = PdfReader(io.BytesIO(data))
    signature_pages = [page for page in reader.pages
                       if "The signatures cover the content" in (page.extract_text() or "")]
    assert len(signature_pages) == 1
    sizes = {(image.image.width, image.image.height)
             for page in signature_pages for image in page.images}
    assert (drawn.width(), drawn.height()) in sizes

    config_path = tmp_path / "out" / "agreement.json"
    answers.add("save_file", str(config_path))
    window.window_actions.export_config.trigger()
    document = workspace.agreements.file(ready_id, 1)
    assert document.version is not None and document.version.status == "signed"
    assert config_path.read_bytes() == config_bytes_for(document)


def test_export_of_an_unsaved_agreement_is_the_draft(qtbot: Any, workspace: Any, northwind: str,
                                                      tmp_path: Path, answers: Any) -> None:
    window = open_window(qtbot, workspace, northwind)
    config_path = tmp_path / "draft.yaml"
    answers.add("save_file", str(config_path))
    window.window_actions.export_config.trigger()
    asked = answers.details("save_file")[0]
    assert asked["title"] == "Export the draft as a config file"
    assert asked["suggested"] == "Northwind Clinical Supply agreement draft.yaml"
    text = config_path.read_text(encoding="utf-8")
    assert "status: draft" in text and "format: slaworkshop/agreement" in text


def test_export_into_a_missing_folder_says_so(qtbot: Any, workspace: Any, northwind: str,
                                              tmp_path: Path, answers: Any) -> None:
    window = open_window(qtbot, workspace, northwind)
    target = tmp_path / "gone" / "agreement.pdf"
    answers.add("save_file", str(target))
    answers.add("inform", None)
    with qtbot.waitSignal(window.signoff.export.failed, timeout=RENDER_TIMEOUT_MS):
        window.window_actions.export_pdf.trigger()
    [shown] = answers.details("inform")
    assert shown["title"] == "Not exported" and shown["warning"]
    assert "does not exist" in shown["text"]
    assert not target.parent.exists()


def test_export_onto_a_folder_says_so(qtbot: Any, workspace: Any, northwind: str,
                                      tmp_path: Path, answers: Any) -> None:
    window = open_window(qtbot, workspace, northwind)
    answers.add("save_file", str(tmp_path))
    answers.add("inform", None)
    window.window_actions.export_config.trigger()
    [shown] = answers.details("inform")
    assert "is a folder" in shown["text"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_export_onto_the_database_is_refused_before_rendering(
        qtbot: Any, workspace: Any, northwind: str, tmp_path: Path, answers: Any) -> None:
    """Was: the PDF replaced the database file by rename."""
    window = open_window(qtbot, workspace, northwind)
    database = tmp_path / "t.db"
    workspace.store.dispose()  # closing checkpoints the WAL: the file holds it all
    before = database.read_bytes()
    for action in (window.window_actions.export_pdf, window.window_actions.export_config):
        answers.add("save_file", str(database))
        answers.add("inform", None)
        with qtbot.waitSignal(window.signoff.export.failed, timeout=RENDER_TIMEOUT_MS):
            action.trigger()
    assert [shown["text"] for shown in answers.details("inform")] == [
        f"Nothing was written to {database}: that is the database in use; choose another"
        " file name."] * 2
    assert database.read_bytes() == before
    assert not window.signoff.export.renderer.busy
