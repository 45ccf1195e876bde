"""The status bar's badge for the version in sign-off: "Version 3 · proposed · 1 of 3
signed", then "Version 3 · signed"; coloured like the start window's badges. Once the
draft differs from that version it says so, as the start window does ("· draft
changed"): after an edit to a signed agreement the badge went on saying "signed" alone,
and only the Review page told (tryout)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..badge_colours import BADGE_COLOURS
from .signoff_state import SignOffSnapshot


class VersionBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Sign-off status")
        self.status = ""
        self._snapshot: SignOffSnapshot | None = None
        self._draft_differs = False

    def show_snapshot(self, snapshot: SignOffSnapshot) -> None:
        self._snapshot = snapshot
        self._show()

    def set_draft_differs(self, differs: bool) -> None:
        """Whether the draft is no longer word for word the version in sign-off."""
        if differs != self._draft_differs:
            self._draft_differs = differs
            self._show()

    def _show(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
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
            tip = f"Content hash (SHA-256): {version.content_sha256}"
            latest = snapshot.latest
            if (version is snapshot.version and latest is not None
                    and latest.number > version.number):
                # a newer version saved since: "draft changed" alone hid it (tryout)
                text += f" · version {latest.number} {latest.status}"
                tip = (f"Version {latest.number} is {latest.status}, not yet proposed: "
                       f"propose it to have it signed.\n{tip}")
            elif version is snapshot.version and self._draft_differs:
                text += " · draft changed"
                tip = (f"The draft has changed since version {version.number}: save and "
                       f"propose a new version to have the changes signed.\n{tip}")
            self.setText(text)
            self.setToolTip(tip)
        fill, ink = BADGE_COLOURS.get(self.status, BADGE_COLOURS["draft"])
        self.setStyleSheet(f"QLabel {{ background: {fill}; color: {ink}; border-radius: 8px;"
                           " padding: 1px 10px; font-weight: 600; }")
