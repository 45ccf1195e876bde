"""Fixtures for the UI tests: a fresh SQLite database per test, settings in tmp_path,
and a strict dialog responder, so an unexpected dialog fails the test instead of
blocking it."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

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
        answer = queue.pop(0)
        return answer(details) if callable(answer) else answer

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.asked]

    def details(self, kind: str) -> list[dict[str, Any]]:
        return [details for asked, details in self.asked if asked == kind]


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
    # As run_gui does: renders still running stop before the store closes.
    render_worker = sys.modules.get("slaworkshop.ui.signoff.render_worker")
    if render_worker is not None:
        assert render_worker.stop_all(), "a PDF render did not stop"
    ws.close()


@pytest.fixture
def northwind(workspace: Workspace) -> str:
    return workspace.agreements.import_file(read_config_file(EXAMPLE))


@pytest.fixture
def window_agreement(northwind: str) -> str:
    """The agreement ``window`` opens; a folder's conftest may choose another."""
    return northwind


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, window_agreement: str) -> Any:
    from ui_helpers import open_window

    return open_window(qtbot, workspace, window_agreement)
