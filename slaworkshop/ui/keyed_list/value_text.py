"""How a field's value reads in a table cell or a message (no Qt)."""

from __future__ import annotations

from typing import Any

from slaworkshop.models import Content
from slaworkshop.models.fields import parse_duration

from ..content_paths import get_items
from .spec import Field

_UNITS = (
    ("y", "year", "years"), ("mo", "month", "months"), ("w", "week", "weeks"),
    ("d", "day", "days"), ("h", "hour", "hours"), ("mi", "minute", "minutes"),
    ("s", "second", "seconds"),
)


def duration_text(value: str) -> str:
    """``PT4H`` → ``4 hours``; text that is not a duration is shown as written."""
    parts = parse_duration(value or "")
    if not parts:
        return value or ""
    words = []
    for code, one, many in _UNITS:
        amount = parts.get(code)
        if amount:
            number = int(amount) if float(amount).is_integer() else amount
            words.append(f"{number} {one if number == 1 else many}")
    return " ".join(words)


def ref_names(content: Content, path: str) -> dict[str, str]:
    """Key → readable name for the items of a referenced list."""
    names: dict[str, str] = {}
    for item in get_items(content, path):
        data = item.model_dump()
        for candidate in ("name", "title", "label", "statement", "question", "criterion"):
            if candidate in data:
                names[item.key] = str(data[candidate])
                break
    return names


def number_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def display(field: Field, value: Any, content: Content) -> str:
    kind = field.kind
    if kind == "choice":
        return dict(field.choices).get(value, "" if value is None else str(value))
    if kind == "ref":
        return "" if value is None else ref_names(content, field.ref).get(value, value)
    if kind == "refs":
        names = ref_names(content, field.ref)
        return ", ".join(names.get(v, v) for v in value or [])
    if kind == "text_list":
        return ", ".join(value or [])
    if kind in ("number", "int"):
        return number_text(value)
    if kind == "duration":
        return duration_text(value)
    if kind == "bool":
        return "yes" if value else "no"
    return "" if value is None else " ".join(str(value).split())


def parse_number(text: str, whole: bool) -> int | float | None:
    """Typed text → number; empty → None; ``ValueError`` with a sentence otherwise."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        raise ValueError(f"“{text}” is not a number") from None
    if number.is_integer():
        return int(number)
    if whole:
        raise ValueError(f"“{text}” is not a whole number")
    return number
