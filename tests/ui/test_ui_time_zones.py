"""Every time the app shows names its zone, as the PDF does ("UTC"): "Signed at
2026-11-22 22:52" did not say whose 22:52. Run under chosen zones (TZ and tzset)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

SIGNED = datetime(2026, 11, 22, 22, 52, tzinfo=UTC)


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set the process's local zone for the test; the old one comes back after it."""
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("name", "shown"), [
    ("America/New_York", "2026-11-22 17:52 EST"),
    ("Asia/Kolkata", "2026-11-23 04:22 IST"),
    ("America/Sao_Paulo", "2026-11-22 19:52 UTC-03:00"),  # the system's name is "-03"
    ("UTC", "2026-11-22 22:52 UTC"),
])
def test_a_stored_time_is_shown_on_the_local_clock_with_its_zone(
        zone: Callable[[str], None], name: str, shown: str) -> None:
    from slaworkshop.ui.times import local_time

    zone(name)
    assert local_time(SIGNED) == shown
    assert local_time(SIGNED.replace(tzinfo=None)) == shown  # SQLite's naive UTC


def test_history_and_the_start_window_name_the_zone(
        qtbot: Any, zone: Callable[[str], None], workspace: Any, northwind: str) -> None:
    from PySide6.QtCore import Qt

    from slaworkshop.ui.history.history_window import HistoryWindow
    from slaworkshop.ui.history.version_list_model import SAVED
    from slaworkshop.ui.save_status import ago
    from slaworkshop.ui.start_window import StartWindow

    zone("Asia/Kolkata")
    workspace.agreements.save_version(northwind, "v1")
    history = HistoryWindow(workspace, northwind)
    history.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(history)
    assert history.table.model().index(0, SAVED).data().endswith(" IST")
    assert ago(SIGNED, SIGNED.replace(day=25)) == "on 2026-11-23 04:22 IST"
    start = StartWindow(workspace)
    qtbot.addWidget(start)
    group = start.proxy.index(0, 0)
    assert start.proxy.index(0, 3, group).data(Qt.ItemDataRole.ToolTipRole).endswith(" IST")
