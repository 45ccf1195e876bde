"""ISO 8601 durations in the words people use, shared by the diff reports, PDF and UI."""

from __future__ import annotations

from typing import Any

import pytest

from slaworkshop.diff import humanize_duration


@pytest.mark.parametrize(
    ("value", "clock", "words"),
    [
        ("PT4H", "business", "4 business hours"),
        ("PT4H", "calendar", "4 hours"),
        ("PT1H", "business", "1 business hour"),
        ("P2D", "business", "2 business days"),
        ("P2D", "calendar", "2 days"),
        ("P2D", None, "2 days"),
        ("P2W", None, "2 weeks"),
        ("P2W", "business", "2 weeks"),
        ("P6M", None, "6 months"),
        ("P1Y", None, "1 year"),
        ("PT30M", None, "30 minutes"),
        ("PT30M", "business", "30 business minutes"),
        ("PT1H30M", "business", "1 business hour and 30 minutes"),
        ("P1DT4H", "calendar", "1 day and 4 hours"),
        ("P1Y2M3D", None, "1 year, 2 months and 3 days"),
        ("PT1.5S", None, "1.5 seconds"),
        ("P6M", "business", "6 months"),
    ],
)
def test_durations_in_words(value: str, clock: Any, words: str) -> None:
    assert humanize_duration(value, clock) == words


def test_text_that_is_no_duration_comes_back_as_it_was() -> None:
    assert humanize_duration("four hours") == "four hours"


@pytest.mark.parametrize(
    ("value", "clock", "words"),
    [
        ("P3D", "calendar", "3 calendar days"),
        ("P1DT4H", "calendar", "1 calendar day and 4 hours"),
        ("P2D", "business", "2 business days"),
        ("P2W", "calendar", "2 weeks"),
        ("P2D", None, "2 days"),
    ],
)
def test_the_calendar_clock_named_where_no_clock_line_says_it(value: str, clock: Any,
                                                              words: str) -> None:
    assert humanize_duration(value, clock, name_calendar=True) == words


def test_only_days_and_smaller_units_name_their_clock() -> None:
    from slaworkshop.diff.durations import clock_in_words

    assert clock_in_words("PT4H") and clock_in_words("P1DT4H") and clock_in_words("P2D")
    assert not clock_in_words("P2W") and not clock_in_words("P6M")
    assert not clock_in_words("four hours")


def test_a_duration_beyond_a_float_is_worded_as_written() -> None:
    """Read through floats, "P9007199254740993D" was worded 9007199254740992 days in the
    PDF and the diff, beside a config holding …993 (fuzzing)."""
    assert humanize_duration("P9007199254740993D", "calendar", name_calendar=True) == \
        "9007199254740993 calendar days"
    assert humanize_duration("P99999999999999999999D", "business") == \
        "99999999999999999999 business days"
    assert humanize_duration("P1.0000000000000001D") == "1.0000000000000001 days"
    assert humanize_duration("PT007H") == "7 hours"
    assert humanize_duration("PT1,50H") == "1.5 hours"
    assert humanize_duration("PT1.0H") == "1 hour"
