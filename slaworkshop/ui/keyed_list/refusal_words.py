"""Why a list's edit was refused, in the words of the table the facilitator sees: its
column labels and the names of the items that refer to it, not config paths."""

from __future__ import annotations

import re
from collections.abc import Sequence

from slaworkshop.models import Content, Problem

from ..content_paths import get_items
from ..sections import ITEM_NAMES, section_title
from .spec import ListSpec

_PATH_FIELD = re.compile(r"\[(\d+)\]\.([a-z_]+)")
#: A problem in another keyed list: content.sla_windows[2].to_stage (or .stakeholders[0]).
_FOREIGN = re.compile(r"content\.(?P<list>[a-z_.]+)\[(?P<row>[0-9]+)\]\.(?P<field>[a-z_]+)(\[[0-9]+\])?")
#: The field that names an item, by list.
_NAME_FIELDS = ("name", "title", "label", "statement", "question")


def refusal_text(spec: ListSpec, content: Content, problems: Sequence[Problem]) -> str:
    """"Not changed: …", one sentence for each of the first three problems."""
    sentences = []
    own = f"content.{spec.path}["
    for problem in problems[:3]:
        match = _PATH_FIELD.search(problem.path)
        if problem.path.startswith(own) and match:
            sentences.append(_field_sentence(spec, match.group(2), problem.message))
        elif problem.path.startswith(own):
            sentences.append(f"{problem.message}.")
        else:
            sentences.append(_broken_elsewhere(spec, content, problem.path, problem.message))
    return "Not changed: " + " ".join(sentences)


def _field_sentence(spec: ListSpec, field: str, message: str) -> str:
    """A problem with one field in the table's words: a range's "min must not be
    greater than max" names its columns ("Employees from … Employees to")."""
    parts = {part: spec.fields_by_name.get(f"{field}.{part}") for part in ("min", "max")}
    if all(parts.values()):
        worded = re.sub(r"\b(min|max)\b",
                        lambda found: f"“{parts[found.group()].label}”",  # type: ignore[union-attr]
                        message)
        return worded[:1].upper() + worded[1:] + "."
    return f"{spec.label(field)} {message}."


def _broken_elsewhere(spec: ListSpec, content: Content, path: str, message: str) -> str:
    """A problem in another list, in a user's words: which item refers to this one
    (removing a stage an SLA window starts at), not a config path."""
    match = _FOREIGN.fullmatch(path)
    if match is None:
        return f"{path.removeprefix('content.')} would break: {message}."
    section, row, field = match.group("list"), int(match.group("row")), match.group("field")
    items = get_items(content, section)
    item = items[row] if row < len(items) else None
    name = next((getattr(item, f) for f in _NAME_FIELDS if getattr(item, f, None)), None)
    what = ITEM_NAMES.get(section, "item")
    who = f"The {what} “{name}”" if name else f"{what[0].upper()}{what[1:]} {row + 1}"
    return (f"{who} ({section_title(section)}) refers to this {spec.item_name} in its "
            f"“{field.replace('_', ' ')}”: change that first.")
