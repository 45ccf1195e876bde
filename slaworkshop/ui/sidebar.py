"""The list of sections at the left, each with its state mark (not colour alone)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from .sections import SECTIONS, State

_COLOURS = {
    State.EMPTY: "#6b6b6b",
    State.IN_PROGRESS: "#8a5a00",
    State.PROBLEM: "#b3261e",
    State.COMPLETE: "#1e6b2e",
    State.OFF: "#9a9a9a",
}


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

    def set_states(self, states: dict[str, State]) -> None:
        for number, s in enumerate(SECTIONS):
            state = states[s.key]
            item = self.item(number)
            item.setText(f"{state.mark}  {number + 1}. {s.title}")
            item.setForeground(QColor(_COLOURS[state]) if state is not State.COMPLETE
                               else self.palette().text().color())
            item.setToolTip(f"{s.title}: {state.words}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{s.title}, {state.words}")
            item.setData(Qt.ItemDataRole.UserRole, state.name)

    def state_of(self, row: int) -> str:
        return str(self.item(row).data(Qt.ItemDataRole.UserRole))
