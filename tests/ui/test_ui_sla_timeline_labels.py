"""The SLA timeline's labels never overlap, never run off the widget, and the bars use
the full width."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest

from slaworkshop.ui.pages.timeline_layout import (
    GAP,
    LabelSlot,
    place_labels,
    place_whole_labels,
    rows_used,
)


def assert_clear(slots: list[LabelSlot], left: float, right: float) -> None:
    drawn = [s for s in slots if s.width > 0]
    for slot in drawn:
        assert left <= slot.x and slot.right <= right + 1e-6, slot
    for a, b in combinations(drawn, 2):
        if a.row == b.row:
            assert a.right + GAP <= b.x + 1e-6 or b.right + GAP <= a.x + 1e-6, (a, b)


def test_short_windows_get_their_own_rows_not_each_others_text() -> None:
    spans = [(0.0, 40.0), (40.0, 80.0), (80.0, 120.0), (120.0, 800.0)]
    wanted = [260.0, 240.0, 250.0, 300.0]
    slots = place_labels(spans, wanted, 0.0, 800.0, rows=3)
    assert_clear(slots, 0.0, 800.0)
    assert all(s.width == w for s, w in zip(slots, wanted, strict=True))  # all whole
    assert slots[0].x == 0.0 and slots[3].x == 120.0 or slots[3].x > slots[0].right
    assert rows_used(slots) <= 3


@pytest.mark.parametrize("right", [150.0, 400.0, 1200.0])
def test_too_little_room_elides_instead_of_overlapping(right: float) -> None:
    spans = [(i * right / 10, (i + 1) * right / 10) for i in range(10)]
    slots = place_labels(spans, [330.0] * 10, 0.0, right, rows=2)
    assert_clear(slots, 0.0, right)
    assert rows_used(slots) <= 2


def test_a_label_takes_another_row_rather_than_being_cut_short() -> None:
    spans = [(0.0, 100.0), (100.0, 200.0), (200.0, 300.0), (300.0, 700.0)]
    wanted = [330.0, 300.0, 310.0, 380.0]
    assert place_labels(spans, wanted, 0.0, 700.0, rows=3)[3].width < 380.0  # cut short
    slots = place_whole_labels(spans, wanted, 0.0, 700.0, rows=3)
    assert_clear(slots, 0.0, 700.0)
    assert [s.width for s in slots] == wanted
    assert rows_used(slots) == 4


def test_a_label_near_the_right_edge_ends_at_the_edge() -> None:
    slots = place_labels([(0.0, 600.0), (600.0, 700.0)], [100.0, 250.0], 0.0, 700.0, rows=2)
    assert slots[1].width == 250.0 and slots[1].right == 700.0


def test_the_timeline_widget_lays_out_northwind_without_overlap(qtbot: Any,
                                                                workspace: Any,
                                                                northwind: str) -> None:
    from slaworkshop.ui.pages.sla_timeline import SlaTimeline

    timeline = SlaTimeline()
    qtbot.addWidget(timeline)
    timeline.set_content(workspace.agreements.draft(northwind).content)
    for width in (520, 900, 1600):
        timeline.resize(width, timeline.height())
        slots = timeline.label_slots()
        assert_clear(slots, 0.0, width)
        bars = timeline._bar_rects()
        assert bars[0].left() <= 4 and bars[-1].right() >= width - 4  # the full width
        if width >= 900:
            total = slots[-1]
            assert total.width > 0 and total.right <= width  # "Total: …" is whole


@pytest.mark.parametrize("starter", [None, "b2b-software"])
def test_every_label_is_whole_at_1280x800_at_every_text_size(qtbot: Any, workspace: Any,
                                                             northwind: str,
                                                             starter: str | None) -> None:
    # "Rejection reas…": at 1280×800 with larger text, the third row was full and the
    # last labels were cut short. A label now gets a row of its own before it is cut.
    from ui_helpers import open_window, projector_size

    from slaworkshop.starters import load_starter

    agreement = northwind if starter is None else workspace.agreements.import_file(
        load_starter(starter))
    window = open_window(qtbot, workspace, agreement)
    window.readiness.show()
    timeline = window.pages["sla_windows"].timeline
    for presentation, steps in ((False, 0), (False, 1), (False, 2), (True, 0), (True, 2)):
        window.window_actions.presentation.setChecked(presentation)
        window.window_actions.zoom_reset.trigger()
        for _ in range(steps):
            window.window_actions.zoom_in.trigger()
        projector_size(qtbot, window)
        window.go_to_section("sla_windows")
        qtbot.wait(20)
        assert window.width() == 1280
        assert not window.page_area.horizontalScrollBar().isVisible()
        labels = timeline.drawn_labels()
        assert len(labels) == len(timeline.label_texts()) + 1  # every window and the total
        for text, drawn in labels:
            assert drawn == text, (presentation, steps, drawn)
        slots = timeline.label_slots()
        assert_clear(slots, 0.0, timeline.width())
        metrics = timeline.fontMetrics()
        for slot, text in zip(slots, timeline.label_texts(), strict=False):
            assert slot.width >= metrics.horizontalAdvance(text), (presentation, steps, text)
    window.window_actions.presentation.setChecked(False)
    window.window_actions.zoom_reset.trigger()


def test_pointing_off_the_bars_says_how_the_total_counts(qtbot: Any, workspace: Any,
                                                         northwind: str) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from slaworkshop.ui.pages.sla_timeline import SlaTimeline

    timeline = SlaTimeline()
    qtbot.addWidget(timeline)
    timeline.set_content(workspace.agreements.draft(northwind).content)
    timeline.resize(900, timeline.height())
    timeline.show()
    qtbot.waitExposed(timeline)
    below = QPoint(timeline.width() - 5, timeline.height() - 2)  # the total's corner
    QApplication.sendEvent(timeline, QHelpEvent(QEvent.Type.ToolTip, below,
                                                timeline.mapToGlobal(below)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("<qt>The total adds every window's full time. A"
                                      " business day is 9 hours (the business hours)")
