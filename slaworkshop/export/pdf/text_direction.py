"""Right-to-left paragraphs: an Arabic or Hebrew text set in its own direction.

WeasyPrint takes a paragraph's base direction from CSS alone (``direction``), with no
``dir="auto"``; our document is English, so every paragraph was laid out left to right.
Words inside a right-to-left run came out in order, but a run of Arabic with a Latin
name or a number in it was drawn piece by piece from the left ("Who owns Salesforce
partner leads?" read as "partners? Salesforce who owns leads"), left-aligned.

Each block that holds text (a cell, a paragraph, a heading, a list item) is given the
direction of its first strong character, as ``dir="auto"`` does in a browser
(Unicode's rules P2 and P3): ``dir="rtl"`` when that is Arabic, Hebrew or another
right-to-left script. The stylesheet aligns text to the start, so such a block also
reads from the right.
"""

from __future__ import annotations

import unicodedata
from typing import Any

#: Elements whose text is a paragraph of its own (with what is inline in it).
_PARAGRAPHS = frozenset({"td", "th", "p", "h1", "h2", "h3", "h4", "li", "caption", "dd", "dt"})
#: Inline elements the stylesheet sets as blocks, which hold user text.
_BLOCK_CLASSES = frozenset({"note", "aliases", "typed-signature"})
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def first_strong_direction(text: str) -> str | None:
    """``"rtl"`` or ``"ltr"`` from the first character with a strong direction; None
    when there is none (digits, punctuation, symbols only)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return "ltr"
        if kind in _RIGHT_TO_LEFT:
            return "rtl"
    return None


def _paragraph(element: Any) -> bool:
    if element.tag in _PARAGRAPHS:
        return True
    return bool(_BLOCK_CLASSES.intersection((element.get("class") or "").split()))


def mark_right_to_left(root: Any) -> int:
    """Give each paragraph under ``root`` (an ElementTree element) the direction of its
    first strong letter where that is not the direction it would inherit: ``rtl`` for
    an Arabic cell in the English document, and ``ltr`` again for an English note or
    list item inside that cell (it inherited right to left: "(weekly)." came out as
    ".Owns lead scoring (weekly)"; review). Returns how many were marked."""
    marked = 0
    stack: list[tuple[Any, str]] = [(root, "ltr")]
    while stack:
        element, inherited = stack.pop()
        own = inherited
        if _paragraph(element) and element.get("dir") is None:
            found = first_strong_direction("".join(element.itertext()))
            if found is not None and found != inherited:
                element.set("dir", found)
                own = found
                marked += 1
        elif element.get("dir") in ("ltr", "rtl"):
            own = element.get("dir")
        stack.extend((child, own) for child in element)
    return marked
