"""What a page tells the keyed-list editor: which list, which columns, which details.

No Qt here: a spec is plain data, so each page's configuration reads like a table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal[
    "text", "long_text", "text_list", "choice", "ref", "refs", "bool", "number", "int",
    "duration",
]

Choice = tuple[str, str]  # (value stored, label shown)


@dataclass(frozen=True)
class Field:
    name: str  # the item's field; dotted for a nested one ("company_size.min")
    label: str
    kind: Kind = "text"
    choices: tuple[Choice, ...] = ()  # for "choice"
    ref: str = ""  # for "ref"/"refs": the path of the list whose keys may be chosen
    optional: bool = False  # a "choice" that may be left empty
    hint: str = ""  # placeholder / tooltip
    width: int = 0  # preferred column width in the table


@dataclass(frozen=True)
class RowMark:
    """How a row stands out: a colour *and* a text, never colour alone."""

    text: str
    background: str  # "#rrggbb"
    foreground: str = "#000000"


@dataclass(frozen=True)
class ListSpec:
    path: str  # "terms", "qualification.rules"
    item_name: str  # "term": used in buttons, undo texts and messages
    name_field: str  # the field keys are made from ("name", "title", "label"…)
    columns: tuple[Field, ...]
    detail: tuple[tuple[Field, ...], ...] = ()  # rows of fields shown side by side
    new_item: Callable[[], dict[str, Any]] = dict  # defaults for the required fields
    exclusive_flag: str = ""  # a bool column at most one row may have set ("handoff")
    row_mark: Callable[[Any], RowMark | None] | None = None
    fields_by_name: dict[str, Field] = field(default_factory=dict, init=False, compare=False)

    def __post_init__(self) -> None:
        for f in (*self.columns, *(f for row in self.detail for f in row)):
            self.fields_by_name.setdefault(f.name, f)

    def label(self, field_name: str) -> str:
        found = self.fields_by_name.get(field_name)
        return found.label if found else field_name.replace("_", " ")
