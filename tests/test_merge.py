"""Two drafts edited from one: both sets of edits, or None when they overlap."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from agreements import READY

from slaworkshop.models import Content, validate_content
from slaworkshop.models.merge import merge_contents

Edit = Callable[[dict[str, Any]], None]


def _edited(edit: Edit) -> Content:
    data = copy.deepcopy(READY)
    edit(data)
    return validate_content(data)


def _merge(mine: Edit, theirs: Edit) -> Content | None:
    return merge_contents(validate_content(READY), _edited(mine), _edited(theirs))


def _item(data: dict[str, Any], section: str, key: str) -> dict[str, Any]:
    return next(item for item in data[section] if item["key"] == key)


def _keys(content: Content, section: str) -> list[str]:
    return [item.key for item in getattr(content, section)]


def test_edits_to_different_items_and_fields_are_both_kept() -> None:
    def mine(data: dict[str, Any]) -> None:
        _item(data, "terms", "mql")["agreed_definition"] = "Scored 70+."
        _item(data, "stakeholders", "sam")["role"] = "CRO"

    def theirs(data: dict[str, Any]) -> None:
        data["title"] = "Acme SLA 2027"
        _item(data, "stakeholders", "sam")["name"] = "Samantha Sales"
        data["parking_lot"] = [{"key": "budget", "question": "Budget for events?"}]

    merged = _merge(mine, theirs)
    assert merged is not None
    assert merged.title == "Acme SLA 2027"
    assert merged.terms[0].agreed_definition == "Scored 70+."
    sam = merged.stakeholders[1]
    assert (sam.name, sam.role) == ("Samantha Sales", "CRO")
    assert [item.question for item in merged.parking_lot] == ["Budget for events?"]


def test_one_field_changed_differently_on_both_sides_is_not_merged() -> None:
    def mine(data: dict[str, Any]) -> None:
        _item(data, "terms", "mql")["agreed_definition"] = "Scored 70+."

    def theirs(data: dict[str, Any]) -> None:
        _item(data, "terms", "mql")["agreed_definition"] = "Scored 80+."

    assert _merge(mine, theirs) is None


def test_the_same_change_made_on_both_sides_is_merged_once() -> None:
    def both(data: dict[str, Any]) -> None:
        _item(data, "terms", "mql")["agreed_definition"] = "Scored 70+."
        data["terms"].append({"key": "sql", "name": "SQL", "status": "agreed"})

    merged = _merge(both, both)
    assert merged is not None
    assert _keys(merged, "terms") == ["mql", "sql"]
    assert merged.terms[0].agreed_definition == "Scored 70+."


def test_an_item_removed_on_one_side_and_edited_on_the_other_is_not_merged() -> None:
    def mine(data: dict[str, Any]) -> None:
        data["rejection_reasons"] = []

    def theirs(data: dict[str, Any]) -> None:
        _item(data, "rejection_reasons", "competitor")["label"] = "Competitor or student"

    assert _merge(mine, theirs) is None
    assert _merge(theirs, mine) is None


def test_an_item_removed_on_one_side_stays_removed_beside_other_edits() -> None:
    def mine(data: dict[str, Any]) -> None:
        data["stakeholders"] = [s for s in data["stakeholders"] if s["key"] != "lee"]

    def theirs(data: dict[str, Any]) -> None:
        _item(data, "stakeholders", "dana")["role"] = "CMO"

    merged = _merge(mine, theirs)
    assert merged is not None
    assert _keys(merged, "stakeholders") == ["dana", "sam"]
    assert merged.stakeholders[0].role == "CMO"


def test_a_reorder_on_one_side_keeps_the_other_sides_new_item_after_its_neighbour() -> None:
    def mine(data: dict[str, Any]) -> None:  # Accepted first, Learner last
        data["stages"].reverse()

    def theirs(data: dict[str, Any]) -> None:  # a stage after Learner, and one at the top
        data["stages"].insert(1, {"key": "nurture", "name": "Nurture", "owner": "marketing"})
        data["stages"].insert(0, {"key": "lead", "name": "Lead", "owner": "marketing"})

    merged = _merge(mine, theirs)
    assert merged is not None
    assert _keys(merged, "stages") == ["lead", "sal", "mql", "learner", "nurture"]
    # the same the other way round: the order comes from the side that moved items
    merged = _merge(theirs, mine)
    assert merged is not None
    assert _keys(merged, "stages") == ["lead", "sal", "mql", "learner", "nurture"]


def test_new_items_on_both_sides_are_all_kept() -> None:
    def mine(data: dict[str, Any]) -> None:
        data["terms"].append({"key": "sal", "name": "SAL", "status": "agreed"})

    def theirs(data: dict[str, Any]) -> None:
        data["terms"].insert(0, {"key": "lead", "name": "Lead", "status": "agreed"})
        data["terms"].append({"key": "sql", "name": "SQL", "status": "agreed"})

    merged = _merge(mine, theirs)
    assert merged is not None
    assert _keys(merged, "terms") == ["lead", "mql", "sql", "sal"]


def test_two_new_items_with_one_key_and_different_content_are_not_merged() -> None:
    def mine(data: dict[str, Any]) -> None:
        data["terms"].append({"key": "sal", "name": "SAL", "status": "agreed"})

    def theirs(data: dict[str, Any]) -> None:
        data["terms"].append({"key": "sal", "name": "Sal", "status": "disputed"})

    assert _merge(mine, theirs) is None


def test_both_sides_moving_items_differently_is_not_merged() -> None:
    def mine(data: dict[str, Any]) -> None:
        data["stages"].reverse()

    def theirs(data: dict[str, Any]) -> None:
        data["stages"].append(data["stages"].pop(0))

    assert _merge(mine, theirs) is None


def test_a_handoff_picked_on_each_side_is_not_merged_into_two() -> None:
    def mine(data: dict[str, Any]) -> None:  # Learner becomes the handoff
        _item(data, "stages", "mql")["handoff"] = False
        _item(data, "stages", "learner")["handoff"] = True

    def theirs(data: dict[str, Any]) -> None:  # Accepted becomes the handoff
        _item(data, "stages", "mql")["handoff"] = False
        _item(data, "stages", "sal")["handoff"] = True

    assert _merge(mine, theirs) is None


def test_a_reference_to_an_item_the_other_side_removed_is_not_merged() -> None:
    def mine(data: dict[str, Any]) -> None:
        data["personas"].append({"key": "finance", "name": "Finance lead"})
        data["titles"].append({"key": "cfo", "title": "CFO", "priority": "target",
                               "persona": "finance"})

    def theirs(data: dict[str, Any]) -> None:
        data["personas"].append({"key": "finance", "name": "Finance lead"})

    merged = _merge(mine, theirs)
    assert merged is not None and _keys(merged, "titles") == ["vp-ops", "cfo"]

    def theirs_removes(data: dict[str, Any]) -> None:
        data["sla_windows"][0]["escalate_to"] = []
        data["stakeholders"] = [s for s in data["stakeholders"] if s["key"] != "dana"]

    def mine_refers(data: dict[str, Any]) -> None:
        data["sla_windows"].append({
            "key": "accept", "name": "Accept", "owner": "sales", "within": "PT8H",
            "clock": "business", "from_stage": "mql", "to_stage": "sal",
            "escalate_to": ["dana"]})

    assert _merge(mine_refers, theirs_removes) is None


def test_an_object_set_on_one_side_and_edited_in_place_on_the_other() -> None:
    hours = {"timezone": "Europe/Berlin", "days": ["mon", "tue"], "start": "09:00",
             "end": "17:00"}

    def mine(data: dict[str, Any]) -> None:
        data["business_hours"] = hours

    def theirs(data: dict[str, Any]) -> None:
        data["facilitator"] = "Alex"

    merged = _merge(mine, theirs)
    assert merged is not None
    assert merged.business_hours is not None
    assert merged.business_hours.timezone == "Europe/Berlin"
    assert merged.facilitator == "Alex"

    def both_days(days: list[str]) -> Edit:
        def edit(data: dict[str, Any]) -> None:
            data["business_hours"] = {**hours, "days": days}
        return edit

    # a list of plain values is one value: two different lists of days overlap
    assert _merge(both_days(["mon"]), both_days(["tue", "wed"])) is None
