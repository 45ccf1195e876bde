"""Where the database is: the default location, and the SQLite file a URL names.

Kept apart from ``database`` so that finding a file does not load SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

from slaworkshop.safe_text import has_undecodable_bytes

ENV_VAR = "SLAWORKSHOP_DB"
APP_NAME = "slaworkshop"
_PLAIN_SQLITE = "sqlite:///"


def default_url() -> str:
    """``SLAWORKSHOP_DB`` if set, else an SQLite file in the user's data directory."""
    from_env = os.environ.get(ENV_VAR)
    if from_env == "":
        # Not a URL; taking it for "unset" would quietly open another database.
        from .errors import StoreError

        raise StoreError(f"{ENV_VAR} is set but empty; set it to a database URL, or unset it"
                         " to use the default database")
    if from_env and has_undecodable_bytes(from_env):
        from .errors import StoreError

        raise StoreError(f"{ENV_VAR} is not valid text (it holds bytes that are not UTF-8);"
                         " set it to a database URL")
    if from_env:
        return from_env
    import platformdirs

    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"{_PLAIN_SQLITE}{folder / 'slaworkshop.db'}"


def plain_sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///FILE`` URL; None for any other kind of URL.

    "Plain": no driver name, no query options, no escapes, no ``~``: exactly the URLs
    whose file SQLAlchemy would open as written, so reading it directly opens the same
    file. Anything else is left to SQLAlchemy's own parsing (``open_store``).
    """
    if not url.startswith(_PLAIN_SQLITE):
        return None
    database = url[len(_PLAIN_SQLITE):]
    if not database or database == ":memory:" or any(c in database for c in "?#%~\x00"):
        return None
    return Path(database)


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only, whatever its characters (even ``//x``)."""
    return path.resolve().as_uri() + "?mode=ro"


#: The files SQLite keeps beside a database while it is in use.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def sqlite_file_of(url: str) -> Path | None:
    """The file an ``sqlite://`` URL names (plain or not); None for any other database."""
    plain = plain_sqlite_path(url)
    if plain is not None:
        return plain
    if not url.startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url  # only for a URL with a driver or options
    from sqlalchemy.exc import ArgumentError

    try:
        database = make_url(url).database
    except ArgumentError:
        return None
    if database and database.startswith("file:"):  # an SQLite URI (``?uri=true``)
        database = database.removeprefix("file:")
    if not database or database == ":memory:":
        return None
    return Path(database)


def database_files(url: str) -> list[Path]:
    """The SQLite file ``url`` names and the companions SQLite keeps beside it."""
    database = sqlite_file_of(url)
    if database is None:
        return []
    return [database, *(database.with_name(database.name + s) for s in COMPANION_SUFFIXES)]
