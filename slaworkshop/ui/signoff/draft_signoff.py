"""Where sign-off stands, as the draft's readiness sees it.

Readiness problems are about the draft's content; whether there is anything to
propose depends on sign-off too. While the draft is word for word the version that is
proposed or signed, proposing it again makes no sense: the Review page's summary says
how far that version is ("✓ Version 2 is signed by everyone.") and the status bar's
readiness button stops offering "Ready to propose".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from slaworkshop.models import content_sha256

from .signoff_state import SignOffSnapshot, SignOffState
from .version_badge import VersionBadge

if TYPE_CHECKING:
    from ..agreement_window import AgreementWindow


def signoff_sentence(snapshot: SignOffSnapshot) -> str:
    """The version in sign-off in one sentence; "" when none is proposed or signed."""
    version = snapshot.version
    if version is None:
        return ""
    if version.status == "signed":
        return f"✓ Version {version.number} is signed by everyone."
    return (f"Version {version.number} is proposed and awaiting signatures: "
            f"{snapshot.signed_count} of {len(snapshot.signatories)} signed.")


class DraftSignOff(QObject):
    """Keeps the Review page's summary and the status bar in step with sign-off (from
    the services, through :class:`SignOffState`) and with the draft being edited."""

    def __init__(self, window: AgreementWindow, state: SignOffState,
                 badge: VersionBadge) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._badge = badge
        self.draft_is_version = False
        state.changed.connect(self.follow)
        window.document.changed.connect(self.follow)
        window.pages.when_built(lambda _page: self.follow(), "review")

    def follow(self, *_changed: object) -> None:
        version = self._state.snapshot.version
        self.draft_is_version = (
            version is not None
            and content_sha256(self._window.document.content) == version.content_sha256
        )
        self._window.status.set_draft_in_signoff(self.draft_is_version)
        self._badge.set_draft_differs(version is not None and not self.draft_is_version)
        if self._window.pages.is_built("review"):
            from ..pages.review_page import ReviewPage  # built, so already imported

            review = self._window.pages["review"]
            assert isinstance(review, ReviewPage)
            review.set_signoff(signoff_sentence(self._state.snapshot), self.draft_is_version)
