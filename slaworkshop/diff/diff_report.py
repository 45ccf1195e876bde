"""The diff worded for people: what the text and HTML reports (and later the UI) render.

Built once from the structured changes, so every rendering names items and words values
the same way; the renderers only lay it out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from slaworkshop.models import Content, full_form

from .agreement_diff import Change, ChangeKind, VersionLabel, check_label, diff_full_forms
from .wording import (
    CLOCK_FIELDS,
    NAME_FIELDS,
    WORKSHOP,
    WORKSHOP_FIELDS,
    Names,
    clock_said_by,
    field_label,
    format_value,
    is_empty,
    item_name,
    leaves,
    section_heading,
)

#: Order of the counts in a section's summary line ("3 changed, 1 added").
_SUMMARY_ORDER: tuple[ChangeKind, ...] = ("changed", "added", "removed", "moved")


@dataclass(frozen=True, slots=True)
class ValueChange:
    """One line of a changed item. ``paths``: the fields of the structured diff it
    words, usually one; a duration whose clock changed too is one line ("Within: 2
    business days → 3 calendar days") for both ``within`` and ``clock``."""

    label: str
    old: str
    new: str
    paths: tuple[str, ...] = ()
    #: whether each side is nothing (worded "(none)", as a value may also read)
    old_empty: bool = False
    new_empty: bool = False


@dataclass(frozen=True, slots=True)
class Detail:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """One change, worded. ``name`` is None for a section that is not a keyed list.

    ``values`` for ``changed``; ``details`` (the item's filled-in fields) for ``added``;
    ``from_position``/``to_position``, counted from 1 as people do, for ``moved``.
    """

    change: ChangeKind
    name: str | None
    values: tuple[ValueChange, ...] = ()
    details: tuple[Detail, ...] = ()
    from_position: int | None = None
    to_position: int | None = None
    #: for ``moved``: the name of the item it now comes before (None: now last)
    now_before: str | None = None

    @property
    def moved_words(self) -> str:
        """Where a moved item went, after "Moved “name” ". An item can move in its
        list's order yet keep its position ([a, b, c] → [a, c, b] reports c moved, or b):
        "from position 3 to 3" said nothing, so that case names its new neighbour."""
        if self.from_position != self.to_position:
            return f"from position {self.from_position} to {self.to_position}"
        where = f"before “{self.now_before}”" if self.now_before is not None else "to the end"
        return f"{where}, at position {self.from_position} in both versions"

    @property
    def position_now(self) -> str:
        """The new position, for a table beside the old one: with the item it now comes
        before when the number is the same."""
        if self.from_position != self.to_position:
            return str(self.to_position)
        return (f"{self.to_position}, before “{self.now_before}”" if self.now_before is not None
                else f"{self.to_position}, last")


@dataclass(frozen=True, slots=True)
class ReportSection:
    section: str
    heading: str
    summary: str
    entries: tuple[ReportEntry, ...]


@dataclass(frozen=True, slots=True)
class DiffReport:
    title: str  # "Changes from version 1 to the draft"
    sections: tuple[ReportSection, ...]


def build_report(
    a_label: VersionLabel, b_label: VersionLabel, old: Content, new: Content
) -> DiffReport:
    check_label(a_label)
    check_label(b_label)
    old_doc, new_doc = full_form(old), full_form(new)
    sides = _Side(old_doc), _Side(new_doc)
    sections: list[ReportSection] = []
    for section, changes in _by_section(diff_full_forms(old_doc, new_doc)):
        entries = tuple(_entry(change, *sides) for change in changes)
        sections.append(
            ReportSection(section, section_heading(section), summary_line(changes), entries)
        )
    title = f"Changes from {label_words(a_label)} to {label_words(b_label)}"
    return DiffReport(title, tuple(sections))


def label_words(label: VersionLabel) -> str:
    return "the draft" if label == "draft" else f"version {label}"


def summary_line(changes: Sequence[Change]) -> str:
    counts = {kind: 0 for kind in _SUMMARY_ORDER}
    for change in changes:
        counts[change.change] += 1
    return ", ".join(f"{counts[kind]} {kind}" for kind in _SUMMARY_ORDER if counts[kind])


class _Side:
    """One version in full form, with its items findable by section and key."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.names = Names(document)
        self._items: dict[str, dict[str, Mapping[str, Any]]] = {}

    def item(self, section: str, key: str | None) -> Mapping[str, Any] | None:
        """The item of a keyed section, or the object a non-keyed section stands for."""
        value: Any = self.document
        for part in section.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if key is None:
            return value if isinstance(value, dict) else None
        if section not in self._items:
            self._items[section] = {item["key"]: item for item in value or []}
        return self._items[section].get(key)

    def following(self, section: str, key: str | None) -> Mapping[str, Any] | None:
        """The item after ``key``'s in its keyed section, None when it is the last."""
        if self.item(section, key) is None:
            return None
        keys = list(self._items[section])
        at = keys.index(key) + 1  # type: ignore[arg-type]
        return self._items[section][keys[at]] if at < len(keys) else None


def report_section(section: str) -> str:
    """The report's section for a section of the diff: the agreement's one-value fields
    (title, organization, dates) go together under "Workshop"."""
    return WORKSHOP if section in WORKSHOP_FIELDS else section


def _by_section(changes: Sequence[Change]) -> list[tuple[str, list[Change]]]:
    # The diff already lists each section's changes together; keep that order.
    groups: list[tuple[str, list[Change]]] = []
    for change in changes:
        section = report_section(change.section)
        if not groups or groups[-1][0] != section:
            groups.append((section, []))
        groups[-1][1].append(change)
    return groups


def _entry(change: Change, old: _Side, new: _Side) -> ReportEntry:
    section, key = change.section, change.key
    old_item, new_item = old.item(section, key), new.item(section, key)
    name = None
    if key is not None:
        named = old_item if change.change == "removed" else new_item
        name = item_name(section, named) if named is not None else key
    if change.change == "changed":
        worded = _worded_with_duration(change, old_item, new_item)
        values = tuple(
            ValueChange(
                field_label(f.path),
                format_value(f.path, f.old, old_item, old.names),
                format_value(f.path, f.new, new_item, new.names),
                (f.path, *worded.get(f.path, ())),
                is_empty(f.old),
                is_empty(f.new),
            )
            for f in change.fields
            if f.path not in {c for paths in worded.values() for c in paths}
        )
        return ReportEntry("changed", name, values=values)
    if change.change == "moved":
        assert change.from_index is not None and change.to_index is not None
        following = new.following(section, key)
        return ReportEntry(
            "moved", name, from_position=change.from_index + 1, to_position=change.to_index + 1,
            now_before=None if following is None else item_name(section, following),
        )
    if change.change == "added":
        return ReportEntry("added", name, details=_details(section, change.item, new))
    return ReportEntry("removed", name)


def _worded_with_duration(change: Change, old_item: Mapping[str, Any] | None,
                          new_item: Mapping[str, Any] | None) -> dict[str, tuple[str, ...]]:
    """Duration field → its clock field, when both changed and the duration's wording
    names the clock on both sides: the clock's change is said there, not again."""
    changed = {f.path for f in change.fields}
    clocks = (clock_said_by(old_item), clock_said_by(new_item))
    return {duration: (clock,) for duration, clock in CLOCK_FIELDS.items()
            if {duration, clock} <= changed and clocks == (clock, clock)}


def _details(section: str, item: Mapping[str, Any] | None, side: _Side) -> tuple[Detail, ...]:
    """The filled-in fields of an added item, except its key and its name (the heading)."""
    if item is None:
        return ()
    skip = {"key", NAME_FIELDS.get(section, ""), clock_said_by(item)}
    return tuple(
        Detail(field_label(path), format_value(path, value, item, side.names))
        for path, value in leaves(item)
        if path not in skip and _filled(value)
    )


def _filled(value: Any) -> bool:
    # Not ``value in (None, "", [], False)``: 0 == False, and 0 points is worth showing.
    return not (value is None or value is False or value == "" or value == [])
