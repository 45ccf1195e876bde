"""Lists speak a user's words: keys made from the first name typed, refusals that name
the item in the way, undo texts that read as sentences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import reread, wait_saved


def test_a_row_added_without_a_name_takes_its_key_from_the_first_name(
    qtbot: Any, window: Any, db_url: str
) -> None:
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.view.setFocus()
    editor.add_item()  # Ctrl+N with the name box empty: a placeholder row, its name open
    row = editor.current_row()
    assert editor.model.item(row).key == "new-term"
    assert editor.model.set_value(row, "name", "Hand-raiser")
    assert editor.model.item(row).key == "hand-raiser"
    assert editor.current_row() == row  # the view kept its place
    # From then on the key stays, as every key does.
    assert editor.model.set_value(row, "name", "Handraiser")
    assert editor.model.item(row).key == "hand-raiser"
    wait_saved(qtbot, window)
    keys = [t.key for t in reread(db_url, window.agreement_id).content.terms]
    assert "hand-raiser" in keys and "new-term" not in keys


def test_a_named_row_never_changes_its_key(qtbot: Any, window: Any) -> None:
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    qtbot.keyClicks(editor.new_name, "Sales-qualified lead")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    row = editor.current_row()
    assert editor.model.set_value(row, "name", "SQL")
    assert editor.model.item(row).key == "sales-qualified-lead"
    # A row that was in the agreement before keeps its key too.
    lead = editor.model.row_of("lead")
    assert editor.model.set_value(lead, "name", "Prospect")
    assert editor.model.item(lead).key == "lead"


def test_renaming_reads_as_rename_in_the_undo_menu(qtbot: Any, window: Any) -> None:
    editor = window.pages["stages"].editor
    row = editor.model.row_of("mql")
    assert editor.model.set_value(row, "name", "Marketing-qualified")
    assert window.document.undo_stack.undoText() == "Rename stage “Marketing-qualified lead”"


def test_removing_a_stage_a_window_uses_names_the_window(qtbot: Any, window: Any) -> None:
    window.go_to_section("stages")
    editor = window.pages["stages"].editor
    before = window.document.content
    refusals: list[str] = []
    editor.model.refused.connect(refusals.append)
    assert not editor.model.remove(editor.model.row_of("mql"))
    assert refusals[0].startswith(
        "Not changed: The SLA window “Route to a rep” (SLA windows) refers to this stage in its"
        " “to stage”: change that first.")
    assert "sla_windows[" not in refusals[0]
    assert window.document.content == before


def test_a_new_window_counts_business_hours_only_when_there_are_some(
    qtbot: Any, window: Any, workspace: Any
) -> None:
    from slaworkshop.models import Content
    from ui_helpers import open_window

    window.go_to_section("sla_windows")
    editor = window.pages["sla_windows"].editor
    editor.add_item()
    assert editor.model.item(editor.current_row()).clock == "business"  # Northwind has hours

    blank = workspace.agreements.create(Content(title="Blank", organization="Acme"))
    other = open_window(qtbot, workspace, blank)
    other.go_to_section("sla_windows")
    editor = other.pages["sla_windows"].editor
    editor.add_item()
    assert editor.model.item(editor.current_row()).clock == "calendar"
    assert editor.model.index(editor.current_row(), 3).data() == "Calendar time"


def test_a_refusal_does_not_move_the_rows_under_the_pointer(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import QPoint

    window.go_to_section("stages")
    editor = window.pages["stages"].editor
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the page settles its layout once shown
    top = editor.view.mapTo(window, QPoint(0, 0))
    assert not editor.model.remove(editor.model.row_of("mql"))
    qtbot.waitUntil(editor.banner.isVisible)
    window.layout().activate()
    editor.layout().activate()
    assert editor.view.mapTo(window, QPoint(0, 0)) == top
    assert editor.banner.geometry().top() > editor.splitter.geometry().bottom()
