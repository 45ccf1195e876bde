"""A window over an existing SQLite file opens on reads alone; the store (SQLAlchemy)
opens once it is up, and an edit made before that is written all the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ui_helpers import reread, wait_saved

from slaworkshop.store import StoreError
from slaworkshop.ui.agreement_window import AgreementWindow
from slaworkshop.ui.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from slaworkshop.ui.app import import_data_layers
import_data_layers()
from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from slaworkshop.ui.agreement_window import AgreementWindow
from slaworkshop.ui.workspace import Workspace
workspace = Workspace.open(sys.argv[1])
agreement_id = workspace.reader.list()[0].id
window = AgreementWindow(workspace, workspace.reader.draft(agreement_id))
window.show()
shown = {"sqlalchemy": "sqlalchemy" in sys.modules, "open": workspace.is_open,
         "title": window.windowTitle()}
clock = QElapsedTimer()
clock.start()
while not workspace.is_open and clock.elapsed() < 60000:
    app.processEvents()
print(json.dumps({"shown": shown, "later": {"sqlalchemy": "sqlalchemy" in sys.modules,
                                            "open": workspace.is_open}}))
window.close()
workspace.close()
"""


def _run_probe(code: str, db_url: str, tmp_path: Path) -> Any:
    """What the probe ``code`` printed last, as JSON, run in a fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "SLAWORKSHOP_SETTINGS": str(tmp_path / "probe.ini")}
    done = subprocess.run([sys.executable, "-c", code, db_url], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_is_shown_before_sqlalchemy_loads_and_the_store_opens_after(
        db_url: str, northwind: str, tmp_path: Path) -> None:
    seen = _run_probe(PROBE, db_url, tmp_path)
    assert seen["shown"]["sqlalchemy"] is False
    assert seen["shown"]["open"] is False
    assert "Northwind Clinical Supply" in seen["shown"]["title"]
    assert seen["later"] == {"sqlalchemy": True, "open": True}


START_PROBE = r"""
import json, sys
from slaworkshop.ui.app import READ_LAYERS, import_data_layers
import_data_layers(READ_LAYERS)
from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from slaworkshop.ui.start_window import StartWindow
from slaworkshop.ui.workspace import Workspace
workspace = Workspace.open(sys.argv[1])
window = StartWindow(workspace)
window.show()
from slaworkshop.ui.agreement_list_model import IdRole
model = window.tree.model()
group = model.index(0, 0)
listed = [group.data()] + [model.index(row, 0, group).data()
                           for row in range(model.rowCount(group))]
shown = {m: m in sys.modules for m in ("pydantic", "slaworkshop.models", "sqlalchemy")}
workspace.open_soon()  # as run_gui does once the window is shown
clock = QElapsedTimer()
clock.start()
while not workspace.is_open and clock.elapsed() < 60000:
    app.processEvents()
later = {m: m in sys.modules for m in ("pydantic", "slaworkshop.models", "sqlalchemy")}
opened = window.open_agreement(model.index(0, 0, group).data(IdRole))
print(json.dumps({"listed": listed, "shown": shown, "later": later,
                  "opened": opened.windowTitle() if opened else None}))
