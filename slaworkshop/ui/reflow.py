"""Side by side when there is room, one under the other when there is not.

A page in the window's scroll area gets at least its minimum width; two columns that
need more than a 1280×800 screen leaves beside the sidebar and the readiness panel
(large text) made the page scroll sideways. :class:`Reflow` lays its parts out in a
row while they fit, stacks them otherwise, and asks its parent only for the width of
the widest part, so the page can become narrow enough to stack them.

The switch has hysteresis: stacking can bring a vertical scroll bar that takes a few
pixels of width, and without a margin the row would come and go on every resize.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget

HYSTERESIS = 32  # px: more than a scroll bar, so gaining one cannot flip the layout back


class Reflow(QWidget):
    """Parts in a row (each with its stretch), or stacked when the row does not fit."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        if spacing is not None:
            self.box.setSpacing(spacing)
        self._stretches: list[int] = []

    def add(self, part: QWidget | QLayout, stretch: int = 0) -> None:
        """Append ``part``; ``stretch`` shares the row's spare width (not the height)."""
        if isinstance(part, QLayout):
            self.box.addLayout(part, stretch if self.side_by_side() else 0)
        else:
            self.box.addWidget(part, stretch if self.side_by_side() else 0)
        self._stretches.append(stretch)
        self.updateGeometry()

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def _parts(self) -> list[QLayoutItem]:
        parts = []
        for i in range(self.box.count()):
            item = self.box.itemAt(i)
            assert item is not None  # every index below count() holds an item
            parts.append(item)
        return parts

    def row_width(self) -> int:
        """The least width that shows every part side by side."""
        shown = [p for p in self._parts() if not p.isEmpty()]
        if not shown:
            return 0
        spacing = max(self.box.spacing(), 0)
        return sum(p.minimumSize().width() for p in shown) + spacing * (len(shown) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # the width of the stacked form: that is what lets a narrow page stack the parts
        hint = super().minimumSizeHint()
        widest = max((p.minimumSize().width() for p in self._parts() if not p.isEmpty()),
                     default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # a part's size changed at the same width: larger text (Ctrl+plus, presentation)
        if event.type() == QEvent.Type.LayoutRequest:
            self.arrange(self.width())
        return handled

    def arrange(self, width: int) -> None:
        needed = self.row_width()
        if self.side_by_side() and width < needed:
            self._set_side_by_side(False)
        elif not self.side_by_side() and width >= needed + HYSTERESIS:
            self._set_side_by_side(True)

    def _set_side_by_side(self, on: bool) -> None:
        self.box.setDirection(QBoxLayout.Direction.LeftToRight if on
                              else QBoxLayout.Direction.TopToBottom)
        for index, stretch in enumerate(self._stretches):
            self.box.setStretch(index, stretch if on else 0)
        self.updateGeometry()  # the height changes: the page must make room
