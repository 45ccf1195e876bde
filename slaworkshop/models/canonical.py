"""Full form, canonical JSON (RFC 8785) and the content hash of DESIGN.md."""

from __future__ import annotations

import hashlib
from typing import Any

import rfc8785

from .agreement import Content


def full_form(content: Content) -> dict[str, Any]:
    """Every field in table order, optional ones with their empty value: JSON-native."""
    return content.model_dump(mode="json")


def canonical_json(content: Content) -> bytes:
    return rfc8785.dumps(full_form(content))


def content_sha256(content: Content) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()
