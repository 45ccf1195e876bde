"""A sound database in a folder that cannot be written is not "damaged": the message says
the folder (or the file) is read-only, and gives no advice to restore a backup."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from agreements import doc

from slaworkshop.store import StoreError, integrity, open_store
from slaworkshop.store.integrity import check_sqlite_file

ROOT = Path(__file__).resolve().parent.parent


def _database(folder: Path) -> Path:
    """A WAL-mode slaworkshop database with one agreement, its working files gone
    (as after the last program closed it)."""
    from slaworkshop.models import validate_content
    from slaworkshop.services import AgreementService

    folder.mkdir()
    store = open_store(f"sqlite:///{folder / 'x.db'}", backup_every=None)
    try:
        AgreementService(store).create(validate_content(doc()["content"]))
    finally:
        store.dispose()
    assert sorted(p.name for p in folder.iterdir()) == ["x.db"]
    return folder / "x.db"


def _read_only_runner(folder: Path) -> list[str] | None:
    """A command prefix that runs a program with ``folder`` read-only, or None.

    As a user, ``chmod 555`` does it (the caller sets it). Root ignores file modes, so
    for root the folder is bind-mounted read-only in a mount namespace of its own
    (``unshare -m``), when the system allows that.
    """
    if os.geteuid() != 0:
        return []
    if shutil.which("unshare") is None:
        return None
    mount = f"mount --bind -o ro '{folder}' '{folder}'"
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"{mount} && ! touch '{folder}/probe' 2>/dev/null"],
        capture_output=True, timeout=60, check=False)
    (folder / "probe").unlink(missing_ok=True)
    if probe.returncode != 0:
        return None
    return ["unshare", "-m", "sh", "-c", f'{mount} && exec "$@"', "sh"]


@pytest.mark.parametrize("command", [["list"], ["backup"], ["import", "{source}"]])
def test_a_database_in_a_read_only_folder_is_not_called_damaged(
    tmp_path: Path, command: list[str]
) -> None:
    database = _database(tmp_path / "ro")
    source = tmp_path / "a.yaml"
    source.write_text("format: slaworkshop/agreement\nformat_version: 1\n"
                      "content: {title: T, organization: O}\n")
    runner = _read_only_runner(database.parent)
    if runner is None:
        pytest.skip("running as root without a way to mount a folder read-only"
                    " (unshare -m and mount --bind are not permitted here)")
    before = database.read_bytes()
    os.chmod(database.parent, 0o555)
    try:
        result = subprocess.run(
            [*runner, sys.executable, "-m", "slaworkshop",
             *[part.format(source=source) for part in command],
             "--db", f"sqlite:///{database}"],
            capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        os.chmod(database.parent, 0o755)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        f"slaworkshop: error: the database {database} cannot be opened for writing: the folder"
        f" {database.parent} is read-only, and SQLite keeps its working files beside the"
        " database; make the folder writable, or copy the database to one that is"]
    assert database.read_bytes() == before
    assert sorted(p.name for p in database.parent.iterdir()) == ["x.db"]


def test_the_wording_when_sqlite_cannot_open_a_file_it_may_not_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same decision without a read-only file system: SQLite's refusal is simulated,
    and so is the permission check."""
    database = _database(tmp_path / "db")
    before = database.read_bytes()
    monkeypatch.setattr(integrity, "integrity_problem",
                        lambda path, quick=False: "unable to open database file")
    writable = {database.parent: False, database: True}
    monkeypatch.setattr(integrity.os, "access", lambda path, mode: writable[Path(path)])
    with pytest.raises(StoreError) as caught:
        check_sqlite_file(database)
    assert str(caught.value) == (
        f"the database {database} cannot be opened for writing: the folder {database.parent}"
        " is read-only, and SQLite keeps its working files beside the database; make the"
        " folder writable, or copy the database to one that is")
    assert not caught.value.corrupt

    writable.update({database.parent: True, database: False})
    with pytest.raises(StoreError) as caught:
        check_sqlite_file(database)
    assert str(caught.value) == (f"the database {database} cannot be opened for writing: the"
                                 " file is read-only; make it writable, or use a copy that is")

    writable[database] = True  # writable, yet SQLite cannot open it: no diagnosis of damage
    with pytest.raises(StoreError) as caught:
        check_sqlite_file(database)
    assert str(caught.value) == (f"the database {database} cannot be opened (SQLite reports:"
                                 " unable to open database file)")
    assert "restore" not in str(caught.value) and not caught.value.corrupt
    assert database.read_bytes() == before


def test_a_backup_into_a_read_only_folder_says_so(tmp_path: Path) -> None:
    """Was: "cannot use …/.x-….db.123.part: Read-only file system", naming a file the
    user never asked for."""
    database = _database(tmp_path / "db")
    folder = tmp_path / "ro"
    folder.mkdir()
    runner = _read_only_runner(folder)
    if runner is None:
        pytest.skip("running as root without a way to mount a folder read-only"
                    " (unshare -m and mount --bind are not permitted here)")
    before = database.read_bytes()
    os.chmod(folder, 0o555)
    try:
        result = subprocess.run(
            [*runner, sys.executable, "-m", "slaworkshop", "backup", "--to",
             str(folder / "b.db"), "--db", f"sqlite:///{database}"],
            capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        os.chmod(folder, 0o755)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        f"slaworkshop: error: cannot write a backup into {folder}: the folder is read-only;"
        " choose another with --to"]
    assert database.read_bytes() == before and list(folder.iterdir()) == []


@pytest.mark.parametrize("problem", ["attempt to write a readonly database",
                                     "unable to open database file"])
def test_a_file_sqlite_cannot_write_is_not_called_damaged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, problem: str) -> None:
    """A permissions problem reported as damage sent the user to restore a database that
    was fine (audit)."""
    from reliability_support import fill_database

    db = tmp_path / "team.db"
    fill_database(f"sqlite:///{db}")
    monkeypatch.setattr(integrity, "integrity_problem", lambda *a, **k: problem)
    with pytest.raises(StoreError) as refused:
        integrity.check_sqlite_file(db)
    assert not refused.value.corrupt
    assert "restore" not in str(refused.value) and "damaged" not in str(refused.value)
    assert f"SQLite reports: {problem}" in str(refused.value)
