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
