"""The wizard's page area: one page at a time, scrolling rather than growing the window.

A plain ``QStackedWidget`` asks for the largest minimum size of *all* its pages, so once
the Review page (signatures and a PDF preview) had been built, every page forced the
window taller than a 1280×800 projector, and large text made it wider too: the status
bar and the window's right edge fell off the screen. Here the stack asks only for the
page on show, and sits in a scroll area: a page that needs more room than the screen
has scrolls inside the window instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QWidget,
)


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        # The scroll area asks this of a layout with height-for-width (wrapped labels);
        # the stacked layout answers for its tallest page, which gave a switched-off
        # section of four lines a scroll bar once a long page had been built.
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        return page.heightForWidth(width) if page.hasHeightForWidth() else -1


def scrolling(stack: PageStack) -> QScrollArea:
    """``stack`` in a frameless scroll area that fills the room it is given and scrolls
    only when the page on show needs more; Tab into a page scrolls to the focus."""
    area = QScrollArea()
    area.setObjectName("pageScroller")
    area.setWidget(stack)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def bring_into_view(area: QScrollArea, widget: QWidget, margin: int = 8) -> None:
    """Scroll ``area`` up or down just enough to show all of ``widget`` (its top when it
    is taller than the view; a list's current row rather than all of the list). Nothing
    moves when it is already in view. Unlike ``ensureWidgetVisible``, which is content
    with a text box's cursor, this shows the whole box."""
    content = area.widget()
    if content is None or not content.isAncestorOf(widget):
        return
    rect = QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        cell = widget.visualRect(widget.currentIndex())
        if cell.isValid():
            origin = widget.viewport().mapTo(content, QPoint(0, 0))
            rect = QRect(origin.x(), origin.y() + cell.top(), rect.width(), cell.height())
    bar = area.verticalScrollBar()
    height = area.viewport().height()
    seen_top = bar.value()
    if rect.top() >= seen_top and rect.bottom() < seen_top + height:
        return
    value = rect.bottom() + 1 + margin - height if rect.top() > seen_top else seen_top
    bar.setValue(min(value, rect.top() - margin))


def show_in_every_scroll_area(widget: QWidget, margin: int = 8) -> None:
    """``bring_into_view`` in each scroll area ``widget`` is in, innermost first (a
    field of a list's form scrolls in the form, and the form in the page)."""
    outer = widget.parentWidget()
    while outer is not None:
        if isinstance(outer, QScrollArea):
            bring_into_view(outer, widget, margin)
        outer = outer.parentWidget()
