"""Pure edits of a keyed list's plain data: add, duplicate, remove, move, set a field.

No Qt: the table model and the editor call these and hand the result to the document,
which validates it and puts it on the undo stack.
"""

from __future__ import annotations

from typing import Any

from .content_paths import Data, set_field
from .item_keys import MAX_KEY, unique_key


def add(items: list[Data], at: int, item: Data, name_field: str,
        fallback: str = "item") -> tuple[list[Data], int]:
    """Insert ``item`` at ``at`` with a key made from its name; (new list, its row).
    ``fallback``: the key's stem for a name with no letter a key can hold (Arabic,
    Chinese): the kind of item, so "stakeholder-2" rather than "item-2"."""
    key = unique_key(str(item.get(name_field) or ""), (i["key"] for i in items), fallback)
    at = max(0, min(at, len(items)))
    return [*items[:at], {**item, "key": key}, *items[at:]], at


def rename_with_new_key(items: list[Data], row: int, name_field: str, name: str,
                        fallback: str = "item") -> list[Data]:
    """Give the item at ``row`` its first real name, and a key made from it."""
    others = (item["key"] for index, item in enumerate(items) if index != row)
    result = list(items)
    result[row] = {**items[row], name_field: name, "key": unique_key(name, others, fallback)}
    return result


def duplicate(items: list[Data], row: int, name_field: str) -> tuple[list[Data], int]:
    """A copy after ``row``, named "… (copy)", its key the source's with "-copy": made
    from the name, an Arabic one's copy was keyed "copy"."""
    source = items[row]
    name = f"{source.get(name_field) or ''} (copy)"
    copy = {**source, name_field: name}
    for flag in ("handoff",):  # a copy must not become a second handoff stage
        if copy.get(flag):
            copy[flag] = False
    # Nobody has agreed a copy of an agreed term: it went in as agreed, with the same
    # definition, and readiness had nothing to say (tryout). Disputed, it is listed
    # until the room settles it.
    if copy.get("status") == "agreed":
        copy["status"] = "disputed"
    # the source's key cut short rather than the suffix: a 100-character key's copy
    # was keyed by its first 60 characters, a bare prefix of the source's (review)
    stem = str(source["key"])[: MAX_KEY - len("-copy")]
    key = unique_key(f"{stem} copy", (i["key"] for i in items))
    at = row + 1
    return [*items[:at], {**copy, "key": key}, *items[at:]], at


def remove(items: list[Data], row: int) -> list[Data]:
    return [*items[:row], *items[row + 1 :]]


def move(items: list[Data], row: int, to: int) -> list[Data]:
    """Move the item at ``row`` so that it ends up at index ``to`` of the result."""
    to = max(0, min(to, len(items) - 1))
    result = list(items)
    result.insert(to, result.pop(row))
    return result


def set_value(
    items: list[Data], row: int, field: str, value: Any, exclusive_flag: str = ""
) -> list[Data]:
    """Set one field; for the exclusive flag (``handoff``), setting it clears the others."""
    result = list(items)
    result[row] = set_field(result[row], field, value)
    if field == exclusive_flag and value:
        for index, item in enumerate(result):
            if index != row and item.get(field):
                result[index] = {**item, field: False}
    return result
