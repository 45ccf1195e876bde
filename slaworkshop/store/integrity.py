"""Is this SQLite file a sound slaworkshop database? And putting a backup back.

A damaged database is reported, never silently replaced: ``check_database_file`` says
what is wrong in a sentence, and ``restore_sqlite_file`` only ever puts a file back that
passed that check, after keeping a copy of what it replaces.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from .backups import backup_dir, backup_sqlite_file, copy_database
from .errors import StoreError
from .locations import read_only_uri

SQLITE_HEADER = b"SQLite format 3\x00"
#: The newest migration of this release. Opening a database already there needs no
#: Alembic import at all, which keeps `slaworkshop list` quick; a test checks that this
#: equals the migration scripts' head.
SCHEMA_HEAD = "0003"
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024


def known_revisions() -> set[str]:
    """The schema revisions this release can open (and migrate from)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("slaworkshop.store") / "migrations")
    )
    return {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def integrity_problem(path: Path, *, quick: bool = False) -> str | None:
    """None when SQLite finds the file sound, else its first complaint."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):  # in use, not damaged
            raise StoreError(f"the database {path} is busy in another program; try again") from None
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == [("ok",)]:
        return None
    if not rows:
        return "the check returned nothing"
    # SQLite prefixes its findings with "*** in database main ***" on a line of its own.
    lines = [line for line in str(rows[0][0]).splitlines() if not line.startswith("***")]
    return " ".join(lines)[:200] or "unspecified damage"


def check_sqlite_file(path: Path) -> None:
    """Before opening an existing file: refuse one that is not SQLite or is damaged."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if not has_sqlite_header(path):
        raise StoreError(
            f"{path} is not an SQLite database (it may be damaged or another kind of file)",
            corrupt=True,
        )
    # About 1 ms per MB; a damaged page found now is a clear message instead of an
    # error in the middle of someone's work. Huge files rely on the daily backup's check.
    if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
        problem = integrity_problem(path, quick=True)
        if problem is not None and _cannot_open(problem):
            # Not damage: SQLite could not open the file (or create its -wal/-shm
            # beside it). Restoring a backup would not help; say what would.
            raise StoreError(_unopenable_text(path, problem))
        if problem is not None:
            raise StoreError(
                f"the database {path} is damaged (SQLite reports: {problem}); restore"
                " a backup with 'slaworkshop restore'",
                corrupt=True,
            )


#: What SQLite says when it cannot open a file or write beside it: not damage.
_CANNOT_OPEN = ("unable to open database file", "readonly database")


def _cannot_open(problem: str) -> bool:
    return any(words in problem.lower() for words in _CANNOT_OPEN)


def unwritable_reason(path: Path) -> str | None:
    """Why the database at ``path`` cannot be written here, if it cannot: SQLite writes
    the file and keeps its working files (``-wal``, ``-shm``) in the same folder."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return (f"the folder {folder} is read-only, and SQLite keeps its working files"
                " beside the database; make the folder writable, or copy the database to"
                " one that is")
    if not os.access(path, os.W_OK):
        return "the file is read-only; make it writable, or use a copy that is"
    return None


def _unopenable_text(path: Path, problem: str) -> str:
    reason = unwritable_reason(path)
    if reason is not None:
        return f"the database {path} cannot be opened for writing: {reason}"
    return f"the database {path} cannot be opened (SQLite reports: {problem})"


#: slaworkshop's own tables (``tables.py``), named here so that checking a file needs no
#: SQLAlchemy; a test checks the two agree.
OUR_TABLES = frozenset({"agreements", "drafts", "versions", "signatures", "audit_log"})


def unrecorded_schema_problem(tables: set[str], where: str) -> str | None:
    """Why a database without a recorded schema version must not be given our tables.

    ``tables``: the tables it holds (SQLite's own excepted). None when it is empty: a
    new database, to be created.
    """
    tables = {name for name in tables if not name.startswith("sqlite_")}
    if not tables:
        return None
    if tables & OUR_TABLES:
        return (f"{where} holds slaworkshop's tables but no record of their schema version"
                " (the table alembic_version is missing or empty), so it cannot be opened"
                " safely; restore a backup with 'slaworkshop restore'")
    listed = ", ".join(sorted(tables)[:3]) + (", …" if len(tables) > 3 else "")
    return (f"{where} is not a slaworkshop database: it holds other tables ({listed}), and"
            " slaworkshop leaves it unchanged; choose another database with --db")


def check_sqlite_schema(path: Path, where: str) -> None:
    """Refuse an SQLite file that holds tables but no slaworkshop schema version:
    another program's database, or ours with its version table dropped. Read-only,
    before any connection that would change the file (WAL mode, migrations)."""
    if not path.is_file() or path.stat().st_size == 0 or schema_revision_of(path) is not None:
        return
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.Error as exc:
        raise StoreError.from_sqlite(exc, where) from None
    finally:
        conn.close()
    problem = unrecorded_schema_problem({str(row[0]) for row in rows}, where)
    if problem is not None:
        raise StoreError(problem)


def schema_revision_of(path: Path) -> str | None:
    """The migration revision recorded in an SQLite file; None when it has none."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def check_database_file(path: Path) -> None:
    """Refuse, with a clear sentence, a file that is not a sound slaworkshop database."""
    if not path.is_file():
        raise StoreError(f"{path} does not exist or is not a file")
    if not has_sqlite_header(path):
        raise StoreError(
            f"{path} is not an SQLite database (it may be damaged or another kind of file)",
            corrupt=True,
        )
    problem = integrity_problem(path)
    if problem is not None:
        raise StoreError(f"{path} is damaged (SQLite reports: {problem})", corrupt=True)
    revision = schema_revision_of(path)
    if revision is None:
        raise StoreError(f"{path} is an SQLite database but not a slaworkshop database")
    if revision not in known_revisions():
        raise StoreError(
            f"{path} was written by another release of slaworkshop (schema {revision:.40});"
            " this release cannot open it"
        )


def _move_aside(database: Path, folder: Path) -> Path:
    """Keep a damaged file (and its WAL) in the backup folder instead of deleting it."""
    from datetime import UTC, datetime

    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = folder / f"{database.stem}-{stamp}-damaged.db"
    os.replace(database, kept)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    return kept


def restore_sqlite_file(database: Path, source: Path) -> Path | None:
    """Replace ``database`` by the sound backup ``source``; return the copy kept of it.

    The backup is first copied aside and the copy checked (``trust.check_backup``: its
    triggers, hashes, signatures and statuses), so what is put back is exactly what was
    checked. A sound current database is then backed up and overwritten in one
    transaction by SQLite's backup API (other connections see old or new, never a mix).
    A damaged or unreadable one is moved into the backup folder and the checked copy
    renamed into place. Either way nothing is deleted; a refused backup changes nothing.
    """
    from .trust import check_backup

    check_database_file(source)
    if database.exists() and database.resolve() == source.resolve():
        raise StoreError(f"{source} is the database itself; choose a backup to restore")
    revision = schema_revision_of(source)
    assert revision is not None  # check_database_file refused a file without one
    with _staging(database) as staged:
        copy_database(source, staged)
        check_backup(staged, source, revision)
        if not database.exists():
            database.parent.mkdir(parents=True, exist_ok=True)
            copy_database(staged, database)
            return None
        healthy = has_sqlite_header(database) and integrity_problem(database) is None
        if healthy:
            kept = backup_sqlite_file(database, reason="before-restore")
            src = sqlite3.connect(read_only_uri(staged), uri=True)
            try:
                dst = sqlite3.connect(database, timeout=15)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
            return kept
        restored = database.with_name(f".{database.name}.restoring")
        copy_database(staged, restored)
        kept = _move_aside(database, backup_dir(database))
        os.replace(restored, database)
        return kept


@contextmanager
def _staging(database: Path) -> Iterator[Path]:
    """A file name for the checked copy of a backup, beside the database when its
    folder exists (a backup may be larger than the temporary folder), removed after."""
    import tempfile

    folder = database.parent if database.parent.is_dir() else None
    with tempfile.TemporaryDirectory(prefix=".slaworkshop-restore-", dir=folder) as place:
        yield Path(place) / "backup.db"
