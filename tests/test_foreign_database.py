"""--db naming a database that is not slaworkshop's: another program's SQLite file (or
PostgreSQL database), or ours with its schema version table dropped, is refused with a
sentence that says so and left byte for byte as it was; no slaworkshop table, WAL file
or backup appears. An empty --db or SLAWORKSHOP_DB is not a URL: refused, not taken for
"the default database"."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from agreements import doc

from slaworkshop.cli.main import main
from slaworkshop.store import StoreError, open_store
from slaworkshop.store.integrity import OUR_TABLES

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<folder>"
            for p in sorted(folder.rglob("*"))}


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


COMMANDS = [("list",), ("history", "abcd"), ("export", "abcd"), ("save", "abcd"),
            ("import", str(EXAMPLE)), ("backup",), ("diff", "abcd", "1", "2")]


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_another_program_s_sqlite_file_is_refused_and_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table foo(a)")
    conn.execute("insert into foo values (1)")
    conn.commit()
    conn.close()
    before = _files(tmp_path)
    url = f"sqlite:///{path}"
    code, out, err = _cli(capsys, *command, "--db", url)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"slaworkshop: error: {url} is not a slaworkshop database: it holds other tables"
        " (foo), and slaworkshop leaves it unchanged; choose another database with --db"]
    assert _files(tmp_path) == before


def test_a_database_whose_version_table_was_dropped_says_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Was: "table agreements already exists", from migrating it again."""
    path = tmp_path / "x.db"
    source = tmp_path / "a.json"
    source.write_text(json.dumps(doc()))
    url = f"sqlite:///{path}"
    assert main(["import", str(source), "--db", url]) == 0
    conn = sqlite3.connect(path)
    conn.execute("drop table alembic_version")
    conn.commit()
    conn.close()
    capsys.readouterr()
    before = _files(tmp_path)
    for command in (("list",), ("import", str(source))):
        code, out, err = _cli(capsys, *command, "--db", url)
        assert (code, out) == (2, "")
        assert err.splitlines() == [
            f"slaworkshop: error: {url} holds slaworkshop's tables but no record of their"
            " schema version (the table alembic_version is missing or empty), so it cannot be"
            " opened safely; restore a backup with 'slaworkshop restore'"]
    after = _files(tmp_path)
    # SQLite's read-only check of a WAL-mode file may leave its (empty) working files.
    assert after.pop("x.db-wal", b"") == b""
    after.pop("x.db-shm", None)
    assert after == before


@pytest.mark.postgres
def test_another_program_s_postgresql_database_is_refused_and_unchanged(
    postgres_url: str,
) -> None:
    import psycopg

    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("create table foo(a int)")
    with pytest.raises(StoreError) as caught:
        open_store(postgres_url)
    shown = caught.value.args[0]
    assert shown.endswith(" is not a slaworkshop database: it holds other tables (foo), and"
                          " slaworkshop leaves it unchanged; choose another database with --db")
    with psycopg.connect(plain) as conn:
        tables = {row[0] for row in conn.execute(
            "select table_name from information_schema.tables where table_schema = 'public'")}
    assert tables == {"foo"}


def test_our_table_names_are_the_store_s_tables() -> None:
    from slaworkshop.store.tables import metadata

    assert set(metadata.tables) == OUR_TABLES


def test_an_empty_db_is_refused_not_taken_for_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the default's folder
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SLAWORKSHOP_DB", raising=False)
    assert _cli(capsys, "list", "--db", "") == (
        2, "", "slaworkshop: error: --db is empty; give a database URL, or leave --db out to"
        " use the default database\n")
    monkeypatch.setenv("SLAWORKSHOP_DB", "")
    for command in (("list",), ("import", str(EXAMPLE)), ("backup",), ("export", "abcd")):
        assert _cli(capsys, *command) == (
            2, "", "slaworkshop: error: SLAWORKSHOP_DB is set but empty; set it to a database"
            " URL, or unset it to use the default database\n")
    assert list(tmp_path.iterdir()) == []
