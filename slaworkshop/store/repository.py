"""The repository: every read and write of the tables, on a connection the caller owns.

(The audit log's two functions live in ``audit`` and are re-exported here.)

Functions here do one statement's worth of work each; the services compose them inside
one transaction, so that a status change and its audit entry commit together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from types import EllipsisType
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, delete, func, insert, select, text, update

from . import reads
from .audit import audit as audit
from .audit import audit_log as audit_log
from .errors import Conflict, NotFound
from .records import (
    DraftRecord,
    SignatureRecord,
    VersionRecord,
)
from .tables import agreements as A
from .tables import drafts as D
from .tables import signatures as S
from .tables import versions as V

if TYPE_CHECKING:
    from slaworkshop.models import Content


def now() -> datetime:
    return datetime.now(UTC)


def encode(content: Content) -> tuple[str, str]:
    """The stored text of a content (its canonical JSON) and that text's SHA-256."""
    import hashlib

    from slaworkshop.models import canonical_json

    data = canonical_json(content)
    return data.decode("utf-8"), hashlib.sha256(data).hexdigest()


def core_query(conn: Connection) -> reads.Query:
    """``reads``' way of running a SELECT, over this SQLAlchemy connection."""

    def run(sql: str, /, **params: object) -> Sequence[Mapping[Any, Any]]:
        return conn.execute(text(sql), params).mappings().all()

    return run


# The reads the writes need, on the caller's connection (their SQL is in ``reads``).


def latest_number(conn: Connection, agreement_id: str) -> int | None:
    return reads.latest_number(core_query(conn), agreement_id)


def get_version(conn: Connection, agreement_id: str, number: int) -> VersionRecord:
    return reads.get_version(core_query(conn), agreement_id, number)


def version_content(conn: Connection, agreement_id: str, number: int) -> Content:
    return reads.version_content(core_query(conn), agreement_id, number)


# -- agreements and drafts ------------------------------------------------------------


def insert_agreement(conn: Connection, agreement_id: str, content: Content) -> DraftRecord:
    stamp = now()
    body, sha = encode(content)
    conn.execute(insert(A).values(id=agreement_id, created_at=stamp))
    conn.execute(
        insert(D).values(
            agreement_id=agreement_id,
            content=body,
            content_sha256=sha,
            revision=1,
            based_on=None,
            title=content.title,
            organization=content.organization,
            updated_at=stamp,
        )
    )
    return DraftRecord(agreement_id, content, sha, 1, None, stamp)


def lock_agreement(conn: Connection, agreement_id: str) -> None:
    """Serialise writers of one agreement (PostgreSQL row lock; SQLite locks at BEGIN)."""
    query = select(A.c.id).where(A.c.id == agreement_id).with_for_update()
    if conn.execute(query).first() is None:
        raise NotFound(f"no agreement with the id {agreement_id!r} in this database")


class DraftState(NamedTuple):
    """The draft row's columns, without parsing the content."""

    body: str
    sha: str
    revision: int
    based_on: int | None
    title: str
    organization: str


def draft_state(conn: Connection, agreement_id: str) -> DraftState:
    row = conn.execute(
        select(
            D.c.content, D.c.content_sha256, D.c.revision, D.c.based_on, D.c.title,
            D.c.organization,
        ).where(D.c.agreement_id == agreement_id)
    ).first()
    if row is None:
        raise NotFound(f"no agreement with the id {agreement_id!r} in this database")
    return DraftState(*row)


def write_draft(
    conn: Connection,
    agreement_id: str,
    content: Content,
    expected_revision: int,
    based_on: int | None | EllipsisType = ...,
) -> DraftRecord:
    """Replace the draft if it is still at ``expected_revision``; else ``Conflict``."""
    body, sha = encode(content)
    stamp = now()
    values: dict[str, Any] = {
        "content": body,
        "content_sha256": sha,
        "revision": expected_revision + 1,
        "title": content.title,
        "organization": content.organization,
        "updated_at": stamp,
    }
    if based_on is not ...:
        values["based_on"] = based_on
    result = conn.execute(
        update(D)
        .where(D.c.agreement_id == agreement_id, D.c.revision == expected_revision)
        .values(**values)
    )
    if result.rowcount != 1:
        current = conn.execute(
            select(D.c.revision).where(D.c.agreement_id == agreement_id)
        ).scalar()
        if current is None:
            raise NotFound(f"no agreement with the id {agreement_id!r} in this database")
        raise Conflict(
            "the draft was changed elsewhere (another window or computer) since it was"
            f" loaded: it is at revision {current}, this change was based on revision"
            f" {expected_revision}",
            current_revision=int(current),
        )
    row = conn.execute(select(D.c.based_on).where(D.c.agreement_id == agreement_id)).first()
    assert row is not None
    return DraftRecord(agreement_id, content, sha, expected_revision + 1, row.based_on, stamp)


def set_draft_base(conn: Connection, agreement_id: str, based_on: int) -> None:
    conn.execute(update(D).where(D.c.agreement_id == agreement_id).values(based_on=based_on))


# -- versions -------------------------------------------------------------------------


def version_with_hash(conn: Connection, agreement_id: str, sha: str) -> int | None:
    return conn.execute(
        select(func.max(V.c.number)).where(
            V.c.agreement_id == agreement_id, V.c.content_sha256 == sha
        )
    ).scalar()


def insert_version(
    conn: Connection,
    agreement_id: str,
    *,
    body: str,
    sha: str,
    label: str,
    author: str,
    title: str,
    organization: str,
) -> int:
    number = (latest_number(conn, agreement_id) or 0) + 1
    conn.execute(
        insert(V).values(
            agreement_id=agreement_id,
            number=number,
            status="saved",
            label=label,
            content=body,
            content_sha256=sha,
            created_at=now(),
            author=author,
            title=title,
            organization=organization,
        )
    )
    return number


def _version_row(conn: Connection, agreement_id: str, number: int) -> Any:
    row = conn.execute(
        select(*(c for c in V.c if c.name != "content")).where(
            V.c.agreement_id == agreement_id, V.c.number == number
        )
    ).first()
    if row is None:
        raise NotFound(f"the agreement has no version {number}")
    return row


def version_sha(conn: Connection, agreement_id: str, number: int) -> str | None:
    """A version's content hash, without reading its content."""
    sha = conn.execute(
        select(V.c.content_sha256).where(V.c.agreement_id == agreement_id, V.c.number == number)
    ).scalar()
    return None if sha is None else str(sha)


def versions_with_status(conn: Connection, agreement_id: str, status: str) -> list[int]:
    return list(
        conn.execute(
            select(V.c.number)
            .where(V.c.agreement_id == agreement_id, V.c.status == status)
            .order_by(V.c.number)
        ).scalars()
    )


def set_status(conn: Connection, agreement_id: str, number: int, status: str) -> None:
    conn.execute(
        update(V)
        .where(V.c.agreement_id == agreement_id, V.c.number == number)
        .values(status=status)
    )


def insert_signature(
    conn: Connection, agreement_id: str, number: int, signature: SignatureRecord
) -> None:
    row = _version_row(conn, agreement_id, number)
    conn.execute(
        insert(S).values(
            version_id=row.id,
            stakeholder=signature.stakeholder,
            name=signature.name,
            role=signature.role,
            signed_at=signature.signed_at,
            content_sha256=signature.content_sha256,
            drawing_png=signature.drawing_png,
        )
    )


def delete_signatures(conn: Connection, agreement_id: str, number: int) -> None:
    row = _version_row(conn, agreement_id, number)
    conn.execute(delete(S).where(S.c.version_id == row.id))
