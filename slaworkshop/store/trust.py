"""Can this SQLite file be trusted with signed agreements? Checked before a backup is
put back, and (cheaply) each time a database is opened.

The database guards signed content with triggers (migrations 0002 and 0003). A file
without them was changed outside slaworkshop: whoever dropped them could then rewrite a
signed version and its hash, or its signatures. So a backup is restored only when

- its schema, triggers above all, is the one this release creates at the backup's
  revision (built for the comparison by running the migrations on an empty file);
- every version's and draft's stored text matches its recorded hash, is a valid
  agreement, and that hash is the content hash of what it holds;
- every signature covers its version's exact hash, and statuses agree with signatures:
  a saved version has none, a signed or superseded one has one from each of its
  signatories and from nobody else, and an agreement has at most one proposed and at
  most one signed version (a superseded one only beside a signed one).

What this cannot see: a forger who recomputes every hash and re-creates the triggers
leaves a file like one slaworkshop wrote. Nothing here is signed with a key.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import StoreError
from .locations import read_only_uri

#: The triggers a database at this release's schema head has (a test checks this
#: against the migrations). Opening a database checks only their names: one query.
HEAD_TRIGGERS = (
    "signatures_immutable",
    "signatures_keep_signed",
    "signatures_on_proposed",
    "versions_content_immutable",
    "versions_no_delete",
    "versions_start_saved",
    "versions_status_flow",
)
_RESTORE_HINT = "restore a backup with 'slaworkshop restore'"
#: What SQLite keeps in the schema on its own, and no migration writes.
_SQLITE_OWN = re.compile(r"^sqlite_(sequence|stat\d)$")
_STATUSES = ("saved", "proposed", "signed", "superseded")


# -- opening: are the protections there? -----------------------------------------------


def missing_protection(path: Path) -> str | None:
    """The first of ``HEAD_TRIGGERS`` the SQLite file lacks, or None; None as well for
    a file not at this release's schema head (a migration gives it its triggers). Under
    a millisecond: SQLite has the schema in memory once the file is open."""
    from .integrity import SCHEMA_HEAD

    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        found = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [
            (SCHEMA_HEAD,)
        ]:
            return None
    except sqlite3.Error as exc:
        raise StoreError.from_sqlite(exc, str(path)) from None
    finally:
        conn.close()
    return next((name for name in HEAD_TRIGGERS if name not in found), None)


def check_protections(path: Path) -> None:
    """Refuse a database at the schema head whose triggers were dropped. Called when a
    database is opened, after its migrations."""
    missing = missing_protection(path)
    if missing is not None:
        raise StoreError(
            f"the database {path} lacks its trigger {missing}, which keeps signed versions"
            f" from being changed: it was changed outside slaworkshop; {_RESTORE_HINT}",
            corrupt=True,
        )


# -- restoring: is the backup what slaworkshop wrote? ----------------------------------


class _Untrusted(Exception):
    """The first problem found in a backup, worded to follow "… was not restored: "."""


def check_backup(path: Path, shown: Path, revision: str) -> None:
    """Refuse the backup at ``path`` (named ``shown`` in messages) unless it is as
    slaworkshop writes it at schema ``revision``; see the module's doc."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            _check_schema(_schema(conn), reference_schema(revision))
            _check_contents(conn)
        finally:
            conn.close()
    except _Untrusted as exc:
        raise StoreError(
            f"the backup {shown} was changed outside slaworkshop and was not restored: {exc}"
        ) from None
    except sqlite3.Error as exc:
        raise StoreError.from_sqlite(exc, str(shown)) from None


def _schema(conn: sqlite3.Connection) -> dict[tuple[str, str], object]:
    """Each schema object by (type, name), as a comparable description.

    Triggers by their SQL with whitespace collapsed: they are our own text. Tables and
    indexes by what SQLite says they are (columns, keys, uniqueness), not by the SQL
    text SQLAlchemy rendered for them, which may differ between its releases.
    """
    found: dict[tuple[str, str], object] = {}
    for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ).fetchall():
        if _SQLITE_OWN.match(name):
            continue
        if kind == "table":
            found[(kind, name)] = (
                conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)).fetchall(),
                sorted(conn.execute(
                    "SELECT \"table\", \"from\", \"to\", on_update, on_delete"
                    " FROM pragma_foreign_key_list(?)", (name,)).fetchall()),
            )
        elif kind == "index":
            found[(kind, name)] = (
                table,
                conn.execute("SELECT \"unique\", partial FROM pragma_index_list(?) WHERE"
                             " name = ?", (table, name)).fetchall(),
                conn.execute("SELECT seqno, name FROM pragma_index_info(?)", (name,)).fetchall(),
            )
        else:
            found[(kind, name)] = (table, " ".join(str(sql).split()))
    return found


def _check_schema(
    found: dict[tuple[str, str], object], expected: dict[tuple[str, str], object]
) -> None:
    for kind, name in sorted(expected):
        if (kind, name) not in found:
            guards = ", which keeps signed versions from being changed," if kind == "trigger" \
                else ""
            raise _Untrusted(f"its {kind} {name}{guards} is missing")
        if found[(kind, name)] != expected[(kind, name)]:
            raise _Untrusted(f"its {kind} {name} is not the one slaworkshop creates")
    for kind, name in sorted(set(found) - set(expected)):
        raise _Untrusted(f"it holds a {kind} {name!r:.60} that slaworkshop does not create")