"""


def test_the_start_window_lists_before_the_models_and_the_store_load(
        db_url: str, northwind: str, tmp_path: Path) -> None:
    seen = _run_probe(START_PROBE, db_url, tmp_path)
    assert seen["listed"] == ["Northwind Clinical Supply",
                              "Sales and marketing service-level agreement"]
    assert seen["shown"] == {"pydantic": False, "slaworkshop.models": False,
                             "sqlalchemy": False}
    assert seen["later"] == {"pydantic": True, "slaworkshop.models": True,
                             "sqlalchemy": True}
    assert "Northwind Clinical Supply" in seen["opened"]


@pytest.fixture
def deferred(db_url: str, northwind: str) -> Iterator[Workspace]:
    """A second workspace over the (now existing) file: it starts on direct reads."""
    workspace = Workspace.open(db_url)
    assert not workspace.is_open
    yield workspace
    workspace.close()


def _direct_draft(db_url: str, agreement_id: str) -> Any:
    """The draft as the file holds it, read without the (patched) store."""
    from slaworkshop.services.reading import AgreementReader
    from slaworkshop.store.sqlite_reader import sqlite_reading

    direct = sqlite_reading(db_url)
    assert direct is not None
    return AgreementReader(direct.reading).draft(agreement_id)


def _window(qtbot: Any, workspace: Workspace, agreement_id: str) -> AgreementWindow:
    from PySide6.QtCore import Qt

    window = AgreementWindow(workspace, workspace.reader.draft(agreement_id))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    return window


def test_the_store_opens_by_itself_once_the_window_is_up(
        qtbot: Any, deferred: Workspace, northwind: str) -> None:
    window = _window(qtbot, deferred, northwind)
    assert not deferred.is_open  # built on reads
    assert window.pages["workshop"].isVisibleTo(window)
    window.show()
    qtbot.waitUntil(lambda: deferred.is_open, timeout=30000)
    assert deferred.reader is deferred.agreements  # reads now go through the store


def test_an_edit_typed_before_the_store_opened_reaches_the_database(
        qtbot: Any, deferred: Workspace, northwind: str, db_url: str) -> None:
    window = _window(qtbot, deferred, northwind)  # not shown: nothing opens the store
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    qtbot.keyClicks(editor.form.widgets["notes"].widget, "Typed at once.")
    editor.form.commit_pending()
    assert not deferred.is_open
    wait_saved(qtbot, window)
    assert deferred.is_open
    assert reread(db_url, northwind).content.terms[0].notes == "Typed at once."


def test_a_store_that_will_not_open_is_reported_and_the_typing_is_kept(
        qtbot: Any, deferred: Workspace, northwind: str, db_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import slaworkshop.store.database as database
    from slaworkshop.ui import autosaver

    before = reread(db_url, northwind).content
    real_open = database.open_store

    asked_on: list[str] = []

    def locked(url: str | None = None, **_options: Any) -> Any:
        asked_on.append(threading.current_thread().name)
        raise StoreError("the database is locked by another program")

    monkeypatch.setattr(database, "open_store", locked)
    window = _window(qtbot, deferred, northwind)
    window.show()
    expected = "The database cannot be written yet: the database is locked by another program."
    qtbot.waitUntil(lambda: window.status.saved.text() == expected, timeout=30000)
    assert not deferred.is_open
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    qtbot.keyClicks(editor.form.widgets["notes"].widget, "Kept.")
    editor.form.commit_pending()
    qtbot.waitUntil(lambda: window.status.saved.text().startswith(
        "Not saved yet: the database is locked by another program. Trying again"),
        timeout=5000)
    assert window.document.content.terms[0].notes == "Kept."
    # A busy database waits out its timeout in open_store: never on the window's thread
    assert len(asked_on) >= 2 and "MainThread" not in asked_on, asked_on
    assert _direct_draft(db_url, northwind).content == before  # nothing half-written
    monkeypatch.setattr(database, "open_store", real_open)  # the other program lets go
    # the retry, RETRY_MS after the failure, writes it
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=autosaver.RETRY_MS + 10000)
    assert reread(db_url, northwind).content.terms[0].notes == "Kept."


def test_the_start_window_says_when_the_store_will_not_open(
        qtbot: Any, deferred: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    import slaworkshop.store.database as database
    from slaworkshop.ui.start_window import StartWindow

    def locked(url: str | None = None, **_options: Any) -> Any:
        raise StoreError("the database is locked by another program")

    monkeypatch.setattr(database, "open_store", locked)
    window = StartWindow(deferred)
    qtbot.addWidget(window)
    window.show()
    deferred.open_soon()  # as run_gui does
    expected = "The database cannot be written yet: the database is locked by another program."
    qtbot.waitUntil(lambda: window.store_state.text() == expected, timeout=30000)
    assert deferred.open_failure == expected
    assert window.agreement_ids() != []  # the list is there all the same


def test_closing_while_the_store_loads_opens_nothing_and_says_nothing(
        deferred: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    import slaworkshop.ui.workspace as workspace_module

    go_on = threading.Event()

    class SlowImports:  # the loading thread is still importing when the window closes
        @staticmethod
        def import_module(name: str) -> object:
            go_on.wait(10)
            return importlib.import_module(name)

    monkeypatch.setattr(workspace_module, "importlib", SlowImports)
    raised: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    deferred.open_soon()
    threading.Timer(0.2, go_on.set).start()
    deferred.close()  # sets "closed", then waits for the thread
    assert not deferred.is_open
    assert deferred.open_failure is None
    assert raised == []
