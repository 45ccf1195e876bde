"""The Qt-free helpers behind the editors: keys, list edits, durations, timeline sums."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slaworkshop.models import validate_content
from slaworkshop.ui import list_edits
from slaworkshop.ui.duration_editor import join_duration, split_duration
from slaworkshop.ui.item_keys import slug, unique_key
from slaworkshop.ui.keyed_list.value_text import duration_text
from slaworkshop.ui.pages.sla_timeline import total_text
from slaworkshop.ui.sections import State, section_states


def test_slug_and_unique_key() -> None:
    assert slug("Sales-qualified lead (SQL)") == "sales-qualified-lead-sql"
    assert slug("Ärztekammer") == "arztekammer"
    assert slug("!!!") == "item"
    assert unique_key("Lead", ["lead", "lead-2"]) == "lead-3"


@given(st.text(max_size=80))
def test_slug_is_always_a_valid_key(name: str) -> None:
    key = slug(name)
    assert key and all(c.isascii() and (c.islower() or c.isdigit() or c == "-") for c in key)


def test_list_edits_keep_keys_and_single_handoff() -> None:
    items = [{"key": "a", "name": "A", "handoff": True}, {"key": "b", "name": "B"}]
    items, row = list_edits.add(items, 1, {"name": "A"}, "name")
    assert (row, items[1]["key"]) == (1, "a-2")
    items = list_edits.set_value(items, 2, "handoff", True, "handoff")
    assert [i.get("handoff") for i in items] == [False, None, True]
    copied, row = list_edits.duplicate(items, 2, "name")
    assert copied[row]["name"] == "B (copy)" and not copied[row]["handoff"]
    assert [i["key"] for i in list_edits.move(items, 0, 2)] == ["a-2", "b", "a"]


@pytest.mark.parametrize("length", [1, 55, 58, 60, 100])
def test_a_copy_is_keyed_by_its_source_with_copy(length: int) -> None:
    """A long key's copy lost its "-copy" ("aaa…a-c") or was a bare prefix of the
    source's key (review)."""
    source = "k" * length
    items, row = list_edits.duplicate([{"key": source, "name": "X"}], 0, "name")
    key = items[row]["key"]
    assert key.endswith("-copy") and key != source and len(key) <= 60
    assert source.startswith(key.removesuffix("-copy"))
    again, row = list_edits.duplicate(items, 0, "name")
    assert again[row]["key"] == f"{key}-2"


def test_durations_split_join_and_read() -> None:
    assert split_duration("PT4H") == (4, 1)
    assert split_duration("P6M") == (6, 4)
    assert split_duration("PT1H30M") is None
    assert join_duration(2, 2) == "P2D"
    assert duration_text("P2W") == "2 weeks"
    assert duration_text("PT1H30M") == "1 hour 30 minutes"


def test_durations_with_a_fraction_split_and_join_exactly() -> None:
    assert split_duration("PT1.5H") == (1.5, 1)
    assert split_duration("P1,5D") == (1.5, 2)
    assert split_duration("PT0.125H") is None  # more places than the editor shows
    assert split_duration("P200000D") is None  # more than the editor takes
    assert join_duration(1.5, 1) == "PT1.5H"
    assert join_duration(4.0, 1) == "PT4H"
    assert join_duration(0.25, 2) == "P0.25D"


def test_timeline_total_uses_the_business_day() -> None:
    content = validate_content({
        "title": "t", "organization": "o",
        "business_hours": {"timezone": "UTC", "days": ["mon"], "start": "09:00",
                           "end": "17:00"},
        "sla_windows": [
            {"key": "a", "name": "A", "owner": "sales", "within": "PT4H", "clock": "business"},
            {"key": "b", "name": "B", "owner": "sales", "within": "P1D", "clock": "business"},
            {"key": "c", "name": "C", "owner": "sales", "within": "PT2H", "clock": "calendar"},
        ],
    })
    assert total_text(content) == "Total: 1 business day 4 h + 2 h"


