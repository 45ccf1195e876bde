"""Pages on a 1280×800 projector with the text made larger: nothing scrolls sideways;
parts that stand side by side on a wide screen go one under the other instead."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QVBoxLayout, QWidget


def _larger_text(window: Any, steps: int = 2) -> None:
    window.window_actions.zoom_reset.trigger()
    for _ in range(steps):
        window.window_actions.zoom_in.trigger()


def _show_page(qtbot: Any, window: Any, key: str, width: int, height: int) -> Any:
    window.resize(width, height)
    window.go_to_section(key)
    qtbot.wait(20)  # the resize, then the page's own reflow
    return window.pages[key]


def _rect_in(page: QWidget, widget: QWidget) -> Any:
    top_left = widget.mapTo(page, QPoint(0, 0))
    return widget.rect().translated(top_left)


def test_workshop_stacks_business_hours_under_the_form_on_a_narrow_screen(
        qtbot: Any, window: Any) -> None:
    # the sidebar and the readiness panel open, the text two steps larger: the two
    # columns needed about 840 px and the page scrolled sideways at 1280×800
    window.sidebar.show()
    window.readiness.show()
    page = _show_page(qtbot, window, "workshop", 1280, 800)
    _larger_text(window)  # on the page, the window's size unchanged
    qtbot.wait(20)
    assert not window.page_area.horizontalScrollBar().isVisible()
    form_bottom = _rect_in(page, page.dates["review_by"]).bottom()
    hours = _rect_in(page, page.hours)
    assert hours.top() > form_bottom  # under the form...
    assert hours.right() <= window.page_area.viewport().width()  # ...and all of it in view

    page = _show_page(qtbot, window, "workshop", 1920, 1080)
    hours = _rect_in(page, page.hours)
    organization = _rect_in(page, page.lines["organization"])
    assert hours.left() > organization.right()  # beside the form again
    assert hours.top() < form_bottom
    window.window_actions.zoom_reset.trigger()


def test_workshop_fits_1280x800_in_presentation_mode_with_larger_text(
        qtbot: Any, window: Any) -> None:
    window.window_actions.presentation.setChecked(True)
    for steps in (0, 2, 3):
        _larger_text(window, steps)
        _show_page(qtbot, window, "workshop", 1280, 800)
        assert not window.page_area.horizontalScrollBar().isVisible(), steps
    window.window_actions.presentation.setChecked(False)
    window.window_actions.zoom_reset.trigger()


def test_reflow_switches_with_hysteresis(qtbot: Any) -> None:
    from slaworkshop.ui.reflow import HYSTERESIS, Reflow

    window = QWidget()  # as on a page: a top-level window would hold its minimum width
    qtbot.addWidget(window)
    box = Reflow()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box)
    parts = [QWidget(), QWidget()]
    for part in parts:
        part.setMinimumSize(200, 50)
        box.add(part, 1)
    window.show()
    row = box.row_width()
    assert box.minimumSizeHint().width() == 200  # its page may be narrow enough to stack
    window.resize(row - 1, 200)
    qtbot.wait(5)
    assert not box.side_by_side()
    window.resize(row + HYSTERESIS // 2, 200)  # e.g. a vertical scroll bar went away
    qtbot.wait(5)
    assert not box.side_by_side()  # no flicker back and forth
    window.resize(row + HYSTERESIS, 200)
    qtbot.wait(5)
    assert box.side_by_side()
    assert parts[1].geometry().left() >= parts[0].geometry().right()


def test_no_page_scrolls_sideways_at_1280x800_with_larger_text(qtbot: Any,
                                                                window: Any) -> None:
    from slaworkshop.ui.sections import SECTION_KEYS

    # Terms (its tool row with "Only disputed") and Review (the preview's tool row)
    # scrolled sideways too
    window.sidebar.show()
    window.readiness.show()
    _larger_text(window)
    for presentation in (False, True):
        window.window_actions.presentation.setChecked(presentation)
        for key in SECTION_KEYS:
            _show_page(qtbot, window, key, 1280, 800)
            bar = window.page_area.horizontalScrollBar()
            assert not bar.isVisible(), (key, presentation, bar.maximum())
    window.window_actions.presentation.setChecked(False)

    # one step more and the tool row no longer fits in one row: it wraps, all in view
    _larger_text(window, 3)
    page = _show_page(qtbot, window, "terms", 1280, 800)
    editor = page.editor
    assert not window.page_area.horizontalScrollBar().isVisible()
    assert not editor.tool_row.side_by_side()
    room = window.page_area.viewport().width()
    for widget in editor.tab_chain()[:6] + [page.disputed_only]:  # the tool row
        rect = _rect_in(page, widget)
        assert rect.right() <= room and rect.width() >= widget.minimumSizeHint().width()
    name = editor.new_name
    assert name.width() >= name.fontMetrics().horizontalAdvance(name.placeholderText())
    assert _rect_in(page, name).bottom() < _rect_in(page, editor.duplicate_button).top()
    _show_page(qtbot, window, "terms", 1920, 1080)
    assert editor.tool_row.side_by_side()  # one row where there is room
    window.window_actions.zoom_reset.trigger()


def test_reflow_stacks_when_a_part_grows_at_the_same_width(qtbot: Any) -> None:
    from slaworkshop.ui.reflow import Reflow

    # Ctrl+plus on a page whose width does not change: no resize, yet the row no
    # longer fits
    window = QWidget()
    qtbot.addWidget(window)
    box = Reflow()
    QVBoxLayout(window).addWidget(box)
    parts = [QWidget(), QWidget()]
    for part in parts:
        part.setMinimumSize(200, 50)
        box.add(part)
    window.resize(600, 200)
    window.show()
    qtbot.wait(5)
    assert box.side_by_side()
    parts[0].setMinimumWidth(500)
    qtbot.waitUntil(lambda: not box.side_by_side(), timeout=1000)
    assert window.width() == 600


def _arrow_ink(funnel: Any) -> Any:
    """The bounding box of the "›" drawn between the first two stages, and its gap."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor

    first, second = funnel._boxes()[:2]
    gap = QRect(int(first.right()) + 1, int(first.top()),
                int(second.left() - first.right()) - 2, int(first.height()))
    image = funnel.grab().toImage()
    ratio = image.devicePixelRatio()
    ground = QColor(image.pixel(int(gap.center().x() * ratio), int(2 * ratio))).lightness()
    ink = [(x, y) for x in range(gap.left(), gap.right() + 1)
           for y in range(gap.top(), gap.bottom() + 1)
           if abs(QColor(image.pixel(int(x * ratio), int(y * ratio))).lightness() - ground) > 100]
    assert ink, "no arrow between the stages"
    xs, ys = [x for x, _ in ink], [y for _, y in ink]
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1), gap


