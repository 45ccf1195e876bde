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
    # Typed on in the form (which commits as it goes): the key follows while the row is
    # being named...
    assert editor.model.set_value(row, "name", "Hand-raiser lead")
    assert editor.model.item(row).key == "hand-raiser-lead"
    assert editor.form.row == row
    # ...and once the selection moves on, it stays, as every key does.
    editor.select_row(0)
    editor.select_row(row)
    assert editor.model.set_value(row, "name", "Hand-raiser")
    assert editor.model.item(row).key == "hand-raiser-lead"
    wait_saved(qtbot, window)
    keys = [t.key for t in reread(db_url, window.agreement_id).content.terms]
    assert "hand-raiser-lead" in keys and "new-term" not in keys


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
    from ui_helpers import open_window

    from slaworkshop.models import Content

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


def test_a_goal_is_shown_whole_in_its_form_across_the_page(qtbot: Any, window: Any) -> None:
    window.resize(1400, 900)
    window.show()
    window.go_to_section("goals")
    qtbot.waitExposed(window)
    editor = window.pages["goals"].editor
    editor.select_row(0)
    statement = editor.form.widgets["statement"].widget
    assert statement.text() == "Deliver 120 MQLs a month by the end of Q4"
    qtbot.wait(20)
    # A field alone on its row spans it: as wide as the three below together.
    below = [editor.form.widgets[name].widget for name in ("metric", "target", "unit")]
    assert statement.width() >= sum(w.width() for w in below)


def test_the_form_says_when_a_key_is_still_a_placeholder(qtbot: Any, window: Any) -> None:
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.add_item()
    row = editor.current_row()
    assert editor.form.key_label.text() == (
        "Key: new-term  (made from the name until you move to another row; then it stays)")
    editor.model.set_value(row, "name", "Hand-raiser")
    assert editor.form.key_label.text() == (
        "Key: hand-raiser  (made from the name until you move to another row; then it stays)")
    editor.select_row(0)
    editor.select_row(row)
    assert editor.form.key_label.text() == (
        "Key: hand-raiser  (stays the same when the name changes)")


def _typing_in_cell(qtbot: Any, window: Any, section: str, field: str, typed: str,
                    row: int = 0, before: Any = None) -> Any:
    """On ``section``'s page (shown in a roomy window), open row ``row``'s ``field`` cell
    and type ``typed`` over it, leaving the cell open: (editor, index, cell).
    ``before(editor)`` runs once the page is up, before the cell opens."""
    from PySide6.QtWidgets import QLineEdit

    from slaworkshop.ui.keyed_list.table_model import column_of

    window.resize(1320, 860)
    window.show()
    window.go_to_section(section)
    qtbot.waitExposed(window)
    editor = window.pages[section].editor
    if before is not None:
        before(editor)
    index = editor.proxy.index(row, column_of(editor.spec, field))
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = editor.view.indexWidget(index)
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, typed)
    return editor, index, cell


def _type_into_cell(qtbot: Any, window: Any, section: str, field: str, typed: str) -> Any:
    """Open row 0's ``field`` cell on ``section``'s page, type ``typed``, press Return and
    wait for the refusal and the cell to open again: (editor, the reopened cell)."""
    editor, index, cell = _typing_in_cell(qtbot, window, section, field, typed)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.banner.isVisible)  # Qt commits a turn of the loop later
    qtbot.waitUntil(lambda: editor.view.indexWidget(index) not in (None, cell))
    return editor, editor.view.indexWidget(index)


def test_a_refused_cell_opens_again_with_what_was_typed(qtbot: Any, window: Any) -> None:
    before = window.document.content
    editor, reopened = _type_into_cell(qtbot, window, "stakeholders", "email", "alex at beta")
    assert editor.banner.text() == "⚠ Not changed: E-mail is not an e-mail address."
    assert reopened.text() == "alex at beta"
    qtbot.keyClick(reopened, Qt.Key.Key_Escape)
    assert window.document.content == before


def test_a_refused_number_opens_again_with_what_was_typed(qtbot: Any, window: Any) -> None:
    _editor, reopened = _type_into_cell(qtbot, window, "goals", "target", "ten")
    assert reopened.text() == "ten"
    reopened.selectAll()
    qtbot.keyClicks(reopened, "110")
    qtbot.keyClick(reopened, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.content.goals[0].target == 110)


