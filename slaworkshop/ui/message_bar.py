"""A status bar whose messages end in "…" when they do not fit, the whole in a tooltip.

QStatusBar draws a message cut at the first permanent widget, mid-letter: at 1024
pixels or with larger type, "Merged with the changes saved in another window: they
touched other things…" ended "…so both are in th", with no sign that more was said.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStatusBar, QWidget

from .tooltips import plain_tip

#: Qt's own margins around a message (QStatusBarPrivate::messageRect).
_LEFT, _RIGHT, _GAP = 6, 12, 2


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:  # noqa: N802
        super().addPermanentWidget(widget, stretch)
        self._permanent.append(widget)

    def insertPermanentWidget(self, index: int, widget: QWidget,  # noqa: N802 (Qt's name)
                              stretch: int | None = 0) -> int:
        self._permanent.append(widget)
        return super().insertPermanentWidget(index, widget, stretch)

    def message_rect(self) -> QRect:
        """Where the message is drawn: up to the first permanent widget shown."""
        shown = [w.geometry() for w in self._permanent if w.isVisible() and w.parent() is self]
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left = max([_LEFT, *(g.right() + 1 + _GAP for g in shown)])
            return QRect(left, 0, self.width() - _RIGHT - left, self.height())
        right = min([self.width() - _RIGHT, *(g.x() - _GAP for g in shown)])
        return QRect(_LEFT, 0, max(0, right - _LEFT), self.height())

    def shown_message(self) -> str:
        """The message as drawn: whole, or cut with "…" where the room ends."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, self.message_rect().width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading
                         | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                         self.shown_message())

    def _message_changed(self, _text: str) -> None:
        self._tip()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._tip()

    def _tip(self) -> None:
        """The whole message in a tooltip when it is cut, and only then: a message that
        fits showed a narrow tooltip of itself, five lines high (tryout)."""
        message = self.currentMessage()
        cut = bool(message) and self.shown_message() != message
        self.setToolTip(plain_tip(message) if cut else "")