def test_section_states() -> None:
    content = validate_content({"title": "t", "organization": "o", "terms": [
        {"key": "x", "name": "X", "status": "disputed"}]})
    from slaworkshop.models import readiness_problems

    states = section_states(content, readiness_problems(content), [])
    assert states["terms"] is State.PROBLEM
    assert states["stages"] is State.PROBLEM  # empty core section is a readiness problem
    assert states["goals"] is State.OFF
    assert states["workshop"] is State.IN_PROGRESS
    assert section_states(content, [], ["goals"])["goals"] is State.EMPTY


def test_a_workshop_refusal_names_the_field_it_is_about() -> None:
    from slaworkshop.ui.pages.workshop_page import _reason

    assert _reason("business_hours", "content.business_hours.end",
                   "must be later than the start (09:00)") == (
        "end must be later than the start (09:00)")
    assert _reason("title", "content.title", "must not be empty") == "must not be empty"
    assert _reason("organization", "content.terms[0].key",
                   "must be lowercase letters, digits and hyphens only") == (
        "(the agreement's terms[0].key must be lowercase letters, digits and hyphens only)")


def test_a_section_in_progress_says_what_it_lacks() -> None:
    from slaworkshop.ui.sections import unfinished_because

    content = validate_content({
        "title": "t", "organization": "o", "facilitator": "Dana",
        "stages": [{"key": "a", "name": "Learner", "owner": "marketing",
                    "entry_criteria": "in", "exit_criteria": "out"},
                   {"key": "b", "name": "Nurture", "owner": "marketing"},
                   {"key": "c", "name": "SQL", "owner": "sales", "entry_criteria": "in"}],
        "stakeholders": [{"key": "d", "name": "Dana", "team": "sales", "role": "VP"}]})
    assert unfinished_because(content, "stages") == (
        "“Nurture” and 1 more have no entry or exit criteria yet")
    assert unfinished_because(content, "workshop") == (
        "no workshop date, effective date, review date and business hours yet")
    assert unfinished_because(content, "stakeholders") == ""
    assert unfinished_because(content, "terms") == ""


def test_the_timeline_says_how_its_total_counts() -> None:
    """A month of business time is 21 business days, which nothing on screen said."""
    from slaworkshop.models.window_time import counting_words, total_words

    content = validate_content({
        "title": "t", "organization": "o",
        "business_hours": {"timezone": "UTC", "days": ["mon"], "start": "08:00",
                           "end": "17:30"},
        "sla_windows": [{"key": "a", "name": "A", "owner": "sales", "within": "P1M",
                         "clock": "business"}]})
    assert total_words(content) == "21 business days"
    assert counting_words(content) == (
        "The total adds every window's full time. A business day is 9.5 hours (the business"
        " hours); a business week is 5 business days, a month 21 and a year 250. Calendar"
        " time counts every hour of every day.")


def test_a_document_says_hours_and_minutes_in_words() -> None:
    """The PDF's total mixed "h" with "business hours" (tryout)."""
    from slaworkshop.models.window_time import hours_text

    assert hours_text(26.5, 9, True, long=True) == "2 business days, 8 hours and 30 minutes"
    assert hours_text(1, 9, True, long=True) == "1 hour"
    assert hours_text(0.5, 9, True, long=True) == "30 minutes"
    assert hours_text(48, 24, False, long=True) == "2 calendar days"
    assert hours_text(26.5, 9, True) == "2 business days 8 h 30 min"  # the timeline's


def test_the_caret_stays_beside_the_same_text_when_a_change_is_loaded_under_it() -> None:
    from slaworkshop.ui.keyed_list.field_widgets import caret_after_change

    assert caret_after_change("A person", "A person W", 8) == 8  # added after it
    assert caret_after_change("A person", "Q: A person", 8) == 11  # added before it
    assert caret_after_change("A person", "A people", 8) == 8  # changed around it
    assert caret_after_change("A long person", "A", 13) == 1


@given(st.text(max_size=20), st.text(max_size=20), st.integers(0, 20))
def test_the_caret_after_a_change_is_always_in_the_new_text(old: str, new: str,
                                                             caret: int) -> None:
    from slaworkshop.ui.keyed_list.field_widgets import caret_after_change

    caret = min(caret, len(old))
    assert 0 <= caret_after_change(old, new, caret) <= len(new)
