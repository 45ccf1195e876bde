"""The list of sections at the left, each with its state mark (not colour alone)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPaintEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from .focus_frame import paint_focus_frame
from .sections import SECTIONS, State
from .tooltips import plain_tip


class SectionSidebar(QListWidget):
    section_chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Sections")
        self.setObjectName("sectionSidebar")
        for number, s in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(f"{number}. {s.title}")
            self.addItem(item)
        self.currentRowChanged.connect(self.section_chosen.emit)
        self.setMinimumWidth(180)

    def set_states(self, states: dict[str, State], why: Mapping[str, str] | None = None) -> None:
        """``why``: for a section in progress, what it still lacks; for one with
        problems, the problems (``sections.section_reasons``)."""
        for number, s in enumerate(SECTIONS):
            state = states[s.key]
            item = self.item(number)
            item.setText(f"{state.mark}  {number + 1}. {s.title}")
            # the mark carries the state; weight and style, not colour, support it, so
            # the list reads the same in presentation mode's high contrast
            font = item.font()
            font.setBold(state is State.PROBLEM)
            font.setItalic(state in (State.OFF, State.EMPTY))
            item.setFont(font)
            reason = (why or {}).get(s.key, "")
            tip = f"{s.title}: {state.words}"
            if reason and state is State.IN_PROGRESS:
                tip += f": {reason}"
            elif reason and state is State.PROBLEM:
                tip += f"\n{reason}"
            # the reason quotes names typed by users: shown as typed, never as markup
            item.setToolTip(plain_tip(tip))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{s.title}, {state.words}")
            item.setData(Qt.ItemDataRole.UserRole, state.name)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # wide enough for every section's name in the current type size, so large
            # type (presentation mode) never cuts "Review and sign-off" short
            metrics = self.fontMetrics()
            widest = max(metrics.horizontalAdvance(self.item(row).text())
                         for row in range(self.count()))
            self.setMinimumWidth(max(180, widest + 4 * metrics.averageCharWidth()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        paint_focus_frame(self)  # the list looked the same with the focus as without

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.viewport().update()

    def state_of(self, row: int) -> str:
        return str(self.item(row).data(Qt.ItemDataRole.UserRole))
