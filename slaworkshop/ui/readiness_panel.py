"""The readiness panel: what blocks proposing, live; a click goes to the problem."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.models import ReadinessProblem

from .problem_list import ProblemList


class _Body(QWidget):
    """Asks for a width set by its type, not by the problems it lists: it followed its
    text, so each problem that came or went made the page beside it lay itself out
    again, and the buttons moved under the pointer (tryout: a click meant for the name
    box landed on Duplicate)."""

    CHARACTERS = 38

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self.fontMetrics().averageCharWidth() * self.CHARACTERS
        return QSize(width, super().sizeHint().height())


class ReadinessPanel(QDockWidget):
    problem_chosen = Signal(object)  # ReadinessProblem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Readiness", parent)
        self.setObjectName("readinessDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        body = _Body()
        layout = QVBoxLayout(body)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = ProblemList()
        # not the same words as the Review page's list and the status bar's button: a
        # screen reader said "Readiness problems" at three stops (keyboard audit)
        self.list.setAccessibleName("Readiness panel: what to settle")
        self.list.setWordWrap(True)
        self.list.chosen.connect(self.problem_chosen)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # the summary stays at the top when the list is hidden
        self.setWidget(body)
        self.setMinimumWidth(220)

    def set_problems(self, problems: list[ReadinessProblem]) -> None:
        self.summary.setText(
            "✓ Nothing to settle in the draft." if not problems
            else "To settle before proposing (click one to go there):"
        )
        self.list.show_problems(problems)
        # nothing to settle: no large empty white box under the tick
        self.list.setVisible(bool(problems))
