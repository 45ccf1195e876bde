"""A yellow note under what it warns about, for a warning that blocks nothing: a handoff
stage on the wrong side, dates out of order, windows counting hours no one set."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class WarningNote(QLabel):
    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names the room typed
        self.setObjectName("warningNote")
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.setStyleSheet(
            "QLabel#warningNote { background: #fff1c2; color: #5a4300;"
            " border: 1px solid #e0c36b; padding: 6px; border-radius: 4px; }")
        self.hide()

    def say(self, warning: str) -> None:
        """Show ``warning`` after a "⚠", or hide the note when there is none."""
        self.setText(f"⚠ {warning}" if warning else "")
        self.setVisible(bool(warning))
