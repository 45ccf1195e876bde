"""A handoff stage between two stages of one team gets a gentle warning, and the funnel
words the handoff from the owners around it."""

from __future__ import annotations

from typing import Any

from slaworkshop.ui.pages.handoff_check import handoff_label, handoff_warning


def with_owner(content: Any, index: int, owner: str) -> Any:
    stages = list(content.stages)
    stages[index] = stages[index].model_copy(update={"owner": owner})
    return content.model_copy(update={"stages": stages})


def handoff_index(content: Any) -> int:
    return next(i for i, s in enumerate(content.stages) if s.handoff)


def test_a_well_placed_handoff_says_marketing_to_sales(workspace: Any, northwind: str) -> None:
    content = workspace.agreements.draft(northwind).content
    assert handoff_warning(content) == ""
    assert handoff_label(content) == "marketing → sales"


def test_a_marketing_stage_after_the_handoff_is_warned_about(qtbot: Any, window: Any) -> None:
    content = window.document.content
    at = handoff_index(content)
    changed = with_owner(content, at + 1, "marketing")
    assert "followed by" in handoff_warning(changed)
    assert handoff_label(changed) == "marketing → marketing"  # not "→ sales"
    assert "comes after" in handoff_warning(with_owner(content, at - 1, "sales"))

    window.show()
    window.go_to_section("stages")
    page = window.pages["stages"]
    assert page.handoff_note.isHidden()
    window.document.replace(changed, "Make the next stage marketing's")
    assert not page.handoff_note.isHidden()
    assert "does not block" in page.handoff_note.text()
    assert page.funnel.handoff_text == "⇄ handoff: marketing → marketing"
    window.window_actions.undo.trigger()
    assert page.handoff_note.isHidden()


def test_a_handoff_with_no_marketing_stage_up_to_it_is_warned_about(
    workspace: Any, northwind: str
) -> None:
    content = workspace.agreements.draft(northwind).content
    for index in range(len(content.stages)):
        content = with_owner(content, index, "sales")
    at = handoff_index(content)
    first = content.stages[0].name
    moved = [content.stages[at], *content.stages[:at], *content.stages[at + 1:]]
    content = content.model_copy(update={"stages": moved})
    assert handoff_label(content) == "sales → sales"
    assert handoff_warning(content) == (
        f"The handoff stage “{moved[0].name}” does not sit where marketing hands over to"
        " sales: sales owns it and every stage before it. Check the order of the stages or"
        " their owners (this does not block saving).")
    assert first != moved[0].name


def test_a_sales_stage_marked_as_the_handoff_is_warned_about(workspace: Any,
                                                              northwind: str) -> None:
    """Ticking Handoff on "Sales accepted lead" read "handoff: sales → sales" with no
    word of warning (tryout)."""
    content = workspace.agreements.draft(northwind).content
    at = handoff_index(content)
    stages = [s.model_copy(update={"handoff": i == at + 1}) for i, s in enumerate(content.stages)]
    moved = content.model_copy(update={"stages": stages})
    assert (stages[at].owner, stages[at + 1].owner) == ("marketing", "sales")
    assert handoff_warning(moved) == (
        f"The handoff stage “{stages[at + 1].name}” does not sit where marketing hands over"
        f" to sales: sales owns it, so the lead was handed over before it, after"
        f" “{stages[at].name}”. Check the order of the stages or their owners (this does not"
        " block saving).")


def test_stages_further_from_the_handoff_are_checked_too(workspace: Any,
                                                         northwind: str) -> None:
    """A marketing stage two after the handoff, between two sales stages, went unseen:
    only the stages either side of it were checked (tryout)."""
    content = workspace.agreements.draft(northwind).content
    at = handoff_index(content)
    last = len(content.stages) - 1
    assert last >= at + 2
    later = with_owner(content, last, "marketing")
    name = content.stages[last].name
    assert handoff_warning(later) == (
        f"The handoff stage “{content.stages[at].name}” does not sit where marketing hands"
        f" over to sales: “{name}”, which marketing owns, comes after it. Check the order of"
        " the stages or their owners (this does not block saving).")
    first = content.stages[0]
    early = content.model_copy(update={"stages": [
        first.model_copy(update={"key": "call", "name": "Cold call", "owner": "sales"}),
        *content.stages]})
    assert "“Cold call”, which sales owns, comes before it" in handoff_warning(early)


def test_the_warning_does_not_move_the_list_s_buttons(qtbot: Any, window: Any) -> None:
    """Appearing above the list, the warning pushed the buttons down between two clicks
    of Move down, and the second click landed on it (tryout)."""
    window.show()
    window.resize(1280, 800)
    window.go_to_section("stages")
    page = window.pages["stages"]
    qtbot.wait(50)  # laid out
    from PySide6.QtWidgets import QPushButton

    move_down = next(b for b in page.findChildren(QPushButton)
                     if b.text().replace("&", "") == "Move down")
    where = move_down.mapTo(page, move_down.rect().topLeft())
    content = window.document.content
    window.document.replace(with_owner(content, handoff_index(content) + 1, "marketing"),
                            "Make the next stage marketing's")
    qtbot.waitUntil(page.handoff_note.isVisible)
    qtbot.wait(10)
    assert move_down.mapTo(page, move_down.rect().topLeft()) == where
