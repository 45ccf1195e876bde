"""The SLA windows in order as a timeline: bars as long as their durations.

Business-clock windows are measured in working hours (a business day is as long as
the agreement's business hours); calendar windows in clock hours. The total from the
first touch to the last window is written at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from slaworkshop.diff.durations import humanize_duration
from slaworkshop.models import Content
from slaworkshop.models.window_time import (
    business_day_hours,
    counting_words,
    total_words,
    window_hours,
)

from .choices import OWNER_COLOURS
from .timeline_layout import LabelSlot, place_whole_labels, rows_used


@dataclass(frozen=True)
class Bar:
    name: str
    owner: str
    label: str  # "Sales · 4 hours"
    hours: float  # working hours for the business clock, clock hours otherwise
    clock: str


def bars(content: Content) -> list[Bar]:
    day = business_day_hours(content)
    return [
        Bar(w.name, w.owner,
            # the clock named, as in the PDF: "2 days" beside "4 business hours" left
            # the reader to guess (tryout)
            f"{w.owner.capitalize()} · {humanize_duration(w.within, w.clock, name_calendar=True)}",
            window_hours(w.within, w.clock, day), w.clock)
        for w in content.sla_windows
    ]


def total_text(content: Content) -> str:
    words = total_words(content)
    return f"Total: {words}" if words else ""


#: Rows the labels may use before the layout adds one per label that would be cut short.
LABEL_ROWS = 3


class SlaTimeline(QWidget):
    """Numbered bars across the full width; under them each window's label, placed by
    :func:`place_labels` so labels never overlap; the total is the last label."""

    window_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._total = ""
        self._counting = ""
        self.setAccessibleName("SLA timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_content(self, content: Content) -> None:
        self._bars = bars(content)
        self._total = total_text(content)
        self._counting = counting_words(content) if self._bars else ""
        self.setAccessibleDescription(
            "; ".join(f"{b.name}: {b.label}" for b in self._bars) + f". {self._total}"
        )
        self._fit_height()
        self.update()

    def label_texts(self) -> list[str]:
        return [f"{n}  {b.name} · {b.label}" for n, b in enumerate(self._bars, start=1)]

    def _bar_height(self) -> float:
        return self.fontMetrics().height() * 1.5

    def _row_height(self) -> float:
        return self.fontMetrics().height() + 6

    def _bar_rects(self) -> list[QRectF]:
        usable = max(self.width() - 8, 100)
        total = sum(b.hours for b in self._bars) or 1
        minimum = self.fontMetrics().horizontalAdvance("99") + 12.0  # room for the number
        widths = [max(usable * b.hours / total, minimum) for b in self._bars]
        scale = usable / sum(widths) if sum(widths) > usable else 1
        rects, x = [], 4.0
        for width in widths:
            rects.append(QRectF(x, 2, width * scale, self._bar_height()))
            x += width * scale
        return rects

    def label_slots(self) -> list[LabelSlot]:
        """Where each window's label goes, then the total's (the last slot)."""
        metrics = self.fontMetrics()
        swatch = metrics.height() * 0.8 + 4
        rects = self._bar_rects()
        spans = [(r.left(), r.right()) for r in rects]
        wanted = [swatch + metrics.horizontalAdvance(t) + 2 for t in self.label_texts()]
        right = float(self.width() - 4)
        if self._total:
            total_width = QFontMetricsF(_bold(self.font())).horizontalAdvance(self._total) + 4
            spans.append((max(right - total_width, 4.0), right))
            wanted.append(total_width)
        return place_whole_labels(spans, wanted, 4.0, right, LABEL_ROWS)

    def _label_rect(self, slot: LabelSlot) -> QRectF:
        top = self._bar_height() + 6 + slot.row * self._row_height()
        return QRectF(slot.x, top, slot.width, self._row_height())

    def _fit_height(self) -> None:
        rows = rows_used(self.label_slots()) if self._bars else 1
        height = round(self._bar_height() + 10 + rows * self._row_height())
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "Add SLA windows below; they appear here in order.")
            return
        metrics = self.fontMetrics()
        ink = self.palette().windowText().color()
        rects = self._bar_rects()
        for number, (rect, bar) in enumerate(zip(rects, self._bars, strict=True), start=1):
            fill, text = OWNER_COLOURS.get(bar.owner, ("#777777", "#ffffff"))
            painter.setPen(QColor("#ffffff"))
            painter.setBrush(QColor(fill))
            painter.drawRect(rect)
            painter.setPen(QColor(text))
            inside = f"{number}  {duration_text_short(bar)}"
            if metrics.horizontalAdvance(inside) > rect.width() - 8:
                inside = str(number)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, inside)
        swatch = metrics.height() * 0.8
        slots = self.label_slots()
        for label in self._labels(slots):
            if label.number < len(self._bars):
                bar, rect = self._bars[label.number], rects[label.number]
                box = self._label_rect(slots[label.number])
                tick = min(max(box.left() + swatch / 2, rect.left() + 2), rect.right() - 2)
                if not _crosses_a_label(tick, slots[label.number], slots):
                    painter.setPen(ink)
                    painter.drawLine(QPointF(tick, rect.bottom()), QPointF(tick, box.top() + 2))
                fill, _ = OWNER_COLOURS.get(bar.owner, ("#777777", "#ffffff"))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(fill))
                painter.drawRect(QRectF(box.left(), box.center().y() - swatch / 2,
                                        swatch, swatch))
            painter.setFont(label.font)
            painter.setPen(ink)
            painter.drawText(label.area, Qt.AlignmentFlag.AlignVCenter, label.drawn)

    def _labels(self, slots: list[LabelSlot]) -> list[_Label]:
        """The labels as they are written: each window's beside its swatch, the total
        last in bold; a label is elided only where its slot is narrower than its text."""
        swatch = self.fontMetrics().height() * 0.8
        texts = self.label_texts()
        found = []
        for number, slot in enumerate(slots):
            if slot.width <= 0:
                continue
            area = self._label_rect(slot)
            if number < len(self._bars):
                font, text = self.font(), texts[number]
                area = area.adjusted(swatch + 4, 0, 0, 0)
            else:
                font, text = _bold(self.font()), self._total
            drawn = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                   area.width())
            found.append(_Label(number, text, drawn, area, font))
        return found

    def drawn_labels(self) -> list[tuple[str, str]]:
        """(full text, text as written) of every label, the total last."""
        return [(label.text, label.drawn) for label in self._labels(self.label_slots())]

    def _hit(self, point: QPointF) -> int:
        """The window under ``point`` (its bar or its label), or -1."""
        for number, rect in enumerate(self._bar_rects() if self._bars else []):
            if rect.contains(point):
                return number
        for number, slot in enumerate(self.label_slots()[:len(self._bars)]):
            if slot.width > 0 and self._label_rect(slot).contains(point):
                return number
        return -1

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            number = self._hit(QPointF(event.pos()))
            if number >= 0:
                bar = self._bars[number]
                QToolTip.showText(event.globalPos(),
                                  f"{number + 1}. {bar.name}\n{bar.label} ({bar.clock} hours)",
                                  self)
            elif self._counting:  # as rich text, so that it wraps (one line was 1,100 px)
                QToolTip.showText(event.globalPos(), f"<qt>{self._counting}</qt>", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self._hit(event.position())
        if number >= 0:
            self.window_clicked.emit(number)
            return
        super().mousePressEvent(event)


@dataclass(frozen=True)
class _Label:
    number: int  # the window's index; len(bars) for the total
    text: str
    drawn: str  # ``text``, elided when its slot is too narrow
    area: QRectF
    font: QFont


def _crosses_a_label(x: float, slot: LabelSlot, slots: list[LabelSlot]) -> bool:
    """Would a line down to ``slot`` at ``x`` run through a label in a row above it?"""
    return any(o.row < slot.row and o.width > 0 and o.x <= x <= o.right for o in slots)


def duration_text_short(bar: Bar) -> str:
    """The duration alone ("4 hours"), for inside the bar."""
    return bar.label.split(" · ", 1)[-1]


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
