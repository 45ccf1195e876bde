"""ISO 8601 durations as a person says them: ``PT4H`` on a business clock is "4 business hours".

Shared by the diff reports, the PDF and the UI, so that every place words a window alike.
The value itself is never normalised (DESIGN.md: ``P6M`` is not turned into days); only
its wording is.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from slaworkshop.listing import and_list
from slaworkshop.models.fields import duration_digits, parse_duration

# Component of models.fields.parse_duration -> (singular, plural), largest unit first.
_UNITS: tuple[tuple[str, str, str], ...] = (
    ("y", "year", "years"),
    ("mo", "month", "months"),
    ("w", "week", "weeks"),
    ("d", "day", "days"),
    ("h", "hour", "hours"),
    ("mi", "minute", "minutes"),
    ("s", "second", "seconds"),
)
# A business clock counts working days and working hours; years, months and weeks are
# the same length on either clock, so "business" only qualifies the smaller units.
_BUSINESS_UNITS = frozenset({"d", "h", "mi", "s"})


def humanize_duration(value: str, clock: Literal["business", "calendar"] | None = None, *,
                      name_calendar: bool = False) -> str:
    """``PT4H`` → "4 hours"; with ``clock="business"`` → "4 business hours"; with
    ``clock="calendar"`` and ``name_calendar`` → "4 calendar hours" (where the clock is
    not said elsewhere, as in a diff that leaves out the separate clock line).

    Several components read as one phrase ("1 business day and 4 hours"): the clock is
    said once, before the first unit it applies to. Text that is not an ISO 8601
    duration comes back unchanged, so a caller can show whatever it was given.
    """
    written = duration_digits(value)
    if written is None:
        return value
    parts = {name: Decimal(digits) for name, digits in written.items()}  # exact
    words: list[str] = []
    qualifier = "business" if clock == "business" else (
        "calendar" if clock == "calendar" and name_calendar else "")
    clock_said = not qualifier
    for component, singular, plural in _UNITS:
        amount = parts.get(component)
        if not amount:
            continue
        unit = singular if amount == 1 else plural
        if not clock_said and component in _BUSINESS_UNITS:
            unit = f"{qualifier} {unit}"
            clock_said = True
        words.append(f"{_number(amount)} {unit}")
    if not words:
        return value  # all zero ("PT0S"): the model refuses it; say it as written
    return and_list(words)


def clock_in_words(value: str) -> bool:
    """Whether :func:`humanize_duration` names the clock for ``value`` (given a clock, and
    ``name_calendar`` for the calendar one): only days and smaller units depend on it,
    so "2 weeks" says no clock and "2 business days" does."""
    parts = parse_duration(value)
    return parts is not None and any(parts.get(unit) for unit in _BUSINESS_UNITS)


def _number(amount: Decimal) -> str:
    """As written, without padding: "007" → "7", "1.50" → "1.5"."""
    return format(amount.normalize(), "f")
