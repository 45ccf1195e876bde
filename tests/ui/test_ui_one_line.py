"""Names, labels and titles stay on one line, also when text with line breaks is pasted
into them: a rejection reason's label with a break reached the CRM config as a YAML
block, and the readiness list showed a term's name over three lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import reread, wait_saved

PASTED = "Partner-sourced\r\nlead\n\n(from the portal)"
ONE_LINE = "Partner-sourced lead (from the portal)"


def _paste(line: QLineEdit, text: str) -> None:
    QApplication.clipboard().setText(text)
    line.selectAll()
    line.paste()


def test_pasting_lines_into_a_name_cell_stores_one_line(qtbot: Any, window: Any,
                                                          db_url: str) -> None:
    from slaworkshop.ui.keyed_list.table_model import column_of

    window.go_to_section("rejection_reasons")
    editor = window.pages["rejection_reasons"].editor
    index = editor.proxy.index(0, column_of(editor.spec, "label"))
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = editor.view.indexWidget(index)
    assert isinstance(cell, QLineEdit)
    _paste(cell, PASTED)
    assert cell.text() == ONE_LINE  # what the box shows is what is stored
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.content.rejection_reasons[0].label == ONE_LINE)
    wait_saved(qtbot, window)
    assert reread(db_url, window.agreement_id).content.rejection_reasons[0].label == ONE_LINE


def test_pasting_lines_into_the_form_and_the_workshop_title(qtbot: Any, window: Any) -> None:
    window.go_to_section("sla_windows")
    editor = window.pages["sla_windows"].editor
    editor.select_row(0)
    start = editor.form.widgets["start_event"].widget
    assert isinstance(start, QLineEdit)
    _paste(start, PASTED)
    editor.form.commit_pending()
    assert window.document.content.sla_windows[0].start_event == ONE_LINE
    window.go_to_section("workshop")
    title = window.pages["workshop"].lines["title"]
    _paste(title, "Sales and marketing\nservice-level agreement")
    window.pages["workshop"].commit_pending()
    assert window.document.content.title == "Sales and marketing service-level agreement"


def test_one_line_keeps_the_cursor_after_the_pasted_text() -> None:
    from slaworkshop.ui.one_line import keep_on_one_line, one_line

    assert one_line("a\u2028b\x85c\vd") == "a b c d"
    line = keep_on_one_line(QLineEdit("Lead review"))
    line.setCursorPosition(4)
    QApplication.clipboard().setText("\nX\r\n")
    line.paste()
    assert line.text() == "Lead X review"  # one space where a break met a space
    assert line.cursorPosition() == len("Lead X ")
    assert one_line("Partner \r\n\t sourced") == "Partner sourced"
