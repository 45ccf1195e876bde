"""Errors the store raises, each with a sentence a user can act on."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError


class StoreError(Exception):
    """The database could not do what was asked; the message says why."""

    def __init__(self, message: str, *, corrupt: bool = False) -> None:
        super().__init__(message)
        self.corrupt = corrupt

    @classmethod
    def from_dbapi(cls, exc: DBAPIError, where: str, secrets: Iterable[str] = ()) -> StoreError:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        for secret in secrets:  # a driver may quote its connection string back
            detail = detail.replace(secret, "***")
        if isinstance(exc, IntegrityError):
            return cls(f"the database refused the change: {detail}")
        if isinstance(exc, OperationalError):
            lowered = detail.lower()
            if "malformed" in lowered or "not a database" in lowered:
                return cls(f"the database {where} is damaged: {detail}", corrupt=True)
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
