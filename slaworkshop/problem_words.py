"""A refused file's problems in the words of the window, for people (no Qt).

The command line names a place by its path in the file, counted from 0 as JSON is
("content.sla_windows[1].within"); the window numbers rows from 1 and names sections and
fields as its pages do. A facilitator read "stages[1]" and went to row 1 (tryout). In the
window the same place reads "SLA windows, row 2, Within (content.sla_windows[1].within)":
the file's path stays beside it, for finding the place in the file.
"""

from __future__ import annotations

import re

from slaworkshop.diff.wording import SECTION_HEADINGS, field_label
from slaworkshop.models.validation import Problem

#: A path to an item in a message ("and content.stages[0] already is"): one with a row
#: in it, not inside quotes (a quoted value is the user's, as typed).
_ITEM_PATH = re.compile(r"(?<![\w'\"‘“.-])content(?:\.[a-z_0-9]+)+\[\d+\](?:\.[a-z_0-9]+|\[\d+\])*")
_PART = re.compile(r"\.?([a-z_0-9]+)|\[(\d+)\]")
#: Messages about a name the file has and the agreement does not: the name is said as
#: written, not as a field label the window would show (there is none).
_UNKNOWN = "is not a known field"
_TOP = {"signatures": "Signatures", "version": "Version"}


def place_words(path: str) -> str:
    """``content.qualification.rules[2].points`` → "Qualification: scoring rules, row 3,
    Points"; a path it cannot read comes back as it was."""
    parts: list[tuple[str, str]] = _PART.findall(path)
    if not parts or "".join(f".{n}" if n else f"[{i}]" for n, i in parts).lstrip(".") != path:
        return path
    words: list[str] = []
    names: list[str] = []  # the dotted names since the last row
    for name, index in parts:
        if name:
            names.append(name)
            continue
        words += _names_words(names, top=not words)
        names = []
        # a section's items are the rows of its table; a plain list's are entries
        words.append(f"{'row' if _is_section(words) else 'entry'} {int(index) + 1}")
    words += _names_words(names, top=not words)
    return ", ".join(w for w in words if w) or path


def _is_section(words: list[str]) -> bool:
    return bool(words) and (words[-1] in SECTION_HEADINGS.values() or words[-1] in _TOP.values())


def _names_words(names: list[str], *, top: bool) -> list[str]:
    if not names:
        return []
    if top and names[0] == "content":
        names = names[1:]
        if not names:
            return []
        dotted = ".".join(names[:2])
        if dotted in SECTION_HEADINGS and len(names) >= 2:
            return [SECTION_HEADINGS[dotted], *_fields(names[2:])]
        return [SECTION_HEADINGS.get(names[0]) or field_label(names[0]), *_fields(names[1:])]
    if top and names[0] in _TOP:
        return [_TOP[names[0]], *_fields(names[1:])]
    return _fields(names)


def _fields(names: list[str]) -> list[str]:
    return [field_label(".".join(names))] if names else []


def problem_words(problem: Problem) -> str:
    """A problem's line for the window: "SLA windows, row 2, Within
    (content.sla_windows[1].within): must be an ISO 8601 duration …"."""
    message = _ITEM_PATH.sub(lambda match: place_words(match.group(0)), problem.message)
    path = problem.path
    if not path:
        return message
    if problem.message == _UNKNOWN and "." in path:
        parent, _, field = path.rpartition(".")
        place = f"{place_words(parent)}, {field}"
    else:
        place = place_words(path)
    return f"{place} ({path}): {message}" if place != path else f"{path}: {message}"
