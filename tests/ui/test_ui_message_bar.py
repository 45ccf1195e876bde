"""A status bar message that does not fit ends in "…", and says the whole in a tooltip."""

from __future__ import annotations

from typing import Any

from ui_helpers import settle_layout

from slaworkshop.ui.conflict_dialog import MERGED
from slaworkshop.ui.tooltips import plain_tip


def test_a_long_message_on_a_small_screen_ends_in_an_ellipsis(qtbot: Any, window: Any) -> None:
    """Cut mid-word at the first permanent widget, with no sign more was said (the
    merge's message at 1024 pixels)."""
    window.resize(1024, 600)
    settle_layout(qtbot, window)
    bar = window.statusBar()
    bar.showMessage(MERGED, 10000)
    shown = bar.shown_message()
    assert shown.endswith("…") and MERGED.startswith(shown[:-1])
    assert len(shown) < len(MERGED)
    assert bar.toolTip() == plain_tip(MERGED)
    # drawn left of the readiness button and the database, not under them
    problems = window.status.problems
    assert bar.message_rect().right() < problems.mapTo(bar, problems.rect().topLeft()).x()
    bar.clearMessage()
    assert bar.toolTip() == ""


def test_a_message_that_fits_is_shown_whole(qtbot: Any, window: Any) -> None:
    window.resize(1280, 800)
    settle_layout(qtbot, window)
    bar = window.statusBar()
    bar.showMessage("Undone: Rename term", 8000)
    assert bar.shown_message() == "Undone: Rename term"
    assert bar.toolTip() == ""  # nothing more to say
