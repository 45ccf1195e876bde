"""A switched-off optional section keeps its few lines together at the top: they were
spread over the whole height of the page with big gaps between them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import open_window, projector_size


def test_a_switched_off_section_stays_at_the_top(qtbot: Any, workspace: Any) -> None:
    from slaworkshop.models import Content

    blank = workspace.agreements.create(Content(title="Pilot", organization="Acme"))
    window = open_window(qtbot, workspace, blank)
    projector_size(qtbot, window)
    window.go_to_section("goals")
    qtbot.wait(50)
    page = window.pages["goals"]
    assert page.off_note.isVisible() and not page.body.isVisible()
    # each line as tall as its text, one under the other, not spread down the page
    parts = [page.heading, page.intro, page.switch, page.off_note]
    for part in parts:
        assert part.height() <= part.sizeHint().height() + 4, part.objectName()
    line = page.fontMetrics().height()
    assert page.off_note.geometry().bottom() < 12 * line
    page.switch.click()  # switched on, the list takes the height again
    qtbot.wait(50)
    assert page.body.isVisible()
    assert page.body.height() > window.page_area.viewport().height() / 2


def test_a_section_switched_off_and_on_shows_no_removed_item(qtbot: Any, window: Any,
                                                             answers: Any) -> None:
    """Cadences off and on again: the table was empty, but the greyed detail pane still
    showed the removed meeting's attendees and agenda (tryout)."""
    window.go_to_section("cadences")
    page = window.pages["cadences"]
    editor = page.editor
    editor.select_row(0)
    form = editor.form
    assert form.widgets["agenda"].widget.toPlainText() != ""
    answers.add("confirm", True)  # switching off removes the meetings
    page.switch.click()
    page.switch.click()
    assert window.document.content.cadences == []
    assert editor.model.rowCount() == 0
    assert form.widgets["agenda"].widget.toPlainText() == ""
    box = form.widgets["attendees"].widget
    assert all(box.item(i).checkState() == Qt.CheckState.Unchecked for i in range(box.count()))
    assert not form.isEnabled()


def test_a_section_switched_on_while_empty_is_on_in_a_new_session(
        qtbot: Any, workspace: Any) -> None:
    """One section switched on is stored as a single value, which Qt reads back from the
    file as text, not as a list of one (mutation audit: it was ignored on the next
    start). The settings file is written as a fresh process finds it."""
    import os
    from pathlib import Path

    from slaworkshop.models import validate_content

    agreement = workspace.agreements.create(
        validate_content({"title": "Blank", "organization": "Acme"}))
    Path(os.environ["SLAWORKSHOP_SETTINGS"]).write_text(
        f"[agreements]\n{agreement}\\sections_on=goals\n", encoding="utf-8")
    window = open_window(qtbot, workspace, agreement)
    assert window.optional.is_on("goals")
    assert window.optional.switched_on() == ["goals"]


def test_a_section_switched_on_after_all_were_switched_off(qtbot: Any, workspace: Any) -> None:
    """No section on is stored as an empty list, which Qt writes as "@Invalid()" and a
    fresh process reads back as None: switching a section on then failed in sorting
    None beside "goals" (found by the type check)."""
    import os
    from pathlib import Path

    from slaworkshop.models import validate_content
    from slaworkshop.ui.settings import app_settings

    agreement = workspace.agreements.create(
        validate_content({"title": "Blank", "organization": "Acme"}))
    Path(os.environ["SLAWORKSHOP_SETTINGS"]).write_text(
        f"[agreements]\n{agreement}\\sections_on=@Invalid()\n", encoding="utf-8")
    window = open_window(qtbot, workspace, agreement)
    assert window.optional.switched_on() == []
    window.go_to_section("goals")
    window.pages["goals"].switch.click()
    assert window.optional.switched_on() == ["goals"]
    assert app_settings().value(f"agreements/{agreement}/sections_on") == ["goals"]
