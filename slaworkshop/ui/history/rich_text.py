"""Small pieces of the escaped HTML the history views render (plain functions, no widgets).

Every value that came from a user goes through :func:`esc`; nothing else builds markup
from user text. Qt's rich text knows only a subset of HTML and CSS, so the styling is
attributes and inline ``style`` only.
"""

from __future__ import annotations

from html import escape

from slaworkshop.diff.word_changes import word_runs

from ..badge_colours import BADGE_COLOURS

#: (background, text) per change kind; the kind is always written out as well.
CHANGE_COLOURS: dict[str, tuple[str, str]] = {
    "changed": ("#fff8c5", "#7d4e00"),
    "added": ("#dafbe1", "#116329"),
    "removed": ("#ffebe9", "#a40e26"),
    "moved": ("#ddf4ff", "#0550ae"),
    "unchanged": ("#eef1f4", "#57606a"),
}
OLD_STYLE = "background-color:#ffebe9; color:#82071e; text-decoration:line-through;"
NEW_STYLE = "background-color:#dafbe1; color:#116329;"
MUTED = "color:#57606a;"


def esc(text: object) -> str:
    """User text as inert HTML; line breaks kept."""
    return escape(str(text), quote=True).replace("\n", "<br>")


def badge(word: str, colours: tuple[str, str]) -> str:
    fill, ink = colours
    return (f'<span style="background-color:{fill}; color:{ink}; font-weight:600;">'
            f"&nbsp;{esc(word)}&nbsp;</span>")


def change_badge(kind: str) -> str:
    return badge(kind.upper(), CHANGE_COLOURS.get(kind, CHANGE_COLOURS["unchanged"]))


def status_badge(status: str) -> str:
    return badge(status, BADGE_COLOURS.get(status, ("#e3e6ea", "#2b2f33")))


def old_value(text: str) -> str:
    """The value a change replaced: struck through (and coloured)."""
    return f'<s style="{OLD_STYLE}">{esc(text)}</s>'


def new_value(text: str) -> str:
    return f'<span style="{NEW_STYLE}">{esc(text)}</span>'


def value_pair(old: str, new: str, old_empty: bool = False,
               new_empty: bool = False) -> tuple[str, str]:
    """A changed value's old and new sides. An empty side is a quiet dash (it was a
    struck-through red "(none)" beside the dash of an added item); a long text edited in
    part marks the words that went and came (``diff.word_changes``)."""
    quiet = f'<span style="{MUTED}">—</span>'
    if old_empty or new_empty:
        return (quiet if old_empty else old_value(old),
                quiet if new_empty else new_value(new))
    runs = word_runs(old, new)
    if runs is None:
        return old_value(old), new_value(new)
    old_runs, new_runs = runs
    return ("".join(old_value(text) if changed else esc(text) for text, changed in old_runs),
            "".join(f"<b>{new_value(text)}</b>" if changed else esc(text)
                    for text, changed in new_runs))


def page(body: str) -> str:
    return ("<html><head><style>"
            "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; }"
            "h3 { font-size: medium; margin-top: 10px; }"
            "th { text-align: left; font-weight: normal; color: #57606a; }"
            "</style></head><body>" + body + "</body></html>")


#: Light-background colours of the pages above → what replaces them on a dark
#: background (presentation mode's high contrast): grey notes and field names were
#: 3:1 on black, and the table heads a pale band.
ON_DARK: dict[str, str] = {
    "color:#57606a;": "color:#d6d6d6;",
    "color: #57606a;": "color: #ffffff;",
    "background-color:#f6f8fa;": "background-color:#222222;",
}


def for_dark_background(html: str) -> str:
    for light, dark in ON_DARK.items():
        html = html.replace(light, dark)
    return html
