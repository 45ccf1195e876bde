"""The cross-item rules of ``validation.cross_item_problems``, read from raw data.

When a file also has a structural problem (a wrong type, an unknown enum value) there
is no validated ``Content`` to check, yet DESIGN.md asks for one message per problem:
a duplicate key or a dangling reference elsewhere in the file must not wait for the
next attempt. These checks read the parsed file as it is, look only at values of the
right shape, and leave everything else to the structural messages. A property test
holds them to the same findings as the typed rules on valid content.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: A problem as (path, message); ``validation`` turns them into ``Problem``s.
Finding = tuple[str, str]

#: Keyed lists in the order the typed rules report them; nested ones by dotted path.
_LISTS = (
    "parking_lot", "terms", "stages", "personas", "titles", "sla_windows",
    "rejection_reasons", "stakeholders", "goals", "cadences",
    "qualification.rules", "qualification.handoff_fields",
)


def _section(content: dict[str, Any], name: str) -> Any:
    value: Any = content
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _items(content: dict[str, Any], name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    section = _section(content, name)
    if isinstance(section, list):
        for index, item in enumerate(section):
            if isinstance(item, dict):
                yield index, item


def _keys(content: dict[str, Any], name: str) -> set[str] | None:
    """The keys of a list, or None when the list has the wrong shape (then a reference
    to it cannot be judged, and its own structural message says why)."""
    section = _section(content, name)
    if section is not None and not isinstance(section, list):
        return None
    return {item["key"] for _, item in _items(content, name) if isinstance(item.get("key"), str)}


def _unique(content: dict[str, Any], name: str, prefix: str) -> list[Finding]:
    problems: list[Finding] = []
    first: dict[str, int] = {}
    for index, item in _items(content, name):
        key = item.get("key")
        if not isinstance(key, str) or not key:
            continue
        if key in first:
            problems.append((f"{prefix}.{name}[{index}].key",
                             f"{key!r} is already the key of {prefix}.{name}[{first[key]}]"))
        else:
            first[key] = index
    return problems


def _dangling(path: str, value: Any, targets: set[str] | None, what: str) -> list[Finding]:
    if targets is None or not isinstance(value, str) or value == "" or value in targets:
        return []
    return [(path, f"{value!r} is not the key of any {what}")]


def _ref_lists(path: str, values: Any, targets: set[str] | None, what: str) -> list[Finding]:
    if not isinstance(values, list):
        return []
    problems: list[Finding] = []
    for j, value in enumerate(values):
        problems += _dangling(f"{path}[{j}]", value, targets, what)
    return problems


def raw_cross_item_problems(content: Any, prefix: str = "content") -> list[Finding]:
    """Duplicate keys, dangling references and extra handoff stages in raw content."""
    if not isinstance(content, dict):
        return []
    problems: list[Finding] = []
    for name in _LISTS:
        problems += _unique(content, name, prefix)
    stages, people = _keys(content, "stages"), _keys(content, "stakeholders")
    personas = _keys(content, "personas")
    for i, title in _items(content, "titles"):
        problems += _dangling(f"{prefix}.titles[{i}].persona", title.get("persona"), personas,
                              "persona")
    for i, window in _items(content, "sla_windows"):
        base = f"{prefix}.sla_windows[{i}]"
        for field in ("from_stage", "to_stage"):
            problems += _dangling(f"{base}.{field}", window.get(field), stages, "stage")
        problems += _ref_lists(f"{base}.escalate_to", window.get("escalate_to"), people,
                               "stakeholder")
    for i, cadence in _items(content, "cadences"):
        problems += _ref_lists(f"{prefix}.cadences[{i}].attendees", cadence.get("attendees"),
                               people, "stakeholder")
    for i, item in _items(content, "parking_lot"):
        problems += _dangling(f"{prefix}.parking_lot[{i}].assignee", item.get("assignee"),
                              people, "stakeholder")
    handoffs = [i for i, stage in _items(content, "stages") if stage.get("handoff") is True]
    for i in handoffs[1:]:
        problems.append((
            f"{prefix}.stages[{i}].handoff",
            f"only one stage may be the handoff stage, and {prefix}.stages[{handoffs[0]}]"
            " already is",
        ))
    return problems


def raw_signature_problems(data: dict[str, Any]) -> list[Finding]:
    """Signatures naming no stakeholder of the file's content, from raw data."""
    content = data.get("content")
    people = _keys(content, "stakeholders") if isinstance(content, dict) else None
    signatures = data.get("signatures")
    if not isinstance(signatures, list):
        return []
    problems: list[Finding] = []
    for i, signature in enumerate(signatures):
        if isinstance(signature, dict):
            problems += _dangling(f"signatures[{i}].stakeholder", signature.get("stakeholder"),
                                  people, "stakeholder")
    return problems
