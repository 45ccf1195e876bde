"""At the default window size the important parts are in sight without scrolling."""

from __future__ import annotations

from typing import Any

from slaworkshop.ui.keyed_list.column_widths import fit_widths
from slaworkshop.ui.keyed_list.table_model import column_of


def test_fit_widths_keeps_flags_and_fills_the_view() -> None:
    widths = fit_widths([200, 120, 200, 220, 50], [60, 60, 60, 60, 50],
                        [True, True, True, True, False], 700)
    assert sum(widths) == 700 and widths[-1] == 50
    wide = fit_widths([260, 150, 160], [60, 60, 60], [True, True, True], 1000,
                      growing=[False, False, True])
    assert wide[:2] == [260, 150] and sum(wide) == 1000


def test_signs_column_is_in_sight_at_the_default_size(qtbot: Any, window: Any) -> None:
    from ui_helpers import settle_layout

    window.resize(1320, 860)
    window.show()
    window.go_to_section("stakeholders")
    qtbot.wait(20)
    settle_layout(qtbot, window)
    editor = window.pages["stakeholders"].editor
    view = editor.view
    signs = column_of(editor.spec, "signatory")
    rect = view.visualRect(editor.proxy.index(0, signs))
    assert rect.width() > 0
    assert rect.left() >= 0 and rect.right() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
    # the page sits in a scroll area: its scroll bars settle one layout pass later
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible(), timeout=1000)


def test_workshop_title_shows_its_start_in_a_wide_field(qtbot: Any, window: Any) -> None:
    window.resize(1320, 860)
    window.show()
    window.go_to_section("workshop")
    qtbot.wait(20)
    title = window.pages["workshop"].lines["title"]
    assert title.cursorPosition() == 0
    assert title.width() >= title.fontMetrics().horizontalAdvance(title.text())


def test_the_duration_amount_has_room_for_its_digits(qtbot: Any, window: Any) -> None:
    from slaworkshop.ui.duration_editor import DurationEditor

    editor = DurationEditor()
    qtbot.addWidget(editor)
    editor.show()
    assert editor.amount.width() >= editor.amount.fontMetrics().horizontalAdvance("00000")


def test_the_first_window_fits_a_1280x800_projector() -> None:
    from PySide6.QtCore import QSize

    from slaworkshop.ui.agreement_window import default_size

    small = default_size(QSize(1280, 770))  # 1280×800 less a panel
    assert small.width() <= 1280 - 16 and small.height() <= 770 - 40
    assert default_size(QSize(1920, 1050)) == QSize(1320, 860)


def test_a_first_window_opens_inside_the_screen(qtbot: Any, window: Any) -> None:
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()


def test_the_title_field_lines_up_with_the_fields_below_it(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import QPoint

    window.resize(1400, 900)
    window.show()
    window.go_to_section("workshop")
    qtbot.waitExposed(window)
    qtbot.wait(20)
    page = window.pages["workshop"]
    lefts = {page.lines[name].mapTo(window, QPoint(0, 0)).x()
             for name in ("title", "organization", "facilitator")}
    lefts.add(page.dates["workshop_date"].mapTo(window, QPoint(0, 0)).x())
    assert len(lefts) == 1, lefts
