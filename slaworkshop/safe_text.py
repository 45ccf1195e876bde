"""Echoing user-supplied text safely: one line, no control characters, bounded length."""

from __future__ import annotations


def printable(value: object, limit: int = 60) -> str:
    """A user-supplied value made safe to echo in one line of a terminal or dialog."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
