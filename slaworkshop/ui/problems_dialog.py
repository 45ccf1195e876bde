"""A readable list of problems (for example why a file could not be imported)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ProblemsDialog(QDialog):
    def __init__(
        self, title: str, intro: str, problems: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        label.setWordWrap(True)
        layout.addWidget(label)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName("Problems")
        self.problem_list.setWordWrap(True)
        self.problem_list.addItems(problems)
        layout.addWidget(self.problem_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton("&Copy")
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(intro + "\n" + "\n".join(problems))
        )
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
