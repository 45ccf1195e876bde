"""After the draft is reloaded (load theirs, keep mine, restore) the status bar shows
what the database holds: saved, derived from which version, the latest version's badge."""

from __future__ import annotations

from typing import Any

from test_ui_autosave_conflict import rename_first_term
from ui_helpers import wait_saved

from slaworkshop.ui.conflict_dialog import KEEP_MINE, LOAD_THEIRS


def import_elsewhere(workspace: Any, agreement_id: str) -> None:
    """Another window saves version 1, changes the draft, then a file is imported over it
    (which keeps the changed draft as version 2 and leaves the draft on no version). The
    file has a note on the first term, which ``rename_first_term`` overlaps."""
    agreements = workspace.agreements
    agreements.save_version(agreement_id, "first")
    other = agreements.draft(agreement_id)
    changed = other.content.model_copy(update={"facilitator": "Someone else"})
    agreements.update_draft(agreement_id, changed, other.revision)
    document = agreements.file(agreement_id, "draft")
    terms = list(document.content.terms)  # a note this window's typing overlaps
    terms[0] = terms[0].model_copy(update={"notes": "From the file."})
    imported = document.content.model_copy(
        update={"facilitator": "From the file", "terms": terms})
    agreements.import_file(document.model_copy(update={"content": imported,
                                                       "content_sha256": None}),
                           into=agreement_id)


def test_load_theirs_refreshes_save_state_and_versions(qtbot: Any, window: Any, answers: Any,
                                                       workspace: Any) -> None:
    assert window.signoff.badge.text() == "Draft only"
    import_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", LOAD_THEIRS)
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    assert window.document.content.facilitator == "From the file"
    assert window.status.saved.text().startswith("Saved ")  # not a stale "Saving…"
    # a rule between the two, which read as one sentence without it (tryout)
    status = window.status
    assert status.rule.isVisible()
    assert (status.saved.geometry().right() < status.rule.geometry().left()
            and status.rule.geometry().right() < status.based_on.geometry().left())
    latest = workspace.agreements.latest_number(window.agreement_id)
    assert latest == 2
    assert window.status.based_on.text() == "Not derived from a version (latest: version 2)"
    assert window.signoff.badge.text() == "Version 2 · saved"


def test_keep_mine_shows_the_version_that_kept_theirs(qtbot: Any, window: Any, answers: Any,
                                                      workspace: Any) -> None:
    import_elsewhere(workspace, window.agreement_id)
    answers.add("conflict", KEEP_MINE)
    rename_first_term(window, qtbot, "Mine.")
    qtbot.waitUntil(lambda: "conflict" in answers.kinds(), timeout=3000)
    wait_saved(qtbot, window)
    latest = workspace.agreements.latest_number(window.agreement_id)
    assert latest == 3  # theirs, kept before mine replaced it
    assert window.signoff.badge.text() == f"Version {latest} · saved"
    assert window.status.saved.text().startswith("Saved ")


def test_restore_from_history_refreshes_derived_from(qtbot: Any, window: Any, answers: Any,
                                                     workspace: Any) -> None:
    workspace.agreements.save_version(window.agreement_id, "first")
    rename_first_term(window, qtbot, "Typed after version 1.")
    qtbot.waitUntil(lambda: workspace.agreements.draft(window.agreement_id)
                    .content.terms[0].notes == "Typed after version 1.", timeout=3000)
    window.autosaver.flush()  # as History's restore does first
    workspace.agreements.restore_version(window.agreement_id, 1)
    window.reload_draft()
    assert window.status.based_on.text() == "Derived from version 1"
    assert window.status.saved.text().startswith("Saved ")
    assert window.signoff.badge.text() == "Version 2 · saved"  # the kept typing
