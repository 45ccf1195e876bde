"""One way into the database: ``open_store(url)``.

It makes the engine (SQLite in WAL mode with foreign keys on, or PostgreSQL), refuses a
database written by a newer release, backs up an SQLite file before migrating it, and
runs the migrations with foreign keys off, checking them afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from .backups import DEFAULT_EVERY, backup_sqlite_file, maybe_backup
from .errors import StoreError
from .integrity import (
    SCHEMA_HEAD,
    check_sqlite_file,
    check_sqlite_schema,
    unrecorded_schema_problem,
)
from .locations import ENV_VAR as ENV_VAR
from .locations import default_url as default_url
from .trust import check_protections


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in ("pass", "secret", "token", "key"))


def masked(url: str) -> str:
    """The URL as it may be shown or logged: never with its password.

    Drivers also take a password as a query parameter (``?password=…``,
    ``sslpassword``): those are masked as well.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(an unreadable database URL)"
    hidden = {name: "***" for name in parsed.query if _is_secret(name)}
    shown = parsed.update_query_dict(hidden).render_as_string(hide_password=True)
    return shown.replace("%2A%2A%2A", "***")


def url_secrets(url: str) -> list[str]:
    """Every password the URL carries, so an error that quotes one can be scrubbed."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return [url]
    found = [parsed.password] if parsed.password else []
    for name, value in parsed.query.items():
        if _is_secret(name):
            found += [value] if isinstance(value, str) else list(value)
    return [str(secret) for secret in found if secret]


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("slaworkshop.store") / "migrations")
    )
    config.attributes["connection"] = connection
    return config


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling would defer BEGIN; we issue it ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 15000")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    # Take the write lock at BEGIN, so two writers queue instead of failing midway.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


@dataclass
class Store:
    """An open database: the engine and what is known about it."""

    engine: Engine
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_url(self) -> str:
        return masked(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        database = self.engine.url.database
        if not self.is_sqlite or not database or database == ":memory:":
            return None
        return Path(database)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed on success, rolled back on any error."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except DBAPIError as exc:
            raise StoreError.from_dbapi(exc, self.display_url, url_secrets(self.url)) from exc

    def dispose(self) -> None:
        self.engine.dispose()


#: What an SQLite URL may ask for: how long to wait for a busy database, in seconds.
#: The driver's other options change how the store works, and a value SQLite cannot
#: use ended in an internal error.
_SQLITE_DRIVER_OPTIONS = frozenset({"timeout"})
#: Seconds to wait for a PostgreSQL server to answer, unless the URL says otherwise
#: (``?connect_timeout=…``). libpq's own default is to wait for ever: a server whose
#: host had gone away held a command, or the closing of a window, for minutes.
PG_CONNECT_TIMEOUT_S = 10


def _values(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """A query option's values: SQLAlchemy gives one as text, several as a tuple."""
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _check_sqlite_options(parsed: URL, url: str) -> None:
    """Refuse the query options SQLAlchemy would ignore (with a warning on stderr):
    ``?mode=ro`` opened the database for writing. SQLite's own URI options
    (``?mode=ro&uri=true``) are refused too: the backups, checks and direct reads
    work on the file itself, and with them they opened a file named ``t.db?mode=ro``."""
    ignored = sorted(set(parsed.query) - _SQLITE_DRIVER_OPTIONS)
    if ignored:
        raise StoreError(
            f"{masked(url)} asks for {', '.join(repr(name) for name in ignored)}, which"
            " slaworkshop does not take from an SQLite URL (give the file alone, as"
            " sqlite:///FILE); nothing was opened"
        )
    values = _values(parsed.query.get("timeout"))
    if len(values) > 1:
        raise StoreError(f"{masked(url)} gives timeout {len(values)} times; give it once")
    for value in values:
        try:
            seconds = float(value)
        except ValueError:
            seconds = -1.0
        if not 0 <= seconds <= 3600:
            raise StoreError(f"{masked(url)}: timeout must be a number of seconds from 0 to"
                             " 3600; nothing was opened")


