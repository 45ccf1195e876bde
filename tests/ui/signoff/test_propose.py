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
    assert answers.details("choice")[0]["cautious"] is True  # Return answers Cancel
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


def _signed_by_everyone(workspace: Any, agreement_id: str, number: int | None = None) -> int:
    agreements, signoff = workspace.agreements, workspace.signoff
    if number is None:
        number, _ = agreements.save_version(agreement_id, "board")
    signoff.propose(agreement_id, number)
    for person in agreements.content(agreement_id, number).stakeholders:
        if person.signatory:
            signoff.sign(agreement_id, person.key, number=number, name=person.name)
    return number


def test_a_signed_version_is_never_offered_for_proposing(qtbot: Any, workspace: Any,
                                                         ready_id: str, db_url: str,
                                                         answers: Any) -> None:
    """After sign-off and a new edit, Propose offers only what the services accept:
    saving the draft as a new version; "Propose version 1 as it is" would be refused."""
    _signed_by_everyone(workspace, ready_id)
    window = open_window(qtbot, workspace, ready_id)
    content = window.document.content
    window.document.replace(content.model_copy(update={"title": "Renewal terms"}), "t")
    answers.add("choice", lambda d: d["options"][-1])
    answers.add("text", "renewal")
    window.window_actions.propose.trigger()
    [asked] = answers.details("choice")
    assert asked["options"] == [SAVE_AND_PROPOSE]
    assert "version 1 can be proposed" not in asked["text"]
    assert "inform" not in answers.kinds()  # no refusal shown
    history = second_store_history(db_url, ready_id)
    assert [(v.number, v.status) for v in history] == [(1, "signed"), (2, "proposed")]


def test_a_draft_with_problems_after_sign_off_lists_them(qtbot: Any, workspace: Any,
                                                         ready_id: str, db_url: str,
                                                         answers: Any) -> None:
    """With the signed version the only one and the draft not ready, nothing can be
    proposed: the readiness problems are shown, not a choice that is then refused."""
    _signed_by_everyone(workspace, ready_id)
    window = open_window(qtbot, workspace, ready_id)
    content = window.document.content
    disputed = [content.terms[0].model_copy(update={"status": "disputed"}), *content.terms[1:]]
    window.document.replace(content.model_copy(update={"terms": disputed}), "t")
    answers.add("problems", None)
    window.window_actions.propose.trigger()
    assert "choice" not in answers.kinds() and "inform" not in answers.kinds()
    [shown] = answers.details("problems")
    assert "the draft" in shown["intro"]
    assert [(v.number, v.status) for v in second_store_history(db_url, ready_id)] == [
        (1, "signed")]


def test_a_changed_draft_over_a_proposed_version_warns_of_withdrawal(
        qtbot: Any, workspace: Any, ready_id: str, db_url: str, answers: Any) -> None:
    number, _ = workspace.agreements.save_version(ready_id, "board")
    workspace.signoff.propose(ready_id, number)
    workspace.signoff.sign(ready_id, "priya", number=number)
    window = open_window(qtbot, workspace, ready_id)
    content = window.document.content
    window.document.replace(content.model_copy(update={"title": "Renewal terms"}), "t")
    answers.add("choice", None)
    window.window_actions.propose.trigger()
    [asked] = answers.details("choice")
    assert asked["options"] == [SAVE_AND_PROPOSE]
    assert "withdraws its signatures" in asked["text"]
    [stored] = second_store_history(db_url, ready_id)
    assert (stored.status, len(stored.signatures)) == ("proposed", 1)


def test_a_refusal_from_the_services_is_shown_as_a_sentence(
        qtbot: Any, workspace: Any, ready_id: str, db_url: str, answers: Any) -> None:
    """Version 1 is signed in another window while the choice is open: the services'
    refusal ("version 1 is signed; …", as the CLI prints it) is a sentence here."""
    workspace.agreements.save_version(ready_id, "v1")
    window = open_window(qtbot, workspace, ready_id)
    content = window.document.content
    window.document.replace(content.model_copy(update={"title": "Still being argued"}), "t")

    def signed_meanwhile(details: dict[str, Any]) -> str:
        _signed_by_everyone(workspace, ready_id, 1)
        return str(details["options"][-1])

    answers.add("choice", signed_meanwhile)
    answers.add("inform", None)
    window.window_actions.propose.trigger()
    assert answers.details("choice")[0]["options"][-1] == PROPOSE_LATEST.format(1)
    [shown] = answers.details("inform")
    assert (shown["title"], shown["warning"]) == ("Not proposed", True)
    assert shown["text"] == "Version 1 is signed; only a saved version can be proposed."
    assert [v.status for v in second_store_history(db_url, ready_id)] == ["signed"]
    # the window caught up; its draft was edited since
    assert window.signoff.badge.text() == "Version 1 · signed · draft changed"


def test_proposing_the_saved_draft_asks_first(qtbot: Any, workspace: Any, ready_id: str,
                                              db_url: str, answers: Any) -> None:
    """The draft is version 1 word for word: no choice to make, but proposing freezes it
    for signature, so one keystroke (Ctrl+Shift+P) does not do it unasked."""
    from slaworkshop.ui.signoff.propose_command import PROPOSE_QUESTION

    workspace.agreements.save_version(ready_id, "v1")
    window = open_window(qtbot, workspace, ready_id)
    answers.add("confirm", False)
    window.window_actions.propose.trigger()
    [asked] = answers.details("confirm")
    assert asked["text"] == ("Propose version 1 for signature? The signatories then sign "
                             "exactly version 1; later edits go into the draft and need a "
                             "new version.")
    assert asked["text"] == PROPOSE_QUESTION.format(1)
    assert [(v.number, v.status) for v in second_store_history(db_url, ready_id)] == [
        (1, "saved")]
    answers.add("confirm", True)
    window.window_actions.propose.trigger()
    assert [(v.number, v.status) for v in second_store_history(db_url, ready_id)] == [
        (1, "proposed")]
    assert window.signoff.badge.text() == "Version 1 · proposed · 0 of 3 signed"
