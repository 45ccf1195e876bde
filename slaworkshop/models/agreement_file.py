"""The config file's envelope around the content: format, version, hash, signatures."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from .agreement import Content, Strict
from .fields import MAX_ITEMS, Count, Key, Name, Text, VersionStatus

FORMAT = "slaworkshop/agreement"
FORMAT_VERSION = 1

_SHA256 = r"^[0-9a-f]{64}$"
_TIMESTAMP = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


def _timestamp(value: object) -> object:
    # YAML may hand us a datetime for an unquoted timestamp; keep ISO text.
    from datetime import datetime

    if isinstance(value, datetime):
        text = value.isoformat()
        return text.replace("+00:00", "Z")
    return value


def _real_timestamp(value: str | None) -> str | None:
    """The pattern admits 2026-13-45T99:99:99Z; a timestamp must name a real moment."""
    from datetime import datetime

    if value is not None:
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError("is not a real date and time") from None
    return value


class VersionInfo(Strict):
    number: Count | None = None
    status: VersionStatus | None = None
    label: Text = ""
    created_at: str | None = Field(default=None, pattern=_TIMESTAMP)

    _ts = field_validator("created_at", mode="before")(_timestamp)
    _real = field_validator("created_at")(_real_timestamp)


class Signature(Strict):
    stakeholder: Key
    name: Name
    signed_at: str = Field(pattern=_TIMESTAMP)
    content_sha256: str = Field(pattern=_SHA256)
    role: Text = ""

    _ts = field_validator("signed_at", mode="before")(_timestamp)
    _real = field_validator("signed_at")(_real_timestamp)


class AgreementFile(Strict):
    """A whole config file. Only format, format_version and content are required."""

    format: Literal["slaworkshop/agreement"]
    format_version: Literal[1]
    agreement_id: str | None = Field(default=None, pattern=_UUID)
    version: VersionInfo | None = None
    content_sha256: str | None = Field(default=None, pattern=_SHA256)
    content: Content
    signatures: list[Signature] = Field(default_factory=list, max_length=MAX_ITEMS)
