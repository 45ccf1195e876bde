"""A one-line label that, short of room, ends its text with "…" instead of cutting it
mid-word: in presentation mode's large type the status bar read "Not saved as a versi"
(tryout). The whole text is in its tooltip and its accessible description."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class ElidingLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
                 widest_chars: int | None = None) -> None:
        """``mode``: where the "…" goes (a path reads best cut in the middle);
        ``widest_chars``: the most room it asks for, in average characters."""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self._mode = mode
        self._widest_chars = widest_chars

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        if self._widest_chars is None:
            return hint
        widest = self.fontMetrics().averageCharWidth() * self._widest_chars
        return QSize(min(hint.width(), widest), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 8), hint.height())

    def shown_text(self) -> str:
        """The text as drawn in the room the label has."""
        return self.fontMetrics().elidedText(self.text(), self._mode,
                                             self.contentsRect().width())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                         self.shown_text())
