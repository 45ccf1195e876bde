"""Tooltips that quote user text.

Qt shows a tooltip as rich text when it looks like HTML, and rich text loads the images
it names: a term defined as ``<img src="file:///…">`` would have drawn a local file on
hover. ``plain_tip`` escapes the text and marks it as rich text itself, so it shows as
typed (and long text wraps).
"""

from __future__ import annotations

from html import escape


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows exactly these characters; empty stays empty."""
    if not text:
        return ""
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"
