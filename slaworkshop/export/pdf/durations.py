"""ISO 8601 durations in words a reader of the agreement uses: "4 business hours"."""

from __future__ import annotations

from slaworkshop.models.fields import parse_duration

# (component of parse_duration, singular, plural), largest first.
_UNITS: tuple[tuple[str, str, str], ...] = (
    ("y", "year", "years"),
    ("mo", "month", "months"),
    ("w", "week", "weeks"),
    ("d", "day", "days"),
    ("h", "hour", "hours"),
    ("mi", "minute", "minutes"),
    ("s", "second", "seconds"),
)


def _amount(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:g}"


def humanise_duration(value: str, clock: str | None = None) -> str:
    """``PT4H`` → "4 hours"; with ``clock="business"`` → "4 business hours".

    The clock qualifies the largest unit only ("1 business day and 4 hours"); a value
    that is not a duration is returned as written rather than guessed at.
    """
    parts = parse_duration(value)
    if parts is None:
        return value
    words: list[str] = []
    for name, singular, plural in _UNITS:
        amount = parts.get(name, 0.0)
        if not amount:
            continue
        unit = singular if amount == 1 else plural
        if not words and clock in ("business", "calendar"):
            unit = f"{clock} {unit}"
        words.append(f"{_amount(amount)} {unit}")
    if not words:
        return value
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]
