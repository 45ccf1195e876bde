"""The structured diff of two agreement contents, as DESIGN.md's ``diff`` contract shapes it.

Both contents are compared in their full form, so an absent field and its empty value are
the same thing here exactly as they are for the hash.

Sections come in content order. A top-level scalar (``title``) is a section naming itself
as its one field; a top-level object (``business_hours``, ``qualification``) is a section
whose fields are named by their path inside it; every keyed list, including the ones
nested in an object (``qualification.rules``), is a section of its own whose entries are
matched by item key.

Decisions where the contract is silent:

* An object's own fields come before the keyed lists nested in it, which follow in field
  order: ``qualification`` (``mql_threshold``), then ``qualification.rules``, then
  ``qualification.handoff_fields``, all between ``goals`` and ``cadences``.
* An object that is absent on one side (``business_hours`` added or removed, a persona's
  ``company_size`` set or cleared) is compared as if every field of it held its empty
  value: ``null``, or ``[]`` for a list. So it shows up as one ``changed`` entry listing
  each leaf that now differs, with ``old`` (or ``new``) ``null``; a leaf that is empty on
  both sides is left out.
* Within a keyed section the entries of an item that is in both versions come at its
  place in the new version, its ``changed`` entry first and then its ``moved`` entry:
  what an item says matters more than where it stands, and one fixed order keeps the
  output deterministic.
* ``moved`` is computed with a longest common subsequence of the keys present in both
  versions (with unique keys that is a longest increasing subsequence of the old
  positions taken in new order). Only the items outside it are reported. When several
  subsequences are equally long, the one kept in place is the one that patience sorting
  ends on: for two neighbours that swapped, the one that went up is reported as moved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from slaworkshop.models import KEYED_SECTIONS, Content, full_form

ChangeKind: TypeAlias = Literal["added", "removed", "changed", "moved"]
#: What ``from`` and ``to`` echo: a saved version's number, or the draft.
VersionLabel: TypeAlias = int | Literal["draft"]

_KEYED = frozenset(KEYED_SECTIONS)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One leaf that differs; ``path`` is dotted, relative to the item or section."""

    path: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the contract's ``changes`` list.

    ``fields`` is set for ``changed``, ``item`` (the whole item in full form) for
    ``added`` and ``removed``, ``from_index``/``to_index`` for ``moved``. Values are
    JSON-native; ``to_json`` hands out copies, so treat the ones held here as read-only.
    """

    section: str
    key: str | None
    change: ChangeKind
    fields: tuple[FieldChange, ...] = ()
    item: Mapping[str, Any] | None = None
    from_index: int | None = None
    to_index: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"section": self.section, "key": self.key, "change": self.change}
        if self.change == "changed":
            out["fields"] = {
                f.path: {"old": _copy(f.old), "new": _copy(f.new)} for f in self.fields
            }
        elif self.change == "moved":
            out["from_index"] = self.from_index
            out["to_index"] = self.to_index
        else:
            out["item"] = _copy(self.item)
        return out


def diff_contents(old: Content, new: Content) -> list[Change]:
    """Every difference from ``old`` to ``new``, in section order, then item order."""
    return diff_full_forms(full_form(old), full_form(new))


def diff_full_forms(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """``diff_contents`` for contents already in full form (``models.full_form``)."""
    return list(_diff_object(old, new, ""))


def diff_document(
    a_label: VersionLabel, b_label: VersionLabel, old: Content, new: Content
) -> dict[str, Any]:
    """The contract's JSON document: ``{"from": a_label, "to": b_label, "changes": [...]}``."""
    for label in (a_label, b_label):
        check_label(label)
    return {
        "from": a_label,
        "to": b_label,
        "changes": [change.to_json() for change in diff_contents(old, new)],
    }


def check_label(label: object) -> None:
    """Refuse anything the contract's ``from``/``to`` cannot hold (a bool is not a number)."""
    if isinstance(label, bool) or not (isinstance(label, int) or label == "draft"):
        raise ValueError(f"a version label is a version number or 'draft', not {label!r}")


# ---------------------------------------------------------------------------- sections


def _diff_object(old: Mapping[str, Any], new: Mapping[str, Any], prefix: str) -> Iterator[Change]:
    """The sections of one object: its top level (``prefix`` "") or a nested one."""
    for name, new_value in new.items():
        old_value = old.get(name)
        path = f"{prefix}.{name}" if prefix else name
        if path in _KEYED:
            yield from _diff_keyed(path, old_value or [], new_value or [])
        elif prefix:
            continue  # a nested object's own fields were reported by its parent's entry
        elif _is_object(old_value) or _is_object(new_value):
            old_obj, new_obj = _as_object(old_value, new_value), _as_object(new_value, old_value)
            fields = tuple(_diff_fields(old_obj, new_obj, "", skip=_nested_keyed(path)))
            if fields:
                yield Change(path, None, "changed", fields=fields)
            yield from _diff_object(old_obj, new_obj, path)
        elif old_value != new_value:
            yield Change(path, None, "changed", fields=(FieldChange(path, old_value, new_value),))


