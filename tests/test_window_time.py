"""Business-time arithmetic for the timeline and the PDF's end-to-end total.

The compiled templates' digest covers this module, so a change to it failed that test
alone, whatever it did to the numbers (audit): these say what the numbers are.
"""

from __future__ import annotations

from typing import Any

from slaworkshop.models import Content, validate_content
from slaworkshop.models.window_time import business_day_hours, total_words


def _content(*within: str, hours: tuple[str, str] | None = None) -> Content:
    data: dict[str, Any] = {
        "title": "T", "organization": "O",
        "sla_windows": [{"key": f"w{n}", "name": f"W{n}", "owner": "sales", "within": w,
                         "clock": "business"} for n, w in enumerate(within)]}
    if hours:
        data["business_hours"] = {"timezone": "UTC", "days": ["mon"], "start": hours[0],
                                  "end": hours[1]}
    return validate_content(data)


def test_minutes_are_rounded_not_cut() -> None:
    assert total_words(_content("PT31M")) == "31 min"
    assert total_words(_content("PT1H2M")) == "1 h 2 min"


def test_a_business_day_counts_from_its_start_minute() -> None:
    half_past = _content("P1D", hours=("08:30", "17:00"))
    assert business_day_hours(half_past) == 8.5
    assert total_words(half_past) == "1 business day"
    assert total_words(_content("PT9H", hours=("08:30", "17:00"))) == \
        "1 business day 30 min"
    assert total_words(_content("PT9H")) == "1 business day 1 h"  # 09:00-17:00


def test_a_business_week_is_five_days_and_a_year_250() -> None:
    assert total_words(_content("P1W")) == "5 business days"
    assert total_words(_content("P1Y")) == "250 business days"


def test_the_short_total_leaves_out_zero_hours() -> None:
    """"Total: 4 business days 0 h 30 min" (tryout)."""
    from slaworkshop.models.window_time import hours_text

    assert hours_text(4 * 8 + 0.5, 8, True) == "4 business days 30 min"
    assert hours_text(4 * 8 + 2.5, 8, True) == "4 business days 2 h 30 min"
    assert hours_text(0, 8, True) == "0 h"
    assert hours_text(0.25, 8, False) == "15 min"
    assert hours_text(4 * 8 + 0.5, 8, True, long=True) == "4 business days and 30 minutes"
