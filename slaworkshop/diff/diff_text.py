"""The diff as plain text for people: per section a heading, a summary line, then the items.

    Changes from version 1 to the draft

    SLA windows
    1 changed, 1 added
      Changed “Route to a rep”
        Within: 4 business hours → 2 business hours
      Added “Feed back the reason”
        Owner: sales
        Within: 2 calendar days
"""

from __future__ import annotations

from slaworkshop.models import Content
from slaworkshop.safe_text import visible

from .agreement_diff import VersionLabel
from .diff_report import DiffReport, ReportEntry, build_report

ARROW = "→"


def render_diff_text(
    a_label: VersionLabel, b_label: VersionLabel, old: Content, new: Content
) -> str:
    """The text report of what changed from ``old`` (``a_label``) to ``new`` (``b_label``)."""
    return report_text(build_report(a_label, b_label, old, new))


def report_text(report: DiffReport) -> str:
    lines = [report.title, ""]
    if not report.sections:
        lines.append("No changes.")
    for section in report.sections:
        lines += [section.heading, section.summary]
        for entry in section.entries:
            lines += _entry_lines(entry)
        lines.append("")
    while lines[-1] == "":
        lines.pop()
    # for people: a direction override in a value must not turn the report around
    return visible("\n".join(lines)) + "\n"


def _entry_lines(entry: ReportEntry) -> list[str]:
    if entry.name is None:
        # A section that is not a list (title, business hours): its fields stand alone.
        return [_indent(f"{v.label}: {v.old} {ARROW} {v.new}", 2) for v in entry.values]
    name = f"“{entry.name}”"
    if entry.change == "changed":
        return [_indent(f"Changed {name}", 2)] + [
            _indent(f"{v.label}: {v.old} {ARROW} {v.new}", 4) for v in entry.values
        ]
    if entry.change == "moved":
        return [_indent(f"Moved {name} {entry.moved_words}", 2)]
    if entry.change == "added":
        return [_indent(f"Added {name}", 2)] + [
            _indent(f"{d.label}: {d.value}", 4) for d in entry.details
        ]
    return [_indent(f"Removed {name}", 2)]


def _indent(text: str, width: int) -> str:
    # Multi-line text (a definition, an agenda) stays inside its entry.
    pad = " " * width
    return pad + text.replace("\n", "\n" + pad + "  ")
