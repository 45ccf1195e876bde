"""Keyboard and screen reader: every input is named, Tab follows the page as it reads,
mnemonics do not collide, and every command shows its shortcut."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)
from ui_helpers import focus_cell

from slaworkshop.ui.sections import SECTION_KEYS


def _buddies(window: Any) -> dict[int, str]:
    return {id(label.buddy()): label.text() for label in window.findChildren(QLabel)
            if label.buddy() is not None}


def _spoken_name(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader announces: the accessible name, else the buddy label, else
    the control's own text."""
    name = widget.accessibleName() or buddies.get(id(widget), "")
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    if not name and isinstance(widget, QGroupBox):
        name = widget.title()
    return name.replace("&", "").strip()


def _inputs(page: QWidget, window: Any) -> list[QWidget]:
    """Widgets Tab can reach on the page, without the insides of spin and combo boxes."""
    found = []
    for widget in page.findChildren(QWidget):
        if widget.window() is not window or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        found.append(widget)
    return found


def test_every_input_on_every_page_has_a_name(window: Any) -> None:
    unnamed = []
    checked = 0
    for key in SECTION_KEYS:
        window.go_to_section(key)
        page = window.pages[key]
        buddies = _buddies(window)
        for widget in _inputs(page, window):
            checked += 1
            if not _spoken_name(widget, buddies):
                unnamed.append(f"{key}: {type(widget).__name__} {widget.objectName()!r}")
    assert checked > 100
    assert unnamed == []


def _tab_names(qtbot: Any, window: Any, start: QWidget, count: int) -> list[str]:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    buddies = _buddies(window)
    names: list[str] = []
    while len(names) < count:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = _spoken_name(QApplication.focusWidget(), buddies)
        if not names or names[-1] != name:  # Tab walks a date's year, month and day first
            names.append(name)
    return names


def test_tab_on_the_workshop_page_reads_top_to_bottom(qtbot: Any, window: Any) -> None:
    page = window.pages["workshop"]
    names = _tab_names(qtbot, window, window.sidebar, 9)
    assert names == ["Title", "Organization", "Facilitator", "Workshop date",
                     "Clear Workshop date", "Effective from", "Clear Effective from",
                     "Review by", "Clear Review by"]
    names = _tab_names(qtbot, window, page.dates["review_by"].clear_button, 3)
    assert names[:2] == ["Use business hours", "Time zone"]


def test_tab_on_the_terms_page_goes_tools_filter_table_then_the_three_columns(
        qtbot: Any, window: Any) -> None:
    window.go_to_section("terms")
    editor = window.pages["terms"].editor
    editor.select_row(0)
    names = _tab_names(qtbot, window, editor.down_button, 5)
    assert names == ["Show only disputed terms", "Term list", "Sales' words",
                     "Marketing's words", "Agreed definition"]


def test_tab_from_the_sections_list_enters_a_page_built_later(qtbot: Any, window: Any) -> None:
    window.go_to_section("sla_windows")
    names = _tab_names(qtbot, window, window.sidebar, 1)
    assert names == ["Name of a new window"]
    editor = window.pages["sla_windows"].editor
    editor.select_row(0)
    names = _tab_names(qtbot, window, editor.view, 3)
    assert names == ["Starts when", "Ends when", "On a breach, alert"]


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_no_two_controls_on_a_page_share_an_alt_key(window: Any, key: str) -> None:
    window.go_to_section(key)
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [window.back_button.text(), window.next_button.text()]
    for widget in window.pages[key].findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    by_key: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        if (letter := _mnemonic(text)) is not None:
            by_key[letter].add(text)
    # Not even the same command in two lists (Qualification): Qt then moved the focus
    # between the two "&Add" buttons and Alt+A never added (keyboard audit)
    counted = defaultdict(list)
    for text in texts:
        if (letter := _mnemonic(text)) is not None:
            counted[letter].append(text)
    assert {letter: names for letter, names in by_key.items() if len(names) > 1} == {}
    assert {letter: names for letter, names in counted.items() if len(names) > 1} == {}


def test_every_menu_command_has_a_shortcut_shown_in_its_tooltip(window: Any) -> None:
    window.document.edit("Change title", lambda data: data.update(title="Renamed"))
    assert window.window_actions.undo.text() == "&Undo Change title"
    assert window.window_actions.undo.toolTip() == "Undo the last change (Ctrl+Z)"
    missing = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator():
                continue
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if not shortcut or shortcut not in action.toolTip():
                missing.append(f"{action.text()}: {shortcut!r} / {action.toolTip()!r}")
    assert missing == []


def test_presentation_bar_buttons_show_their_keys(window: Any) -> None:
    # The menu bar, where shortcuts are shown, is hidden in presentation mode.
    from PySide6.QtWidgets import QToolButton

    actions = window.window_actions
    actions.presentation.setChecked(True)
    bar = window.navigation_bar
    shown = {b.text(): b.toolTip() for b in bar.findChildren(QToolButton)
             if b.isVisible() and b.text()}
    for action in (actions.previous_section, actions.next_section, actions.sections_list,
                   actions.presentation):
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        # on the button, or (Previous and Next on a short bar, which keep their words
        # for the room) in its tooltip
        assert any(key in text or key in tip for text, tip in shown.items()), (key, shown)
    # on this 800 px offscreen screen the bar is short: "Leave  F11", the words in its tooltip
    leave = bar.widgetForAction(actions.presentation)
    assert leave.text().startswith("Leave") and "Leave presentation" in leave.toolTip()
    actions.presentation.setChecked(False)
    main = window.findChild(type(bar), "mainToolbar")
    assert main.widgetForAction(actions.presentation).text() == "Presentation mode"


