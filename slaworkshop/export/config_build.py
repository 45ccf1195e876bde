"""The config of DESIGN.md as plain data, and as JSON: what an export writes without
YAML (the PDF's attachment, ``--config F.json``). YAML, reading and writing, is in
``config_file``; keeping it out of here keeps PyYAML off the PDF export's path."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from slaworkshop.models import (
    FORMAT,
    FORMAT_VERSION,
    Content,
    Signature,
    VersionInfo,
    content_sha256,
    full_form,
)


def build_file(
    content: Content,
    *,
    agreement_id: str | None,
    version: VersionInfo | None,
    signatures: Sequence[Signature] = (),
) -> dict[str, Any]:
    """The config as plain data, envelope first, ``content`` in full form."""
    document: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    if agreement_id is not None:
        document["agreement_id"] = agreement_id
    if version is not None:
        document["version"] = version.model_dump(mode="json")
    document["content_sha256"] = content_sha256(content)
    document["content"] = full_form(content)
    document["signatures"] = [s.model_dump(mode="json") for s in signatures]
    return document


def dump_json(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def dump_config(document: dict[str, Any], suffix: str) -> bytes:
    """Bytes for a config file; the suffix (.yaml, .yml or .json) picks the syntax."""
    suffix = suffix.lower()
    if suffix == ".json":
        return dump_json(document)
    if suffix in (".yaml", ".yml"):
        from .config_file import dump_yaml

        return dump_yaml(document)
    raise ValueError(f"a config file must end in .yaml, .yml or .json, not {suffix or '(none)'}")
