"""Reading and writing the keyed lists of a document by their path (no Qt).

Paths are those of ``KEYED_SECTIONS``: ``"terms"`` or ``"qualification.rules"``.
Writers work on the plain data of ``Content.model_dump()``, which the document then
validates as a whole.
"""

from __future__ import annotations

from typing import Any

from slaworkshop.models import Content

Data = dict[str, Any]


def get_items(content: Content, path: str) -> list[Any]:
    head, _, tail = path.partition(".")
    value: Any = getattr(content, head)
    if tail:
        if value is None:
            return []
        value = getattr(value, tail)
    return list(value)


def get_item_dicts(data: Data, path: str) -> list[Data]:
    head, _, tail = path.partition(".")
    value = data.get(head)
    if tail:
        value = (value or {}).get(tail)
    return list(value or [])


def set_item_dicts(data: Data, path: str, items: list[Data]) -> None:
    head, _, tail = path.partition(".")
    if not tail:
        data[head] = items
        return
    parent = data.get(head) or {}
    data[head] = {**parent, tail: items}


def get_field(item: Data, field: str) -> Any:
    """``get_field(persona, "company_size.min")``; None when a level is absent."""
    value: Any = item
    for part in field.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def set_field(item: Data, field: str, value: Any) -> Data:
    """A copy of ``item`` with ``field`` (possibly dotted) set to ``value``."""
    head, _, tail = field.partition(".")
    copy = dict(item)
    if tail:
        copy[head] = set_field(dict(copy.get(head) or {}), tail, value)
    else:
        copy[head] = value
    return copy
