"""Reading an SQLite database with the standard library alone, for commands that only read.

``slaworkshop export`` reads one version and its history and writes files from them.
Loading SQLAlchemy costs about 0.9 G instructions (0.2 s here), a tenth of a cold PDF
export, and more than all the reading it would then do; ``sqlite3`` is part of Python.
The reads themselves are the store's own (``reads``): only the connection differs.

This path is taken only for a plain ``sqlite:///FILE`` URL naming an existing database
already at this release's schema. PostgreSQL, a URL with options, a new file, or a
schema to migrate (or one from a newer release) go through ``open_store`` as before, so
every refusal and migration stays in one place. The file gets the same checks as there
(an SQLite header, SQLite's quick check), with the same messages, and the daily backup
is taken when due, as there. Each read runs in one deferred transaction: a snapshot,
which a writer in another window neither waits for nor tears.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .backups import maybe_backup_file
from .errors import StoreError
from .integrity import SCHEMA_HEAD, check_sqlite_file, schema_revision_of
from .locations import plain_sqlite_path
from .reads import Query
from .trust import check_protections

BUSY_TIMEOUT_S = 15


def _as_dict(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


class SqliteReading:
    """Read transactions on one SQLite file."""

    def __init__(self, path: Path, where: str) -> None:
        self.path = path.resolve()
        self.where = where

    @contextmanager
    def reading(self) -> Iterator[Query]:
        """One read transaction; its SELECTs all see the same state of the file."""
        try:
            # mode=rw: never create a file that vanished since it was checked.
            conn = sqlite3.connect(
                self.path.as_uri() + "?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise StoreError.from_sqlite(exc, self.where) from None
        conn.row_factory = _as_dict
        try:
            conn.execute("BEGIN")

            def run(sql: str, /, **params: object) -> Sequence[Mapping[str, Any]]:
                rows: list[Mapping[str, Any]] = conn.execute(sql, params).fetchall()
                return rows

            yield run
        except sqlite3.Error as exc:
            raise StoreError.from_sqlite(exc, self.where) from exc
        finally:
            conn.close()  # ends the read transaction (it changed no row)


def sqlite_reading(url: str) -> SqliteReading | None:
    """Direct reads of the file ``url`` names, or None when ``open_store`` must open it.

    A file that is not SQLite, or is damaged, is refused here as ``open_store`` would.
    """
    path = plain_sqlite_path(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    check_sqlite_file(path)
    if schema_revision_of(path) != SCHEMA_HEAD:
        return None
    check_protections(path)
    maybe_backup_file(path)  # as opening the store does: the daily backup is due by the clock
    return SqliteReading(path, url)
