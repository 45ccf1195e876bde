"""Presentation mode and text size."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import projector_size, settle_layout


def test_presentation_mode_is_full_screen_with_bigger_text(qtbot: Any, window: Any) -> None:
    normal = window.font().pointSizeF()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.presentation.active
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.font().pointSizeF() > normal * 1.5
    table = window.pages["terms"].editor.view
    assert table.font().pointSizeF() > normal * 1.5  # what people at the back see
    assert window.navigation_bar.isVisible()
    assert not window.findChild(type(window.navigation_bar), "mainToolbar").isVisible()
    assert window.styleSheet()  # high contrast
    window.window_actions.next_section.trigger()
    assert window.navigation_title.text().strip() == "2. Terms"
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.presentation.active
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.font().pointSizeF() == normal


def test_text_size_keys(qtbot: Any, window: Any) -> None:
    normal = window.font().pointSizeF()
    window.window_actions.zoom_in.trigger()
    window.window_actions.zoom_in.trigger()
    assert window.font().pointSizeF() > normal * 1.3
    window.window_actions.zoom_out.trigger()
    assert normal < window.font().pointSizeF()
    window.window_actions.zoom_reset.trigger()
    assert window.font().pointSizeF() == normal
    shortcuts = [s.toString() for s in window.window_actions.zoom_in.shortcuts()]
    assert "Ctrl+=" in shortcuts


def test_window_geometry_is_remembered(qtbot: Any, window: Any, workspace: Any,
                                       northwind: str) -> None:
    from slaworkshop.ui.agreement_window import AgreementWindow

    window.resize(1201, 651)
    size = (window.width(), window.height())
    window.close()
    again = AgreementWindow(workspace, workspace.agreements.draft(northwind))
    again.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(again)
    # the offscreen screen is 800 pixels wide, so only the height survives unclamped
    assert again.height() == size[1] != 860


def test_presentation_mode_gives_the_page_the_room(qtbot: Any, window: Any) -> None:
    window.show()
    window.readiness.show()
    window.window_actions.presentation.setChecked(True)
    page = window.pages["terms"]
    window.go_to_section("terms")
    # the navigation bar names the section and reaches every other one
    assert not window.sidebar.isVisible()
    assert page.heading.isHidden()
    assert not window.readiness.isVisible()
    assert not window.status.database.isVisible()
    assert window.status.problems.isVisible()  # the count of problems stays
    menu = window.sections_button.menu()
    assert [a.text() for a in menu.actions()][-1] == "12. Review and sign-off"
    menu.actions()[5].trigger()
    assert window.current_page_key() == "sla_windows"
    window.window_actions.presentation.setChecked(False)
    assert window.sidebar.isVisible() and not page.heading.isHidden()
    assert window.readiness.isVisible() and window.status.database.isVisible()


def test_presentation_mode_keeps_rows_of_every_table_readable(qtbot: Any,
                                                              window: Any) -> None:
    window.show()
    window.window_actions.presentation.setChecked(True)
    for _ in range(2):
        window.window_actions.zoom_in.trigger()
    projector_size(qtbot, window)  # resize() alone was undone: full screen is 800 px here
    for key in ("terms", "sla_windows", "stakeholders", "stages"):
        window.go_to_section(key)
        qtbot.wait(10)
        view = window.pages[key].list_editors()[0].view
        row = view.verticalHeader().defaultSectionSize()
        assert view.viewport().height() >= 3 * row - 2, key
    window.window_actions.presentation.setChecked(False)


def _visit_every_page(window: Any) -> None:
    from slaworkshop.ui.sections import SECTION_KEYS

    for key in SECTION_KEYS:
        window.go_to_section(key)


def test_no_page_pushes_the_window_off_a_1280x800_screen(qtbot: Any, window: Any) -> None:
    # Once Review (signatures and a PDF preview) was built, every page asked for 867 px
    # of height, and bigger text made the window 1386 px wide: off a 1280×800 projector.
    _visit_every_page(window)
    for mode in ("normal", "bigger text", "presentation", "presentation, bigger text"):
        window.window_actions.presentation.setChecked(mode.startswith("presentation"))
        window.window_actions.zoom_reset.trigger()
        if "bigger" in mode:
            window.window_actions.zoom_in.trigger()
            window.window_actions.zoom_in.trigger()
        needed = window.minimumSizeHint()
        assert needed.width() <= 1280 and needed.height() <= 800, (mode, needed)
    window.window_actions.presentation.setChecked(False)
    window.window_actions.zoom_reset.trigger()


def test_the_review_page_fits_1280x800_in_presentation_mode(qtbot: Any, window: Any) -> None:
    window.window_actions.presentation.setChecked(True)
    window.go_to_section("review")
    qtbot.wait(10)
    # what the navigation bar, the status bar and the margins take from the screen
    chrome = window.height() - window.page_area.viewport().height()
    needed = window.pages["review"].minimumSizeHint()
    assert needed.height() <= 800 - chrome  # the PDF preview gives way, nothing scrolls
    assert needed.width() <= 1280
    preview = window.signoff.preview.view
    assert preview.minimumHeight() >= 5 * preview.fontMetrics().lineSpacing()  # still a preview
    window.window_actions.presentation.setChecked(False)


def _dark_pixels(view: Any, index: Any) -> int:
    from PySide6.QtGui import QColor

    image = view.viewport().grab(view.visualRect(index)).toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() < 60)


def test_a_ticked_box_in_the_selected_row_still_looks_ticked(qtbot: Any, window: Any) -> None:
    from slaworkshop.ui.keyed_list.table_model import column_of

    # In high contrast a ticked box was filled with the selection's own yellow: on the
    # selected row "Signs" looked unticked.
    window.window_actions.presentation.setChecked(True)
    window.go_to_section("stakeholders")
    editor = window.pages["stakeholders"].editor
    signs = column_of(editor.spec, "signatory")
    rows = {key: editor.model.row_of(key) for key in ("priya", "lee")}
    window.activateWindow()
    editor.view.setFocus()  # the table being worked in shows its selection in full
    qtbot.waitUntil(editor.view.hasFocus)
    dark = {}
    for key in ("priya", "lee"):  # Priya signs, Lee does not
        editor.select_row(rows[key])
        qtbot.wait(10)
        dark[key] = _dark_pixels(editor.view, editor.proxy.index(rows[key], signs))
    # Lee's box is its black border alone; Priya's is filled. A box of 14 pixels (the
    # type on some machines) has a border half its area, so filled reads as 1.9 times
    # as dark; the yellow fill with a black tick, which looked unticked, as 1.2 times.
    assert dark["priya"] > 1.6 * dark["lee"], dark
    window.window_actions.presentation.setChecked(False)


def test_the_alert_list_shows_its_boxes_in_presentation_mode(qtbot: Any, window: Any) -> None:
    # Unticked people in "On a breach, alert" had no box at all in high contrast.
    window.window_actions.presentation.setChecked(True)
    window.go_to_section("sla_windows")
    editor = window.pages["sla_windows"].editor
    editor.select_row(0)
    qtbot.wait(10)
    from PySide6.QtWidgets import QListWidget

    box = next(w for w in editor.findChildren(QListWidget) if w.isVisible())
    unticked = next(box.item(i) for i in range(box.count())
                    if box.item(i).checkState() == Qt.CheckState.Unchecked)
    rect = box.visualItemRect(unticked)
    rect.setWidth(rect.height())  # the box sits at the start of the row
    image = box.viewport().grab(rect).toImage()
    from PySide6.QtGui import QColor

    light = sum(1 for x in range(image.width()) for y in range(image.height())
                if QColor(image.pixel(x, y)).lightness() > 200)
    assert light > 2 * rect.height()  # a white outline, not black on black
    window.window_actions.presentation.setChecked(False)


def test_the_readiness_list_on_review_is_as_tall_as_its_problems(qtbot: Any, window: Any) -> None:
    """One problem takes one row, not a third of the page: the PDF preview below gets
    the room, in both modes; many problems stop growing the list at five rows."""
    window.go_to_section("review")
    review = window.pages["review"]
    for presenting in (False, True):
        window.window_actions.presentation.setChecked(presenting)
        qtbot.wait(10)
        assert review.problems.count() == 1  # the example's disputed term
        row = review.problems.sizeHintForRow(0)
        assert row <= review.problems.height() <= 2 * row  # whole, and no more than that
        assert window.signoff.preview.height() > 3 * review.problems.height()
    window.window_actions.presentation.setChecked(False)
    content = window.document.content
    disputed = [t.model_copy(update={"status": "disputed"}) for t in content.terms]
    review.refresh(content.model_copy(update={"terms": disputed}))
    assert review.problems.count() > 5
    assert review.problems.height() < 6 * review.problems.sizeHintForRow(0)


@pytest.mark.parametrize("steps", [2, 3])
def test_every_presentation_button_is_in_view_at_1280_with_larger_text(
        qtbot: Any, window: Any, steps: int) -> None:
    # Two steps larger, "Leave presentation  F11" went into the bar's overflow menu; three
    # steps larger, again beside "12. Review and sign-off" (tryout): the title gives up
    # its end first, whole in its tooltip.
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QToolButton

    from slaworkshop.ui.sections import SECTION_KEYS, SECTIONS

    actions = window.window_actions
    actions.presentation.setChecked(True)
    for _ in range(steps):
        actions.zoom_in.trigger()
    projector_size(qtbot, window)
    bar = window.navigation_bar
    for key in SECTION_KEYS:  # the title in the middle is as long as the section's name
        window.go_to_section(key)
        qtbot.wait(10)
        shown = [bar.widgetForAction(a) for a in bar.actions()]
        assert all(w is not None and w.isVisible() for w in shown), key
        assert max(w.geometry().right() for w in shown) < bar.width(), key
        title = next(f"{n + 1}. {s.title}" for n, s in enumerate(SECTIONS) if s.key == key)
        shown_title = window.navigation_title.text().strip()
        assert window.navigation_title.toolTip() == title
        assert shown_title == title or (shown_title.endswith("…")
                                        and title.startswith(shown_title[:-1])), shown_title
        sections_button = window.navigation.sections_button
        for action, words in ((actions.previous_section, "Previous"),
                              (actions.next_section, "Next"),
                              (actions.sections_list, "section"),
                              (actions.presentation, "Leave presentation")):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button = (sections_button if action is actions.sections_list
                      else bar.widgetForAction(action))
            assert isinstance(button, QToolButton) and button.isVisible()
            # the words and the key on the button or, as the bar gets short (how soon
            # depends on the machine's type), in its tooltip
            said = f"{button.text()} {button.toolTip()}"
            assert words in said and shortcut in said, (key, button.text(), button.toolTip())
    actions.presentation.setChecked(False)
    actions.zoom_reset.trigger()
    main = window.findChild(type(bar), "mainToolbar")
    assert main.widgetForAction(actions.presentation).text() == "Presentation mode"
    assert actions.presentation.toolTip() == "Presentation mode (F11)"


def _text_sizes(window: Any) -> dict[str, float]:
    """The size of type in what the page and the readiness panel show."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

    editor = window.pages["stakeholders"].editor
    form = editor.form
    long_text = next(w for w in form.findChildren(QWidget)
                     if isinstance(w, (QTextEdit, QPlainTextEdit)))
    return {
        "table": editor.view.font().pointSizeF(),
        "header": editor.view.horizontalHeader().font().pointSizeF(),
        "name entry": editor.new_name.font().pointSizeF(),
        "long text": long_text.font().pointSizeF(),
        "description": window.pages["stakeholders"].findChild(
            type(form.key_label), "keyLabel").font().pointSizeF(),
        "refusal banner": editor.banner.font().pointSizeF(),
        "handoff note": window.pages["stages"].handoff_note.font().pointSizeF(),
        "readiness summary": window.readiness.summary.font().pointSizeF(),
        "readiness list": window.readiness.list.font().pointSizeF(),
    }


