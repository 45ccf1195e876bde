"""Storage: SQLAlchemy tables, the repository, migrations. No Qt.

Names are loaded on first use (PEP 562): the errors and the read-only SQLite reader
(``sqlite_reader``) are usable without importing SQLAlchemy, which costs about a tenth
of a cold export.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Store, masked, open_store
    from .errors import Conflict, NotFound, Refused, StoreError
    from .locations import ENV_VAR, default_url

_WHERE = {
    "ENV_VAR": "locations",
    "Store": "database",
    "default_url": "locations",
    "masked": "database",
    "open_store": "database",
    "Conflict": "errors",
    "NotFound": "errors",
    "Refused": "errors",
    "StoreError": "errors",
}

__all__ = [
    "ENV_VAR",
    "Conflict",
    "NotFound",
    "Refused",
    "Store",
    "StoreError",
    "default_url",
    "masked",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
