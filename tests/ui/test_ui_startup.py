"""A window opens fast: pages are built on their first visit, History, Compare and the
sign-off panels load on first use; what the user sees does not depend on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from slaworkshop.ui.agreement_window import AgreementWindow
from slaworkshop.ui.workspace import Workspace
workspace = Workspace.open(sys.argv[1])
agreement_id = workspace.agreements.list()[0].id
window = AgreementWindow(workspace, workspace.agreements.draft(agreement_id))
window.show()
app.processEvents()
at_start = sorted(sys.modules)
window.window_actions.history.trigger()
app.processEvents()
after_history = sorted(sys.modules)
print(json.dumps({"start": at_start, "history": after_history}))
window.close()
workspace.close()
"""

LAZY = ("slaworkshop.ui.history.history_window", "slaworkshop.ui.history.compare_view",
        "slaworkshop.diff", "slaworkshop.ui.signoff.pdf_preview",
        "slaworkshop.ui.signoff.signatories_panel", "slaworkshop.ui.signoff.export_command",
        "slaworkshop.ui.pages.terms_page", "slaworkshop.ui.pages.review_page",
        "PySide6.QtPdf", "jinja2", "weasyprint")


def test_window_start_loads_only_what_the_first_page_needs(db_url: str, northwind: str,
                                                           tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "SLAWORKSHOP_SETTINGS": str(tmp_path / "probe.ini")}
    done = subprocess.run([sys.executable, "-c", PROBE, db_url], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=True)
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    loaded_at_start = [name for name in LAZY if name in modules["start"]]
    assert loaded_at_start == []
    assert "slaworkshop.ui.pages.workshop_page" in modules["start"]
    assert "slaworkshop.ui.history.history_window" in modules["history"]


def test_only_the_first_page_is_built_and_the_sidebar_knows_every_section(window: Any) -> None:
    assert [page.section.key for page in window.pages.built()] == ["workshop"]
    assert len(window.pages) == 12
    sidebar = window.sidebar
    # Northwind has a disputed term: Terms is marked as a problem without its page
    assert sidebar.item(1).text().startswith("⚠")
    assert sidebar.state_of(1) == "PROBLEM"
    assert sidebar.state_of(2) == "COMPLETE"
    assert window.readiness.list.count() >= 1
    assert "disputed" in window.readiness.list.item(0).text()
    assert window.status.problems.text()


def test_a_page_is_built_on_its_first_visit_and_shown(qtbot: Any, window: Any) -> None:
    window.go_to_section("stages")
    page = window.pages["stages"]
    assert window.stack.currentWidget() is page
    assert page.isVisible()
    assert window.stack.widget(2) is page
    assert window.stack.count() == 12
    assert window.pages["stages"] is page  # built once
    window.window_actions.previous_section.trigger()
    assert window.stack.currentWidget() is window.pages["terms"]
    assert window.pages["terms"].editor.model.rowCount() > 5


def test_readiness_problem_opens_its_page_unbuilt(qtbot: Any, window: Any) -> None:
    assert not window.pages.is_built("terms")
    item = window.readiness.list.item(0)
    window.readiness.list.itemClicked.emit(item)
    assert window.current_page_key() == "terms"
    editor = window.pages["terms"].editor
    row = editor.current_row()
    assert editor.model.item(row).status == "disputed"


def test_an_optional_page_built_late_shows_its_switch(qtbot: Any, window: Any) -> None:
    window.go_to_section("goals")
    page = window.pages["goals"]
    assert page.switch is not None
    has_goals = bool(window.document.content.goals)
    assert page.switch.isChecked() == has_goals
    assert page.body.isVisible() == has_goals
    assert page.off_note.isVisible() == (not has_goals)


def test_a_page_built_in_presentation_mode_gets_large_type(qtbot: Any, window: Any) -> None:
    normal = window.font().pointSizeF()
    window.window_actions.presentation.setChecked(True)
    window.go_to_section("titles")
    page = window.pages["titles"]
    heading = page.findChild(type(page.editor.banner), "pageHeading")
    assert heading.font().pointSizeF() > normal * 2
    assert page.editor.view.font().pointSizeF() > normal * 1.5
    window.window_actions.presentation.setChecked(False)


def test_time_zones_load_on_first_focus_and_keep_the_zone(qtbot: Any, window: Any) -> None:
    zone = window.pages["workshop"].hours.zone
    shown = zone.currentText()
    assert shown == window.document.content.business_hours.timezone
    assert zone.count() == 0  # the system's zone list is not read at start-up
    zone.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert zone.count() > 300
    assert zone.findText("Europe/Berlin") >= 0
    assert zone.currentText() == shown
    assert window.autosaver.pending is False


ENTRY = r"""
import json, sys
from PySide6.QtCore import QTimer
from slaworkshop.ui import app as gui
from slaworkshop.ui.start_window import StartWindow
show = StartWindow.show

def show_then_close(window):
    show(window)

    def look_and_close():
        print(json.dumps([window.windowTitle(), *window.agreement_ids()]), flush=True)
        window.close()  # the last window: the program ends, as when a user closes it

    QTimer.singleShot(0, look_and_close)

StartWindow.show = show_then_close
sys.exit(gui.run_gui(sys.argv[1]))
"""


def test_the_app_entry_point_opens_the_start_window_listing_the_agreements(
    db_url: str, northwind: str, tmp_path: Path
) -> None:
    """``run_gui`` is what ``slaworkshop`` runs: the start window shows, listing what
    the database holds, and closing it ends the program with status 0. (In its own
    process: the application's event loop and its last window are the point.)"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "SLAWORKSHOP_SETTINGS": str(tmp_path / "entry.ini")}
    done = subprocess.run([sys.executable, "-c", ENTRY, db_url], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    title, *listed = json.loads(done.stdout.strip().splitlines()[-1])
    assert "slaworkshop" in title and listed == [northwind]


def test_the_data_layers_load_before_qt() -> None:
    """``import_data_layers`` brings in pydantic, the models and the direct reader
    without Qt (imported after PySide6, they load measurably slower), and not the store:
    SQLAlchemy loads after the first window is up."""
    code = (
        "import sys; from slaworkshop.ui.app import import_data_layers; import_data_layers();"
        " assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported';"
        " assert {'pydantic', 'slaworkshop.models', 'slaworkshop.services.reading',"
        " 'slaworkshop.store.sqlite_reader'} <= set(sys.modules), 'a layer is missing';"
        " assert 'sqlalchemy' not in sys.modules, 'the store loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)
