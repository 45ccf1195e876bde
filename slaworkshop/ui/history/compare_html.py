"""A ``DiffReport`` laid out side by side as escaped HTML: per section a heading, the
summary line ("3 changed, 1 added"), then a table of old | new for each entry.

The words come from ``slaworkshop.diff.build_report``, so they match the command line's
text report; only the layout is the UI's. With ``only_changes`` off, every section is
listed (unchanged ones say "No changes") and the items that did not change are named.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slaworkshop.diff import DiffReport, diff_full_forms
from slaworkshop.diff.diff_report import ReportEntry, ReportSection, report_section
from slaworkshop.diff.wording import item_name, section_heading
from slaworkshop.models import KEYED_SECTIONS, Content, full_form

from .rich_text import MUTED, change_badge, esc, new_value, old_value, value_pair

NO_DIFFERENCES = "No differences"
NO_CHANGES = "No changes"
_HEAD_ROW = 'style="background-color:#f6f8fa;"'


def compare_body(report: DiffReport, old: Content, new: Content, old_title: str,
                 new_title: str, *, only_changes: bool = True) -> str:
    """The comparison of ``old`` (``old_title``) with ``new`` as HTML (no wrapper)."""
    parts = [f"<h1>{esc(report.title)}</h1>"]
    if not report.sections:
        parts.append(f"<p><b>{esc(NO_DIFFERENCES)}</b>: {esc(old_title)} and "
                     f"{esc(new_title)} have the same content.</p>")
        if only_changes:
            return "".join(parts)
    by_name = {s.section: s for s in report.sections}
    if only_changes:
        order = [s.section for s in report.sections]
        unchanged: dict[str, list[str]] = {}
    else:
        old_doc, new_doc = full_form(old), full_form(new)
        order = section_order(new_doc)
        unchanged = unchanged_items(old_doc, new_doc)
    for section in order:
        found = by_name.get(section)
        if found is None:
            parts.append(_quiet_section(section, unchanged.get(section, [])))
        else:
            parts.append(_section(found, old_title, new_title, unchanged.get(section, [])))
    return "".join(parts)


def section_order(document: Mapping[str, Any]) -> list[str]:
    """Every section of a full-form content, in the diff's order."""
    order: list[str] = []
    for field, value in document.items():
        section = report_section(field)
        if section not in order:
            order.append(section)
        if isinstance(value, dict) or field == "qualification":
            order += [s for s in KEYED_SECTIONS if s.startswith(f"{field}.")]
    return order


def unchanged_items(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[str]]:
    """Per keyed section, the names of the items (as in ``new``) that the diff leaves alone."""
    touched: dict[str, set[str]] = {}
    for change in diff_full_forms(old, new):
        if change.key is not None:
            touched.setdefault(change.section, set()).add(change.key)
    out: dict[str, list[str]] = {}
    for section in KEYED_SECTIONS:
        value: Any = new
        for part in section.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        names = [item_name(section, item) for item in value or []
                 if item["key"] not in touched.get(section, set())]
        if names:
            out[section] = names
    return out


def _quiet_section(section: str, unchanged: list[str]) -> str:
    # One line, not a heading: with the filter off, most sections are this.
    return (f'<p style="{MUTED}"><b>{esc(section_heading(section))}</b> — {esc(NO_CHANGES)}'
            "</p>" + _unchanged(unchanged))


def _section(section: ReportSection, old_title: str, new_title: str,
             unchanged: list[str]) -> str:
    rows = [f"<tr {_HEAD_ROW}><th width=\"22%\"></th>"
            f'<th width="39%"><b>{esc(old_title)}</b></th>'
            f'<th width="39%"><b>{esc(new_title)}</b></th></tr>']
    for entry in section.entries:
        rows += _entry_rows(entry)
    return (f"<h2>{esc(section.heading)}</h2>"
            f'<p style="{MUTED}">{esc(section.summary)}</p>'
            f'<table width="100%" cellspacing="0" cellpadding="4">{"".join(rows)}</table>'
            + _unchanged(unchanged))


def _entry_rows(entry: ReportEntry) -> list[str]:
    if entry.change == "removed":  # one row: the old side names it, the new side lacks it
        return [f'<tr><td>{change_badge("removed")}</td><td>{old_value(entry.name or "")}</td>'
                f"<td>{_muted('(removed)')}</td></tr>"]
    rows: list[str] = []
    if entry.name is not None:
        rows.append(f'<tr><td colspan="3">{change_badge(entry.change)} '
                    f"<b>{esc(entry.name)}</b></td></tr>")
    if entry.change == "changed":
        rows += [_row(v.label, *value_pair(v.old, v.new, v.old_empty, v.new_empty))
                 for v in entry.values]
    elif entry.change == "added":
        rows += [_row(d.label, _muted("—"), new_value(d.value)) for d in entry.details]
    else:
        kept = entry.from_position == entry.to_position  # not struck: the number stayed
        rows.append(_row("Position", esc(entry.from_position) if kept
                         else old_value(str(entry.from_position)),
                         new_value(entry.position_now)))
    return rows


def _row(label: str, old: str, new: str) -> str:
    return (f'<tr><td style="{MUTED}">{esc(label)}</td>'
            f"<td>{old}</td><td>{new}</td></tr>")


def _muted(text: str) -> str:
    return f'<span style="{MUTED}">{esc(text)}</span>'


def _unchanged(names: list[str]) -> str:
    if not names:
        return ""
    return (f"<p>{change_badge('unchanged')} "
            f'<span style="{MUTED}">{esc(" · ".join(names))}</span></p>')
