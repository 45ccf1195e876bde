"""A list said as people write it: "A", "A and B", "A, B and C", or "“A” and 2 more"."""

from __future__ import annotations

from collections.abc import Sequence


def and_list(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def first_and_more(names: Sequence[str], noun: str = "", nouns: str = "") -> str:
    """The first name quoted and how many more: "“Route” and 2 more SLA windows"
    (``noun`` and ``nouns`` after the count, singular and plural). "" when empty."""
    if not names:
        return ""
    more = len(names) - 1
    if not more:
        return f"“{names[0]}”"
    word = (noun if more == 1 else nouns) if noun else ""
    return f"“{names[0]}” and {more} more" + (f" {word}" if word else "")
