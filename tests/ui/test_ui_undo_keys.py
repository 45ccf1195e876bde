"""Ctrl+Z and Ctrl+Shift+Z undo and redo the agreement from a field that has nothing
of its own to undo; a field with typing of its own keeps the keys for it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from slaworkshop.ui.keyed_list.table_model import column_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def change_facilitator(qtbot: Any, window: Any, text: str) -> None:
    """Type a new facilitator and leave the field: one step on the agreement's stack."""
    window.activateWindow()
    window.go_to_section("workshop")
    line = window.pages["workshop"].lines["facilitator"]
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    window.pages["workshop"].commit_pending()
    assert window.document.content.facilitator == text


def focus(widget: QWidget) -> QWidget:
    widget.setFocus()
    focused = QApplication.focusWidget()
    assert focused is widget or widget.isAncestorOf(focused) or focused.focusProxy() is widget
    return focused


def _organization(window: Any) -> QWidget:
    return window.pages["workshop"].lines["organization"]


def _date(window: Any) -> QWidget:
    return window.pages["workshop"].dates["review_by"].edit


def _long_text(window: Any) -> QWidget:
    window.go_to_section("stakeholders")
    return window.pages["stakeholders"].editor.form.widgets["responsibilities"].widget


def _spin_box(window: Any) -> QWidget:
    from PySide6.QtWidgets import QAbstractSpinBox

    window.go_to_section("workshop")
    hours = window.pages["workshop"].hours
    return next(w for w in hours.findChildren(QAbstractSpinBox) if w.isEnabled())


def _combo(window: Any) -> QWidget:
    window.go_to_section("workshop")
    hours = window.pages["workshop"].hours
    return next(w for w in hours.findChildren(QComboBox) if w.isEnabled())


def _cell_editor(window: Any) -> QWidget:
    window.go_to_section("stakeholders")
    editor = window.pages["stakeholders"].editor
    index = editor.proxy.mapFromSource(editor.model.index(0, column_of(editor.spec, "role")))
    editor.view.setFocus()
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = editor.view.indexWidget(index)
    assert isinstance(cell, QLineEdit)
    return cell


WIDGETS = {"line edit": _organization, "date edit": _date, "text box": _long_text,
           "spin box": _spin_box, "combo box": _combo, "table cell": _cell_editor}


@pytest.mark.parametrize("kind", list(WIDGETS))
def test_undo_and_redo_keys_reach_the_agreement_from_a_field_with_nothing_to_undo(
        qtbot: Any, window: Any, kind: str) -> None:
    before = window.document.content.facilitator
    change_facilitator(qtbot, window, "Dana Fox")
    widget = focus(WIDGETS[kind](window))
    assert window.window_actions.undo.text() == "&Undo Change facilitator"
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert window.document.content.facilitator == before
    widget = focus(WIDGETS[kind](window))  # the page was refreshed
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.document.content.facilitator == "Dana Fox"
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Y, CTRL)  # Redo's other key
    assert window.document.content.facilitator == "Dana Fox"


def test_a_field_with_typing_of_its_own_keeps_the_undo_key(qtbot: Any, window: Any) -> None:
    change_facilitator(qtbot, window, "Dana Fox")
    line = focus(_organization(window))
    original = line.text()
    qtbot.keyClick(line, Qt.Key.Key_End)
    qtbot.keyClicks(line, " Ltd")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == original  # the field's own undo took the typing back
    assert window.document.content.facilitator == "Dana Fox"  # the agreement's stayed
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL | SHIFT)
    assert line.text() == original + " Ltd"  # and its own redo put it back
