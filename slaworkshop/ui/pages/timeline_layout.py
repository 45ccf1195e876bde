"""Where the SLA timeline writes its labels, so they never overlap and never run off.

Qt-free arithmetic: the timeline measures the texts and draws; this decides the places.
Each label goes in the row under the bars where it fits whole nearest its own bar:
starting under the bar, or slid left just enough to end at the right edge, or after the
row's last label. :func:`place_whole_labels` adds rows, up to one per label, until every
label is whole; only a label wider than the whole timeline is then cut short (the
timeline elides it and the full text is in the tooltip).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GAP = 12.0  # between two labels in a row
MIN_WIDTH = 24.0  # narrower than this, a label is not worth writing in a row


@dataclass(frozen=True)
class LabelSlot:
    x: float
    row: int
    width: float  # at most what was wanted; less means "elide to this"

    @property
    def right(self) -> float:
        return self.x + self.width


def place_labels(spans: Sequence[tuple[float, float]], wanted: Sequence[float], left: float,
                 right: float, rows: int) -> list[LabelSlot]:
    """One slot per span (a bar's left and right edge) for a label ``wanted`` wide.

    Slots in a row never overlap (``GAP`` apart) and never pass ``right``. A label starts
    under its bar when a row is free there (a bar near the right edge has its label end
    at the edge instead); otherwise right after the row's last label.
    """
    free = [left] * max(rows, 1)  # where each row's next label may start
    slots: list[LabelSlot] = []
    for (start, _end), want in zip(spans, wanted, strict=True):
        anchor = max(min(start, right - want), left)
        starts = [max(anchor, f) for f in free]
        room = [right - x for x in starts]
        whole = [r for r in range(len(free)) if room[r] >= want]
        if whole:
            row = min(whole, key=lambda r: (abs(starts[r] - start), r))  # nearest its bar
            width = want
        else:
            row = max(range(len(free)), key=lambda r: room[r])
            width = min(want, room[row])
            if width < MIN_WIDTH:
                width = 0.0  # not written at all: the bar's number and tooltip remain
        slot = LabelSlot(starts[row], row, width)
        slots.append(slot)
        if width > 0:
            free[row] = slot.right + GAP
    return slots


def place_whole_labels(spans: Sequence[tuple[float, float]], wanted: Sequence[float],
                       left: float, right: float, rows: int) -> list[LabelSlot]:
    """:func:`place_labels` in ``rows`` rows, or in as few more as it takes (one per label
    at most) for every label to be written whole: a taller timeline reads better than
    "Rejection reas…"."""
    count = max(rows, 1)
    while True:
        slots = place_labels(spans, wanted, left, right, count)
        if count >= len(spans) or all(
                s.width >= w for s, w in zip(slots, wanted, strict=True)):
            return slots
        count += 1


def rows_used(slots: Sequence[LabelSlot]) -> int:
    return max((s.row for s in slots), default=-1) + 1
