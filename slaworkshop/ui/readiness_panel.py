"""The readiness panel: what blocks proposing, live; a click goes to the problem."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.models import ReadinessProblem


class ReadinessPanel(QDockWidget):
    problem_chosen = Signal(object)  # ReadinessProblem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Readiness", parent)
        self.setObjectName("readinessDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._problems: list[ReadinessProblem] | None = None  # what the list shows
        self.list = QListWidget()
        self.list.setAccessibleName("Readiness problems")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setMinimumWidth(220)

    def set_problems(self, problems: list[ReadinessProblem]) -> None:
        self.summary.setText(
            "✓ Nothing to settle in the draft." if not problems
            else "To settle before proposing (click one to go there):"
        )
        if problems == self._problems:
            return  # most edits change no problem; rebuilding 200 rows took 0.2 s
        self._problems = list(problems)
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(f"⚠ {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(problem.path)
            self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, ReadinessProblem):
            self.problem_chosen.emit(problem)
