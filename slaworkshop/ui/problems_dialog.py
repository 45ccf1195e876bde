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
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        label.setWordWrap(True)
        layout.addWidget(label)
        self.problem_list: QListWidget | None = None
        self.problem_text: QLabel | None = None
        if len(problems) == 1:
            # One problem is a sentence, not a list: a large empty list box around one
            # line read as if something had failed to load.
            self.problem_text = QLabel(problems[0])
            self.problem_text.setTextFormat(Qt.TextFormat.PlainText)
            self.problem_text.setWordWrap(True)
            self.problem_text.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.problem_text.setAccessibleName("Problem")
            self.problem_text.setStyleSheet("QLabel { padding: 8px 0 8px 12px; }")
            layout.addWidget(self.problem_text)
            layout.addStretch(1)
        else:
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
        if self.problem_list is not None:
            self.resize(640, 360)
        else:
            self.setMinimumWidth(520)
            self.resize(560, self.heightForWidth(560) if self.hasHeightForWidth()
                        else self.sizeHint().height())
