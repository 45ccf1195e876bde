"""Terms: add by typing, edit both teams' words, disputed rows, filter, refusals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import reread, wait_saved


def terms_page(window: Any) -> Any:
    window.go_to_section("terms")
    return window.pages["terms"]


def test_add_a_term_and_type_the_three_views(qtbot: Any, window: Any, db_url: str) -> None:
    page = terms_page(window)
    editor = page.editor
    qtbot.keyClicks(editor.new_name, "Sales-qualified lead")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    row = editor.current_row()
    assert editor.model.item(row).key == "sales-qualified-lead"
    assert editor.model.index(row, 0).data().endswith("Sales-qualified lead")
    form = editor.form
    for field, text in (("sales_view", "Budget confirmed."), ("marketing_view", "Meeting booked."),
                        ("agreed_definition", "A meeting held with a confirmed need.")):
        qtbot.keyClicks(form.widgets[field].widget, text)
    form.commit_pending()
    combo_index = editor.proxy.index(row, 1)
    assert editor.model.setData(editor.proxy.mapToSource(combo_index), "agreed")
    assert editor.model.index(row, 2).data() == "A meeting held with a confirmed need."
    wait_saved(qtbot, window)
    stored = reread(db_url, window.agreement_id).content.terms[row]
    assert (stored.key, stored.sales_view, stored.marketing_view, stored.status) == (
        "sales-qualified-lead", "Budget confirmed.", "Meeting booked.", "agreed")
    # renaming keeps the key
    qtbot.keyClicks(form.widgets.get("name", None).widget if "name" in form.widgets else
                    editor.new_name, "")
    editor.model.set_value(row, "name", "SQL")
    assert editor.model.item(row).key == "sales-qualified-lead"


def test_disputed_rows_stand_out_and_filter(qtbot: Any, window: Any) -> None:
    page = terms_page(window)
    model = page.editor.model
    row = model.row_of("opportunity")
    assert model.index(row, 0).data().startswith("⚠ disputed")
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.disputed_only.text() == "Only &disputed (1)"
    page.disputed_only.setChecked(True)
    assert page.editor.proxy.rowCount() == 1
    assert not page.editor.up_button.isEnabled()
    page.disputed_only.setChecked(False)
    assert page.editor.proxy.rowCount() == len(window.document.content.terms)


def test_an_agreed_term_without_a_definition_stands_out(qtbot: Any, window: Any) -> None:
    """It blocked proposing and was listed in the readiness panel, but its row looked
    like any other (tryout)."""
    model = terms_page(window).editor.model
    row = model.row_of("lead")
    assert model.index(row, 0).data() == "Lead"
    assert model.set_value(row, "agreed_definition", "  ")
    assert model.index(row, 0).data() == "⚠ no definition  Lead"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.set_value(row, "agreed_definition", "Someone we may contact.")
    assert model.index(row, 0).data() == "Lead"


def test_readiness_reacts_to_a_disputed_term(qtbot: Any, window: Any) -> None:
    window.readiness.show()
    model = terms_page(window).editor.model
    assert window.status.problems.text() == "⚠ 1 problem"
    assert window.readiness.list.isVisible()
    model.set_value(model.row_of("lead"), "status", "disputed")
    assert window.status.problems.text() == "⚠ 2 problems"
    texts = [window.readiness.list.item(i).text() for i in range(window.readiness.list.count())]
    assert "⚠ Terms: “Lead” is still disputed." in texts
    model.set_value(model.row_of("lead"), "status", "agreed")
    model.set_value(model.row_of("opportunity"), "agreed_definition", "Open deal record.")
    model.set_value(model.row_of("opportunity"), "status", "agreed")
    assert window.status.problems.text() == "✓ Ready to propose"
    assert window.readiness.summary.text() == "✓ Nothing to settle in the draft."
    assert not window.readiness.list.isVisible()  # not a large empty white box
    model.set_value(model.row_of("lead"), "status", "disputed")
    assert window.readiness.list.isVisible()


def test_clicking_a_problem_selects_the_term(qtbot: Any, window: Any) -> None:
    window.go_to_section("workshop")
    window.readiness.show()
    item = window.readiness.list.item(0)
    window.readiness.list.itemClicked.emit(item)
    assert window.current_page_key() == "terms"
    editor = window.pages["terms"].editor
    assert editor.model.item(editor.current_row()).key == "opportunity"


def test_an_empty_name_is_refused_with_a_message(qtbot: Any, window: Any, db_url: str) -> None:
    editor = terms_page(window).editor
    before = window.document.content
    view = editor.view
    index = editor.proxy.index(0, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    line = view.focusWidget()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.banner.isVisible)  # the delegate commits on the next turn
    assert window.document.content == before
    assert "Term must not be empty" in editor.banner.text()
    # The cell keeps its name and is not opened again empty: a click on another row
    # goes there (it was refused again, and the cell reopened, until Esc).
    qtbot.wait(50)
    assert view.state() != view.State.EditingState
    assert index.data() == "Lead"
    view.setCurrentIndex(editor.proxy.index(1, 0))
    assert view.currentIndex().row() == 1
    wait_saved(qtbot, window)
    assert reread(db_url, window.agreement_id).content.terms[0].name == "Lead"
    assert editor.view.itemDelegate().waiting_text is None


def test_a_name_with_no_latin_letter_gets_a_key_named_for_its_kind(
        qtbot: Any, window: Any) -> None:
    """Arabic and Chinese names all became "item", "item-2": keys the CRM config and
    `sign --stakeholder` then carried, saying nothing of what they were (tryout)."""
    window.go_to_section("terms")
    terms = window.pages["terms"].editor
    for name in ("عميل محتمل", "潜在客户"):
        terms.new_name.setText(name)
        terms.add_item()
    keys = {t.name: t.key for t in window.document.content.terms}
    assert (keys["عميل محتمل"], keys["潜在客户"]) == ("term", "term-2")
    window.go_to_section("stakeholders")
    people = window.pages["stakeholders"].editor
    people.new_name.setText("ليلى حداد")
    people.add_item()
    [leila] = [s for s in window.document.content.stakeholders if s.name == "ليلى حداد"]
    assert leila.key == "stakeholder"
    people.select_key("stakeholder")
    people.duplicate_current()
    [copy] = [s for s in window.document.content.stakeholders if s.name == "ليلى حداد (copy)"]
    assert copy.key == "stakeholder-copy"


def test_blank_lines_around_a_long_text_are_not_kept(qtbot: Any, window: Any) -> None:
    """Enter pressed in the definition box (to reach the table: Tab had left it) stored
    "\\nScored above…\\n", which the table then showed as a blank cell (tryout). The
    lines between stay as typed."""
    editor = terms_page(window).editor
    editor.select_row(0)
    box = editor.form.widgets["agreed_definition"].widget
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Scored above 60.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Fits a persona.  ")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    editor.form.commit_pending()
    assert window.document.content.terms[0].agreed_definition == (
        "Scored above 60.\nFits a persona.")
    assert box.toPlainText() == "\nScored above 60.\nFits a persona.  \n"  # typing left alone


def test_a_copy_of_an_agreed_term_is_disputed_until_the_room_agrees_it(
        qtbot: Any, window: Any) -> None:
    """A duplicate went in agreed, with the same definition, and readiness said nothing
    (tryout)."""
    window.readiness.show()
    editor = terms_page(window).editor
    editor.select_row(editor.model.row_of("lead"))
    window.window_actions.duplicate_item.trigger()
    copy = window.document.content.terms[editor.current_row()]
    assert (copy.key, copy.name, copy.status) == ("lead-copy", "Lead (copy)", "disputed")
    texts = [window.readiness.list.item(i).text() for i in range(window.readiness.list.count())]
    assert "⚠ Terms: “Lead (copy)” is still disputed." in texts
    assert window.document.content.terms[editor.model.row_of("lead")].status == "agreed"