def test_larger_text_reaches_every_part_of_the_page_and_shrinks_back(qtbot: Any,
                                                                     window: Any) -> None:
    # Outside presentation mode tables, fields and the readiness panel kept their size
    # once presentation mode had been on, and a banner with its own style never grew.
    actions = window.window_actions
    window.go_to_section("stages")
    window.go_to_section("stakeholders")
    view = window.pages["stakeholders"].editor.view
    normal = window.font().pointSizeF()
    normal_row = view.verticalHeader().defaultSectionSize()
    assert set(_text_sizes(window).values()) == {normal}
    actions.presentation.setChecked(True)
    actions.presentation.setChecked(False)
    for _ in range(2):
        actions.zoom_in.trigger()
    larger = window.font().pointSizeF()
    assert larger > normal * 1.3
    assert _text_sizes(window) == dict.fromkeys(_text_sizes(window), larger)
    assert view.verticalHeader().defaultSectionSize() > normal_row
    actions.zoom_reset.trigger()
    assert _text_sizes(window) == dict.fromkeys(_text_sizes(window), normal)
    assert view.verticalHeader().defaultSectionSize() == normal_row  # rows shrink back


def test_a_label_with_its_own_style_follows_the_text_size(qtbot: Any, window: Any) -> None:
    window.go_to_section("stages")
    note = window.pages["stages"].handoff_note
    normal = note.font().pointSizeF()
    window.window_actions.zoom_in.trigger()
    assert note.font().pointSizeF() == window.font().pointSizeF() > normal


