"""Two drafts made from one: both sets of edits, when they touched different things.

Two windows (or two machines) on one agreement each start from the draft as it was
saved (the base). When one has saved in between, the other's write meets a conflict.
If the two changed different things, a different term, a different field of one stage,
one the order and the other a definition, nothing needs deciding, and asking "keep
mine or load theirs?" would throw one side's edits out of the draft for the sake of a
question. :func:`merge_contents` puts both in one content; it gives up (None) as soon
as both changed one value differently, one removed an item the other edited, both put
the same items in different orders, or the result breaks a rule of the agreement (two
handoff stages, a reference to an item the other side removed). The user is asked then.

The merge works on the full form (the config's plain data): objects field by field,
keyed lists item by item by key, and any other value (text, a number, a list of days)
as one whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .agreement import Content
from .canonical import full_form
from .validation import DocumentInvalid, validate_content

_ABSENT: Any = object()  # a field or an item one side does not have


class _Overlap(Exception):
    """Both sides changed the same thing."""


def merge_contents(base: Content, mine: Content, theirs: Content) -> Content | None:
    """``mine`` and ``theirs``, each edited from ``base``, with both sets of edits; None
    when they overlap or together make an invalid agreement."""
    try:
        merged = _merge(full_form(base), full_form(mine), full_form(theirs))
    except _Overlap:
        return None
    try:
        return validate_content(merged)
    except DocumentInvalid:
        return None


def _merge(base: Any, mine: Any, theirs: Any) -> Any:
    if mine == theirs:
        return mine
    if mine == base:
        return theirs
    if theirs == base:
        return mine
    if all(isinstance(value, dict) for value in (base, mine, theirs)):
        return _merge_object(base, mine, theirs)
    if all(_keyed(value) for value in (base, mine, theirs)):
        return _merge_keyed(base, mine, theirs)
    raise _Overlap


def _merge_object(base: dict[str, Any], mine: dict[str, Any],
                  theirs: dict[str, Any]) -> dict[str, Any]:
    merged = {}
    for name in {**base, **mine, **theirs}:  # insertion order, no duplicates
        value = _merge(base.get(name, _ABSENT), mine.get(name, _ABSENT),
                       theirs.get(name, _ABSENT))
        if value is not _ABSENT:
            merged[name] = value
    return merged


def _keyed(value: Any) -> bool:
    """A list of items with keys (unique, as validation makes them)."""
    if not isinstance(value, list) or not all(
            isinstance(item, dict) and isinstance(item.get("key"), str) for item in value):
        return False
    return len({item["key"] for item in value}) == len(value)


def _merge_keyed(base: list[dict[str, Any]], mine: list[dict[str, Any]],
                 theirs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sides = [{item["key"]: item for item in items} for items in (base, mine, theirs)]
    items = {}
    for key in {**sides[0], **sides[1], **sides[2]}:
        item = _merge(*(side.get(key, _ABSENT) for side in sides))
        if item is not _ABSENT:
            items[key] = item
    order = _merge_order(*([item["key"] for item in side] for side in (base, mine, theirs)))
    return [items[key] for key in order if key in items]


def _merge_order(base: Sequence[str], mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """Every key of either side in one order: the order of the side that moved items
    (or of mine when neither did), with the other side's new items placed after the
    item they follow there."""
    everywhere = set(base) & set(mine) & set(theirs)
    kept = [[key for key in keys if key in everywhere] for keys in (base, mine, theirs)]
    if kept[1] != kept[0] and kept[2] != kept[0] and kept[1] != kept[2]:
        raise _Overlap  # both moved items, differently
    lead, other = (theirs, mine) if kept[1] == kept[0] and kept[2] != kept[0] else (mine, theirs)
    order = list(lead)
    known, placed = set(base) | set(lead), set(lead)
    previous = None  # the last key of ``other`` placed so far
    for key in other:
        if key not in known:
            order.insert(0 if previous is None else order.index(previous) + 1, key)
            placed.add(key)
        if key in placed:
            previous = key
    return order
