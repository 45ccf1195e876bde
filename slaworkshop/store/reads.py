"""The store's reads of agreements, drafts and versions, written once for two drivers.

Each function takes a ``Query``: a callable that runs one SELECT with named parameters
(``:name``) and returns its rows as mappings. The full store passes one over its
SQLAlchemy connection (``repository.core_query``); the read-only commands over an
SQLite file pass one over the standard library's ``sqlite3`` (``sqlite_reader``), so
they need not load SQLAlchemy. The SQL is plain enough for SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from .errors import NotFound, StoreError
from .records import AgreementSummary, DraftRecord, SignatureRecord, VersionRecord, utc

if TYPE_CHECKING:
    from slaworkshop.models import Content


class Query(Protocol):
    def __call__(self, sql: str, /, **params: object) -> Sequence[Mapping[Any, Any]]: ...


_CHANGED_OUTSIDE = (
    "it was changed outside slaworkshop; restore a backup with 'slaworkshop restore'"
)


def when(value: object) -> datetime:
    """A stored timestamp as an aware UTC datetime. Untyped SQL gives SQLite's text
    (``2026-06-12 15:04:05.123456``, written by SQLAlchemy) and PostgreSQL's datetime."""
    if isinstance(value, datetime):
        return utc(value)
    if isinstance(value, str):
        try:
            return utc(datetime.fromisoformat(value))
        except (ValueError, OverflowError):
            pass
    raise StoreError(
        f"the database holds a time it cannot read ({value!r:.40}); {_CHANGED_OUTSIDE}",
        corrupt=True,
    )


def _unreadable(what: str, reason: str) -> StoreError:
    return StoreError(
        f"{what} in the database cannot be read ({reason}): {_CHANGED_OUTSIDE}", corrupt=True
    )


#: What a saved version's status column may hold (``fields.VersionStatus`` without
#: "draft", which only the draft has).
VERSION_STATUSES = ("saved", "proposed", "signed", "superseded")


def _text(row: Mapping[str, Any], column: str, of: str) -> str:
    value = row[column]
    if not isinstance(value, str):
        raise _unreadable(f"the {column} of {of}", f"it is {type(value).__name__}, not text")
    return value


def _whole(row: Mapping[str, Any], column: str, of: str, *, optional: bool = False) -> Any:
    value = row[column]
    if (value is None and optional) or type(value) is int:
        return value
    raise _unreadable(f"the {column} of {of}", f"{value!r:.40} is not a whole number")


def _status(row: Mapping[str, Any], of: str) -> str:
    status = _text(row, "status", of)
    if status not in VERSION_STATUSES:
        raise _unreadable(f"the status of {of}", f"{status!r:.40} is not a status")
    return status


def check_stored(text: object, sha: object, what: str) -> str:
    """The stored text of a content; refused unless it is text hashing to ``sha``."""
    if not isinstance(text, str):
        raise _unreadable(what, f"it is {type(text).__name__}, not text")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
        raise StoreError(
            f"{what} in the database does not match its recorded content hash:"
            f" {_CHANGED_OUTSIDE}",
            corrupt=True,
        )
    return text


def decode(text: object, sha: object, what: str) -> Content:
    """The content stored as ``text``, after checking it against its recorded hash.

    The stored text is the content's canonical JSON, so its SHA-256 is the content hash:
    a row edited outside the application (a signed version above all) is refused here,
    on every read, instead of being shown, exported or signed.
    """
    # Imported here: listing agreements never parses a document (start-up time).
    from pydantic import ValidationError

    from slaworkshop.models import Content
    from slaworkshop.models.fields import STORED

    checked = check_stored(text, sha, what)
    try:
        return Content.model_validate(json.loads(checked), context=STORED)
    except (ValueError, ValidationError) as exc:
        raise _unreadable(what, str(exc).splitlines()[0][:120]) from None
    except RecursionError:  # valid JSON nested deeper than Python recurses
        raise _unreadable(what, "it is nested too deeply") from None


#: Every agreement with its latest version, if any. Listing is what ``slaworkshop list``
#: and the start window do first, so it parses no document and builds no model.
LIST_SQL = """
    SELECT d.agreement_id, d.title, d.organization, d.updated_at,
           d.content_sha256 AS draft_sha256, v.content_sha256 AS version_sha256,
           v.number, v.status, v.created_at
    FROM drafts AS d
    LEFT JOIN (SELECT agreement_id, MAX(number) AS number FROM versions
               GROUP BY agreement_id) AS latest
           ON latest.agreement_id = d.agreement_id
    LEFT JOIN versions AS v
           ON v.agreement_id = latest.agreement_id AND v.number = latest.number
    ORDER BY d.organization, d.title, d.agreement_id
"""


def list_agreements(query: Query) -> list[AgreementSummary]:
    """Every agreement with its latest version's number and status (or the draft), and
    whether the draft has changed since that version: the two hashes tell, no content
    is read."""
    result = []
    for row in query(LIST_SQL):
        changed = when(row["updated_at"])
        draft_changed = False
        if row["created_at"] is not None:
            changed = max(changed, when(row["created_at"]))
            draft_changed = (_text(row, "draft_sha256", "an agreement's draft")
                             != _text(row, "version_sha256", "a version"))
        result.append(
            AgreementSummary(
                _text(row, "agreement_id", "an agreement"),
                _text(row, "title", "an agreement"),
                _text(row, "organization", "an agreement"),
                _whole(row, "number", "a version", optional=True),
                "draft" if row["status"] is None else _status(row, "a version"),
                changed,
                draft_changed,
            )
        )
    return result


