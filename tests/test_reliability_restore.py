"""Restoring a backup never brings in changed signed content (issue #5, hostile review).

A backup is a file anyone can edit: drop the triggers, rewrite a signed version and its
hash, set a status. ``restore`` checks the file it puts back (its schema, triggers above
all, every hash, every signature, every status) and refuses it in one sentence naming
the first problem, changing nothing. A live database whose triggers were dropped is
refused when it is opened.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
import sqlalchemy as sa
from reliability_support import check_whole, signed_agreement

from slaworkshop.cli.main import main
from slaworkshop.models import validate_content
from slaworkshop.services import AgreementService
from slaworkshop.store import StoreError, open_store
from slaworkshop.store.backups import backup_sqlite_file, list_backups
from slaworkshop.store.integrity import SCHEMA_HEAD
from slaworkshop.store.sqlite_reader import sqlite_reading
from slaworkshop.store.trust import HEAD_TRIGGERS, reference_schema

Forgery = Callable[[sqlite3.Connection], None]


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, str]:
    """Version 1 signed by dana and sam, version 2 saved; the database and agreement id."""
    database = tmp_path / "team.db"
    store = open_store(f"sqlite:///{database}", backup_every=None)
    try:
        service = AgreementService(store, actor="tester")
        agreement = signed_agreement(service)
        draft = service.draft(agreement)
        service.update_draft(
            agreement, draft.content.model_copy(update={"title": "Second"}), draft.revision
        )
        service.save_version(agreement)
    finally:
        store.dispose()
    return database, agreement


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _canonical(text: str, **changes: object) -> str:
    from slaworkshop.models import canonical_json

    data = dict(json.loads(text), **changes)
    return canonical_json(validate_content(data)).decode("utf-8")


def _forge(path: Path, forgery: Forgery, *, recreate: bool) -> None:
    """Drop every trigger, edit, and (``recreate``) create again the ones the edit did not."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    forgery(conn)
    if recreate:
        for name, sql in triggers:
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
                conn.execute(sql)
    conn.commit()
    conn.close()


def _nothing(conn: sqlite3.Connection) -> None:
    pass


def _rewrite_signed(conn: sqlite3.Connection, *, signatures_too: bool = True) -> None:
    """What the review's forge.py does: version 1's content rewritten, its hash recomputed,
    and (``signatures_too``) the signatures' hashes changed to match."""
    (text, old), = conn.execute("SELECT content, content_sha256 FROM versions WHERE number = 1")
    forged = _canonical(text, title="A forged agreement")
    conn.execute("UPDATE versions SET content = ?, content_sha256 = ? WHERE number = 1",
                 (forged, _sha(forged)))
    if signatures_too:
        conn.execute("UPDATE signatures SET content_sha256 = ? WHERE content_sha256 = ?",
                     (_sha(forged), old))


def _weaken_trigger(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TRIGGER versions_content_immutable BEFORE UPDATE ON versions WHEN 0"
                 " BEGIN SELECT RAISE(ABORT, 'the content of a saved version cannot change'); END")


def _not_canonical(conn: sqlite3.Connection) -> None:
    (text,), = conn.execute("SELECT content FROM versions WHERE number = 2")
    spaced = json.dumps(json.loads(text), indent=2)
    conn.execute("UPDATE versions SET content = ?, content_sha256 = ? WHERE number = 2",
                 (spaced, _sha(spaced)))


