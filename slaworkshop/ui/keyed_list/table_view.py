"""The keyed list's table: rows filtered by a predicate, sized to the type in use.

Rows are as tall as the current font needs (presentation mode enlarges it), columns
fitted to the view, and Enter opens the current cell as F2 does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .column_widths import fit_widths
from .spec import Field
from .table_model import KeyedListModel


class RowFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.predicate: Callable[[Any], bool] | None = None

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if self.predicate is None or not isinstance(model, KeyedListModel):
            return True
        return self.predicate(model.item(source_row))


BASE_CHAR_WIDTH = 7.0  # the widths in a ListSpec are for about this size of type
MIN_ROWS = 3  # the table never shrinks below this many rows, whatever the form wants


class ListTableView(QTableView):
    """Rows as tall as the current font needs (presentation mode enlarges it), columns
    fitted to the view (text columns share the width, flag columns stay narrow)."""

    fields: tuple[Field, ...] = ()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.fit_rows()
            self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter opens the current cell, as F2 does: Enter did nothing, and nothing on
        the page said F2 (keyboard audit). A tick box's cell is ticked with Space."""
        index = self.currentIndex()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
                and self.state() != QAbstractItemView.State.EditingState
                and index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable):
            self.edit(index)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.viewport().update()  # the selection is drawn in full (``inactive_selection``)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """A click on a tick box makes its row current too: Qt hands the click to the
        box alone, so the form and the keys went on acting on another row (tryout)."""
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index != self.currentIndex() and (
                index.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            self.setCurrentIndex(index)
        super().mousePressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:  # also when a scroll bar comes or goes
            self.fit_columns()
        return handled

    def fit_columns(self) -> None:
        if not self.fields:
            return
        metrics = self.fontMetrics()
        scale = max(metrics.averageCharWidth() / BASE_CHAR_WIDTH, 1.0)  # large type
        preferred: list[float] = []
        minimum: list[float] = []
        flexible: list[bool] = []
        for number, field in enumerate(self.fields):
            header = metrics.horizontalAdvance(field.label) + 3 * metrics.averageCharWidth()
            if field.kind == "bool":
                preferred.append(max(header, metrics.height() * 2))
                flexible.append(False)
            else:
                preferred.append(max((field.width or (240 if number == 0 else 160)) * scale,
                                     header))
                flexible.append(True)
            minimum.append(header if field.kind != "bool" else preferred[-1])
        # spare room goes to the free-text columns a spec gives no width (definitions)
        growing = [f and not field.width for f, field in zip(flexible, self.fields, strict=True)]
        widths = fit_widths(preferred, minimum, flexible, self.viewport().width(), growing)
        header_view = self.horizontalHeader()
        for number, width in enumerate(widths):
            header_view.resizeSection(number, width)

    def fit_rows(self) -> None:
        row = self.fontMetrics().height() + 12
        self.verticalHeader().setDefaultSectionSize(row)
        header = self.horizontalHeader().sizeHint().height()
        self.setMinimumHeight(header + row * MIN_ROWS + 2 * self.frameWidth() + 4)


def _rgb_f(color: QColor) -> tuple[float, float, float]:
    """``color.getRgbF()[:3]``, typed (PySide6's stub says getRgbF returns object)."""
    return color.redF(), color.greenF(), color.blueF()


def inactive_selection(option: QStyleOptionViewItem, view: QWidget) -> None:
    """A selected row of a table that lacks the focus, drawn in a pale tint of the
    highlight over the row's own colour: on Qualification two tables showed a blue row,
    and nothing said which one Ctrl+N or Delete would act on (tryout). Set on the
    option, not the palette or a style sheet: presentation mode's style sheet takes
    over the palette, and its ``:focus`` is the current cell's, not the table's."""
    focus = QApplication.focusWidget()
    if (not option.state & QStyle.StateFlag.State_Selected or focus is view
            or (focus is not None and view.isAncestorOf(focus))):  # a cell being typed in
        return
    palette = view.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    brush = option.backgroundBrush
    under = (brush.color() if brush.style() != Qt.BrushStyle.NoBrush
             else palette.color(QPalette.ColorRole.Base))  # a disputed term's colour
    option.backgroundBrush = QBrush(QColor.fromRgbF(*(0.35 * a + 0.65 * b for a, b in zip(
        _rgb_f(highlight), _rgb_f(under), strict=True))))
    option.state &= ~QStyle.StateFlag.State_Selected
