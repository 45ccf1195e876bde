"""Compare two versions of an agreement: the structured diff of DESIGN.md and its reports.

No Qt here: the CLI, the services, the PDF and the UI all build on these functions.
"""

from .agreement_diff import (
    Change,
    ChangeKind,
    FieldChange,
    VersionLabel,
    diff_contents,
    diff_document,
    diff_full_forms,
)
from .diff_html import render_diff_html, report_html
from .diff_report import DiffReport, build_report
from .diff_text import render_diff_text, report_text
from .durations import humanize_duration

__all__ = [
    "Change",
    "ChangeKind",
    "DiffReport",
    "FieldChange",
    "VersionLabel",
    "build_report",
    "diff_contents",
    "diff_document",
    "diff_full_forms",
    "humanize_duration",
    "render_diff_html",
    "render_diff_text",
    "report_html",
    "report_text",
]
