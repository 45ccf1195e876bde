"""Reading agreements back: ids, drafts, versions, history and the config document.

``AgreementReader`` holds the read use cases once. It runs them over any source of
read transactions: the full store (``AgreementService`` is a reader that also writes)
or, for the read-only commands over an SQLite file, ``store.sqlite_reader``, which
needs no SQLAlchemy.
"""

from __future__ import annotations

import builtins  # the class's `list` method shadows the type in later annotations
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Literal

from slaworkshop.store import reads
from slaworkshop.store.errors import NotFound
from slaworkshop.store.records import AgreementSummary, DraftRecord, VersionRecord, iso

if TYPE_CHECKING:
    from slaworkshop.models import AgreementFile, Content

VersionRef = int | Literal["draft"] | None
#: Opens one read transaction and hands out its way of running a SELECT.
Reading = Callable[[], AbstractContextManager[reads.Query]]


class AgreementReader:
    """The read use cases, each in one transaction of ``reading``."""

    def __init__(self, reading: Reading) -> None:
        self._reading = reading

    def list(self) -> list[AgreementSummary]:
        with self._reading() as query:
            return reads.list_agreements(query)

    def resolve(self, ref: str) -> str:
        with self._reading() as query:
            return reads.resolve_agreement(query, ref)

    def draft(self, agreement_id: str) -> DraftRecord:
        with self._reading() as query:
            return reads.get_draft(query, agreement_id)

    def draft_revision(self, agreement_id: str) -> int:
        with self._reading() as query:
            return reads.draft_revision(query, agreement_id)

    def history(self, agreement_id: str) -> builtins.list[VersionRecord]:
        with self._reading() as query:
            reads.require_agreement(query, agreement_id)
            return reads.history(query, agreement_id)

    def version(self, agreement_id: str, number: int) -> VersionRecord:
        with self._reading() as query:
            return reads.get_version(query, agreement_id, number)

    def content(self, agreement_id: str, ref: VersionRef) -> Content:
        """The content of version ``ref``, or of the draft for ``"draft"``."""
        with self._reading() as query:
            if ref == "draft":
                return reads.get_draft(query, agreement_id).content
            number = latest_or(query, agreement_id, ref)
            return reads.version_content(query, agreement_id, number)

    def latest_number(self, agreement_id: str) -> int | None:
        with self._reading() as query:
            reads.require_agreement(query, agreement_id)
            return reads.latest_number(query, agreement_id)

    def file(self, agreement_id: str, ref: VersionRef = None) -> AgreementFile:
        """The config document of a version (default: the latest, else the draft)."""
        from slaworkshop.models import AgreementFile, Signature, VersionInfo

        with self._reading() as query:
            if ref is None:
                ref = reads.latest_number(query, agreement_id) or "draft"
            if ref == "draft":
                draft = reads.get_draft(query, agreement_id)
                return AgreementFile(
                    format="slaworkshop/agreement",
                    format_version=1,
                    agreement_id=agreement_id,
                    version=VersionInfo(
                        number=None, status="draft", label="", created_at=iso(draft.updated_at)
                    ),
                    content_sha256=draft.content_sha256,
                    content=draft.content,
                    signatures=[],
                )
            record = reads.get_version(query, agreement_id, ref)
            content = reads.version_content(query, agreement_id, ref)
        return AgreementFile(
            format="slaworkshop/agreement",
            format_version=1,
            agreement_id=agreement_id,
            version=VersionInfo(
                number=record.number,
                status=record.status,  # type: ignore[arg-type]
                label=record.label,
                created_at=iso(record.created_at),
            ),
            content_sha256=record.content_sha256,
            content=content,
            signatures=[
                Signature(
                    stakeholder=s.stakeholder,
                    name=s.name,
                    role=s.role,
                    signed_at=iso(s.signed_at),
                    content_sha256=s.content_sha256,
                )
                for s in record.signatures
            ],
        )


def latest_or(query: reads.Query, agreement_id: str, ref: VersionRef) -> int:
    """``ref``'s version number: the latest version for None or ``"draft"``."""
    if ref is None or ref == "draft":
        latest = reads.latest_number(query, agreement_id)
        if latest is None:
            raise NotFound("the agreement has no saved version yet")
        return latest
    return ref