def test_the_toolbar_keeps_every_button_in_view_with_larger_text(qtbot: Any,
                                                                window: Any) -> None:
    # Two steps larger, the Readiness toggle went into the toolbar's "»" overflow menu.
    from PySide6.QtWidgets import QToolBar

    actions = window.window_actions
    window.resize(1024, 760)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar = window.findChild(QToolBar, "mainToolbar")
    for _ in range(2):
        actions.zoom_in.trigger()
    qtbot.wait(10)  # the bar lays itself out again, and again once its words change
    qtbot.wait(10)
    buttons = [bar.widgetForAction(a) for a in bar.actions()]
    assert all(b.isVisible() for b in buttons)
    assert max(b.geometry().right() for b in buttons) < bar.width()
    readiness = bar.widgetForAction(actions.readiness)
    assert "Readiness" in readiness.text()
    assert actions.readiness.toolTip() == "Readiness panel (F9)"  # the words, in full
    assert window.menuBar().actions()[2].menu().actions()[1].text() == "&Readiness panel"
    actions.zoom_reset.trigger()
    qtbot.waitUntil(lambda: readiness.text() == "Readiness panel", timeout=2000)


def test_windows_it_opens_follow_the_text_size_outside_presentation_mode(
    qtbot: Any, window: Any
) -> None:
    from slaworkshop.ui.history.history_window import HistoryWindow

    window.show()
    normal = window.font().pointSizeF()
    window.window_actions.zoom_in.trigger()
    window.window_actions.zoom_in.trigger()
    larger = window.font().pointSizeF()
    window.window_actions.history.trigger()  # opened after the change
    (history,) = window.findChildren(HistoryWindow)
    qtbot.waitUntil(history.isVisible)
    assert history.table.font().pointSizeF() == larger
    assert history.filter.font().pointSizeF() == larger
    window.window_actions.zoom_in.trigger()  # and changed while it is open
    assert history.table.font().pointSizeF() == window.font().pointSizeF() > larger
    window.window_actions.zoom_reset.trigger()
    assert history.table.font().pointSizeF() == normal
    assert not window.presentation.active


