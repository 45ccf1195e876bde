"""How the diff reports word sections, fields, items and values for people.

Reports name an item by what people call it (its name, title, label, statement…), never by
its key, and show values the way a person reads them: durations in words on their clock,
references by the name of what they point to, booleans as yes/no, nothing as "(none)".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from slaworkshop.enum_words import label

from .durations import clock_in_words, humanize_duration

NONE = "(none)"

#: The agreement's own one-value fields: one "Workshop" section in a report, as on the
#: wizard's Workshop page (four changed dates and names were four sections of one line).
WORKSHOP_FIELDS = frozenset(
    {"title", "organization", "facilitator", "workshop_date", "effective_from", "review_by"})
WORKSHOP = "workshop"

SECTION_HEADINGS: Mapping[str, str] = {
    WORKSHOP: "Workshop",
    "title": "Title",
    "organization": "Organization",
    "facilitator": "Facilitator",
    "workshop_date": "Workshop date",
    "effective_from": "Effective from",
    "review_by": "Review by",
    "business_hours": "Business hours",
    "parking_lot": "Parking lot",
    "terms": "Terms",
    "stages": "Stages",
    "personas": "Personas",
    "titles": "Titles",
    "sla_windows": "SLA windows",
    "rejection_reasons": "Rejection reasons",
    "stakeholders": "Stakeholders",
    "goals": "Goals",
    "qualification": "Qualification",
    "qualification.rules": "Qualification: scoring rules",
    "qualification.handoff_fields": "Qualification: handoff fields",
    "cadences": "Cadences",
}

#: The field that holds an item's human name, per keyed section.
NAME_FIELDS: Mapping[str, str] = {
    "parking_lot": "question",
    "terms": "name",
    "stages": "name",
    "personas": "name",
    "titles": "title",
    "sla_windows": "name",
    "rejection_reasons": "label",
    "stakeholders": "name",
    "goals": "statement",
    "qualification.rules": "criterion",
    "qualification.handoff_fields": "label",
    "cadences": "name",
}

#: Reference fields and the keyed section whose item names they show.
REFERENCES: Mapping[str, str] = {
    "persona": "personas",
    "from_stage": "stages",
    "to_stage": "stages",
    "escalate_to": "stakeholders",
    "attendees": "stakeholders",
    "assignee": "stakeholders",
}

_DURATION_FIELDS = frozenset({"within", "every"})
#: A duration field and the field of the same item that holds its clock.
CLOCK_FIELDS: Mapping[str, str] = {"within": "clock"}
#: A field holding an enumeration value → the kind of its words in ``enum_words``.
_ENUM_FIELDS: Mapping[str, str] = {
    "status": "term_status", "owner": "team", "team": "team", "priority": "priority",
    "seniority": "seniority", "buying_role": "buying_role", "outcome": "outcome",
    "kind": "rule_kind", "clock": "clock",
}
_WEEKDAYS: Mapping[str, str] = {
    "mon": "Mon",
    "tue": "Tue",
    "wed": "Wed",
    "thu": "Thu",
    "fri": "Fri",
    "sat": "Sat",
    "sun": "Sun",
}
_WORDS: Mapping[str, str] = {
    "sla": "SLA",
    "mql": "MQL",
    "email": "e-mail",
}


def section_heading(section: str) -> str:
    return SECTION_HEADINGS.get(section) or field_label(section)


#: Fields the editor and the document name otherwise than their words: Compare said
#: "Sales view" beside an editor that says "Sales' words" (tryout).
_FIELD_LABELS: Mapping[str, str] = {
    "sales_view": "Sales’ words",
    "marketing_view": "Marketing’s words",
}


def field_label(path: str) -> str:
    """``agreed_definition`` → "Agreed definition", ``company_size.max`` → "Company size, max"."""
    if path in _FIELD_LABELS:
        return _FIELD_LABELS[path]
    text = ", ".join(
        " ".join(_WORDS.get(word, word) for word in part.split("_")) for part in path.split(".")
    )
    return text[:1].upper() + text[1:]


class Names:
    """Human names of the items of one version, to show references by name, not key."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._names: dict[str, dict[str, str]] = {}
        for section in set(REFERENCES.values()):
            field = NAME_FIELDS[section]
            items = document.get(section) or []
            self._names[section] = {item["key"]: item[field] for item in items}

    def of(self, section: str, key: str) -> str:
        # A dangling reference cannot pass validation; show the key rather than fail.
        return self._names.get(section, {}).get(key, key)


def item_name(section: str, item: Mapping[str, Any]) -> str:
    value = item.get(NAME_FIELDS.get(section, ""))
    return value if isinstance(value, str) and value else str(item.get("key", ""))


def is_empty(value: Any) -> bool:
    """Whether ``value`` is nothing, which :func:`format_value` words as ``NONE``. A
    view that shows nothing its own way asks this, not whether the words are "(none)":
    a value typed as "(none)" is text like any other."""
    return value is None or value == "" or value == []


def format_value(
    path: str, value: Any, item: Mapping[str, Any] | None = None, names: Names | None = None
) -> str:
    """One field's value in words. ``item`` is the item (or object) the field belongs to,
    on the same side of the comparison: a duration is worded on that side's clock."""
    field = path.rsplit(".", 1)[-1]
    if is_empty(value):
        return NONE
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(format_value(path, element, item, names) for element in value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if not isinstance(value, str):
        return str(value)
    if field in _DURATION_FIELDS:
        clock = item.get(CLOCK_FIELDS.get(field, "")) if item is not None else None
        # the clock is named on both sides ("2 business days → 3 calendar days"), so
        # the duration reads the same with or without a clock line beside it
        return humanize_duration(value, clock if clock in ("business", "calendar") else None,
                                 name_calendar=True)
    if field in REFERENCES and names is not None:
        return names.of(REFERENCES[field], value)
    if field in _ENUM_FIELDS:
        return label(value, _ENUM_FIELDS[field])
    if field == "days":
        return _WEEKDAYS.get(value, value)
    return value


def clock_said_by(item: Mapping[str, Any] | None) -> str | None:
    """The clock field of ``item`` when the wording of its duration already names that
    clock ("2 business days", "3 calendar days"); None when a clock line is still needed
    ("2 weeks" reads the same on either clock) or the item has no clock."""
    if item is None:
        return None
    for duration, clock in CLOCK_FIELDS.items():
        value = item.get(duration)
        if (item.get(clock) in ("business", "calendar") and isinstance(value, str)
                and clock_in_words(value)):
            return clock
    return None


def leaves(value: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted path, value) of every leaf of an item; a plain list is one leaf."""
    for name, inner in value.items():
        path = f"{prefix}.{name}" if prefix else name
        if isinstance(inner, dict):
            yield from leaves(inner, path)
        else:
            yield path, inner