def _nested_keyed(section: str) -> frozenset[str]:
    """Field names of ``section`` that are keyed lists, hence sections of their own."""
    return frozenset(p.split(".", 1)[1] for p in _KEYED if p.startswith(section + "."))


def _diff_keyed(
    section: str, old_items: Sequence[Mapping[str, Any]], new_items: Sequence[Mapping[str, Any]]
) -> Iterator[Change]:
    old_at = _index_by_key(section, old_items)
    new_at = _index_by_key(section, new_items)
    moved = _moved_keys([item["key"] for item in old_items], [item["key"] for item in new_items])
    for to_index, new_item in enumerate(new_items):
        key = new_item["key"]
        from_index = old_at.get(key)
        if from_index is None:
            yield Change(section, key, "added", item=new_item)
            continue
        old_item = old_items[from_index]
        if old_item != new_item:
            fields = tuple(_diff_fields(old_item, new_item, ""))
            if fields:
                yield Change(section, key, "changed", fields=fields)
        if key in moved:
            yield Change(section, key, "moved", from_index=from_index, to_index=to_index)
    for old_item in old_items:
        if old_item["key"] not in new_at:
            yield Change(section, old_item["key"], "removed", item=old_item)


def _index_by_key(section: str, items: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    at: dict[str, int] = {}
    for index, item in enumerate(items):
        key = item["key"]
        if key in at:
            # Validation forbids this; matching by key would silently pair the wrong items.
            raise ValueError(f"{section}: key {key!r} appears twice, items cannot be matched")
        at[key] = index
    return at


# ------------------------------------------------------------------------------ fields


def _diff_fields(
    old: Mapping[str, Any], new: Mapping[str, Any], prefix: str, skip: frozenset[str] = frozenset()
) -> Iterator[FieldChange]:
    """Leaves that differ, by dotted path; a list of plain values is one leaf."""
    for name, new_value in new.items():
        if name in skip:
            continue
        old_value = old.get(name)
        if old_value == new_value:
            continue
        path = f"{prefix}.{name}" if prefix else name
        if _is_object(old_value) or _is_object(new_value):
            yield from _diff_fields(
                _as_object(old_value, new_value), _as_object(new_value, old_value), path
            )
        else:
            yield FieldChange(path, old_value, new_value)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _as_object(value: Any, other: Any) -> Mapping[str, Any]:
    """``value`` as a mapping; an absent object takes ``other``'s shape, every field empty."""
    if isinstance(value, dict):
        return value
    shape: Mapping[str, Any] = other if isinstance(other, dict) else {}
    return {name: _empty_like(v) for name, v in shape.items()}


def _empty_like(value: Any) -> Any:
    # The full form's empty value: [] for a list, null for anything else in an object.
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {name: _empty_like(v) for name, v in value.items()}
    return None


# ------------------------------------------------------------------------------- moves


def _moved_keys(old_keys: Sequence[str], new_keys: Sequence[str]) -> set[str]:
    """Keys in both lists whose relative order changed: those outside a longest common
    subsequence. Insertions and removals shift positions without reordering, so they
    never make another item look moved."""
    old_pos = {key: index for index, key in enumerate(old_keys)}
    common = [key for key in new_keys if key in old_pos]
    new_set = set(new_keys)
    if common == [key for key in old_keys if key in new_set]:
        return set()  # the usual case, no reordering: skip the subsequence search
    kept = _longest_increasing([old_pos[key] for key in common])
    return {key for index, key in enumerate(common) if index not in kept}


def _longest_increasing(values: Sequence[int]) -> set[int]:
    """Indices into ``values`` of one longest strictly increasing subsequence.

    Patience sorting, O(n log n): a 2,000-term agreement must diff in milliseconds.
    """
    tails: list[int] = []  # values[tail_at[n]] is the smallest end of a run of length n+1
    tail_at: list[int] = []
    before: list[int] = [-1] * len(values)
    for index, value in enumerate(values):
        length = bisect_left(tails, value)
        if length > 0:
            before[index] = tail_at[length - 1]
        if length == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[length] = value
            tail_at[length] = index
    kept: set[int] = set()
    index = tail_at[-1] if tail_at else -1
    while index != -1:
        kept.add(index)
        index = before[index]
    return kept


def _copy(value: Any) -> Any:
    """A fresh copy of a JSON-native value (faster than ``copy.deepcopy`` for this)."""
    if isinstance(value, dict):
        return {name: _copy(v) for name, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