def test_long_text_boxes_keep_two_lines_of_larger_text_and_the_form_scrolls(
        qtbot: Any, window: Any) -> None:
    """Three steps up in presentation mode, the Terms form's long texts were 60 px high:
    one line and the tops of the next one's letters ("Any name with a"). Each box now
    keeps two lines of its own text; the form below the table scrolls instead, and no
    field is drawn over the next."""
    from itertools import combinations

    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QPlainTextEdit

    window.show()
    window.window_actions.presentation.setChecked(True)
    for _ in range(3):
        window.window_actions.zoom_in.trigger()
    projector_size(qtbot, window)
    for key in ("terms", "stages", "sla_windows", "stakeholders"):
        window.go_to_section(key)
        qtbot.wait(10)
        form = window.pages[key].list_editors()[0].form
        boxes = [b for b in form.findChildren(QPlainTextEdit) if b.isVisibleTo(form)]
        assert boxes, key
        for box in boxes:
            lines = box.viewport().height() / box.fontMetrics().lineSpacing()
            assert lines >= 2, (key, box.accessibleName(), lines)
        places = [QRect(b.mapTo(form, QPoint(0, 0)), b.size()) for b in boxes]
        for one, other in combinations(places, 2):
            assert not one.intersects(other), (key, one, other)
    window.window_actions.presentation.setChecked(False)
    window.window_actions.zoom_reset.trigger()


