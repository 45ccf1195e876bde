"""The config file's envelope around the content: format, version, hash, signatures."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, WithJsonSchema, field_validator

from .agreement import Content, Strict
from .fields import MAX_ITEMS, Count, Key, Name, Text, VersionStatus
from .schema_patterns import schema_pattern

FORMAT = "slaworkshop/agreement"
FORMAT_VERSION = 1

_SHA256 = r"^[0-9a-f]{64}$"
_TIMESTAMP = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


# Text matching a pattern. The published schema has each pattern with an end that
# means the same to a validator using Python's ``re.search`` (whose $ also matches
# before a final newline) as to import, which matches the whole value (audit).
Sha256 = Annotated[str, StringConstraints(pattern=_SHA256),
                   WithJsonSchema({"type": "string", "pattern": schema_pattern(_SHA256)})]
Timestamp = Annotated[str, StringConstraints(pattern=_TIMESTAMP),
                      WithJsonSchema({"type": "string", "pattern": schema_pattern(_TIMESTAMP)})]
Uuid = Annotated[str, StringConstraints(pattern=_UUID),
                 WithJsonSchema({"type": "string", "pattern": schema_pattern(_UUID)})]


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
    created_at: Timestamp | None = None

    _ts = field_validator("created_at", mode="before")(_timestamp)
    _real = field_validator("created_at")(_real_timestamp)


class Signature(Strict):
    stakeholder: Key
    name: Name
    signed_at: Timestamp
    content_sha256: Sha256
    role: Text = ""

    _ts = field_validator("signed_at", mode="before")(_timestamp)
    _real = field_validator("signed_at")(_real_timestamp)


class AgreementFile(Strict):
    """A whole config file. Only format, format_version and content are required."""

    format: Literal["slaworkshop/agreement"]
    format_version: Literal[1]
    agreement_id: Uuid | None = None
    version: VersionInfo | None = None
    content_sha256: Sha256 | None = None
    content: Content
    signatures: list[Signature] = Field(default_factory=list, max_length=MAX_ITEMS)
