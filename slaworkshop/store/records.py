"""What the store hands out: plain immutable records, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the document model is not needed to list agreements
    from slaworkshop.models import Content


def utc(value: datetime) -> datetime:
    """SQLite gives back naive datetimes; everything we store is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def iso(value: datetime) -> str:
    """``2026-06-12T15:04:05Z``: the timestamp form of the config contract."""
    return utc(value).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class AgreementSummary:
    id: str
    title: str
    organization: str
    latest_version: int | None
    status: str  # the latest version's status, or "draft" when none is saved
    updated_at: datetime
    draft_changed: bool = False  # the draft differs from the latest version


@dataclass(frozen=True)
class DraftRecord:
    agreement_id: str
    content: Content
    content_sha256: str
    revision: int
    based_on: int | None
    updated_at: datetime


@dataclass(frozen=True)
class SignatureRecord:
    stakeholder: str
    name: str
    role: str
    signed_at: datetime
    content_sha256: str
    drawing_png: bytes | None = None


@dataclass(frozen=True)
class VersionRecord:
    agreement_id: str
    number: int
    status: str
    label: str
    created_at: datetime
    content_sha256: str
    author: str
    title: str
    organization: str
    signatures: tuple[SignatureRecord, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    version_number: int | None
    detail: dict[str, object]