_REFERENCE: dict[str, dict[tuple[str, str], object]] = {}


def reference_schema(revision: str) -> dict[tuple[str, str], object]:
    """The schema this release creates at ``revision``, from its migrations run on an
    empty file (a few tenths of a second, once per process and revision)."""
    if revision not in _REFERENCE:
        with _empty_file() as path:
            _migrate_to(path, revision)
            conn = sqlite3.connect(path)
            try:
                _REFERENCE[revision] = _schema(conn)
            finally:
                conn.close()
    return _REFERENCE[revision]


@contextmanager
def _empty_file() -> Iterator[Path]:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="slaworkshop-schema-") as folder:
        yield Path(folder) / "reference.db"


def _migrate_to(path: Path, revision: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option(
                "script_location", str(resources.files("slaworkshop.store") / "migrations")
            )
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _short(agreement_id: object) -> str:
    return f"agreement {str(agreement_id)[:8]}"


def _check_contents(conn: sqlite3.Connection) -> None:
    checked: dict[str, set[str]] = {}
    for agreement_id, text, sha in conn.execute(
        "SELECT agreement_id, content, content_sha256 FROM drafts ORDER BY agreement_id"
    ):
        _check_content(text, sha, f"the draft of {_short(agreement_id)}", checked)
    signatories: dict[int, set[str]] = {}
    versions: dict[int, tuple[Any, ...]] = {}
    for row in conn.execute(
        "SELECT id, agreement_id, number, status, content, content_sha256 FROM versions"
        " ORDER BY agreement_id, number"
    ):
        version_id, agreement_id, number, status, text, sha = row
        what = f"version {number} of {_short(agreement_id)}"
        signatories[version_id] = _check_content(text, sha, what, checked)
        if status not in _STATUSES:
            raise _Untrusted(f"{what} has the status {status!r:.40}, which is no status")
        versions[version_id] = (agreement_id, what, status, sha)
    signed_by: dict[int, set[str]] = defaultdict(set)
    for version_id, stakeholder, sha in conn.execute(
        "SELECT version_id, stakeholder, content_sha256 FROM signatures ORDER BY id"
    ):
        if version_id not in versions:
            raise _Untrusted(f"a signature of {stakeholder!r:.40} belongs to no version")
        _agreement, what, _status, version_sha = versions[version_id]
        if sha != version_sha:
            raise _Untrusted(
                f"the signature of {stakeholder!r:.40} on {what} covers other content than"
                " that version's"
            )
        signed_by[version_id].add(str(stakeholder))
    _check_statuses(versions, signatories, signed_by)


def _check_content(
    text: object, sha: object, what: str, checked: dict[str, set[str]]
) -> set[str]:
    """The keys of the content's signatories, after checking the stored text. A text
    already checked (the same hash) is not parsed again."""
    if not isinstance(text, str) or not isinstance(sha, str):
        raise _Untrusted(f"{what} is not stored as text")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
        raise _Untrusted(f"{what} does not match its recorded content hash")
    if sha in checked:
        return checked[sha]
    from pydantic import ValidationError

    from slaworkshop.models import Content, content_sha256
    from slaworkshop.models.fields import STORED

    try:
        content = Content.model_validate(json.loads(text), context=STORED)
    except (ValueError, ValidationError, RecursionError) as exc:
        first = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise _Untrusted(f"{what} is not a valid agreement ({first})") from None
    if content_sha256(content) != sha:
        raise _Untrusted(f"{what} is not stored in the form its content hash is taken of")
    checked[sha] = {person.key for person in content.stakeholders if person.signatory}
    return checked[sha]


def _check_statuses(
    versions: dict[int, tuple[Any, ...]],
    signatories: dict[int, set[str]],
    signed_by: dict[int, set[str]],
) -> None:
    by_status: dict[tuple[Any, str], list[str]] = defaultdict(list)
    for version_id, (agreement_id, what, status, _sha) in versions.items():
        by_status[(agreement_id, status)].append(what)
        signers, due = signed_by.get(version_id, set()), signatories[version_id]
        strangers = sorted(signers - due)
        if strangers:
            raise _Untrusted(f"{what} carries a signature of {strangers[0]!r:.40}, who is not"
                             " one of its signatories")
        if status == "saved" and signers:
            raise _Untrusted(f"{what} is saved but carries signatures")
        if status in ("signed", "superseded") and (signers != due or not due):
            waiting = ", ".join(sorted(due - signers)) or "nobody"
            raise _Untrusted(f"{what} is {status} but {waiting} did not sign it"
                             if due else f"{what} is {status} but has no signatories")
    for (agreement_id, status), whats in sorted(by_status.items()):
        if status in ("proposed", "signed") and len(whats) > 1:
            raise _Untrusted(f"{_short(agreement_id)} has {len(whats)} {status} versions;"
                             " it can have one")
        if status == "superseded" and not by_status.get((agreement_id, "signed")):
            raise _Untrusted(f"{whats[0]} is superseded, but no version of"
                             f" {_short(agreement_id)} is signed")
