"""A long text box and the sections list show a frame while they have the keyboard:
Fusion frames a focused line edit only, and the Terms form's boxes showed the focus by
a blinking cursor alone (tryout)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractScrollArea, QApplication


def _edge_is_highlight(view: QAbstractScrollArea) -> bool:
    image = view.viewport().grab().toImage()
    colour = view.palette().highlight().color()
    y = image.height() // 2
    return QColor(image.pixel(0, y)) == colour and QColor(image.pixel(image.width() - 1, y)) \
        == colour


def test_a_text_box_and_the_sections_list_show_the_focus(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    box = editor.form.widgets["agreed_definition"].widget
    assert not _edge_is_highlight(box)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    assert _edge_is_highlight(box)
    assert not _edge_is_highlight(window.sidebar)
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    assert _edge_is_highlight(window.sidebar)
    assert not _edge_is_highlight(box)


def test_presentation_mode_draws_its_own_focus_border(qtbot: Any, window: Any) -> None:
    window.window_actions.presentation.setChecked(True)
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    box = editor.form.widgets["agreed_definition"].widget
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    assert not _edge_is_highlight(box)  # the style sheet's yellow border, not ours too
    window.window_actions.presentation.setChecked(False)
