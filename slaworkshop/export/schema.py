"""The published JSON Schema of the config format (``slaworkshop schema``)."""

from __future__ import annotations

from typing import Any

from slaworkshop.models import AgreementFile

SCHEMA_ID = "https://slaworkshop.invalid/schema/agreement-v1.json"


def _null_allowed(schema: dict[str, Any]) -> None:
    """Let every optional field be null: import reads null as the field's empty value
    (README: absent, null and empty are the same), so the schema must not refuse it."""
    for node in (schema, *schema.get("$defs", {}).values()):
        required = set(node.get("required", ()))
        for name, prop in node.get("properties", {}).items():
            if name in required or {"type": "null"} in prop.get("anyOf", ()):
                continue
            if isinstance(prop.get("type"), str):
                prop["type"] = [prop["type"], "null"]


def config_schema() -> dict[str, Any]:
    schema = AgreementFile.model_json_schema(mode="validation")
    _null_allowed(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "slaworkshop agreement, format_version 1",
        "description": (
            "A sales-marketing service-level agreement. content_sha256 is the SHA-256 of"
            " `content` in full form, serialised with RFC 8785 (JSON Canonicalization"
            " Scheme). Keys must be unique within their list, references must name"
            " existing keys, at most one stage is the handoff stage, dates must be real"
            " calendar dates, time zones IANA names, durations longer than zero with a"
            " decimal fraction on their smallest component only, and company_size.min at"
            " most max; those rules are checked by slaworkshop import."
        ),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }
