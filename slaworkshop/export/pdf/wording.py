"""How the document words enumerations, dates, numbers and weekdays.

These are Jinja2 filters: the templates receive the content as it is and format it
at the point where it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from markupsafe import Markup, escape

from slaworkshop.listing import and_list
from slaworkshop.models.fields import WEEKDAYS

_DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def long_date(value: str | None) -> str:
    """``2026-07-01`` → "1 July 2026"; empty for no date."""
    if not value:
        return ""
    day = date.fromisoformat(value)
    return f"{day.day} {day:%B %Y}"


def timestamp(value: str | None) -> str:
    """``2026-06-12T16:00:00Z`` → "12 June 2026, 16:00 UTC"."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    offset = moment.utcoffset()
    zone = "UTC" if offset is not None and not offset else moment.strftime("UTC%z")
    return f"{moment.day} {moment:%B %Y, %H:%M} {zone}"


def number(value: float | None) -> str:
    """Thousands separated; a whole float without its ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def signed_points(value: float) -> str:
    """Scoring points with their sign: "+25", "−20" (a real minus sign)."""
    text = number(abs(value))
    return f"−{text}" if value < 0 else f"+{text}"


def weekdays(days: Sequence[str]) -> str:
    """``[mon … fri]`` → "Monday to Friday"; gaps → "Monday, Wednesday and Friday"."""
    ordered = [d for d in WEEKDAYS if d in days]
    if not ordered:
        return ""
    indexes = [WEEKDAYS.index(d) for d in ordered]
    names = [_DAY_NAMES[d] for d in ordered]
    if len(ordered) >= 3 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"{names[0]} to {names[-1]}"
    return and_list(names)


def company_size(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)} employees"
    if low is not None:
        return f"{number(low)} or more employees"
    if high is not None:
        return f"up to {number(high)} employees"
    return ""


def short_hash(value: str | None, length: int = 12) -> str:
    return value[:length] if value else ""


#: Unicode's line and paragraph separators. WeasyPrint stops with an assertion on a
#: paragraph separator between two spaces; they are written as the newline they mean.
_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")
#: Explicit direction marks that open a scope (embeddings, overrides, isolates).
_DIRECTION_SCOPES = re.compile("[\u202a-\u202e\u2066-\u2069]")


def plain(value: Any) -> Any:
    """Every value a template prints (Jinja's ``finalize``): separators as newlines, and
    a value that opens a direction scope (right-to-left writers use them) closed in an
    isolate of its own, so that an override left open cannot turn the words after it
    around: the next field, or the document's own."""
    if type(value) is not str:
        return value
    if "\u2028" in value or "\u2029" in value:
        value = value.translate(_SEPARATORS)
    if _DIRECTION_SCOPES.search(value):
        value = "\u2068" + value + "\u2069"
    return value


def lines(value: str) -> Markup:
    """Long text as typed: each line on a line of its own, a run of blank lines as one
    blank line (elsewhere a newline reads as a space, as HTML has it)."""
    text = value.translate(_SEPARATORS).strip("\n")
    if "\n" not in text:
        return escape(text)
    text = _BLANK_LINES.sub("\n\n", text)
    return Markup("<br>").join(escape(line) for line in text.split("\n"))


#: What a data table's line holds across the whole text width (8.5 pt Noto Sans,
#: 166 mm), generously counted, and how many of its lines a page holds (247 mm at
#: 12.3 pt) with a margin: a row estimated beyond that is surely taller than a page.
_CHARACTERS_PER_TABLE_LINE = 115
_TABLE_LINES_PER_PAGE = 62


def taller_than_page(
    cells: Sequence[tuple[str, float]], font_scale: float = 1.0, page_share: float = 1.0
) -> bool:
    """Whether a table row whose cells hold these texts, each in a column of that share
    of the text width, is surely taller than a page (or than ``page_share`` of one),
    in type ``font_scale`` times the data tables' size.

    Such a row has to split whatever the stylesheet asks; told in advance, it starts
    right after the row before it (instead of leaving the rest of that page empty) and
    the table's header repeats on every page it reaches. The estimate counts
    generously; a row it misses is found once the pages are laid out
    (``render.rows_split_by_force``) and the document is laid out again.
    """
    lines_per_page = _TABLE_LINES_PER_PAGE * page_share / font_scale
    for text, share in cells:
        if len(text) < lines_per_page * 10:
            continue
        per_line = max(1, int(share * _CHARACTERS_PER_TABLE_LINE / font_scale))
        count = sum(-(-len(line) // per_line) or 1 for line in text.split("\n"))
        if count > lines_per_page:
            return True
    return False
