"""Fixtures for the history and compare tests: a fresh SQLite database per test, settings
in tmp_path, a strict dialog responder (an unexpected dialog fails the test instead of
blocking it), and an agreement with a history built through the services.

The responder and the database fixtures are the minimum copied from ``tests/ui/conftest.py``
(a sibling folder's conftest is not visible here); ``ui_helpers`` is imported from there.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from history_scenario import build_history  # noqa: E402

from slaworkshop.export.config_file import read_config_file  # noqa: E402
from slaworkshop.ui import prompts  # noqa: E402
from slaworkshop.ui.workspace import Workspace  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "northwind-agreement.yaml"


class Answers:
    """Queued answers per kind of question; anything unexpected fails the test."""

    def __init__(self) -> None:
        self.queued: dict[str, list[Any]] = {}
        self.asked: list[tuple[str, dict[str, Any]]] = []

    def add(self, kind: str, *answers: Any) -> None:
        self.queued.setdefault(kind, []).extend(answers)

    def __call__(self, kind: str, details: dict[str, Any]) -> Any:
        self.asked.append((kind, details))
        queue = self.queued.get(kind)
        if not queue:
            raise AssertionError(f"unexpected dialog {kind!r}: {details}")
        return queue.pop(0)

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.asked]


@pytest.fixture(autouse=True)
def answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    monkeypatch.setenv("SLAWORKSHOP_SETTINGS", str(tmp_path / "settings.ini"))
    responder = Answers()
    previous = prompts.set_responder(responder)
    yield responder
    prompts.set_responder(previous)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/t.db"


@pytest.fixture
def workspace(db_url: str) -> Iterator[Workspace]:
    ws = Workspace.open(db_url)
    yield ws
    ws.store.dispose()


@pytest.fixture
def northwind(workspace: Workspace) -> str:
    return workspace.agreements.import_file(read_config_file(EXAMPLE))


@pytest.fixture
def agreement(workspace: Workspace, northwind: str) -> str:
    """Northwind with version 1 signed by all and version 2 proposed, signed by one."""
    build_history(workspace, northwind)
    return northwind


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, agreement: str) -> Any:
    """The agreement window over ``agreement``, with the history feature installed."""
    from slaworkshop.ui.agreement_window import AgreementWindow

    win = AgreementWindow(workspace, workspace.agreements.draft(agreement))
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
