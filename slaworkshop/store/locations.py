"""Where the database is: the default location, and the SQLite file a URL names.

Kept apart from ``database`` so that finding a file does not load SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SLAWORKSHOP_DB"
APP_NAME = "slaworkshop"
_PLAIN_SQLITE = "sqlite:///"


def default_url() -> str:
    """``SLAWORKSHOP_DB`` if set, else an SQLite file in the user's data directory."""
    from_env = os.environ.get(ENV_VAR)
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
