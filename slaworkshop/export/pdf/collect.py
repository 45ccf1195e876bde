"""Gather a ``PdfRequest`` from the services: the version, its drawings and history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slaworkshop.export.config_build import build_file, dump_json
from slaworkshop.models import AgreementFile, Content

from .request import (
    ChangeRow,
    HistoryEntry,
    PdfRequest,
    PreviousVersion,
    ProgressCallback,
    no_progress,
)
from .wording import long_date

if TYPE_CHECKING:
    from slaworkshop.diff.diff_report import ValueChange
    from slaworkshop.services.reading import AgreementReader, VersionRef
    from slaworkshop.store.records import VersionRecord

#: Statuses of a version that was signed by everyone at some point.
SIGNED_STATUSES = ("signed", "superseded")


def config_bytes_for(document: AgreementFile) -> bytes:
    """The config JSON of ``document``: the same bytes ``export --config F.json`` writes."""
    return dump_json(
        build_file(
            document.content,
            agreement_id=document.agreement_id,
            version=document.version,
            signatures=document.signatures,
        )
    )


def history_entries(records: list[VersionRecord]) -> list[HistoryEntry]:
    from slaworkshop.store.records import iso

    return [
        HistoryEntry(
            number=r.number,
            status=r.status,
            label=r.label,
            created_at=iso(r.created_at),
            content_sha256=r.content_sha256,
        )
        for r in records
    ]


def previous_signed(
    service: AgreementReader, agreement_id: str, records: list[VersionRecord], number: int | None
) -> PreviousVersion | None:
    """The latest version before ``number`` (the draft: before any) that was signed."""
    earlier = [
        r for r in records
        if r.status in SIGNED_STATUSES and (number is None or r.number < number)
    ]
    if not earlier:
        return None
    last = earlier[-1].number
    return PreviousVersion(number=last, content=service.content(agreement_id, last))


#: Fields whose values are dates, worded in the summary as the document's body words
#: them ("1 July 2026"); the summary said "2026-07-01" beside them (review).
_DATE_FIELDS = frozenset({"workshop_date", "effective_from", "review_by", "holidays"})


def _as_in_the_body(value: ValueChange) -> tuple[str, str]:
    """A changed value's two sides as the body shows them: dates in words, and nothing
    as the body's dash (the summary struck out "(none)")."""
    dates = bool(value.paths) and all(p.rsplit(".", 1)[-1] in _DATE_FIELDS
                                      for p in value.paths)

    def side(text: str, empty: bool) -> str:
        if empty:
            return ""
        if dates:
            return ", ".join(long_date(day) for day in text.split(", "))
        return text

    return side(value.old, value.old_empty), side(value.new, value.new_empty)


def change_rows(previous: PreviousVersion, content: Content) -> list[ChangeRow]:
    """The change summary against the previously signed version, worded as the diff
    report words it (the CLI's ``diff`` and the compare view say the same)."""
    from slaworkshop.diff import build_report

    rows: list[ChangeRow] = []
    report = build_report(previous.number, "draft", previous.content, content)
    for section in report.sections:
        for entry in section.entries:
            name = entry.name or section.heading
            if entry.change == "changed":
                rows += [
                    ChangeRow(
                        section.heading,
                        f"{entry.name} · {value.label}" if entry.name else value.label,
                        "changed", *_as_in_the_body(value),
                    )
                    for value in entry.values
                ]
            elif entry.change == "added":
                details = "; ".join(f"{d.label}: {d.value}" for d in entry.details)
                rows.append(ChangeRow(section.heading, name, "added", "", details))
            elif entry.change == "removed":
                rows.append(ChangeRow(section.heading, name, "removed", name, ""))
            else:
                rows.append(
                    ChangeRow(
                        section.heading, name, "moved",
                        f"position {entry.from_position}", f"position {entry.position_now}",
                    )
                )
    return rows


def build_pdf_request(
    service: AgreementReader,
    agreement_id: str,
    ref: VersionRef = None,
    *,
    document: AgreementFile | None = None,
    progress: ProgressCallback = no_progress,
) -> PdfRequest:
    """Everything ``render_pdf`` needs for version ``ref`` (default: the latest, else the
    draft), read through ``service``.

    ``document`` is that version's file when the caller has read it already: a command
    that writes the config beside the PDF passes it, so both describe the same content
    even if the draft changes in between, and the content is not decoded twice.
    """
    if document is None:
        document = service.file(agreement_id, ref)
    records = service.history(agreement_id)
    number = document.version.number if document.version is not None else None
    drawings: dict[str, bytes] = {}
    for record in records:
        if record.number == number:
            drawings = {
                s.stakeholder: s.drawing_png for s in record.signatures if s.drawing_png
            }
    previous = previous_signed(service, agreement_id, records, number)
    return PdfRequest(
        document=document,
        config_json=config_bytes_for(document),
        drawings=drawings,
        history=history_entries(records),
        previous_signed=previous,
        changes=None if previous is None else change_rows(previous, document.content),
        progress=progress,
    )
