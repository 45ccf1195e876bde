"""The published JSON Schema of the config format (``slaworkshop schema``)."""

from __future__ import annotations

from typing import Any

from slaworkshop.models import AgreementFile

SCHEMA_ID = "https://slaworkshop.invalid/schema/agreement-v1.json"


def config_schema() -> dict[str, Any]:
    schema = AgreementFile.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "slaworkshop agreement, format_version 1",
        "description": (
            "A sales-marketing service-level agreement. content_sha256 is the SHA-256 of"
            " `content` in full form, serialised with RFC 8785 (JSON Canonicalization"
            " Scheme). Keys must be unique within their list and references must name"
            " existing keys; those rules are checked by slaworkshop import."
        ),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }
