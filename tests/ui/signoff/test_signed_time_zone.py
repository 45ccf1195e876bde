"""The signatories panel says which zone a signing time is in (the PDF says UTC)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from signoff_helpers import go_to_review, open_window


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_signing_time_names_its_zone(qtbot: Any, workspace: Any, ready_id: str,
                                       new_york: None) -> None:
    from slaworkshop.ui.times import local_time

    workspace.agreements.save_version(ready_id, "for the board")
    workspace.signoff.propose(ready_id)
    workspace.signoff.sign(ready_id, "priya", name="Priya Natarajan")
    [signature] = workspace.agreements.version(ready_id, 1).signatures
    window = open_window(qtbot, workspace, ready_id)
    go_to_review(qtbot, window)
    shown = window.signoff.signatories.state_labels["priya"].text()
    assert shown == f"✓ Signed at {local_time(signature.signed_at)}"
    assert shown.endswith((" EST", " EDT"))
