"""Errors the store raises, each with a sentence a user can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # read-only commands over SQLite never load SQLAlchemy
    from sqlalchemy.exc import DBAPIError


def scrubbed(text: str, secret: str) -> str:
    """``text`` with ``secret`` masked wherever it stands on its own. Not inside a
    word: a password "p" made "connection timeout expired" read "ex***ired"."""
    import re

    return re.sub(rf"(?<![A-Za-z0-9]){re.escape(secret)}(?![A-Za-z0-9])", "***", text)


class StoreError(Exception):
    """The database could not do what was asked; the message says why."""

    def __init__(self, message: str, *, corrupt: bool = False) -> None:
        super().__init__(message)
        self.corrupt = corrupt

    @classmethod
    def from_dbapi(cls, exc: DBAPIError, where: str, secrets: Iterable[str] = ()) -> StoreError:
        """The error of a driver call made through SQLAlchemy."""
        from sqlalchemy.exc import IntegrityError, OperationalError

        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        for secret in secrets:  # a driver may quote its connection string back
            detail = scrubbed(detail, secret)
        return cls._worded(
            detail, where, integrity=isinstance(exc, IntegrityError),
            operational=isinstance(exc, OperationalError),
        )

    @classmethod
    def from_sqlite(cls, exc: sqlite3.Error, where: str) -> StoreError:
        """The error of a call made on ``sqlite3`` directly, worded as ``from_dbapi``."""
        lines = str(exc).strip().splitlines()
        return cls._worded(
            lines[0] if lines else type(exc).__name__, where,
            integrity=isinstance(exc, sqlite3.IntegrityError),
            operational=isinstance(exc, sqlite3.OperationalError),
        )

    @classmethod
    def _worded(cls, detail: str, where: str, *, integrity: bool, operational: bool) -> StoreError:
        lowered = detail.lower()
        if "malformed" in lowered or "not a database" in lowered:
            # sqlite3 raises these as DatabaseError, SQLAlchemy as OperationalError.
            return cls(f"the database {where} is damaged: {detail}", corrupt=True)
        if integrity:
            return cls(f"the database refused the change: {detail}")
        if operational:
            if "locked" in lowered or "busy" in lowered:
                return cls(f"the database {where} is busy in another program; try again")
            return cls(f"cannot use the database {where}: {detail}")
        return cls(f"the database {where} refused the request: {detail}")


class NotFound(StoreError):
    """No agreement or version by that name."""


class Conflict(StoreError):
    """A write based on a stale revision: someone else changed the draft first."""

    def __init__(self, message: str, *, current_revision: int) -> None:
        super().__init__(message)
        self.current_revision = current_revision


class Refused(StoreError):
    """The operation is not allowed in the current state (e.g. signing a saved version)."""
