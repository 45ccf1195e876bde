"""The SLA windows in order as a timeline: bars as long as their durations.

Business-clock windows are measured in working hours (a business day is as long as
the agreement's business hours); calendar windows in clock hours. The total from the
first touch to the last window is written at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from slaworkshop.models import Content
from slaworkshop.models.fields import parse_duration

from ..keyed_list.value_text import duration_text
from .choices import OWNER_COLOURS

_CALENDAR_HOURS = {"y": 24 * 365, "mo": 24 * 30, "w": 24 * 7, "d": 24, "h": 1, "mi": 1 / 60,
                   "s": 1 / 3600}


@dataclass(frozen=True)
class Bar:
    name: str
    owner: str
    label: str  # "Sales · 4 hours"
    hours: float  # working hours for the business clock, clock hours otherwise
    clock: str


def business_day_hours(content: Content) -> float:
    hours = content.business_hours
    if hours is None:
        return 8.0
    start_h, start_m = (int(x) for x in hours.start.split(":"))
    end_h, end_m = (int(x) for x in hours.end.split(":"))
    return max((end_h * 60 + end_m - start_h * 60 - start_m) / 60, 0.25)


def window_hours(within: str, clock: str, day: float) -> float:
    parts = parse_duration(within) or {}
    if clock == "calendar":
        return sum(_CALENDAR_HOURS[k] * v for k, v in parts.items())
    scale = {"y": day * 250, "mo": day * 21, "w": day * 5, "d": day, "h": 1, "mi": 1 / 60,
             "s": 1 / 3600}
    return sum(scale[k] * v for k, v in parts.items())


def bars(content: Content) -> list[Bar]:
    day = business_day_hours(content)
    return [
        Bar(w.name, w.owner,
            f"{w.owner.capitalize()} · {duration_text(w.within)}",
            window_hours(w.within, w.clock, day), w.clock)
        for w in content.sla_windows
    ]


def _hours_text(hours: float, day: float, business: bool) -> str:
    days, rest = divmod(round(hours * 60), round(day * 60))
    words = []
    if days:
        words.append(f"{days} {'business ' if business else ''}day{'s' if days != 1 else ''}")
    if rest or not days:
        h, m = divmod(rest, 60)
        words.append(f"{h} h" + (f" {m} min" if m else ""))
    return " ".join(words)


def total_text(content: Content) -> str:
    found = bars(content)
    if not found:
        return ""
    day = business_day_hours(content)
    parts = []
    business = sum(b.hours for b in found if b.clock == "business")
    calendar = sum(b.hours for b in found if b.clock == "calendar")
    if business:
        parts.append(_hours_text(business, day, True))
    if calendar:
        parts.append(_hours_text(calendar, 24, False))
    return "Total: " + " + ".join(parts)


class SlaTimeline(QWidget):
    window_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._total = ""
        self.setAccessibleName("SLA timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_content(self, content: Content) -> None:
        self._bars = bars(content)
        self._total = total_text(content)
        self.setAccessibleDescription(
            "; ".join(f"{b.name}: {b.label}" for b in self._bars) + f". {self._total}"
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self.fontMetrics().height() * 4 + 16)

    def _rects(self) -> list[QRectF]:
        total_width = self.fontMetrics().horizontalAdvance(self._total) + 24
        usable = max(self.width() - total_width - 8, 100)
        total = sum(b.hours for b in self._bars) or 1
        minimum = 24.0
        line = self.fontMetrics().height()
        widths = [max(usable * b.hours / total, minimum) for b in self._bars]
        scale = usable / sum(widths) if sum(widths) > usable else 1
        rects, x = [], 4.0
        for width in widths:
            rects.append(QRectF(x, 4, width * scale, line * 3.4))
            x += width * scale
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "Add SLA windows below; they appear here in order.")
            return
        rects = self._rects()
        for rect, bar in zip(rects, self._bars, strict=True):
            fill, text = OWNER_COLOURS.get(bar.owner, ("#777777", "#ffffff"))
            painter.setPen(QColor("#ffffff"))
            painter.setBrush(QColor(fill))
            painter.drawRect(rect)
            painter.setPen(QColor(text))
            painter.drawText(rect.adjusted(4, 2, -4, -2),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             f"{bar.name}\n{bar.label}")
        painter.setPen(self.palette().windowText().color())
        end = rects[-1].right() + 12
        painter.drawText(QRectF(end, rects[0].top(), self.width() - end, rects[0].height()),
                         Qt.AlignmentFlag.AlignVCenter, self._total)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for number, rect in enumerate(self._rects() if self._bars else []):
            if rect.contains(event.position()):
                self.window_clicked.emit(number)
                return
        super().mousePressEvent(event)
