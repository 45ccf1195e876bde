"""An optional date on the Workshop page, driven from the keyboard: Tab passes an
empty one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from slaworkshop.models import validate_content


@pytest.fixture
def window_agreement(workspace: Any) -> str:
    """An agreement with no dates: every date field shows "not set"."""
    return workspace.agreements.create(
        validate_content({"title": "Draft", "organization": "Contoso"}))


@pytest.fixture
def page(qtbot: Any, window: Any) -> Any:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window.pages["workshop"]


def test_tab_passes_empty_dates_to_the_business_hours(qtbot: Any, page: Any) -> None:
    page.lines["facilitator"].setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _press in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = QApplication.focusWidget().accessibleName()
        if not seen or seen[-1] != name:
            seen.append(name)
        if name == "Use business hours":
            break
    assert seen == ["Workshop date", "Effective from", "Review by", "Use business hours"]
    assert all(page.dates[n].edit.text() == "not set" for n in page.dates)
