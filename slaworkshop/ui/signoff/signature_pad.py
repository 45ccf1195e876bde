"""A pad to draw a signature on with the mouse or a pen; kept as PNG bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#10243f")
PNG_SCALE = 2  # the PNG is drawn at twice the pad's size, so it prints crisply
#: A drawing narrower and lower than this (pixels) is a slip, not a signature.
MIN_EXTENT = 12


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._drawing = False
        self.setAccessibleName("Signature drawing pad")
        self.setToolTip("Draw your signature here with the mouse or a pen (optional)")
        self.setMinimumSize(QSize(360, 130))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def sizeHint(self) -> QSize:
        return QSize(440, 150)

    def has_ink(self) -> bool:
        """Whether anything is drawn at all (a stray click leaves a dot)."""
        return any(path.elementCount() > 1 for path in self._strokes)

    def is_empty(self) -> bool:
        """Whether there is no drawing to keep: nothing, or marks within a few pixels of
        one another. A stray click in the pad left a dot, which was kept and printed as
        the signature's drawing (tryout)."""
        if not self.has_ink():
            return True
        bounds = QRectF()
        for path in self._strokes:
            bounds = bounds.united(path.boundingRect())
        return bounds.width() < MIN_EXTENT and bounds.height() < MIN_EXTENT

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    # -- input ----------------------------------------------------------------------------

    def _begin(self, at: QPointF) -> None:
        path = QPainterPath(at)
        self._strokes.append(path)
        self._drawing = True

    def _extend(self, at: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].lineTo(at)
            self.update()

    def _end(self, at: QPointF) -> None:
        if not self._drawing:
            return
        self._extend(at)
        self._drawing = False
        path = self._strokes[-1]
        if path.elementCount() == 1:  # a tap is a dot
            path.lineTo(at + QPointF(0.5, 0.5))
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    # -- drawing --------------------------------------------------------------------------

    def _paint_strokes(self, painter: QPainter) -> None:
        pen = QPen(INK, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self._strokes:
            painter.drawPath(path)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRoundedRect(rect, 6, 6)
        baseline = self.height() * 0.72
        painter.setPen(QPen(QColor("#9aa5b1"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        if self.is_empty() and not self._drawing:
            # also over a stray dot: it is not kept, and the pad says so by still
            # asking for a signature (a dot alone looked kept; tryout)
            painter.setPen(QColor("#7b8794"))
            painter.drawText(QRectF(24, 8, self.width() - 48, baseline - 12),
                             Qt.AlignmentFlag.AlignCenter, "Draw a signature here (optional)")
        self._paint_strokes(painter)

    def to_png(self) -> bytes | None:
        """The drawing on a transparent background as PNG, or None when nothing is drawn."""
        if self.is_empty():
            return None
        bounds = QRectF()
        for path in self._strokes:
            bounds = bounds.united(path.boundingRect())
        bounds = bounds.adjusted(-4, -4, 4, 4)
        image = QImage(int(bounds.width() * PNG_SCALE) + 1, int(bounds.height() * PNG_SCALE) + 1,
                       QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(PNG_SCALE, PNG_SCALE)
        painter.translate(-bounds.topLeft())
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # what QImage.save(buffer, "PNG") does; the binding takes the format only as str,
        # its stub only as bytes
        if not QImageWriter(buffer, b"PNG").write(image):
            raise OSError("the signature drawing could not be encoded as PNG")
        buffer.close()
        return bytes(data.data())
