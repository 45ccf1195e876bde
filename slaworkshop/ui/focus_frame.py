"""A visible frame on a list or a long text box that has the keyboard.

Qt's Fusion style frames a focused line edit but not a text box or a list: in the Terms
form the boxes for sales' words, marketing's words and the definition showed the focus
by a thin blinking cursor alone, and the sections list looked the same with the focus
as without it; on a projector the keyboard user lost their place (tryout). Presentation
mode's style sheet draws its own focus border, so this one steps aside there.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea

WIDTH = 2.0


def paint_focus_frame(view: QAbstractScrollArea) -> None:
    """Draw the frame along ``view``'s viewport edges; call after the view painted."""
    if not view.hasFocus() or view.window().styleSheet():
        return
    painter = QPainter(view.viewport())
    painter.setPen(QPen(view.palette().highlight().color(), WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = WIDTH / 2
    painter.drawRect(QRectF(view.viewport().rect()).adjusted(half, half, -half, -half))
    painter.end()
