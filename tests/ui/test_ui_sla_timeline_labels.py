"""The SLA timeline's labels never overlap, never run off the widget, and the bars use
the full width."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest

from slaworkshop.ui.pages.timeline_layout import GAP, LabelSlot, place_labels, rows_used


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
