"""The window title names the agreement as it is now, not as it was when the window
opened: renaming it on the Workshop page (and undoing that) shows at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_renaming_the_agreement_retitles_the_window(qtbot: Any, window: Any) -> None:
    assert window.windowTitle() == ("Sales and marketing service-level agreement — "
                                    "Northwind Clinical Supply — Workshop")
    title = window.pages["workshop"].lines["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Northwind SLA 2027")
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # leaving the field commits it
    assert window.document.content.title == "Northwind SLA 2027"
    assert window.windowTitle() == "Northwind SLA 2027 — Northwind Clinical Supply — Workshop"

    window.window_actions.undo.trigger()
    assert window.windowTitle() == ("Sales and marketing service-level agreement — "
                                    "Northwind Clinical Supply — Workshop")
