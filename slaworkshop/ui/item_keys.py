"""Keys for new list items, made from their names (no Qt).

A key is generated once, when the item is created, and never follows later renames:
other sections and other versions refer to items by key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NOT_KEY = re.compile(r"[^a-z0-9]+")
MAX_KEY = 60


def slug(name: str, fallback: str = "item") -> str:
    """``"Sales-qualified lead (SQL)"`` → ``"sales-qualified-lead-sql"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = _NOT_KEY.sub("-", ascii_name.lower()).strip("-")
    text = text[:MAX_KEY].rstrip("-")
    return text or fallback


def unique_key(name: str, taken: Iterable[str], fallback: str = "item") -> str:
    """The slug of ``name``, with ``-2``, ``-3``… appended until it is not taken."""
    used = set(taken)
    base = slug(name, fallback)
    if base not in used:
        return base
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"