def test_removing_a_stakeholder_a_parked_question_names_the_question(
    qtbot: Any, window: Any
) -> None:
    content = window.document.content
    question = content.parking_lot[0].model_copy(update={"assignee": "lee"})
    window.document.replace(
        content.model_copy(update={"parking_lot": [question, *content.parking_lot[1:]]}),
        "Assign the question to Lee")
    editor = window.pages["stakeholders"].editor
    refusals: list[str] = []
    editor.model.refused.connect(refusals.append)
    assert not editor.model.remove(editor.model.row_of("lee"))
    # (Lee also attends two meetings; the parking lot has no page of its own.)
    assert len(refusals) == 1 and refusals[0].endswith(
        f" The question “{question.question}” (Workshop) refers to this"
        " stakeholder in its “assignee”: change that first.")


def test_a_refused_cell_waits_for_the_facilitator_to_come_back(qtbot: Any,
                                                                window: Any) -> None:
    """Refused as the facilitator jumped to another section (the open cell is committed
    on the way): what was typed is not thrown away, the cell opens with it on return."""
    from PySide6.QtWidgets import QLineEdit

    before = window.document.content
    editor, index, _cell = _typing_in_cell(qtbot, window, "stakeholders", "email",
                                           "sam at northwind", row=1)
    window.go_to_section("terms")  # as a click in the sidebar does
    qtbot.wait(50)
    assert window.current_page_key() == "terms"
    assert window.document.content == before
    editor.banner.hide()
    window.go_to_section("stakeholders")
    qtbot.waitUntil(lambda: isinstance(editor.view.indexWidget(index), QLineEdit))
    reopened = editor.view.indexWidget(index)
    assert reopened.text() == "sam at northwind"
    assert editor.banner.isVisible()
    assert editor.banner.text() == "⚠ Not changed: E-mail is not an e-mail address."
    reopened.selectAll()
    qtbot.keyClicks(reopened, "sam@northwind.example")
    qtbot.keyClick(reopened, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.document.content.stakeholders[1].email == "sam@northwind.example")


def test_closing_with_a_refused_cell_asks_first(qtbot: Any, window: Any, answers: Any) -> None:
    editor, reopened = _type_into_cell(qtbot, window, "stakeholders", "email", "alex at beta")
    assert reopened.text() == "alex at beta"
    # Closing commits the open cell, which is refused again: the window asks.
    answers.add("confirm", False)
    assert not window.close()
    [asked] = answers.details("confirm")
    assert asked["title"] == "Close the window?"
    assert asked["text"] == (
        "A cell on the Stakeholders page holds “alex at beta”, which was not accepted: "
        "E-mail is not an e-mail address. It is in no draft.\n\n"
        "Close the window and lose what was typed?")
    assert window.isVisible()
    qtbot.waitUntil(lambda: isinstance(editor.view.indexWidget(editor.view.currentIndex()),
                                       type(reopened)))
    assert editor.view.indexWidget(editor.view.currentIndex()).text() == "alex at beta"
    answers.add("confirm", True)
    assert window.close()


def test_a_waiting_refused_cell_survives_an_undo_that_resets_its_list(
        qtbot: Any, window: Any) -> None:
    """The waiting cell was kept by its index, and an undo that changed the list's keys
    (here: removing a stakeholder added before) reset the model and every index with
    it: the typed text was dropped and closing no longer asked. It is kept by the
    item's key now."""
    from PySide6.QtWidgets import QLineEdit

    def add_alex(editor: Any) -> None:
        assert editor.model.add(0, "Alex Moreno") == 0  # the step Ctrl+Z will undo

    editor, index, _cell = _typing_in_cell(qtbot, window, "stakeholders", "email",
                                           "sam at northwind", row=1, before=add_alex)
    column = index.column()
    key = editor.model.item(1).key
    window.go_to_section("terms")  # commits the cell: refused, and waiting
    qtbot.wait(50)
    window.undo_step()  # removes Alex: the stakeholders' keys change
    assert window.current_page_key() == "stakeholders"
    row = editor.model.row_of(key)
    qtbot.waitUntil(lambda: isinstance(
        editor.view.indexWidget(editor.proxy.index(row, column)), QLineEdit))
    assert editor.view.indexWidget(editor.proxy.index(row, column)).text() == \
        "sam at northwind"
    qtbot.keyClick(editor.view.indexWidget(editor.proxy.index(row, column)), Qt.Key.Key_Escape)