def test_funnel_arrows_grow_with_the_text(qtbot: Any, window: Any) -> None:
    # the "›" between stages stayed a few pixels high beside large stage names
    page = _show_page(qtbot, window, "stages", 1280, 800)
    normal, _gap = _arrow_ink(page.funnel)
    for presentation in (False, True):
        window.window_actions.presentation.setChecked(presentation)
        _larger_text(window)
        page = _show_page(qtbot, window, "stages", 1280, 800)
        arrow, gap = _arrow_ink(page.funnel)
        line = page.funnel.fontMetrics().height()
        assert arrow.height() >= 0.4 * line, (presentation, arrow, line)  # as tall as text
        assert arrow.height() > normal.height() * 1.2
        # whole, not clipped: clear of the boxes either side and of the gap's top and bottom
        assert gap.left() < arrow.left() and arrow.right() < gap.right()
        assert gap.top() < arrow.top() and arrow.bottom() < gap.bottom()
    window.window_actions.presentation.setChecked(False)
    window.window_actions.zoom_reset.trigger()


def _resized(qtbot: Any, window: Any, width: int) -> None:
    from ui_helpers import settle_layout

    window.resize(width, 700)
    settle_layout(qtbot, window)


def _terms_with_panel(qtbot: Any, window: Any, width: int) -> None:
    """The Terms page with the readiness panel shown, in a window ``width`` wide."""
    window.readiness.show()
    window.go_to_section("terms")
    _resized(qtbot, window, width)


