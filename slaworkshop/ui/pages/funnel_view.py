"""The funnel drawn as one horizontal band of boxes, coloured by owner.

The handoff stage carries a bold frame and a "handoff" tag, so it is visible without
colour; the legend under the band names the colours.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from slaworkshop.models import Content

from .choices import OWNER_COLOURS
from .handoff_check import handoff_label

ARROW = 14  # px: the least gap between two boxes
ARROW_SCALE = 2.0  # the arrow's type against the text's: a plain "›" is lost beside large text


class FunnelView(QWidget):
    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stages: list[tuple[str, str, bool]] = []  # (name, owner, handoff)
        self.handoff_text = "⇄ handoff"
        self.setAccessibleName("Funnel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_content(self, content: Content) -> None:
        self._stages = [(s.name, s.owner, s.handoff) for s in content.stages]
        # worded from the owners around it, so a misplaced handoff reads as what it is
        self.handoff_text = f"⇄ handoff: {handoff_label(content)}"
        described = ", then ".join(
            f"{n} ({o}{', handoff' if h else ''})" for n, o, h in self._stages
        )
        self.setAccessibleDescription(described or "No stages yet")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(600, line * 5 + 24)

    def arrow_font(self) -> QFont:
        """The "›" between stages: scaled with the text (larger text, presentation)."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * ARROW_SCALE)
        font.setBold(True)
        return font

    def arrow_gap(self) -> float:
        """The room between two boxes: the arrow and a little air either side."""
        metrics = QFontMetricsF(self.arrow_font())
        return max(float(ARROW), metrics.horizontalAdvance("›") + metrics.averageCharWidth())

    def _boxes(self) -> list[QRectF]:
        count = len(self._stages)
        if not count:
            return []
        line = self.fontMetrics().height()
        height = line * 3.2
        gap = self.arrow_gap()
        width = (self.width() - 8 - gap * (count - 1)) / count
        return [QRectF(4 + i * (width + gap), 6, width, height) for i in range(count)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._stages:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "Add the funnel's stages below, in order.")
            return
        bold = QFont(self.font())
        bold.setBold(True)
        boxes = self._boxes()
        names_fonts = one_size(bold, [(n, b.adjusted(8, 4, -8, -4))
                                      for b, (n, _o, _h) in zip(boxes, self._stages, strict=True)])
        for box, (name, owner, handoff), names_font in zip(boxes, self._stages, names_fonts,
                                                            strict=True):
            fill, text = OWNER_COLOURS.get(owner, ("#777777", "#ffffff"))
            ink = self.palette().windowText().color()  # dark, or white in high contrast
            painter.setPen(QPen(ink, 4) if handoff else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), 6, 6)
            painter.setPen(QColor(text))
            inner = box.adjusted(8, 4, -8, -4)
            painter.setFont(names_font)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, name)
            painter.setFont(bold)  # the handoff tag is measured in it
            if handoff:
                line = self.fontMetrics().height()
                wide = min(self.fontMetrics().horizontalAdvance(self.handoff_text) * 1.3 + 12,
                           self.width() - 8.0)
                left = min(max(box.center().x() - wide / 2, 4.0), self.width() - 4.0 - wide)
                tag = QRectF(left, box.bottom() + 2, wide, line + 4)
                painter.setBrush(ink)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(tag, 4, 4)
                painter.setPen(self.palette().window().color())
                painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.handoff_text)
        painter.setFont(self.arrow_font())
        painter.setPen(self.palette().windowText().color())
        for before, after in zip(boxes, boxes[1:], strict=False):
            # the box's full height: a fixed 20 px clipped the glyph of large type
            painter.drawText(QRectF(before.right(), before.top(), after.left() - before.right(),
                                    before.height()), Qt.AlignmentFlag.AlignCenter, "›")
        painter.setFont(self.font())
        self._legend(painter, boxes[0].bottom() + self.fontMetrics().height() + 10)

    def legend_places(self, y: float) -> list[tuple[str, str, QRectF, QRectF]]:
        """(owner, words, swatch, text box) of each legend entry, left to right; each
        text box as wide as its words: a fixed 200 px cut "Marketing owns" to
        "Marketing owr" in presentation mode's larger type (tryout)."""
        x = 4.0
        line = self.fontMetrics().height()
        places = []
        for owner in OWNER_COLOURS:
            label = f"{owner.capitalize()} owns"
            wide = self.fontMetrics().horizontalAdvance(label)
            places.append((owner, label, QRectF(x, y + 3, line - 6, line - 6),
                           QRectF(x + line, y, wide + 4, line + 2)))
            x += line + wide + 24
        return places

    def _legend(self, painter: QPainter, y: float) -> None:
        for owner, label, swatch, box in self.legend_places(y):
            painter.setBrush(QColor(OWNER_COLOURS[owner][0]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(swatch)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for number, box in enumerate(self._boxes()):
            if box.contains(event.position()):
                self.stage_clicked.emit(number)
                return
        super().mousePressEvent(event)


_WRAPPED = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def _pieces(text: str) -> list[str]:
    """What a line may not break inside: words, and the parts of a hyphenated word
    (Qt breaks "Marketing-qualified" after its hyphen)."""
    return [piece for word in text.split() for piece in re.split(r"(?<=-)", word) if piece]


def fitted_font(font: QFont, text: str, room: QRectF, smallest: float = 6.0) -> QFont:
    """``font``, made smaller until ``text`` wrapped at its spaces and hyphens fits
    ``room``: in presentation mode's large type "Marketing-qualified lead" was cut to
    "arketir / ualifie" in its box (tryout)."""
    fitted = QFont(font)
    while True:
        metrics = QFontMetricsF(fitted)
        wrapped = metrics.boundingRect(room, _WRAPPED, text)
        widest_word = max((metrics.horizontalAdvance(w) for w in _pieces(text)), default=0.0)
        size = fitted.pointSizeF()
        if (wrapped.height() <= room.height() and widest_word <= room.width()) \
                or size * 0.9 < smallest:
            return fitted
        fitted.setPointSizeF(size * 0.9)


def one_size(font: QFont, names: list[tuple[str, QRectF]]) -> list[QFont]:
    """A type size for each stage's name: one for all, the largest that fits them all.
    Each name fitted on its own set the handoff stage's long name smaller than the rest,
    as if it mattered less (tryout). Not below 70% of the text, though: in a narrow
    window with large type one long name took every name down to 8 pixels (tryout); a
    name that needs less than that is set smaller on its own."""
    fitted = [fitted_font(font, name, room) for name, room in names]
    if not fitted:
        return []
    floor = font.pointSizeF() * 0.7
    shared = max(min(f.pointSizeF() for f in fitted), floor)
    return [own if own.pointSizeF() < shared else _sized(font, shared) for own in fitted]


def _sized(font: QFont, size: float) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(size)
    return sized
