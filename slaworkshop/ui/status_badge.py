"""Version status as a coloured badge with its word inside (colour is not the only cue),
followed by the rest of the cell's text, if any ("draft changed")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .agreement_list_model import StatusRole
from .badge_colours import BADGE_COLOURS


class StatusBadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        status = index.data(StatusRole)
        if not status:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            # selection background, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        fill, text = BADGE_COLOURS.get(str(status), ("#e3e6ea", "#2b2f33"))
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(str(status)) + 18
        rect = QRectF(option.rect.left() + 4, option.rect.center().y() - metrics.height() / 2 - 2,
                      width, metrics.height() + 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor(text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(status))
        painter.restore()
        shown = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rest = shown[len(str(status)):].lstrip(" ·") if shown.startswith(str(status)) else ""
        if rest:  # "draft changed": after the badge, in the view's own text colour
            after = option.rect.adjusted(int(rect.right()) + 6 - option.rect.left(), 0, 0, 0)
            role = (QPalette.ColorRole.HighlightedText
                    if option.state & QStyle.StateFlag.State_Selected
                    else QPalette.ColorRole.Text)
            painter.save()
            painter.setPen(option.palette.color(role))
            painter.drawText(after, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(rest, Qt.TextElideMode.ElideRight,
                                                after.width()))
            painter.restore()
