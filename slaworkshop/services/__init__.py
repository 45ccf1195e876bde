"""Use cases over the store: no Qt, no SQL of their own.

Names are loaded on first use (PEP 562): ``services.reading`` (what the read-only
commands use) loads neither SQLAlchemy nor the document model until it reads one.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agreements import AgreementService, VersionRef, current_user
    from .refusals import NotReady
    from .signoff import SignOffService, SignResult

_WHERE = {
    "AgreementService": "agreements",
    "VersionRef": "agreements",
    "current_user": "agreements",
    "NotReady": "refusals",
    "SignOffService": "signoff",
    "SignResult": "signoff",
}

__all__ = [
    "AgreementService",
    "NotReady",
    "SignOffService",
    "SignResult",
    "VersionRef",
    "current_user",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
