"""A damaged database at start: a clear message and an offer to restore the latest
backup; nothing replaced without asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slaworkshop.models import validate_content
from slaworkshop.services import AgreementService
from slaworkshop.store import open_store
from slaworkshop.store.backups import backup_sqlite_file
from slaworkshop.ui.app import open_workspace


def _damaged_database_with_backup(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "agreements.db"
    store = open_store(f"sqlite:///{path}")
    AgreementService(store).create(validate_content({"title": "Kept", "organization": "Acme"}))
    store.dispose()
    backup_sqlite_file(path, reason="scheduled")
    damaged = b"SQLite format 3\x00" + b"\xde\xad" * 4000
    path.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path, damaged


def test_declining_the_restore_changes_nothing(tmp_path: Path, answers: Any) -> None:
    path, damaged = _damaged_database_with_backup(tmp_path)
    answers.add("confirm", False)
    assert open_workspace(f"sqlite:///{path}") is None
    ((kind, details),) = answers.asked
    assert kind == "confirm" and details["title"] == "The database is damaged"
    assert "Restore it? The damaged file is kept in the backups folder" in details["text"]
    assert path.read_bytes() == damaged


def test_restoring_the_latest_backup_opens_its_agreements(tmp_path: Path, answers: Any) -> None:
    path, damaged = _damaged_database_with_backup(tmp_path)
    answers.add("confirm", True)
    workspace = open_workspace(f"sqlite:///{path}")
    assert workspace is not None
    assert [a.title for a in workspace.agreements.list()] == ["Kept"]
    workspace.close()
    kept = [p for p in (tmp_path / "backups").iterdir() if p.read_bytes() == damaged]
    assert len(kept) == 1  # the damaged file was moved aside, not deleted


def test_without_a_backup_the_message_is_shown(tmp_path: Path, answers: Any) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"my notes, not a database" * 20)
    answers.add("inform", None)
    assert open_workspace(f"sqlite:///{path}") is None
    ((kind, details),) = answers.asked
    assert kind == "inform" and "is not an SQLite database" in details["text"]


def _unprotected_database_with_backup(tmp_path: Path) -> Path:
    import sqlite3

    path = tmp_path / "agreements.db"
    store = open_store(f"sqlite:///{path}")
    AgreementService(store).create(validate_content({"title": "Kept", "organization": "Acme"}))
    store.dispose()
    backup_sqlite_file(path, reason="scheduled")
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER versions_content_immutable")
    conn.commit()
    conn.close()
    return path


def test_a_database_without_its_triggers_is_offered_the_latest_backup(
    tmp_path: Path, answers: Any
) -> None:
    path = _unprotected_database_with_backup(tmp_path)
    answers.add("confirm", True)
    workspace = open_workspace(f"sqlite:///{path}")
    assert workspace is not None
    workspace.close()
    ((kind, details),) = answers.asked
    assert kind == "confirm"
    assert details["text"].startswith(
        f"the database {path} lacks its trigger versions_content_immutable, which keeps"
        " signed versions from being changed: it was changed outside slaworkshop; restore a"
        " backup with 'slaworkshop restore'"
    )


def test_an_empty_slaworkshop_db_is_shown_not_taken_for_the_default(
        tmp_path: Path, answers: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("SLAWORKSHOP_DB", "")
    answers.add("inform", None)
    assert open_workspace(None) is None
    ((kind, details),) = answers.asked
    assert kind == "inform" and details["text"] == (
        "SLAWORKSHOP_DB is set but empty; set it to a database URL, or unset it to use the"
        " default database.")
