"""Backups (issue #5): scheduled with retention, backup/restore commands, damaged files."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from reliability_support import (
    check_whole,
    damage_middle_page,
    fill_database,
    sqlite_rows,
)

from slaworkshop.cli.main import main
from slaworkshop.store import StoreError, open_store
from slaworkshop.store.backups import (
    DAYS_ENV_VAR,
    KEEP_AT_LEAST,
    backup_sqlite_file,
    keep_days_from_env,
    latest_backup,
    list_backups,
    maybe_backup,
    prune_backups,
)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    url = f"sqlite:///{tmp_path / 'team.db'}"
    fill_database(url)
    return tmp_path / "team.db"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_scheduled_backup_runs_once_per_interval_and_prunes(filled: Path) -> None:
    store = open_store(f"sqlite:///{filled}", backup_every=None)
    try:
        start = datetime.now(UTC)
        first = maybe_backup(store, keep_days=30, now=start)
        assert first is not None and first.exists()
        assert check_whole(f"sqlite:///{first}").problems == []
        # Within the interval: nothing, and cheaply (no new file).
        assert maybe_backup(store, keep_days=30, now=start + timedelta(hours=23)) is None
        assert len(list_backups(filled)) == 1
        second = maybe_backup(store, keep_days=30, now=start + timedelta(hours=25))
        assert second is not None and second != first
    finally:
        store.dispose()
    # Five backups 56-60 days old, past the 30 days kept: all go but the newest of them,
    # which is among the newest three that are always kept.
    old = [backup_sqlite_file(filled, reason="scheduled") for _ in range(5)]
    for index, path in enumerate(old):
        stamp = (start - timedelta(days=60 - index)).strftime("%Y%m%dT%H%M%S%fZ")
        path.rename(path.with_name(f"team-{stamp}-scheduled.db"))
    assert len(list_backups(filled)) == 7
    removed = prune_backups(filled, 30, now=start + timedelta(hours=25))
    assert len(removed) == 4
    survivor = old[-1].with_name(
        f"team-{(start - timedelta(days=56)).strftime('%Y%m%dT%H%M%S%fZ')}-scheduled.db"
    )
    assert [b.path for b in list_backups(filled)] == [survivor, first, second]
    assert latest_backup(filled) == second


def test_a_recent_backup_is_enough_whatever_older_ones_there_are(filled: Path) -> None:
    """Due is judged by the newest backup, not the oldest: judged by the oldest, every
    open of a database with a month of backups took another."""
    now = datetime.now(UTC)
    for age in (timedelta(days=10), timedelta(hours=1)):
        path = backup_sqlite_file(filled, reason="scheduled")
        path.rename(path.with_name(f"team-{(now - age).strftime('%Y%m%dT%H%M%S%fZ')}-scheduled.db"))
    store = open_store(f"sqlite:///{filled}", backup_every=None)
    try:
        assert maybe_backup(store, keep_days=30, now=now) is None
    finally:
        store.dispose()
    assert len(list_backups(filled)) == 2


def test_a_damaged_database_is_never_backed_up_as_good(filled: Path) -> None:
    """A copy of a damaged file kept as a backup would be offered for restoring."""
    damage_middle_page(filled)
    with pytest.raises(StoreError) as caught:
        backup_sqlite_file(filled, reason="scheduled")
    message = str(caught.value)
    assert message.startswith(f"the database {filled} is damaged (") or message.startswith(
        f"the database {filled} could not be backed up: ")
    assert message.endswith("no backup was written") or "malformed" in message
    assert caught.value.corrupt
    folder = filled.parent / "backups"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_pruning_never_removes_the_newest_backups(filled: Path) -> None:
    start = datetime.now(UTC)
    for index in range(KEEP_AT_LEAST + 2):
        path = backup_sqlite_file(filled, reason="scheduled")
        stamp = (start - timedelta(days=400 - index)).strftime("%Y%m%dT%H%M%S%fZ")
        path.rename(path.with_name(f"team-{stamp}-scheduled.db"))
    removed = prune_backups(filled, 1, now=start)
    assert len(removed) == 2
    assert len(list_backups(filled)) == KEEP_AT_LEAST


def test_a_file_that_only_looks_like_a_backup_is_passed_over(filled: Path) -> None:
    """A month 13 in a name someone gave a file in the backups folder made every command
    that lists backups (each one that opens the database) fail with a traceback."""
    real = backup_sqlite_file(filled, reason="scheduled")
    fake = real.with_name("team-20261399T000000000000Z-scheduled.db")
    fake.write_bytes(real.read_bytes())
    listed = list_backups(filled)
    assert [b.path for b in listed] == [real]
    stamp = real.name.split("-")[1]
    assert listed[0].taken_at == datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)


def test_retention_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DAYS_ENV_VAR, raising=False)
    assert keep_days_from_env() == 30
    monkeypatch.setenv(DAYS_ENV_VAR, "90")
    assert keep_days_from_env() == 90
    for bad in ("zero", "0", "-3"):
        monkeypatch.setenv(DAYS_ENV_VAR, bad)
        assert keep_days_from_env() == 30  # a typo never deletes backups early


def test_opening_the_store_backs_up_only_when_due(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{filled}"
    assert list_backups(filled) == []
    assert run(capsys, "list", "--db", url)[0] == 0
    assert [b.reason for b in list_backups(filled)] == ["scheduled"]
    for _ in range(3):
        assert run(capsys, "list", "--db", url)[0] == 0
    assert len(list_backups(filled)) == 1


def test_an_empty_new_database_is_not_backed_up(tmp_path: Path) -> None:
    open_store(f"sqlite:///{tmp_path / 'new.db'}").dispose()
    assert not (tmp_path / "backups").exists()


def test_a_killed_backup_leaves_nothing_that_looks_like_a_backup(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space left"):
        backup_sqlite_file(filled, reason="scheduled")
    assert list_backups(filled) == []
    assert list((filled.parent / "backups").iterdir()) == []


def test_backup_command_prints_the_path_and_writes_a_sound_copy(
    filled: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{filled}"
    code, out, err = run(capsys, "backup", "--db", url)
    assert (code, err) == (0, "")
    made = Path(out.strip())
    assert made.exists() and made.parent == filled.parent / "backups"
    assert sqlite_rows(made, "versions") == sqlite_rows(filled, "versions") == 12
    target = tmp_path / "copy.db"
    assert run(capsys, "backup", "--to", str(target), "--db", url)[:2] == (0, f"{target}\n")
    assert check_whole(f"sqlite:///{target}").problems == []
    code, _out, err = run(capsys, "backup", "--to", str(target), "--db", url)
    assert code == 2 and "exists already" in err


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


@pytest.mark.parametrize(
    "damage", [_truncate, _random_bytes, damage_middle_page], ids=["truncated", "random", "page"]
)
def test_a_damaged_database_is_reported_at_open_and_restored_from_a_backup(
    filled: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    url = f"sqlite:///{filled}"
    backup = backup_sqlite_file(filled, reason="scheduled")
    damage(filled)  # type: ignore[operator]
    damaged_bytes = filled.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert caught.value.corrupt
    assert str(filled) in str(caught.value)
    assert "damaged" in str(caught.value) or "not an SQLite database" in str(caught.value)
    code, out, err = run(capsys, "list", "--db", url)
    assert code == 2 and out == "" and "Traceback" not in err
    assert filled.read_bytes() == damaged_bytes, "a damaged database was changed"
    # What the UI offers: the newest backup. Restoring it keeps the damaged file aside.
    assert latest_backup(filled) == backup
    code, out, err = run(capsys, "restore", str(backup), "--db", url)
    assert (code, err) == (0, ""), err
    kept = [b for b in list_backups(filled) if b.reason == "damaged"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged_bytes
    restored = check_whole(url)
    assert (restored.problems, restored.agreements, restored.versions) == ([], 3, 12)
    open_store(url).dispose()


def _not_slaworkshop(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()


def _newer_release(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_truncate, "is damaged"),
        (_random_bytes, "is not an SQLite database"),
        (damage_middle_page, "is damaged"),
        (_not_slaworkshop, "not a slaworkshop database"),
        (_newer_release, "schema 9999"),
    ],
    ids=["truncated", "random", "page", "foreign", "newer"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, message: str
) -> None:
    url = f"sqlite:///{filled}"
    candidate = tmp_path / "candidate.db"
    if make is _not_slaworkshop:
        make(candidate)  # type: ignore[operator]
    else:
        candidate.write_bytes(backup_sqlite_file(filled, reason="x").read_bytes())
        make(candidate)  # type: ignore[operator]
    before = check_whole(url)
    backups_before = list_backups(filled)
    code, out, err = run(capsys, "restore", str(candidate), "--db", url)
    assert code == 2 and out == ""
    assert message in err and len(err.splitlines()) == 1, err
    assert check_whole(url) == before
    assert list_backups(filled) == backups_before


def test_restore_of_a_valid_backup_keeps_the_current_database(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{filled}"
    backup = backup_sqlite_file(filled, reason="scheduled")
    fill_database(url, agreements=1, versions=1)  # work done after the backup
    assert check_whole(url).agreements == 4
    code, out, err = run(capsys, "restore", str(backup), "--db", url)
    assert (code, err) == (0, "")
    assert check_whole(url).agreements == 3
    kept = [b for b in list_backups(filled) if b.reason == "before-restore"]
    assert len(kept) == 1 and f"kept in {kept[0].path}" in out
    assert check_whole(f"sqlite:///{kept[0].path}").agreements == 4


@pytest.mark.parametrize("command", [("backup",), ("restore", "x.db")])
def test_backup_commands_on_postgresql_point_to_pg_dump(
    command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *command, "--db", "postgresql://team:secret@db.example/sla")
    assert code == 2 and out == ""
    assert "applies to SQLite database files" in err and "pg_dump" in err
    assert "secret" not in err


def test_backups_inside_the_retention_days_are_all_kept(tmp_path: Path) -> None:
    """Counted in hours, 30 would have kept 30 hours of backups: the prune test only used
    backups 56 to 60 days old, which both units delete (audit)."""
    from slaworkshop.store.backups import backup_dir

    db = tmp_path / "team.db"
    db.write_bytes(b"")
    folder = backup_dir(db)
    folder.mkdir()
    now = datetime.now(UTC)
    for age in (20, 10, 2, 1, 0):
        stamp = (now - timedelta(days=age, minutes=1)).strftime("%Y%m%dT%H%M%S%fZ")
        (folder / f"team-{stamp}-scheduled.db").write_bytes(b"x")
    assert prune_backups(db, 30, now=now) == []
    assert len(list_backups(db)) == 5


def test_damage_the_backup_api_copies_is_refused_by_the_check_after_it(
        tmp_path: Path) -> None:
    """A wrong freelist count copies without a word from SQLite's backup; only the quick
    check after it finds it. The other damage in these tests stops the copy itself, so
    a backup of a damaged database would have gone unseen (audit)."""
    from slaworkshop.store.backups import copy_database

    db = tmp_path / "team.db"
    fill_database(f"sqlite:///{db}")
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    raw = bytearray(db.read_bytes())
    raw[36:40] = (7).to_bytes(4, "big")  # the header's freelist count
    db.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match="damaged"):
        copy_database(db, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()
