"""One agreement content as a tidy read-only page: section by section, worded like the diff.

Built from the content's full form with the diff's wording (``slaworkshop.diff.wording``),
so a value reads the same in the viewer as in the compare view and the text report.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slaworkshop.diff.wording import (
    NAME_FIELDS,
    Names,
    field_label,
    format_value,
    is_empty,
    item_name,
    leaves,
    section_heading,
)
from slaworkshop.models import KEYED_SECTIONS, Content, full_form

from .rich_text import MUTED, esc

_KEYED = frozenset(KEYED_SECTIONS)
_OBJECTS = ("business_hours", "qualification")  # null in full form when absent


def content_body(content: Content) -> str:
    """The sections of ``content`` as escaped HTML (no ``<html>`` wrapper)."""
    document = full_form(content)
    names = Names(document)
    parts: list[str] = []
    scalars = [(f, v) for f, v in document.items()
               if f not in _OBJECTS and not isinstance(v, list)]
    parts.append(f"<h2>{esc('Workshop')}</h2>")
    parts.append(_table([(section_heading(f), v, format_value(f, v)) for f, v in scalars]))
    for field, value in document.items():
        if isinstance(value, list):
            parts.append(_keyed_section(field, value, names))
        elif field in _OBJECTS:
            parts.append(_object_section(field, value, names))
    return "".join(parts)


def _object_section(field: str, value: Mapping[str, Any] | None, names: Names) -> str:
    out = [f"<h2>{esc(section_heading(field))}</h2>"]
    if not value:
        return out[0] + _empty()
    rows: list[tuple[str, Any, str]] = []
    nested: list[str] = []
    for name, inner in value.items():
        path = f"{field}.{name}"
        if path in _KEYED:
            nested.append(_keyed_section(path, inner or [], names, level=3))
        elif isinstance(inner, dict):
            rows += [(field_label(f"{name}.{p}"), v, format_value(p, v, inner, names))
                     for p, v in leaves(inner)]
        else:
            rows.append((field_label(name), inner, format_value(name, inner, value, names)))
    if rows:
        out.append(_table(rows))
    return "".join(out + nested)


def _keyed_section(section: str, items: list[Mapping[str, Any]], names: Names,
                   level: int = 2) -> str:
    heading = section_heading(section)
    count = f"{len(items)} item{'s' if len(items) != 1 else ''}"
    out = [f'<h{level}>{esc(heading)} <span style="{MUTED} font-weight:normal;">'
           f"({esc(count)})</span></h{level}>"]
    if not items:
        return out[0] + _empty()
    skip = {"key", NAME_FIELDS.get(section, "")}
    for position, item in enumerate(items, start=1):
        out.append(f"<p><b>{position}. {esc(item_name(section, item))}</b> "
                   f'<span style="{MUTED}">({esc(item.get("key", ""))})</span></p>')
        rows = [(field_label(path), value, format_value(path, value, item, names))
                for path, value in leaves(item) if path not in skip]
        out.append(_table(rows))
    return "".join(out)


def _table(rows: list[tuple[str, Any, str]]) -> str:
    """Rows of (label, value, value in words); an empty value's words are muted, not a
    value that reads the same ("(none)" typed as a value)."""
    cells = "".join(
        f'<tr><th width="200">{esc(label)}</th>'
        f'<td style="{MUTED if is_empty(value) else ""}">{esc(words)}</td></tr>'
        for label, value, words in rows
    )
    return f'<table cellspacing="0" cellpadding="3">{cells}</table>'


def _empty() -> str:
    return f'<p style="{MUTED}">{esc("(none)")}</p>'
