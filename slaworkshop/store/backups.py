"""Copies of the SQLite file made with SQLite's online backup (safe while in use)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BACKUP_DIR_NAME = "backups"


def backup_dir(database: Path) -> Path:
    return database.parent / BACKUP_DIR_NAME


def backup_sqlite_file(database: Path, *, reason: str, folder: Path | None = None) -> Path:
    """Write a consistent copy of ``database`` and return its path."""
    folder = folder or backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{database.stem}-{stamp}-{reason}.db"
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
