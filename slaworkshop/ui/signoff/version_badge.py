"""The status bar's badge for the version in sign-off: "Version 3 · proposed · 1 of 3
signed", then "Version 3 · signed"; coloured like the start window's badges."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..badge_colours import BADGE_COLOURS
from .signoff_state import SignOffSnapshot


class VersionBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Sign-off status")
        self.status = ""

    def show_snapshot(self, snapshot: SignOffSnapshot) -> None:
        version = snapshot.version or snapshot.latest
        if version is None:
            self.status = "draft"
            self.setText("Draft only")
            self.setToolTip("No version is saved yet")
        else:
            self.status = version.status
            text = f"Version {version.number} · {version.status}"
            if version is snapshot.version and version.status == "proposed":
                text += f" · {snapshot.signed_count} of {len(snapshot.signatories)} signed"
            self.setText(text)
            self.setToolTip(f"Content hash (SHA-256): {version.content_sha256}")
        fill, ink = BADGE_COLOURS.get(self.status, BADGE_COLOURS["draft"])
        self.setStyleSheet(f"QLabel {{ background: {fill}; color: {ink}; border-radius: 8px;"
                           " padding: 1px 10px; font-weight: 600; }")
