"""What the Review page and the status bar say about sign-off: "Ready to propose" only
while there is something to propose; a proposed or signed version says so."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from signoff_helpers import go_to_review, open_window

from slaworkshop.ui.agreement_window import AgreementWindow


@pytest.fixture
def proposed(workspace: Any, ready_id: str) -> str:
    workspace.agreements.save_version(ready_id, "for the board")
    workspace.signoff.propose(ready_id)
    return ready_id


def _review_summary(window: AgreementWindow) -> str:
    return window.pages["review"].summary.text()  # type: ignore[attr-defined,no-any-return]


def _sign_in_dialog(qtbot: Any, window: AgreementWindow, key: str, name: str) -> None:
    panel = window.signoff.signatories  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.sign_buttons[key], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, name)
    dialog.agree.click()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


def test_nothing_proposed_yet_says_ready_to_propose(qtbot: Any, workspace: Any,
                                                    ready_id: str) -> None:
    window = open_window(qtbot, workspace, ready_id)
    go_to_review(qtbot, window)
    assert _review_summary(window) == "✓ Ready to propose for signature."
    assert window.status.problems.text() == "✓ Ready to propose"


def test_a_proposed_version_says_it_awaits_signatures(qtbot: Any, workspace: Any,
                                                      proposed: str) -> None:
    workspace.signoff.sign(proposed, "priya")
    window = open_window(qtbot, workspace, proposed)
    go_to_review(qtbot, window)
    summary = _review_summary(window)
    assert summary == "Version 1 is proposed and awaiting signatures: 1 of 3 signed."
    assert "Ready to propose" not in window.status.problems.text()
    assert window.status.problems.text() == "✓ No problems"


def test_after_the_last_signature_the_review_page_says_signed(qtbot: Any, workspace: Any,
                                                              proposed: str) -> None:
    workspace.signoff.sign(proposed, "priya")
    workspace.signoff.sign(proposed, "jordan")
    window = open_window(qtbot, workspace, proposed)
    go_to_review(qtbot, window)
    _sign_in_dialog(qtbot, window, "sam", "Sam Whitfield")
    assert _review_summary(window) == "✓ Version 1 is signed by everyone."
    assert window.status.problems.text() == "✓ No problems"
    assert window.signoff.badge.text() == "Version 1 · signed"  # type: ignore[attr-defined]


def test_a_draft_changed_after_signing_is_ready_to_propose_again(qtbot: Any, workspace: Any,
                                                                 proposed: str) -> None:
    for key in ("priya", "jordan", "sam"):
        workspace.signoff.sign(proposed, key)
    window = open_window(qtbot, workspace, proposed)
    go_to_review(qtbot, window)
    badge = window.signoff.badge  # type: ignore[attr-defined]
    assert badge.text() == "Version 1 · signed"
    window.document.edit("Rename", lambda data: data.update(title="Second half agreement"))
    assert _review_summary(window) == (
        "✓ Version 1 is signed by everyone. The draft has changed since and is ready "
        "to propose as a new version.")
    assert window.status.problems.text() == "✓ Ready to propose"
    # the status bar says so on every page, as the start window does (tryout)
    assert badge.text() == "Version 1 · signed · draft changed"
    assert badge.toolTip().startswith("The draft has changed since version 1: save and "
                                      "propose a new version to have the changes signed.")
    window.document.undo_stack.undo()  # word for word version 1 again
    assert _review_summary(window) == "✓ Version 1 is signed by everyone."
    assert window.status.problems.text() == "✓ No problems"
    assert badge.text() == "Version 1 · signed"


def test_a_version_saved_after_the_signed_one_is_named_on_the_badge(
        qtbot: Any, workspace: Any, proposed: str) -> None:
    """After Save version on top of the signed version 1 the badge said "Version 1 ·
    signed · draft changed", and nothing said version 2 existed (tryout)."""
    for key in ("priya", "jordan", "sam"):
        workspace.signoff.sign(proposed, key)
    window = open_window(qtbot, workspace, proposed)
    window.document.edit("Rename", lambda data: data.update(title="Second half agreement"))
    window.autosaver.flush()
    workspace.agreements.save_version(proposed, "second half")
    window.refresh_save_state()
    badge = window.signoff.badge  # type: ignore[attr-defined]
    assert badge.text() == "Version 1 · signed · version 2 saved"
    assert badge.toolTip().startswith("Version 2 is saved, not yet proposed")