def _make_engine(url: str, *, create_folder: bool = False) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url!r:.80} is not a database URL") from None
    try:
        if parsed.get_backend_name() == "sqlite":
            _check_sqlite_options(parsed, url)
            database = parsed.database
            if database and database != ":memory:":
                folder = Path(database).expanduser().parent
                if create_folder:
                    folder.mkdir(parents=True, exist_ok=True)
                elif not folder.is_dir():
                    # A mistyped --db must not quietly start an empty database elsewhere.
                    raise StoreError(
                        f"the folder {folder} does not exist, so {masked(url)} cannot be"
                        " opened or created; check the URL or create the folder first"
                    )
            engine = create_engine(parsed, connect_args={"timeout": 15})
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            return engine
        if parsed.get_backend_name() == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            # the URL's own, or libpq's environment variable, wins (review)
            chosen = "connect_timeout" in parsed.query or os.environ.get("PGCONNECT_TIMEOUT")
            waiting = {} if chosen else {"connect_timeout": PG_CONNECT_TIMEOUT_S}
            return create_engine(parsed, pool_pre_ping=True, connect_args=waiting)
    except NoSuchModuleError:
        pass
    except OSError as exc:
        raise StoreError(
            f"cannot create the database folder for {masked(url)}: {exc.strerror}"
        ) from None
    raise StoreError(
        f"{masked(url)} is not supported: use an sqlite:/// or postgresql:// URL"
    )


def schema_revision(store: Store) -> str | None:
    """The database's migration revision; None for an empty database."""
    with store.engine.connect() as connection:
        if not store.engine.dialect.has_table(connection, "alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(store: Store) -> None:
    """Bring the schema to this release's head, refusing a newer database."""
    current = schema_revision(store)
    if current == SCHEMA_HEAD:
        return
    if current is None and not store.is_sqlite:  # SQLite's file was checked before connecting
        with store.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        problem = unrecorded_schema_problem(tables, store.display_url)
        if problem is not None:
            raise StoreError(problem)
    from alembic.script import ScriptDirectory

    with store.engine.connect() as connection:
        config = _alembic_config(connection)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    if current == head:
        return
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            f"{store.display_url} was written by a newer release of slaworkshop (schema"
            f" {current}); this release knows schemas up to {head}. Update slaworkshop to"
            " open it."
        )
    if current is not None and store.sqlite_path is not None:
        backup_sqlite_file(store.sqlite_path, reason=f"before-migration-{current}-to-{head}")
    if store.is_sqlite:
        _migrate_sqlite(store, config)
    else:
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            from alembic import command

            command.upgrade(config, "head")


def _migrate_sqlite(store: Store, config: Any) -> None:
    from alembic import command

    # A batch ALTER copies the table; with foreign keys on, that deletes child rows.
    # The pragma only takes effect outside a transaction: set it on the driver's
    # connection, which SQLAlchemy's autobegin does not wrap.
    with store.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        f"the migration left {len(broken)} rows with broken references;"
                        " the database was not changed"
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def open_store(
    url: str | None = None,
    *,
    migrate_schema: bool = True,
    backup_every: timedelta | None = DEFAULT_EVERY,
) -> Store:
    """Open (and if needed create and migrate) the database at ``url``.

    An SQLite file is backed up when its newest backup is older than ``backup_every``
    (None: no scheduled backup), keeping ``SLAWORKSHOP_BACKUP_DAYS`` days of them.
    """
    # Only the default location (the user's data folder) is created on first use.
    create_folder = url is None and not os.environ.get(ENV_VAR)
    url = url or default_url()
    store = Store(_make_engine(url, create_folder=create_folder), url)
    try:
        if store.sqlite_path is not None:
            check_sqlite_file(store.sqlite_path)
            check_sqlite_schema(store.sqlite_path, store.display_url)
        if migrate_schema:
            migrate(store)
        else:
            with store.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        if store.sqlite_path is not None and store.sqlite_path.exists():
            check_protections(store.sqlite_path)
        if backup_every is not None:
            maybe_backup(store, every=backup_every)
    except DBAPIError as exc:
        store.dispose()
        raise StoreError.from_dbapi(exc, store.display_url, url_secrets(store.url)) from None
    except StoreError:
        store.dispose()
        raise
    return store