def test_five_steps_larger_the_buttons_give_up_their_keys_before_the_title_its_name(
        qtbot: Any, window: Any) -> None:
    """The title was cut to "3. …" beside buttons that still named their keys (tryout)."""
    from PySide6.QtWidgets import QToolButton

    from slaworkshop.ui.presentation import STEP
    from slaworkshop.ui.sections import SECTION_KEYS, SECTIONS

    actions = window.window_actions
    actions.presentation.setChecked(True)
    # five steps up, as a screen taller than the offscreen one allows
    window.presentation.scale = STEP ** 5
    window.presentation.apply_font()
    projector_size(qtbot, window)
    bar = window.navigation_bar
    for key in SECTION_KEYS:
        window.go_to_section(key)
        qtbot.wait(10)
        title = next(f"{n + 1}. {s.title}" for n, s in enumerate(SECTIONS) if s.key == key)
        shown = window.navigation_title.text().strip()
        assert shown == title or (shown.endswith("…") and len(shown) >= 13), shown
        widgets = [bar.widgetForAction(a) for a in bar.actions()]
        assert max(w.geometry().right() for w in widgets if w is not None) < bar.width(), key
    texts = {b.text() for b in bar.findChildren(QToolButton) if b.isVisible()}
    assert {"‹", "›", "Sections ▾", "Leave"} <= texts
    assert actions.presentation.toolTip() == "Leave presentation mode (F11)"
    actions.presentation.setChecked(False)
    actions.zoom_reset.trigger()


def test_the_sections_menu_shows_where_the_arrows_are(qtbot: Any, window: Any) -> None:
    """In presentation mode neither the current section nor the one the arrows moved to
    was highlighted in the Sections menu (Ctrl+L): the facilitator picked blind
    (tryout)."""
    window.window_actions.presentation.setChecked(True)
    menu = window.navigation.sections_button.menu()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)
    action = menu.actions()[2]
    menu.setActiveAction(action)
    qtbot.wait(20)
    image = menu.grab().toImage()
    ratio = image.devicePixelRatio()
    spot = menu.actionGeometry(action).adjusted(2, 2, -2, -2).topLeft()
    colour = image.pixelColor(int(spot.x() * ratio), int(spot.y() * ratio))
    assert (colour.red(), colour.green(), colour.blue()) == (0xff, 0xd4, 0x00)
    menu.hide()
    window.window_actions.presentation.setChecked(False)


def test_the_status_bar_never_cuts_a_word_in_large_type(qtbot: Any, window: Any) -> None:
    """Larger in presentation mode it read "Not saved as a versi" (tryout):
    a label short of room ends with "…", its whole text in its tooltip."""
    actions = window.window_actions
    actions.presentation.setChecked(True)
    for _ in range(5):
        actions.zoom_in.trigger()
    projector_size(qtbot, window)
    window.go_to_section("terms")
    qtbot.wait(20)
    status = window.status
    for label in (status.saved, status.based_on):
        shown = label.shown_text() if hasattr(label, "shown_text") else label.text()
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width(), (
            label.text(), shown)
        assert shown == label.text() or (shown.endswith("…") and label.toolTip() == label.text())
    actions.presentation.setChecked(False)
    actions.zoom_reset.trigger()


