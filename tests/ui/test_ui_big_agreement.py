"""A large agreement stays fluid: the work an edit does stays proportional to the edit.

Timings are not asserted (machines are noisy; ``bench/bench_ui.py`` part (c) measures
them); these tests check what the user sees and the structure that keeps it fast.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import reread, wait_saved

from slaworkshop.models import validate_content

TERMS = 300


@pytest.fixture
def window_agreement(workspace: Any, northwind: str) -> str:
    content = workspace.agreements.draft(northwind).content.model_dump(mode="json")
    content["terms"] = [
        {"key": f"term-{i}", "name": f"Term {i}", "status": "agreed",
         "sales_view": f"Sales words {i}", "agreed_definition": f"Definition {i}."}
        for i in range(TERMS)]
    return workspace.agreements.create(validate_content(content))


def terms_editor(window: Any) -> Any:
    window.go_to_section("terms")
    return window.pages["terms"].editor


def test_an_edit_keeps_the_unchanged_terms_and_every_step_undoes(
        qtbot: Any, window: Any, db_url: str) -> None:
    editor = terms_editor(window)
    model, view = editor.model, editor.view
    document = window.document
    first = document.content

    assert model.set_value(150, "agreed_definition", "Changed in the room.")
    second = document.content
    assert model.index(150, 2).data() == "Changed in the room."
    # one term changed: every other term is the very object the step before holds, so
    # an undo step costs one term of memory, not a copy of the agreement
    assert second.terms[150] is not first.terms[150]
    assert all(second.terms[i] is first.terms[i] for i in range(TERMS) if i != 150)
    assert second.stakeholders is first.stakeholders

    editor.select_row(10)
    editor.duplicate_button.click()
    assert model.item(11).name == "Term 10 (copy)"
    assert document.content.terms[12] is second.terms[11]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [model.item(r).key for r in (10, 11)] == ["term-10-copy", "term-10"]
    wait_saved(qtbot, window)
    stored = reread(db_url, window.agreement_id).content
    assert [t.key for t in stored.terms[9:13]] == ["term-9", "term-10-copy", "term-10",
                                                  "term-11"]
    assert stored.terms[151].agreed_definition == "Changed in the room."

    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.content == first
    assert model.index(150, 2).data() == "Definition 150."
    assert model.rowCount() == TERMS
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert model.index(150, 2).data() == "Changed in the room."
    wait_saved(qtbot, window)
    stored = reread(db_url, window.agreement_id).content
    assert len(stored.terms) == TERMS
    assert stored.terms[150].agreed_definition == "Changed in the room."
    assert stored == document.content


def test_an_edit_copies_the_agreement_without_the_cycle_collector(
        qtbot: Any, window: Any, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from slaworkshop.ui import agreement_document

    seen: list[bool] = []

    def validate(data: Any) -> Any:
        seen.append(gc.isenabled())
        return validate_content(data)

    monkeypatch.setattr(agreement_document, "validate_content", validate)
    editor = terms_editor(window)
    assert gc.isenabled()
    assert editor.model.set_value(7, "sales_view", "Typed by sales.")
    # refused (a blank name): nothing changes, and the collector is back all the same
    assert not editor.model.set_value(8, "name", "  ")
    assert editor.banner.isVisibleTo(editor)
    # the burst of short-lived copies never reached a collection, so it never ages
    # into the oldest generation, whose full collections stalled the window
    assert seen == [False, False]
    assert gc.isenabled()
    assert editor.model.item(7).sales_view == "Typed by sales."
    assert editor.model.index(8, 0).data() == "Term 8"
    wait_saved(qtbot, window)
    stored = reread(db_url, window.agreement_id).content
    assert stored.terms[7].sales_view == "Typed by sales."
    assert stored.terms[8].name == "Term 8"


def test_an_edit_tells_the_views_about_its_own_row_only(window: Any) -> None:
    """The views re-measure every row a model says changed: 'all rows' on each edit cost
    seconds a keystroke once a few 500-row pages had been visited."""
    editor = terms_editor(window)
    model = editor.model
    told: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles: told.append(
        (first.row(), first.column(), last.row(), last.column())))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    assert model.set_value(150, "agreed_definition", "Changed in the room.")
    assert told == [(150, 0, 150, model.columnCount() - 1)]
    assert resets == []
    assert model.index(150, 2).data() == "Changed in the room."
    told.clear()
    window.document.undo_stack.undo()
    assert told == [(150, 0, 150, model.columnCount() - 1)]
    assert model.index(150, 2).data() == "Definition 150."


def test_a_renamed_stage_is_repainted_in_every_window_that_names_it(window: Any) -> None:
    window.go_to_section("sla_windows")
    windows = window.pages["sla_windows"].editor.model
    column = [c.name for c in windows.spec.columns].index("from_stage")
    row = next(r for r in range(windows.rowCount()) if windows.item(r).from_stage)
    stage_key = windows.item(row).from_stage
    told: list[tuple[int, int]] = []
    windows.dataChanged.connect(lambda first, last, _roles: told.append((first.row(),
                                                                          last.row())))
    window.go_to_section("stages")
    stages = window.pages["stages"].editor.model
    assert stages.set_value(stages.row_of(stage_key), "name", "Renamed stage")
    assert told == [(0, windows.rowCount() - 1)]
    assert windows.index(row, column).data() == "Renamed stage"


def test_the_readiness_lists_are_rebuilt_only_when_the_problems_change(window: Any) -> None:
    editor = terms_editor(window)
    model = editor.model
    assert model.set_value(3, "status", "disputed")
    panel_item = window.readiness.list.item(0)
    review = window.pages["review"]
    review_item = review.problems.item(0)
    assert "“Term 3” is still disputed" in panel_item.text()
    assert model.set_value(4, "sales_view", "A change that settles nothing")
    assert window.readiness.list.item(0) is panel_item  # the same rows, kept
    assert review.problems.item(0) is review_item
    assert model.set_value(3, "status", "agreed")
    assert model.set_value(3, "agreed_definition", "Settled.")
    texts = [window.readiness.list.item(i).text()
             for i in range(window.readiness.list.count())]
    assert not any("Term 3" in text for text in texts)