def _focus_walk(window: Any, page: QWidget) -> list[tuple[str, int, int, bool]]:
    """Tab stops after the sections list, as nextInFocusChain() visits them: name,
    position in the window, and whether the stop is on the page."""
    from PySide6.QtCore import QPoint

    buddies = _buddies(window)
    stops: list[tuple[str, int, int, bool]] = []
    widget = window.sidebar.nextInFocusChain()
    while widget is not window.sidebar and len(stops) < 200:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                and widget.isEnabled() and widget.window() is window
                and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))):
            where = widget.mapTo(window, QPoint(0, 0))
            stops.append((_spoken_name(widget, buddies), where.x(), where.y(),
                          page.isAncestorOf(widget)))
        widget = widget.nextInFocusChain()
    return stops


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_tab_goes_through_the_page_as_it_reads_then_back_and_next(window: Any,
                                                                key: str) -> None:
    window.resize(1280, 800)
    window.go_to_section(key)
    QApplication.processEvents()
    stops = _focus_walk(window, window.pages[key])
    on_page = [stop for stop in stops if stop[3]]
    assert on_page and stops[:len(on_page)] == on_page  # the page first, all of it
    for (name, x, y, _), (after, x2, y2, _) in zip(on_page, on_page[1:], strict=False):
        # down the page, along a row, or up to the top of the next column to the right
        assert y2 >= y - 8 or x2 > x + 40, f"{key}: Tab jumps back from {name} to {after}"
    rest = [name for name, *_ in stops[len(on_page):]]
    wizard = [button.text().replace("&", "") for button in (window.back_button,
              window.next_button) if button.isEnabled()]
    assert rest[:len(wizard) + 1] == [*wizard, "Readiness panel: what to settle"]
    # the count, said: "Readiness problems" whatever it was (keyboard audit)
    assert window.status.problems.accessibleName() == "Readiness: 1 problem"


def test_no_two_commands_in_one_menu_share_an_alt_key(window: Any) -> None:
    """File had P for both Propose and Export PDF and C for Export config and Close;
    Edit had U and R twice: the letter only moved the highlight (keyboard audit)."""
    for menu_action in window.menuBar().actions():
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu_action.menu().actions():
            if not action.isSeparator() and (letter := _mnemonic(action.text())):
                letters[letter].append(action.text())
        assert {k: v for k, v in letters.items() if len(v) > 1} == {}, menu_action.text()


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_tab_from_the_status_bar_comes_round_to_the_sections_list(
        qtbot: Any, window: Any, key: str) -> None:
    """On Workshop it went to "Workshop date", skipping the Sections list, Title,
    Organization and Facilitator: the date's frame, a focus proxy, kept its first place
    in the focus chain (keyboard audit)."""
    window.activateWindow()
    window.go_to_section(key)
    window.status.problems.setFocus()
    qtbot.waitUntil(window.status.problems.hasFocus)
    qtbot.keyClick(window.status.problems, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.sidebar


def test_the_current_cell_is_framed_while_the_table_has_the_focus(qtbot: Any,
                                                                   window: Any) -> None:
    """Whole rows are selected, so nothing said which cell the keyboard was on until F2
    (keyboard audit): the current cell has a frame while the table has the focus."""
    view = focus_cell(qtbot, window, "sla_windows", 1, 2)
    index = view.currentIndex()
    neighbour = index.siblingAtColumn(1)  # in the same selected row

    def edge(of: Any) -> Any:
        image = view.viewport().grab().toImage()
        rect, ratio = view.visualRect(of), image.devicePixelRatio()
        return image.pixelColor(int((rect.left() + 1) * ratio), int(rect.center().y() * ratio))

    framed, plain = edge(index), edge(neighbour)
    assert framed != plain and framed.lightness() < plain.lightness()
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    assert edge(index) == edge(neighbour)  # no frame when the focus is elsewhere


def test_enter_opens_the_current_cell(qtbot: Any, window: Any) -> None:
    """Enter did nothing on a cell; only F2 or typing opened it (keyboard audit)."""
    from PySide6.QtWidgets import QLineEdit

    view = focus_cell(qtbot, window, "terms", 0, 0)
    index = view.currentIndex()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    cell = view.indexWidget(index)
    assert isinstance(cell, QLineEdit) and cell.text() == "Lead"
    qtbot.keyClick(cell, Qt.Key.Key_Escape)


def test_the_focus_follows_alt_right_from_a_field_to_the_next_page(qtbot: Any,
                                                                   window: Any) -> None:
    """Alt+Right hides the field with the focus: what is typed next must reach the new
    page (reported by the keyboard audit; Qt moves the focus on, and this keeps it so)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.pages["workshop"]
    window.go_to_section("workshop")
    title = page.lines["title"]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    window.window_actions.next_section.trigger()
    terms = window.pages["terms"]
    focus = QApplication.focusWidget()
    assert focus is not None and terms.isAncestorOf(focus)
    assert focus.accessibleName() == "Name of a new term"
    qtbot.keyClicks(focus, "Lead source")
    assert focus.text() == "Lead source"
    # From the sections list the focus stays there, to go on with the arrows.
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    window.window_actions.next_section.trigger()
    assert window.current_page_key() == "stages"
    assert QApplication.focusWidget() is window.sidebar
