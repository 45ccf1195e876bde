"""backup and restore: copies of the SQLite database file, and putting one back."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from slaworkshop.safe_text import printable
from slaworkshop.store import StoreError, default_url, masked, open_store
from slaworkshop.store.backups import backup_dir, backup_sqlite_file, copy_database
from slaworkshop.store.integrity import restore_sqlite_file

from .context import check_outputs
from .main import EXIT_OK, UsageError


def _sqlite_path(args: argparse.Namespace, command: str) -> Path:
    """The database file named by ``--db``; refused for anything but an SQLite file."""
    url = getattr(args, "db", None) or default_url()
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url!r:.80} is not a database URL") from None
    if parsed.get_backend_name() == "postgresql":
        raise UsageError(
            f"'slaworkshop {command}' applies to SQLite database files, and {masked(url)} is"
            " a PostgreSQL database: back it up with pg_dump and restore it with pg_restore"
            " (see docs/shared-database.md)"
        )
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        raise UsageError(
            f"'slaworkshop {command}' needs an SQLite database file, not {masked(url)}"
        )
    return Path(parsed.database).expanduser()


def cmd_backup(args: argparse.Namespace) -> int:
    database = _sqlite_path(args, "backup")
    if args.to is not None:
        check_outputs(args, [("--to", args.to)])
    target = Path(args.to).expanduser() if args.to is not None else None
    if target is not None and target.exists():
        raise UsageError(f"--to {printable(args.to, limit=500)}: the file exists already;"
                         " choose a new name")
    if not database.exists():
        raise StoreError(f"there is no database at {database} to back up")
    # Opening first refuses a damaged database or one from a newer release.
    open_store(f"sqlite:///{database}", backup_every=None).dispose()
    folder = target.parent if target is not None else backup_dir(database)
    nearest = folder if folder.exists() else folder.parent  # the backup folder is made
    if not os.access(nearest, os.W_OK):
        raise StoreError(f"cannot write a backup into {folder}: the folder is read-only;"
                         " choose another with --to")
    if target is None:
        target = backup_sqlite_file(database, reason="manual")
    else:
        copy_database(database, target)
    print(target)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    database = _sqlite_path(args, "restore")
    source = Path(args.file).expanduser()
    kept = restore_sqlite_file(database, source)
    print(f"Restored {source} into {database}.")
    if kept is not None:
        print(f"The database as it was before is kept in {kept}.")
    return EXIT_OK
