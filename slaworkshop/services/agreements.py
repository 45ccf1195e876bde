"""Use cases on agreements: create, edit the draft, save versions, import, read back.

Every method is one transaction. Callers (the command line, the UI) get documents and
records, never a database session.
"""

from __future__ import annotations

import builtins  # the class's `list` method shadows the type in later annotations
import getpass
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from slaworkshop.store import Store
from slaworkshop.store import repository as repo
from slaworkshop.store.reads import Query, decode
from slaworkshop.store.records import AuditEntry, DraftRecord

from .reading import AgreementReader, VersionRef

if TYPE_CHECKING:
    from slaworkshop.models import AgreementFile, Content

__all__ = ["AgreementService", "VersionRef", "check_short_text", "current_user"]


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


class AgreementService(AgreementReader):
    """Agreements and their versions in one store: the reads (``AgreementReader``) in a
    transaction of the store, and the writes."""

    def __init__(self, store: Store, actor: str | None = None) -> None:
        super().__init__(self._read_transaction)
        self.store = store
        self.actor = current_user() if actor is None else actor

    @contextmanager
    def _read_transaction(self) -> Iterator[Query]:
        with self.store.transaction() as conn:
            yield repo.core_query(conn)

    # -- reading ----------------------------------------------------------------------

    def audit_log(self, agreement_id: str) -> builtins.list[AuditEntry]:
        with self.store.transaction() as conn:
            return repo.audit_log(conn, agreement_id)

    # -- writing ----------------------------------------------------------------------

    def create(self, content: Content, *, action: str = "created", **detail: object) -> str:
        """A new agreement whose draft holds ``content``; returns its id."""
        agreement_id = str(uuid.uuid4())
        with self.store.transaction() as conn:
            repo.insert_agreement(conn, agreement_id, content)
            repo.audit(conn, agreement_id, action, actor=self.actor, version_number=None,
                       **detail)
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
        decode(draft.body, draft.sha, "the draft")  # never freeze an edited or invalid row
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
            repo.audit(conn, agreement_id, action, actor=self.actor, version_number=None,
                       kept_as_version=kept, **detail)
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
