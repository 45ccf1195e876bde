"""The list of readiness problems, as the readiness panel and the Review page show it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from slaworkshop.models import ReadinessProblem


class ProblemList(QListWidget):
    """One row per problem; activating or clicking one emits ``chosen`` with it."""

    chosen = Signal(object)  # the ReadinessProblem to go to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Readiness problems")
        self._shown: list[ReadinessProblem] | None = None
        self.itemActivated.connect(self._chose)
        self.itemClicked.connect(self._chose)

    def show_problems(self, problems: Sequence[ReadinessProblem]) -> bool:
        """Show ``problems``; False (and nothing rebuilt) when they are the ones shown.

        Most edits change no problem, and rebuilding 200 rows took 0.2 s a keystroke.
        """
        if list(problems) == self._shown:
            return False
        self._shown = list(problems)
        self.clear()
        for problem in problems:
            item = QListWidgetItem(f"⚠ {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(problem.path)
            self.addItem(item)
        return True

    def _chose(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, ReadinessProblem):
            self.chosen.emit(problem)
