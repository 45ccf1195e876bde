"""Use cases on agreements: create, edit the draft, save versions, import, read back.

Every method is one transaction. Callers (the command line, the UI) get documents and
records, never a database session.
"""

from __future__ import annotations

import builtins  # the class's `list` method shadows the type in later annotations
import getpass
import uuid
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection

from slaworkshop.store import NotFound, Store
from slaworkshop.store import repository as repo
from slaworkshop.store.records import (
    AgreementSummary,
    AuditEntry,
    DraftRecord,
    VersionRecord,
    iso,
)

from . import catalog

if TYPE_CHECKING:
    from slaworkshop.models import AgreementFile, Content

VersionRef = int | Literal["draft"] | None


def check_short_text(what: str, value: str) -> None:
    """Refuse a label or typed name that would carry control characters into the audit
    log, the PDF or someone's terminal."""
    from slaworkshop.models import DocumentInvalid, Problem
    from slaworkshop.models.fields import short_text_problem

    problem = short_text_problem(value)
    if problem is not None:
        raise DocumentInvalid([Problem(what, problem)])


def current_user() -> str:
    """Who is at the keyboard, for the audit log; empty when the system cannot say."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class AgreementService:
    """Agreements and their versions in one store."""

    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        self.actor = current_user() if actor is None else actor

    # -- reading ----------------------------------------------------------------------

    def resolve(self, ref: str) -> str:
        with self.store.transaction() as conn:
            return repo.resolve_agreement(conn, ref)

    def list(self) -> list[AgreementSummary]:
        return catalog.list_agreements(self.store)

    def draft(self, agreement_id: str) -> DraftRecord:
        with self.store.transaction() as conn:
            return repo.get_draft(conn, agreement_id)

    def history(self, agreement_id: str) -> builtins.list[VersionRecord]:
        with self.store.transaction() as conn:
            repo.require_agreement(conn, agreement_id)
            return repo.history(conn, agreement_id)

    def version(self, agreement_id: str, number: int) -> VersionRecord:
        with self.store.transaction() as conn:
            return repo.get_version(conn, agreement_id, number)

    def content(self, agreement_id: str, ref: VersionRef) -> Content:
        """The content of version ``ref``, or of the draft for ``"draft"``."""
        with self.store.transaction() as conn:
            if ref == "draft":
                return repo.get_draft(conn, agreement_id).content
            number = self._number(conn, agreement_id, ref)
            return repo.version_content(conn, agreement_id, number)

    def latest_number(self, agreement_id: str) -> int | None:
        with self.store.transaction() as conn:
            repo.require_agreement(conn, agreement_id)
            return repo.latest_number(conn, agreement_id)

    def audit_log(self, agreement_id: str) -> builtins.list[AuditEntry]:
        with self.store.transaction() as conn:
            return repo.audit_log(conn, agreement_id)

    def file(self, agreement_id: str, ref: VersionRef = None) -> AgreementFile:
        """The config document of a version (default: the latest, else the draft)."""
        from slaworkshop.models import AgreementFile, Signature, VersionInfo

        with self.store.transaction() as conn:
            if ref is None:
                ref = repo.latest_number(conn, agreement_id) or "draft"
            if ref == "draft":
                draft = repo.get_draft(conn, agreement_id)
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
            record = repo.get_version(conn, agreement_id, ref)
            content = repo.version_content(conn, agreement_id, ref)
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

    @staticmethod
    def _number(conn: Connection, agreement_id: str, ref: VersionRef) -> int:
        if ref is None or ref == "draft":
            latest = repo.latest_number(conn, agreement_id)
            if latest is None:
                raise NotFound("the agreement has no saved version yet")
            return latest
        return ref

    # -- writing ----------------------------------------------------------------------

    def create(self, content: Content, *, action: str = "created", **detail: object) -> str:
        """A new agreement whose draft holds ``content``; returns its id."""
        agreement_id = str(uuid.uuid4())
        with self.store.transaction() as conn:
            repo.insert_agreement(conn, agreement_id, content)
            repo.audit(conn, agreement_id, action, actor=self.actor, **detail)
        return agreement_id

    def update_draft(
        self, agreement_id: str, content: Content, expected_revision: int
    ) -> DraftRecord:
        """Autosave: replace the draft, refusing a write based on a stale revision."""
        with self.store.transaction() as conn:
            return repo.write_draft(conn, agreement_id, content, expected_revision)

    def save_version(self, agreement_id: str, label: str = "") -> tuple[int, bool]:
        """Freeze the draft as the next version; (number, created).

        A draft identical to the latest version creates nothing and returns that number.
        """
        check_short_text("label", label)
        with self.store.transaction() as conn:
            return self._save(conn, agreement_id, label)

    def _save(self, conn: Connection, agreement_id: str, label: str) -> tuple[int, bool]:
        repo.lock_agreement(conn, agreement_id)
        draft = repo.draft_state(conn, agreement_id)
        latest = repo.latest_number(conn, agreement_id)
        # Compare hashes only: neither version's content needs reading or validating.
        if latest is not None and repo.version_sha(conn, agreement_id, latest) == draft.sha:
            return latest, False
        number = repo.insert_version(
            conn,
            agreement_id,
            body=draft.body,
            sha=draft.sha,
            label=label,
            author=self.actor,
            title=draft.title,
            organization=draft.organization,
        )
        repo.set_draft_base(conn, agreement_id, number)
        repo.audit(
            conn, agreement_id, "version_saved", actor=self.actor, version_number=number,
            label=label, content_sha256=draft.sha,
        )
        return number, True

    def _keep_unsaved_draft(self, conn: Connection, agreement_id: str, label: str) -> int | None:
        """Save the draft as a version if its content is in no version yet."""
        sha = repo.draft_state(conn, agreement_id).sha
        if repo.version_with_hash(conn, agreement_id, sha) is not None:
            return None
        number, _created = self._save(conn, agreement_id, label)
        return number

    def replace_draft(
        self, agreement_id: str, content: Content, *, label: str, action: str,
        based_on: int | None, **detail: object,
    ) -> int | None:
        """Put ``content`` in the draft, first saving unsaved draft changes as a version.

        Returns the number of that safety version, or None when none was needed.
        """
        with self.store.transaction() as conn:
            repo.lock_agreement(conn, agreement_id)
            kept = self._keep_unsaved_draft(conn, agreement_id, label)
            revision = repo.draft_state(conn, agreement_id).revision
            repo.write_draft(conn, agreement_id, content, revision, based_on=based_on)
            repo.audit(
                conn, agreement_id, action, actor=self.actor, kept_as_version=kept, **detail
            )
            return kept

    def import_file(self, document: AgreementFile, *, into: str | None = None,
                    source: str = "") -> str:
        """A new agreement from a config, or (``into``) a new draft of an existing one."""
        detail = {"source": source, "file_sha256": document.content_sha256}
        if into is None:
            return self.create(document.content, action="imported", **detail)
        self.replace_draft(
            into, document.content, label="before import", action="imported",
            based_on=None, **detail,
        )
        return into

    def restore_version(self, agreement_id: str, number: int) -> int | None:
        """Start a new draft from version ``number``; unsaved draft changes are kept."""
        content = self.content(agreement_id, number)
        return self.replace_draft(
            agreement_id, content, label=f"before restoring version {number}",
            action="draft_from_version", based_on=number, from_version=number,
        )