@pytest.mark.parametrize("folder", [None, "o'brien (x)"])
def test_a_ticked_box_shows_a_tick_not_a_filled_square(qtbot: Any, window: Any, tmp_path: Any,
                                                        monkeypatch: Any, folder: Any) -> None:
    """High contrast drew a ticked box as a plain yellow square (tryout); installed in a
    folder whose name holds "'" or ")", Qt dropped the whole style sheet (review)."""
    import shutil

    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox

    from slaworkshop import resources
    from slaworkshop.ui import presentation

    if folder is not None:
        odd = tmp_path / folder
        shutil.copytree(resources.assets_dir(), odd)
        monkeypatch.setattr(resources, "assets_dir", lambda: odd)
    presentation._tick_rules.cache_clear()

    window.window_actions.presentation.setChecked(True)
    window.go_to_section("workshop")
    box = next(b for b in window.pages["workshop"].findChildren(QCheckBox)
               if b.isVisible() and b.isChecked())
    image = box.grab().toImage()
    yellow = [(x, y) for x in range(image.width()) for y in range(image.height())
              if QColor(image.pixel(x, y)).name() == "#ffd400"]
    assert yellow  # the ticked box is filled
    left, right = min(x for x, _ in yellow), max(x for x, _ in yellow)
    top, bottom = min(y for _, y in yellow), max(y for _, y in yellow)
    inside_dark = sum(1 for x in range(left, right) for y in range(top, bottom)
                      if QColor(image.pixel(x, y)).lightness() < 60)
    assert inside_dark > (right - left)  # a black tick across the yellow
    window.window_actions.presentation.setChecked(False)
    presentation._tick_rules.cache_clear()


def test_a_status_message_stays_alone_when_the_text_size_changes(qtbot: Any,
                                                                 window: Any) -> None:
    """After Ctrl+Z, Ctrl+plus drew "Undone: …" over "Saved … | Derived from version …":
    the bar's new layout showed the widgets the message hides (tryout)."""
    status = window.status
    window.document.edit("Change facilitator", lambda data: data.update(facilitator="X Y"))
    window.undo_step()
    assert window.statusBar().currentMessage().startswith("Undone: ")
    for action in (window.window_actions.zoom_in, window.window_actions.zoom_reset):
        action.trigger()
        qtbot.wait(100)  # the bar's layout shows its widgets from the event loop
        assert not status.saved.isVisible() and not status.based_on.isVisible()
        assert not status.rule.isVisible()
    window.statusBar().clearMessage()
    qtbot.waitUntil(lambda: status.saved.isVisible() and status.based_on.isVisible())
    assert status.saved.text().startswith("Saved ")


def test_a_window_closed_in_presentation_mode_opens_again_as_it_was_before(
        qtbot: Any, window: Any, workspace: Any, northwind: str) -> None:
    """Closing in presentation mode must save the window as it is outside the mode
    (mutation audit: a window saved full screen came back full screen, the mode off)."""
    from PySide6.QtWidgets import QToolBar

    from slaworkshop.ui.agreement_window import AgreementWindow

    window.showNormal()
    window.resize(700, 600)
    window.window_actions.presentation.setChecked(True)
    qtbot.waitUntil(window.isFullScreen)
    window.close()
    again = AgreementWindow(workspace, workspace.agreements.draft(northwind))
    again.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.isFullScreen()
    assert again.windowState() == Qt.WindowState.WindowNoState
    assert again.presentation.active is False
    assert again.findChild(QToolBar, "mainToolbar").isVisible()
    assert not again.navigation_bar.isVisible()


def test_bigger_text_stops_where_the_screen_is_full(qtbot: Any, window: Any) -> None:
    """Five steps up on a 1024×768 projector scrolled the page sideways and left the
    fields a few pixels tall (tryout): bigger text now stops at 28 lines a screen."""
    from PySide6.QtGui import QFontMetricsF

    from slaworkshop.ui.presentation import LARGEST

    window.window_actions.presentation.trigger()
    for _ in range(8):
        window.window_actions.zoom_in.trigger()
    height = window.screen().availableGeometry().height()  # 800 offscreen
    assert QFontMetricsF(window.font()).height() * 28 <= height
    assert window.statusBar().currentMessage() == LARGEST
    largest = window.font().pointSizeF()
    assert largest > 14  # it did grow before it stopped
    window.window_actions.zoom_out.trigger()
    assert window.font().pointSizeF() < largest


