"""Copies of the SQLite file made with SQLite's online backup (safe while in use).

A backup is written under a temporary name, checked, flushed to disk and only then
renamed into place, so a backup interrupted by a crash or a kill never leaves a file
that looks like a good backup. Scheduled backups (``maybe_backup``) run when a store
is opened and the newest backup is older than the interval; older backups are pruned
after the retention period, but the newest few are always kept.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import StoreError
from .locations import read_only_uri

if TYPE_CHECKING:
    from .database import Store

BACKUP_DIR_NAME = "backups"
#: Environment variable: how many days backups are kept (default ``DEFAULT_KEEP_DAYS``).
DAYS_ENV_VAR = "SLAWORKSHOP_BACKUP_DAYS"
DEFAULT_KEEP_DAYS = 30
DEFAULT_EVERY = timedelta(hours=24)
#: However old they are, this many of the newest backups are never pruned: a database
#: left unopened for months must still have a backup when it is opened again.
KEEP_AT_LEAST = 3
_STAMP = "%Y%m%dT%H%M%S%fZ"
_PART = ".part"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


def backup_dir(database: Path) -> Path:
    return database.parent / BACKUP_DIR_NAME


def _name_pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(database.stem)}-([0-9]{{8}}T[0-9]{{12}}Z)-(.+)\.db$")


def _taken_at(stamp: str) -> datetime | None:
    """The time in a backup's name (``_STAMP``: 20261122T224137123456Z); None for a name
    that only looks like one (a month 13 in a file someone made). Read by hand: the first
    ``strptime`` loads its locale machinery, which the window's start-up does not need."""
    try:
        return datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]),
                        int(stamp[11:13]), int(stamp[13:15]), int(stamp[15:21]), tzinfo=UTC)
    except ValueError:
        return None


def list_backups(database: Path, folder: Path | None = None) -> list[Backup]:
    """The finished backups of ``database``, oldest first (by the time in their name)."""
    folder = folder or backup_dir(database)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(database)
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        taken = _taken_at(match.group(1)) if match else None
        if match and taken is not None and entry.is_file():
            found.append(Backup(entry, taken, match.group(2)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name))


def latest_backup(database: Path, folder: Path | None = None) -> Path | None:
    """The newest backup of ``database`` (what the UI offers to restore), or None."""
    backups = list_backups(database, folder)
    return backups[-1].path if backups else None


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` at ``target``, all or nothing (see module doc)."""
    part = target.with_name(f".{target.name}.{os.getpid()}{_PART}")
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)
                result = dst.execute("PRAGMA quick_check").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
        if result != ("ok",):
            raise StoreError(
                f"the database {source} is damaged ({result[0] if result else 'unreadable'});"
                " no backup was written",
                corrupt=True,
            )
        with part.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(part, target)
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"the database {source} could not be backed up: {exc}",
            corrupt="malformed" in str(exc) or "not a database" in str(exc),
        ) from None
    finally:
        part.unlink(missing_ok=True)


def backup_sqlite_file(database: Path, *, reason: str, folder: Path | None = None) -> Path:
    """Write a consistent copy of ``database`` into the backup folder and return its path."""
    folder = folder or backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}-{reason}.db"
    copy_database(database, target)
    return target


def keep_days_from_env() -> int:
    """Retention in days from ``SLAWORKSHOP_BACKUP_DAYS``; the default when unset."""
    raw = os.environ.get(DAYS_ENV_VAR, "").strip()
    if not raw:
        return DEFAULT_KEEP_DAYS
    try:
        days = int(raw)
    except ValueError:
        days = 0
    if days < 1:
        # A typo in a retention setting must not stop anyone working, nor delete backups.
        log.warning(
            "%s=%r is not a whole number of days (1 or more); keeping backups %d days",
            DAYS_ENV_VAR, raw[:40], DEFAULT_KEEP_DAYS,
        )
        return DEFAULT_KEEP_DAYS
    return days


def prune_backups(
    database: Path, keep_days: int, *, now: datetime | None = None, folder: Path | None = None
) -> list[Path]:
    """Delete backups older than ``keep_days`` (never the newest few); return them."""
    if keep_days < 1:
        raise ValueError("backups are kept at least one day")
    now = now or datetime.now(UTC)
    backups = list_backups(database, folder)
    removable = backups[:-KEEP_AT_LEAST] if len(backups) > KEEP_AT_LEAST else []
    removed = []
    for backup in removable:
        if now - backup.taken_at > timedelta(days=keep_days):
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    # Leftovers of a backup that was killed half-way (an hour is far longer than one takes).
    for part in (folder or backup_dir(database)).glob(f".{database.stem}-*{_PART}"):
        if now.timestamp() - part.stat().st_mtime > 3600:
            part.unlink(missing_ok=True)
    return removed


def _has_agreements(database: Path) -> bool:
    conn = sqlite3.connect(read_only_uri(database), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "agreements" not in tables:
            return False
        return conn.execute("SELECT 1 FROM agreements LIMIT 1").fetchone() is not None
    finally:
        conn.close()


def maybe_backup(
    store: Store,
    every: timedelta = DEFAULT_EVERY,
    keep_days: int | None = None,
    *,
    now: datetime | None = None,
) -> Path | None:
    """Back up the store's SQLite file if the newest backup is older than ``every``.

    Cheap when nothing is due (one directory listing). Returns the new backup, or None
    when none was due, the store is not an SQLite file, or it holds no agreement yet.
    """
    database = store.sqlite_path
    if database is None:
        return None
    return maybe_backup_file(database, every, keep_days, now=now)


def maybe_backup_file(
    database: Path,
    every: timedelta = DEFAULT_EVERY,
    keep_days: int | None = None,
    *,
    now: datetime | None = None,
) -> Path | None:
    """``maybe_backup`` for an SQLite file opened without a store."""
    if not database.exists():
        return None
    now = now or datetime.now(UTC)
    newest = list_backups(database)
    if newest and now - newest[-1].taken_at < every:
        return None
    if not _has_agreements(database):
        return None
    try:
        target = backup_sqlite_file(database, reason="scheduled")
        prune_backups(database, keep_days or keep_days_from_env(), now=now)
    except (OSError, sqlite3.Error) as exc:  # a read-only folder, a full disk
        reason = getattr(exc, "strerror", None) or exc
        raise StoreError(
            f"cannot write the daily backup of {database} into {backup_dir(database)}:"
            f" {reason}; the database is opened only once it can be backed up"
        ) from None
    return target
