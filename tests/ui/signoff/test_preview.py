"""The PDF preview on the Review page renders in the background and shows errors."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
from typing import Any

import pytest
from pypdf import PdfReader
from signoff_helpers import EXAMPLE, RENDER_TIMEOUT_MS, go_to_review, open_window

from slaworkshop.ui.signoff.pdf_preview import DRAFT


def test_preview_renders_off_the_ui_thread_with_progress(qtbot: Any, workspace: Any,
                                                          northwind: str) -> None:
    window = open_window(qtbot, workspace, northwind)
    preview = window.signoff.preview
    progress: list[tuple[float, str]] = []
    preview.renderer.progress.connect(lambda f, m: progress.append((f, m)))
    with qtbot.waitSignal(preview.renderer.outcome, timeout=RENDER_TIMEOUT_MS) as blocker:
        go_to_review(qtbot, window)
    outcome = blocker.args[0]
    assert outcome.error is None
    assert outcome.thread_id != threading.get_ident()
    assert progress and progress[-1][0] == 1.0
    assert any("Laying out" in message for _f, message in progress)
    qtbot.waitUntil(lambda: preview.pdf.pageCount() > 0, timeout=5000)
    assert preview.source() == DRAFT
    assert preview.choice.currentText() == "Draft (as typed)"
    assert "page" in preview.message.text()
    assert not preview.error.isVisible()
    assert not preview.progress.isVisible()


def test_the_draft_preview_follows_edits_after_a_pause(qtbot: Any, workspace: Any,
                                                        northwind: str) -> None:
    window = open_window(qtbot, workspace, northwind)
    preview = window.signoff.preview
    with qtbot.waitSignal(preview.renderer.outcome, timeout=RENDER_TIMEOUT_MS):
        go_to_review(qtbot, window)
    content = window.document.content
    window.document.replace(content.model_copy(update={"title": "Renamed in the workshop"}),
                            "Edit title")
    assert not preview.renderer.busy  # debounced: nothing starts while people type
    with qtbot.waitSignal(preview.renderer.outcome, timeout=RENDER_TIMEOUT_MS) as blocker:
        pass
    text = PdfReader(io.BytesIO(blocker.args[0].pdf)).pages[0].extract_text()
    assert "Renamed in the workshop" in text


def test_a_newer_request_replaces_a_running_render(qtbot: Any, workspace: Any,
                                                    northwind: str) -> None:
    window = open_window(qtbot, workspace, northwind)
    preview = window.signoff.preview
    go_to_review(qtbot, window)
    outcomes: list[Any] = []
    preview.renderer.outcome.connect(outcomes.append)
    preview.render_now()
    preview.render_now()
    preview.render_now()
    qtbot.waitUntil(lambda: bool(outcomes) and not preview.renderer.busy,
                    timeout=RENDER_TIMEOUT_MS)
    qtbot.wait(200)
    assert len(outcomes) == 1  # the stale ones were dropped, only the newest reported


def test_a_failed_render_is_shown_in_the_panel(qtbot: Any, workspace: Any, northwind: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import slaworkshop.export.pdf as pdf_package

    def broken(_request: object) -> bytes:
        raise ValueError("the font cache is unreadable")

    monkeypatch.setattr(pdf_package, "render_pdf", broken)
    window = open_window(qtbot, workspace, northwind)
    preview = window.signoff.preview
    with qtbot.waitSignal(preview.renderer.finished, timeout=RENDER_TIMEOUT_MS):
        go_to_review(qtbot, window)
    assert preview.error.isVisible()
    assert "the font cache is unreadable" in preview.error.text()


def test_edits_on_other_pages_wait_until_the_preview_is_shown(qtbot: Any, workspace: Any,
                                                              northwind: str) -> None:
    window = open_window(qtbot, workspace, northwind)
    preview = window.signoff.preview
    with qtbot.waitSignal(preview.renderer.outcome, timeout=RENDER_TIMEOUT_MS):
        go_to_review(qtbot, window)
    window.go_to_section("terms")
    outcomes: list[Any] = []
    preview.renderer.outcome.connect(outcomes.append)
    content = window.document.content
    window.document.replace(content.model_copy(update={"title": "Typed on another page"}), "t")
    qtbot.wait(2000)  # longer than the debounce: still nothing competes with typing
    assert not outcomes and not preview.renderer.busy
    with qtbot.waitSignal(preview.renderer.outcome, timeout=RENDER_TIMEOUT_MS):
        go_to_review(qtbot, window)


def test_opening_a_window_does_not_import_weasyprint(tmp_path: Any) -> None:
    script = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["SLAWORKSHOP_SETTINGS"] = {str(tmp_path / "s.ini")!r}
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from slaworkshop.export.config_file import read_config_file
from slaworkshop.ui.agreement_window import AgreementWindow
from slaworkshop.ui.workspace import Workspace
ws = Workspace.open("sqlite:///{tmp_path}/w.db")
agreement = ws.agreements.import_file(read_config_file(Path({str(EXAMPLE)!r})))
window = AgreementWindow(ws, ws.agreements.draft(agreement))
window.show()
app.processEvents()
assert hasattr(window, "signoff"), "the sign-off extension is not installed"
print("weasyprint" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_quitting_stops_a_running_render_before_the_store_closes(qtbot: Any) -> None:
    """run_gui stops renders before it disposes the store: a worker still reading the
    store or inside WeasyPrint when Python shuts down is killed mid-call."""
    import shiboken6

    from slaworkshop.ui.signoff import render_worker

    closed_window = render_worker.PdfRenderer()
    shiboken6.delete(closed_window)  # its window is gone; Python still holds the wrapper
    renderer = render_worker.PdfRenderer()
    in_build, release, finished = threading.Event(), threading.Event(), []
    renderer.finished.connect(lambda pdf, error: finished.append((pdf, error)))

    def slow_build(progress: Any) -> Any:
        in_build.set()
        release.wait(10)
        progress(0.5, "Reading the store")  # the checkpoint where a cancelled job stops
        raise AssertionError("a cancelled render went on past its checkpoint")

    renderer.render(slow_build)
    assert in_build.wait(10)
    assert not render_worker.stop_all(msecs=100)  # still in the builder: not stopped yet
    threading.Timer(0.2, release.set).start()
    assert render_worker.stop_all(msecs=10_000)
    assert renderer._pool.activeThreadCount() == 0
    qtbot.wait(50)
    assert finished == []  # the cancelled render reports nothing


def test_run_gui_stops_renders_before_it_disposes_the_store(
        qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from slaworkshop.ui import app, crash_handler, start_window
    from slaworkshop.ui.signoff import render_worker

    calls: list[str] = []

    class Workspace:
        def open_soon(self) -> None:
            calls.append("open the store soon")

        def close(self) -> None:
            calls.append("dispose the store")

    monkeypatch.setattr(app, "open_workspace", lambda url: Workspace())
    monkeypatch.setattr(start_window, "StartWindow", lambda workspace: QWidget())
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(render_worker, "stop_all", lambda: calls.append("stop renders") or True)
    monkeypatch.setattr(crash_handler, "install", lambda: None)
    assert app.run_gui("sqlite://") == 0
    assert calls == ["open the store soon", "stop renders", "dispose the store"]


def test_the_preview_state_reads_on_one_line_at_1024x768(qtbot: Any, workspace: Any,
                                                         northwind: str) -> None:
    """Squeezed between the controls it wrapped to "Draft (as / typed): 10 / pages"
    (tryout, readiness panel shown)."""
    from ui_helpers import projector_size

    window = open_window(qtbot, workspace, northwind)
    window.readiness.show()
    projector_size(qtbot, window, 1024, 768)
    preview = window.signoff.preview
    with qtbot.waitSignal(preview.renderer.outcome, timeout=RENDER_TIMEOUT_MS):
        go_to_review(qtbot, window)
    qtbot.waitUntil(lambda: "page" in preview.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: preview.message.height() > 0)
    line = preview.message.fontMetrics().lineSpacing()
    assert preview.message.height() < 2 * line, preview.message.text()