def test_the_form_of_the_item_on_show_gets_the_height_it_needs(qtbot: Any, window: Any
                                                              ) -> None:
    """Two goals kept 270 px of empty rows while the goal being edited sat in a scrolled
    slit a few pixels tall; a stage's entry and exit criteria showed two lines (tryout,
    presentation mode on a projector)."""
    window.window_actions.presentation.trigger()
    window.window_actions.zoom_in.trigger()
    window.go_to_section("stages")
    editor = window.pages["stages"].editor
    area = editor.form_area
    qtbot.waitUntil(lambda: area.viewport().height() >= editor.form.sizeHint().height())
    assert not area.verticalScrollBar().isVisible()
    assert editor.view.height() >= editor.view.minimumHeight()
    # a handle dragged by hand stays where it was put
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    settle_layout(qtbot, window)
    qtbot.wait(100)
    handle = editor.splitter.handle(1)
    middle = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    QTest.mouseMove(handle, middle - QPoint(0, 60))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle - QPoint(0, 60))
    moved = editor.splitter.sizes()
    assert editor.height_share.by_hand
    editor.add_item()  # a row more, and a longer key note: shared again, but for the hand
    qtbot.wait(50)
    assert editor.splitter.sizes() == moved


def test_the_height_shares() -> None:
    from slaworkshop.ui.keyed_list.height_share import shares

    # room for both: the form all it asks, the table the rest
    assert shares(600, 150, 120, 250) == (350, 250)
    # a long table: the form takes at most three fifths
    assert shares(500, 900, 120, 600) == (200, 300)
    # never below the table's few rows
    assert shares(300, 900, 150, 600) == (150, 150)


def test_the_sections_menu_opens_on_the_section_on_show(qtbot: Any, window: Any) -> None:
    """Ctrl+L opened the menu with nothing marked, and the first Down went to
    1. Workshop from 6. SLA windows (tryout)."""
    from PySide6.QtCore import QTimer

    window.window_actions.presentation.setChecked(True)
    window.go_to_section("sla_windows")
    menu = window.sections_button.menu()
    seen: list[tuple[str, list[str]]] = []

    def look() -> None:
        active = menu.activeAction()
        seen.append((active.text() if active else "", [a.text() for a in menu.actions()
                                                        if a.isChecked()]))
        menu.close()

    QTimer.singleShot(100, look)
    window.sections_button.showMenu()
    assert seen == [("6. SLA windows", ["6. SLA windows"])]
    menu.actions()[1].trigger()
    assert window.current_page_key() == "terms"
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["2. Terms"]


def test_a_disabled_button_looks_disabled_in_presentation_mode(qtbot: Any,
                                                               window: Any) -> None:
    """"Move up" on the first row looked exactly like the buttons that work, and Tab
    skipped it without a word (tryout)."""
    from PySide6.QtGui import QColor

    window.window_actions.presentation.setChecked(True)
    window.go_to_section("stages")
    editor = window.pages["stages"].editor
    editor.select_row(0)
    buttons = [b for b in editor.findChildren(type(editor.tools.itemAt(0).widget()))
               if b.text().replace("&", "") in ("Move up", "Move down")]
    assert {b.text().replace("&", ""): b.isEnabled() for b in buttons} == {
        "Move up": False, "Move down": True}

    def white_pixels(widget: Any) -> int:
        image = widget.grab().toImage()
        return sum(image.pixelColor(x, y) == QColor("#ffffff")
                   for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))

    up, down = sorted(buttons, key=lambda b: b.isEnabled())
    assert white_pixels(down) > 0  # white text and frame where it works
    assert white_pixels(up) == 0


def test_text_size_steps_land_on_the_default_size(qtbot: Any, window: Any) -> None:
    """Down to the smallest and back up made 1.0057, not the default (review)."""
    for _ in range(6):
        window.window_actions.zoom_out.trigger()
    assert window.presentation.scale == 0.5
    for _ in range(5):
        window.window_actions.zoom_in.trigger()
    steps = [window.presentation.scale]
    window.window_actions.zoom_in.trigger()
    steps.append(window.presentation.scale)
    assert 1.0 in steps
