"""Propose from the toolbar: refused with the readiness problems, or proposed."""

from __future__ import annotations

from typing import Any

from signoff_helpers import go_to_review, open_window, second_store_history

from slaworkshop.ui.signoff.propose_command import PROPOSE_LATEST, SAVE_AND_PROPOSE


def test_propose_is_refused_with_the_readiness_list(qtbot: Any, workspace: Any, northwind: str,
                                                     db_url: str, answers: Any) -> None:
    window = open_window(qtbot, workspace, northwind)
    answers.add("problems", None)
    window.window_actions.propose.trigger()
    [shown] = answers.details("problems")
    assert shown["title"] == "Not ready to propose"
    assert any("Opportunity" in p and "disputed" in p for p in shown["problems"])
    assert second_store_history(db_url, northwind) == []  # nothing saved, nothing proposed
    assert not window.signoff.signatories.sign_buttons


def test_propose_saves_the_draft_first_when_asked(qtbot: Any, workspace: Any, ready_id: str,
                                                   db_url: str, answers: Any) -> None:
    window = open_window(qtbot, workspace, ready_id)
    answers.add("choice", SAVE_AND_PROPOSE)
    answers.add("text", "for the board")
    window.window_actions.propose.trigger()
    [version] = second_store_history(db_url, ready_id)
    assert (version.number, version.status, version.label) == (1, "proposed", "for the board")
    go_to_review(qtbot, window)
    panel = window.signoff.signatories
    assert set(panel.sign_buttons) == {"priya", "jordan", "sam"}  # lee does not sign
    assert "Lee Andersen" in panel.footnote.text()
    assert window.signoff.preview.choice.currentText() == "Version 1 (proposed)"
    assert "proposed" in window.signoff.badge.text()


def test_propose_can_take_the_latest_version_as_it_is(qtbot: Any, workspace: Any, ready_id: str,
                                                       db_url: str, answers: Any) -> None:
    workspace.agreements.save_version(ready_id, "v1")
    window = open_window(qtbot, workspace, ready_id)
    content = window.document.content
    window.document.replace(content.model_copy(update={"title": "Still being argued"}), "t")
    answers.add("choice", lambda d: d["options"][-1])
    window.window_actions.propose.trigger()
    assert answers.details("choice")[0]["options"] == [SAVE_AND_PROPOSE, PROPOSE_LATEST.format(1)]
    history = second_store_history(db_url, ready_id)
    assert [(v.number, v.status) for v in history] == [(1, "proposed")]


def test_cancelling_the_choice_changes_nothing(qtbot: Any, workspace: Any, ready_id: str,
                                               db_url: str, answers: Any) -> None:
    window = open_window(qtbot, workspace, ready_id)
    answers.add("choice", None)
    window.window_actions.propose.trigger()
    assert second_store_history(db_url, ready_id) == []


def test_proposing_content_everyone_signed_says_so(qtbot: Any, workspace: Any, ready_id: str,
                                                    db_url: str, answers: Any) -> None:
    """After sign-off the draft is the signed version word for word: Propose explains
    that there is nothing new to propose, instead of the store's refusal."""
    agreements, signoff = workspace.agreements, workspace.signoff
    number, _ = agreements.save_version(ready_id, "board")
    signoff.propose(ready_id, number)
    for person in agreements.content(ready_id, number).stakeholders:
        if person.signatory:
            signoff.sign(ready_id, person.key, number=number, name=person.name)
    before = second_store_history(db_url, ready_id)
    assert [v.status for v in before] == ["signed"]
    window = open_window(qtbot, workspace, ready_id)
    answers.add("inform", None)
    window.window_actions.propose.trigger()
    [shown] = answers.details("inform")
    assert shown["title"] == "Already signed"
    assert shown["text"] == ("The draft is word for word version 1, which everyone has signed."
                             " To propose a new version, change the draft first.")
    assert second_store_history(db_url, ready_id) == before
