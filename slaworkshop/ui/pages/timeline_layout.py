"""Where the SLA timeline writes its labels, so they never overlap and never run off.

Qt-free arithmetic: the timeline measures the texts and draws; this decides the places.
Each label goes in the first row under the bars where it fits whole, starting under its
own bar (or as close after it as the row allows); when no row has room for the whole
text, it takes the roomiest row and is cut short there (the timeline then elides it and
the full text is in the tooltip).
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
    under its bar when a row is free there; otherwise right after the row's last label.
    """
    free = [left] * max(rows, 1)  # where each row's next label may start
    slots: list[LabelSlot] = []
    for (start, _end), want in zip(spans, wanted, strict=True):
        starts = [max(start, f) for f in free]
        room = [right - x for x in starts]
        whole = [r for r in range(len(free)) if room[r] >= want]
        if whole:
            row = min(whole, key=lambda r: (starts[r] - start, r))  # nearest its bar
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


def rows_used(slots: Sequence[LabelSlot]) -> int:
    return max((s.row for s in slots), default=-1) + 1