def _missing(agreement_id: str) -> NotFound:
    return NotFound(f"no agreement with the id {agreement_id!r} in this database")


def resolve_agreement(query: Query, ref: str) -> str:
    """The full id of the agreement named by ``ref``: an id or an unambiguous prefix."""
    ref = ref.strip().lower()
    if query("SELECT id FROM agreements WHERE id = :ref", ref=ref):
        return ref
    if len(ref) >= 4:
        found = query(
            "SELECT id FROM agreements WHERE substr(id, 1, :length) = :ref LIMIT 2",
            ref=ref, length=len(ref),
        )
        if len(found) == 1:
            return str(found[0]["id"])
        if len(found) > 1:
            raise NotFound(f"more than one agreement id starts with {ref!r}; give more of it")
    hint = "" if len(ref) >= 4 else " (give the id or at least its first four characters)"
    raise NotFound(f"no agreement with the id {ref!r:.60} in this database{hint}")


def require_agreement(query: Query, agreement_id: str) -> None:
    """``NotFound`` unless the agreement exists; for readers, so no lock is taken."""
    if not query("SELECT id FROM agreements WHERE id = :id", id=agreement_id):
        raise _missing(agreement_id)


def get_draft(query: Query, agreement_id: str) -> DraftRecord:
    rows = query(
        "SELECT content, content_sha256, revision, based_on, updated_at FROM drafts"
        " WHERE agreement_id = :id",
        id=agreement_id,
    )
    if not rows:
        raise _missing(agreement_id)
    row = rows[0]
    return DraftRecord(
        agreement_id,
        decode(row["content"], row["content_sha256"], "the draft"),
        row["content_sha256"],
        _whole(row, "revision", "the draft"),
        _whole(row, "based_on", "the draft", optional=True),
        when(row["updated_at"]),
    )


def draft_revision(query: Query, agreement_id: str) -> int:
    """The draft's revision alone: a window asks it often, to see whether the draft moved
    on elsewhere, and the content is read only when it did."""
    rows = query("SELECT revision FROM drafts WHERE agreement_id = :id", id=agreement_id)
    if not rows:
        raise _missing(agreement_id)
    revision: int = _whole(rows[0], "revision", "the draft")
    return revision


def latest_number(query: Query, agreement_id: str) -> int | None:
    rows = query("SELECT max(number) AS n FROM versions WHERE agreement_id = :id", id=agreement_id)
    number = rows[0]["n"] if rows else None
    if number is None or type(number) is int:
        return number
    raise _unreadable("a version number", repr(number)[:40])


_VERSION_COLUMNS = (
    "id, agreement_id, number, status, label, content_sha256, created_at, author, title,"
    " organization"
)
_SIGNATURE_COLUMNS = (
    "s.version_id, s.stakeholder, s.name, s.role, s.signed_at, s.content_sha256,"
    " s.drawing_png"
)


def _record(row: Mapping[str, Any], signatures: tuple[SignatureRecord, ...]) -> VersionRecord:
    number = _whole(row, "number", "a version")
    of = f"version {number}"
    return VersionRecord(
        _text(row, "agreement_id", of),
        number,
        _status(row, of),
        _text(row, "label", of),
        when(row["created_at"]),
        _text(row, "content_sha256", of),
        _text(row, "author", of),
        _text(row, "title", of),
        _text(row, "organization", of),
        signatures,
    )


def _signature(row: Mapping[str, Any]) -> SignatureRecord:
    drawing = row["drawing_png"]
    if drawing is not None and not isinstance(drawing, bytes | bytearray | memoryview):
        raise _unreadable("a drawn signature", f"it is {type(drawing).__name__}, not an image")
    of = "a signature"
    return SignatureRecord(
        _text(row, "stakeholder", of), _text(row, "name", of), _text(row, "role", of),
        when(row["signed_at"]), _text(row, "content_sha256", of),
        None if drawing is None else bytes(drawing),
    )


def get_version(query: Query, agreement_id: str, number: int) -> VersionRecord:
    rows = query(
        f"SELECT {_VERSION_COLUMNS} FROM versions WHERE agreement_id = :id AND number = :number",
        id=agreement_id, number=number,
    )
    if not rows:
        raise NotFound(f"the agreement has no version {number}")
    signatures = query(
        f"SELECT {_SIGNATURE_COLUMNS} FROM signatures s WHERE s.version_id = :version"
        " ORDER BY s.id",
        version=rows[0]["id"],
    )
    return _record(rows[0], tuple(_signature(s) for s in signatures))


def version_content(query: Query, agreement_id: str, number: int) -> Content:
    rows = query(
        "SELECT content, content_sha256 FROM versions"
        " WHERE agreement_id = :id AND number = :number",
        id=agreement_id, number=number,
    )
    if not rows:
        raise NotFound(f"the agreement has no version {number}")
    return decode(rows[0]["content"], rows[0]["content_sha256"], f"version {number}")


def history(query: Query, agreement_id: str) -> list[VersionRecord]:
    rows = query(
        f"SELECT {_VERSION_COLUMNS} FROM versions WHERE agreement_id = :id ORDER BY number",
        id=agreement_id,
    )
    by_version: dict[int, list[SignatureRecord]] = defaultdict(list)
    signatures = query(
        f"SELECT {_SIGNATURE_COLUMNS} FROM signatures s JOIN versions v ON v.id = s.version_id"
        " WHERE v.agreement_id = :id ORDER BY s.id",
        id=agreement_id,
    )
    for signature in signatures:
        by_version[signature["version_id"]].append(_signature(signature))
    return [_record(row, tuple(by_version.get(row["id"], ()))) for row in rows]
