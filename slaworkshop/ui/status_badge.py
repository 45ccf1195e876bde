"""Version status as a coloured badge with its word inside (colour is not the only cue),
followed by the rest of the cell's text, if any ("draft changed")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .agreement_list_model import StatusRole
from .badge_colours import BADGE_COLOURS

#: Room above and below the badge inside its row, in pixels.
_MARGIN = 2


def badge_rect(option: QStyleOptionViewItem, status: str) -> QRectF:
    """Where the badge is drawn in the cell ``option.rect``."""
    metrics = option.fontMetrics
    height = metrics.height() + 4
    return QRectF(option.rect.left() + 4, option.rect.center().y() - height / 2 + 0.5,
                  metrics.horizontalAdvance(status) + 18, height)


class StatusBadgeDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Tall enough for the badge: it was 4 px taller than the row, and the next row
        cut the foot of its word ("siqned", tryout)."""
        hint = super().sizeHint(option, index)
        # every row, a group's too: with uniform row heights the first row sets them all
        badge = badge_rect(QStyleOptionViewItem(option), str(index.data(StatusRole) or ""))
        return hint.expandedTo(QSize(hint.width(), badge.toAlignedRect().height() + 2 * _MARGIN))

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
        rect = badge_rect(option, str(status))
        painter.save()
        painter.setClipRect(QRect(option.rect))  # never over the next row
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
