"""A page is as tall as it needs, whatever pages were shown before it: the stacked
pages answered the scroll area's height-for-width question for the tallest page built
(the Workshop page), so at 1280×800 every later page scrolled, a refusal under the
Stages table fell below the fold and a switched-off section had a scroll bar."""

from __future__ import annotations

from typing import Any

from ui_helpers import open_window, projector_size


def test_stages_fit_a_projector_after_the_workshop_page(qtbot: Any, window: Any) -> None:
    projector_size(qtbot, window)
    window.go_to_section("workshop")
    qtbot.wait(50)
    assert window.page_area.verticalScrollBar().maximum() > 0  # the tall page
    window.go_to_section("stages")
    qtbot.wait(50)
    bar = window.page_area.verticalScrollBar()
    assert bar.maximum() == 0
    assert not bar.isVisible()


def test_a_switched_off_section_has_no_scroll_bar(qtbot: Any, workspace: Any) -> None:
    from slaworkshop.models import Content

    blank = workspace.agreements.create(Content(title="Pilot", organization="Acme"))
    window = open_window(qtbot, workspace, blank)
    projector_size(qtbot, window)
    window.go_to_section("stages")  # built, and taller than Goals
    window.go_to_section("goals")
    qtbot.wait(50)
    assert window.pages["goals"].off_note.isVisible()
    assert not window.page_area.verticalScrollBar().isVisible()