def test_readiness_panel_steps_aside_in_a_narrow_window_and_comes_back(
        qtbot: Any, window: Any) -> None:
    _terms_with_panel(qtbot, window, 1280)
    assert window.readiness.isVisible()

    # at 900 px the Terms table and the panel did not fit: the page scrolled sideways
    _resized(qtbot, window, 900)
    assert not window.readiness.isVisible()
    assert not window.page_area.horizontalScrollBar().isVisible()
    assert not window.window_actions.readiness.isChecked()
    assert window.status.problems.text() == "⚠ 1 problem"  # the count stays in view
    assert window.status.problems.isVisible()

    _resized(qtbot, window, 1280)
    assert window.readiness.isVisible()
    assert window.window_actions.readiness.isChecked()
    assert not window.page_area.horizontalScrollBar().isVisible()


def test_a_panel_shown_by_hand_in_a_narrow_window_stays(qtbot: Any, window: Any) -> None:
    _terms_with_panel(qtbot, window, 1280)
    _resized(qtbot, window, 900)
    assert not window.readiness.isVisible()
    window.status.problems.click()  # the facilitator wants it, narrow or not
    qtbot.wait(20)
    assert window.readiness.isVisible()
    _resized(qtbot, window, 880)
    assert window.readiness.isVisible()

    # once there is room for both, a later narrowing makes room for the page again
    _resized(qtbot, window, 1280)
    _resized(qtbot, window, 900)
    assert not window.readiness.isVisible()


def test_a_panel_closed_by_hand_is_not_brought_back(qtbot: Any, window: Any) -> None:
    _terms_with_panel(qtbot, window, 1280)
    _resized(qtbot, window, 900)
    window.window_actions.readiness.trigger()  # shown
    qtbot.wait(20)
    window.window_actions.readiness.trigger()  # and closed again by hand
    qtbot.wait(20)
    _resized(qtbot, window, 1400)
    assert not window.readiness.isVisible()


def test_a_panel_that_stepped_aside_comes_back_in_the_next_wide_window(
        qtbot: Any, window: Any, workspace: Any, window_agreement: str) -> None:
    from ui_helpers import open_window

    _terms_with_panel(qtbot, window, 1280)
    _resized(qtbot, window, 900)
    assert not window.readiness.isVisible()
    window.close()  # its state is saved with the panel hidden

    again = open_window(qtbot, workspace, window_agreement)
    again.go_to_section("terms")
    _resized(qtbot, again, 1400)
    assert again.readiness.isVisible()


def test_a_window_that_opens_narrow_has_its_panel_step_aside(
        qtbot: Any, workspace: Any, window_agreement: str) -> None:
    """The panel's own show with the window counted as "shown by hand", so a window
    first opened at 1008 px (the first-run size on a 1024×768 projector) kept it."""
    from PySide6.QtCore import Qt

    from slaworkshop.ui.agreement_window import AgreementWindow

    win = AgreementWindow(workspace, workspace.agreements.draft(window_agreement))
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    win.readiness.show()
    win.go_to_section("terms")
    win.resize(900, 700)
    win.show()
    qtbot.waitExposed(win)
    _resized(qtbot, win, 900)
    assert not win.readiness.isVisible()
    assert not win.page_area.horizontalScrollBar().isVisible()


def test_only_a_panel_beside_the_page_steps_aside(qtbot: Any, window: Any) -> None:
    """Docked below the page it takes no width; hidden for want of width, it never came
    back, since coming back needed room as wide as the whole window."""
    from PySide6.QtCore import Qt

    _terms_with_panel(qtbot, window, 1280)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.readiness)
    window.readiness.show()
    _resized(qtbot, window, 700)
    assert window.readiness.isVisible()
    _resized(qtbot, window, 1400)
    assert window.readiness.isVisible()