def _sql(*statements: str) -> Forgery:
    def forgery(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return forgery


CASES: dict[str, tuple[Forgery, bool, str]] = {
    "triggers-dropped": (_nothing, False, "its trigger signatures_immutable, which keeps"
                         " signed versions from being changed, is missing"),
    "forged-and-rehashed": (_rewrite_signed, False, "its trigger signatures_immutable, which"
                            " keeps signed versions from being changed, is missing"),
    "signer-renamed": (_sql("UPDATE signatures SET name = 'Forged'"), False,
                       "its trigger signatures_immutable, which keeps signed versions from"
                       " being changed, is missing"),
    "trigger-weakened": (_weaken_trigger, True,
                         "its trigger versions_content_immutable is not the one slaworkshop"
                         " creates"),
    "extra-trigger": (_sql("CREATE TRIGGER audit_quiet BEFORE INSERT ON audit_log"
                           " BEGIN SELECT 1; END"), True,
                      "it holds a trigger 'audit_quiet' that slaworkshop does not create"),
    "index-dropped": (_sql("DROP INDEX ix_versions_agreement_id"), True,
                      "its index ix_versions_agreement_id is missing"),
    "column-added": (_sql("ALTER TABLE signatures ADD COLUMN note TEXT"), True,
                     "its table signatures is not the one slaworkshop creates"),
    "content-edited": (_sql("UPDATE versions SET content = replace(content, 'MQL', 'SQL')"
                            " WHERE number = 1"), True,
                       "version 1 of agreement {short} does not match its recorded content"
                       " hash"),
    "content-rehashed": (lambda conn: _rewrite_signed(conn, signatures_too=False), True,
                         "the signature of 'dana' on version 1 of agreement {short} covers"
                         " other content than that version's"),
    "signed-unsigned": (_sql("UPDATE versions SET status = 'signed' WHERE number = 2"), True,
                        "version 2 of agreement {short} is signed but dana, sam did not sign"
                        " it"),
    "saved-with-signature": (_sql(
        "INSERT INTO signatures (version_id, stakeholder, name, role, signed_at,"
        " content_sha256) SELECT id, 'dana', 'Dana', '', '2026-01-01 00:00:00', content_sha256"
        " FROM versions WHERE number = 2"), True,
        "version 2 of agreement {short} is saved but carries signatures"),
    "stranger-signed": (_sql("UPDATE signatures SET stakeholder = 'lee' WHERE"
                             " stakeholder = 'sam'"), True,
                        "version 1 of agreement {short} carries a signature of 'lee', who is"
                        " not one of its signatories"),
    "two-signed": (_sql("INSERT INTO signatures (version_id, stakeholder, name, role,"
                        " signed_at, content_sha256) SELECT v.id, s.stakeholder, s.name, s.role,"
                        " s.signed_at, v.content_sha256 FROM versions v, signatures s"
                        " WHERE v.number = 2",
                        "UPDATE versions SET status = 'signed' WHERE number = 2"), True,
                   "agreement {short} has 2 signed versions; it can have one"),
    "draft-edited": (_sql("UPDATE drafts SET content = replace(content, 'MQL', 'SQL')"), True,
                     "the draft of agreement {short} does not match its recorded content hash"),
    "not-canonical": (_not_canonical, True, "version 2 of agreement {short} is not stored in"
                      " the form its content hash is taken of"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_restore_refuses_a_changed_backup_and_changes_nothing(
    signed: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    database, agreement = signed
    url = f"sqlite:///{database}"
    forgery, recreate, message = CASES[case]
    candidate = tmp_path / "candidate.db"
    candidate.write_bytes(backup_sqlite_file(database, reason="x").read_bytes())
    _forge(candidate, forgery, recreate=recreate)
    before, live_bytes, backups_before = check_whole(url), database.read_bytes(), list_backups(
        database)
    code, out, err = run(capsys, "restore", str(candidate), "--db", url)
    assert (code, out) == (2, "")
    assert err == (
        f"slaworkshop: error: the backup {candidate} was changed outside slaworkshop and was"
        f" not restored: {message.format(short=agreement[:8])}\n"
    )
    assert database.read_bytes() == live_bytes
    assert check_whole(url) == before
    assert list_backups(database) == backups_before
    assert not list(tmp_path.glob(".slaworkshop-restore-*")), "the checked copy was left behind"


def _triggers(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    finally:
        conn.close()


def test_a_sound_backup_with_signatures_is_restored_with_its_protections(
    signed: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    database, agreement = signed
    url = f"sqlite:///{database}"
    backup = backup_sqlite_file(database, reason="scheduled")
    code, out, err = run(capsys, "restore", str(backup), "--db", url)
    assert (code, err) == (0, ""), err
    assert _triggers(database) == set(HEAD_TRIGGERS)
    assert check_whole(url).problems == []
    assert run(capsys, "history", agreement, "--db", url)[0] == 0


def test_a_backup_taken_before_a_migration_is_restored_and_migrated(
    signed: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic import command
    from alembic.config import Config

    database, _agreement = signed
    url = f"sqlite:///{database}"
    older = tmp_path / "older.db"
    older.write_bytes(backup_sqlite_file(database, reason="x").read_bytes())
    engine = sa.create_engine(f"sqlite:///{older}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option(
            "script_location", str(resources.files("slaworkshop.store") / "migrations"))
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    assert len(_triggers(older)) == 4
    code, _out, err = run(capsys, "restore", str(older), "--db", url)
    assert (code, err) == (0, ""), err
    open_store(url, backup_every=None).dispose()  # migrates it to this release's schema
    assert _triggers(database) == set(HEAD_TRIGGERS)


def test_the_triggers_checked_at_open_are_those_the_migrations_create() -> None:
    created = {name for kind, name in reference_schema(SCHEMA_HEAD) if kind == "trigger"}
    assert created == set(HEAD_TRIGGERS)


def test_a_live_database_without_its_triggers_is_refused_when_opened(
    signed: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    database, agreement = signed
    url = f"sqlite:///{database}"
    backup = backup_sqlite_file(database, reason="scheduled")
    _forge(database, _rewrite_signed, recreate=False)
    forged = database.read_bytes()
    message = (
        f"the database {database} lacks its trigger signatures_immutable, which keeps signed"
        " versions from being changed: it was changed outside slaworkshop; restore a backup"
        " with 'slaworkshop restore'"
    )
    for opening in (lambda: open_store(url, backup_every=None), lambda: sqlite_reading(url)):
        with pytest.raises(StoreError) as caught:
            opening()
        assert str(caught.value) == message
        assert caught.value.corrupt  # the window offers the latest backup
    for command in (("list",), ("history", agreement), ("save", agreement)):
        assert run(capsys, *command, "--db", url) == (2, "", f"slaworkshop: error: {message}\n")
    assert database.read_bytes() == forged
    assert [b.reason for b in list_backups(database)] == ["scheduled"]  # no backup of it
    code, _out, err = run(capsys, "restore", str(backup), "--db", url)
    assert (code, err) == (0, ""), err
    assert run(capsys, "list", "--db", url)[0] == 0


def test_a_restore_over_a_damaged_database_moves_its_write_ahead_log_aside(
        tmp_path: Path) -> None:
    """SQLite replays a log it finds beside a database: the damaged file's, left in
    place, would write its pages into the restored one (audit)."""
    from reliability_support import fill_database

    from slaworkshop.store.integrity import restore_sqlite_file

    db = tmp_path / "team.db"
    fill_database(f"sqlite:///{db}")
    good = backup_sqlite_file(db, reason="manual")
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    db.write_bytes(b"garbage" * 1000)
    Path(f"{db}-wal").write_bytes(b"stale log of the damaged file")
    kept = restore_sqlite_file(db, good)
    assert kept is not None
    assert not Path(f"{db}-wal").exists()
    assert Path(f"{kept}-wal").read_bytes() == b"stale log of the damaged file"
