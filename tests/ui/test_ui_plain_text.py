"""Text that quotes the agreement is shown as typed: a name that looks like HTML is
never taken for rich text (which would draw a local image named in it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

HOSTILE = '<img src="file:///etc/hostname"><b>Dana</b>'


def test_a_message_box_shows_a_hostile_name_as_typed(qtbot: Any) -> None:
    from slaworkshop.ui.prompts import message_box

    box = message_box(QMessageBox.Icon.Warning, "Not created", f"{HOSTILE} is taken", None)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"{HOSTILE} is taken"


def test_the_sign_dialog_heading_shows_a_hostile_name_as_typed(qtbot: Any) -> None:
    from slaworkshop.ui.signoff.sign_dialog import SignDialog
    from slaworkshop.ui.signoff.signoff_state import Signatory

    person = Signatory(key="dana", name=HOSTILE, role="VP", team="sales", signature=None)
    dialog = SignDialog(person, 1, "a" * 64)
    qtbot.addWidget(dialog)
    headings = [label for label in dialog.findChildren(QLabel)
                if label.text().startswith("Signing for")]
    assert [label.textFormat() for label in headings] == [Qt.TextFormat.PlainText]
    assert headings[0].text() == f"Signing for {HOSTILE}"


def _as_shown(tip: str) -> str:
    """The characters a tooltip shows (Qt renders it as a text document does)."""
    from PySide6.QtGui import QTextDocument

    assert tip.startswith("<qt>")  # rich text that we wrote, its content escaped
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_a_cells_tooltip_shows_a_hostile_definition_as_typed(qtbot: Any, window: Any) -> None:
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    model = editor.model
    hostile = f"{HOSTILE} & more"
    assert model.set_value(0, "agreed_definition", hostile)
    from slaworkshop.ui.keyed_list.table_model import column_of

    tip = model.index(0, column_of(editor.spec, "agreed_definition")).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip  # no tag of the user's reaches Qt's rich text
    assert _as_shown(tip) == hostile