def test_larger_text_makes_the_panel_step_aside_without_a_resize(
        qtbot: Any, window: Any) -> None:
    _terms_with_panel(qtbot, window, 1100)
    assert window.readiness.isVisible()
    for _ in range(3):
        window.window_actions.zoom_in.trigger()
    qtbot.waitUntil(lambda: not window.readiness.isVisible())
    _resized(qtbot, window, 1100)
    assert not window.page_area.horizontalScrollBar().isVisible()
    window.window_actions.zoom_reset.trigger()
    _resized(qtbot, window, 1400)
    assert window.readiness.isVisible()  # room again: back


def test_minimizing_is_no_choice_of_the_facilitator(qtbot: Any, window: Any) -> None:
    _terms_with_panel(qtbot, window, 1280)
    window.showMinimized()
    qtbot.wait(50)
    window.showNormal()
    qtbot.wait(50)
    _resized(qtbot, window, 900)
    assert not window.readiness.isVisible()


def test_a_window_destroyed_while_shown_takes_its_panel_without_an_error(
        qtbot: Any, workspace: Any, window_agreement: str) -> None:
    """A window deleted while on screen (a script's end) hides its panel as it goes;
    the panel's watcher then asked the half-destroyed window whether it was visible:
    "Internal C++ object (AgreementWindow) already deleted"."""
    import shiboken6

    from slaworkshop.ui.agreement_window import AgreementWindow

    window = AgreementWindow(workspace, workspace.agreements.draft(window_agreement))
    window.show()
    qtbot.waitExposed(window)
    _terms_with_panel(qtbot, window, 1400)
    assert window.readiness.isVisible()
    window.autosaver.flush()
    shiboken6.delete(window)  # pytest-qt fails the test on an error raised in a slot
    assert not shiboken6.isValid(window)


def test_the_panel_keeps_its_width_whatever_it_lists(qtbot: Any, window: Any) -> None:
    """Its width followed its text: each problem that came or went laid the page beside
    it out again, and the name box shrank from about 615 to 200 px under the pointer,
    so a click meant for it landed on Duplicate (tryout)."""
    from ui_helpers import settle_layout

    from slaworkshop.models import ReadinessProblem

    _terms_with_panel(qtbot, window, 1400)
    entry = window.pages["terms"].editor.new_name
    widths = set()
    long = "a sentence long enough to wrap over several lines of the panel " * 3
    for problems in ([], [ReadinessProblem("terms", "terms[0]", "short")],
                     [ReadinessProblem("terms", f"terms[{i}]", long) for i in range(6)],
                     []):
        window.readiness.set_problems(problems)
        settle_layout(qtbot, window)
        widths.add((window.readiness.width(), entry.width()))
    assert len(widths) == 1, widths


def test_a_panel_shown_by_hand_stays_when_a_page_that_fits_comes_between(
        qtbot: Any, window: Any) -> None:
    """Shown by hand beside a page too wide for both, the panel stepped aside again after
    Alt+Left to a page that fits and Alt+Right back (tryout): only the window's having
    room again ends the facilitator's choice."""
    from ui_helpers import settle_layout

    _terms_with_panel(qtbot, window, 1280)
    _resized(qtbot, window, 900)
    assert not window.readiness.isVisible()
    window.status.problems.click()  # shown by hand
    qtbot.wait(20)
    fitting = next(key for key in ("rejection_reasons", "cadences", "goals", "workshop")
                   if _fits_beside(qtbot, window, key))
    window.go_to_section(fitting)
    settle_layout(qtbot, window)
    _resized(qtbot, window, 890)  # narrower still: no more room than before (review)
    window.go_to_section("terms")
    settle_layout(qtbot, window)
    assert window.narrow_room._overflow() > 0  # terms still too wide for both
    assert window.readiness.isVisible()


def _fits_beside(qtbot: Any, window: Any, key: str) -> bool:
    from ui_helpers import settle_layout

    window.go_to_section(key)
    settle_layout(qtbot, window)
    return bool(window.narrow_room._overflow() <= 0 and window.readiness.isVisible())
