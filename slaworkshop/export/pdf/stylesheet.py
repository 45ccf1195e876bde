"""The document's stylesheet, with its colour names written out.

``document.css`` names its colours once, as custom properties on ``:root``, and uses
them with ``var()``. WeasyPrint resolves a ``var()`` again for every element that
uses it, and every element inherits every custom property: with the names replaced
by their values before parsing, the same pages take a few percent less work.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_ROOT = re.compile(r":root\s*\{(?P<body>[^}]*)\}")
_PROPERTY = re.compile(r"(--[A-Za-z0-9-]+)\s*:\s*([^;]+);")
_USE = re.compile(r"var\(\s*(--[A-Za-z0-9-]+)\s*\)")


class StylesheetError(ValueError):
    """The shipped stylesheet uses a colour name it never defines."""


def flatten_custom_properties(css: str) -> str:
    """``css`` with every ``var(--name)`` replaced by the value ``:root`` gives it."""
    root = _ROOT.search(css)
    values: dict[str, str] = dict(_PROPERTY.findall(root.group("body"))) if root else {}

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise StylesheetError(f"the stylesheet uses var({name}), which :root does not define")
        return values[name].strip()

    body = _ROOT.sub("", css, count=1) if root else css
    return _USE.sub(value, body)


@cache
def stylesheet_text(path: Path) -> str:
    """The stylesheet at ``path``, ready for WeasyPrint (read once: it ships with us)."""
    return flatten_custom_properties(path.read_text(encoding="utf-8"))
