"""Restore as draft: start a new draft from an old version, after asking.

Nothing is overwritten: the draft's unsaved changes are first kept as a version
("before restoring version N"), and every version stays as it was
(``AgreementService.restore_version``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from slaworkshop.store import StoreError

from .. import prompts
from ..workspace import Workspace
from .draft_link import DraftLink


def restore_as_draft(parent: QWidget, workspace: Workspace, agreement_id: str, number: int,
                     link: DraftLink) -> str | None:
    """Ask, then restore; the sentence to show afterwards, or None when nothing happened."""
    if not prompts.confirm(
        parent, f"Restore version {number} as the draft?",
        f"The draft will be replaced by the content of version {number}.\n\n"
        "Nothing is lost: if the draft holds changes that are in no version yet, they are "
        "first saved as a new version, and every version stays in the history.",
        yes="Restore as draft",
    ):
        return None
    if not link.flush():
        prompts.inform(parent, "Draft not restored",
                       "The agreement window has edits it could not save yet (the draft "
                       "changed elsewhere). Settle that first, then restore.", warning=True)
        return None
    try:
        kept = workspace.agreements.restore_version(agreement_id, number)
    except StoreError as exc:
        prompts.refusal(parent, "Draft not restored", exc)
        return None
    link.reload(f"Restore version {number} as the draft")
    if kept is None:
        return f"The draft now starts from version {number}."
    return (f"The draft now starts from version {number}; the changes it held before "
            f"were saved as version {kept}.")
