"""The store on both engines: migrations, immutability, optimistic locking, versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from agreements import READY, ready

from slaworkshop.models import content_sha256, validate_content
from slaworkshop.services import AgreementService, NotReady, SignOffService
from slaworkshop.store import Conflict, Refused, StoreError, open_store
from slaworkshop.store.database import migrate


@pytest.fixture
def service(db_url: str) -> AgreementService:
    store = open_store(db_url)
    yield AgreementService(store, actor="tester")
    store.dispose()


def test_a_new_database_is_migrated_to_head(db_url: str) -> None:
    store = open_store(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0003"
        tables = set(sa.inspect(conn).get_table_names())
    assert {"agreements", "drafts", "versions", "signatures", "audit_log"} <= tables
    store.dispose()


def test_a_stale_draft_write_is_refused_and_not_applied(service: AgreementService) -> None:
    agreement = service.create(validate_content(READY))
    first = service.draft(agreement)
    mine = first.content.model_copy(update={"title": "Mine"})
    theirs = first.content.model_copy(update={"title": "Theirs"})
    service.update_draft(agreement, theirs, first.revision)
    with pytest.raises(Conflict) as caught:
        service.update_draft(agreement, mine, first.revision)
    assert caught.value.current_revision == first.revision + 1
    assert str(caught.value).startswith("the draft was changed elsewhere")
    assert service.draft(agreement).content.title == "Theirs"


def test_versions_number_from_one_and_identical_save_creates_nothing(
    service: AgreementService,
) -> None:
    agreement = service.create(validate_content(READY))
    assert service.save_version(agreement, "first") == (1, True)
    assert service.save_version(agreement, "again") == (1, False)
    draft = service.draft(agreement)
    service.update_draft(agreement, draft.content.model_copy(update={"title": "T2"}), draft.revision)
    assert service.save_version(agreement) == (2, True)
    history = service.history(agreement)
    assert [(v.number, v.status, v.label) for v in history] == [(1, "saved", "first"), (2, "saved", "")]
    assert history[0].content_sha256 == content_sha256(validate_content(READY))
    assert service.draft(agreement).based_on == 2


def test_replacing_the_draft_keeps_unsaved_changes_as_a_version(service: AgreementService) -> None:
    agreement = service.create(validate_content(READY))
    service.save_version(agreement)
    draft = service.draft(agreement)
    service.update_draft(agreement, draft.content.model_copy(update={"title": "Typed"}), draft.revision)
    kept = service.replace_draft(
        agreement, validate_content(ready(title="Imported")), label="before import",
        action="imported", based_on=None,
    )
    assert kept == 2
    assert service.content(agreement, 2).title == "Typed"
    assert service.version(agreement, 2).label == "before import"
    assert service.draft(agreement).content.title == "Imported"
    # Once the imported draft is saved, nothing is unsaved: no extra version.
    assert service.save_version(agreement) == (3, True)
    assert service.replace_draft(
        agreement, validate_content(READY), label="before import", action="imported",
        based_on=None,
    ) is None


def test_the_database_refuses_to_change_a_saved_version(service: AgreementService) -> None:
    agreement = service.create(validate_content(READY))
    service.save_version(agreement)
    engine = service.store.engine
    for statement in (
        "UPDATE versions SET content = '{}'",
        "UPDATE versions SET content_sha256 = 'x'",
        "DELETE FROM versions",
    ):
        with pytest.raises(sa.exc.DBAPIError, match="saved version"), engine.begin() as conn:
            conn.execute(sa.text(statement))
    # Status changes stay possible: that is how proposing and signing work.
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE versions SET status = 'saved'"))
    assert service.content(agreement, 1) == validate_content(READY)


def test_sign_off_flow_and_audit_log(service: AgreementService) -> None:
    signoff = SignOffService(service)
    agreement = service.create(validate_content(READY))
    service.save_version(agreement, "v1")
    assert signoff.propose(agreement) == 1
    with pytest.raises(Refused, match="Lee Ops \\(lee\\) is not a signatory"):
        signoff.sign(agreement, "lee")
    first = signoff.sign(agreement, "dana")
    assert (first.status, first.waiting_for) == ("proposed", ("sam",))
    with pytest.raises(Refused, match="already signed"):
        signoff.sign(agreement, "dana")
    assert signoff.sign(agreement, "sam", name="Samantha Sales").status == "signed"
    version = service.version(agreement, 1)
    assert version.status == "signed"
    assert [(s.stakeholder, s.name) for s in version.signatures] == [
        ("dana", "Dana Marketing"), ("sam", "Samantha Sales"),
    ]
    assert all(s.content_sha256 == version.content_sha256 for s in version.signatures)
    # A second signed version supersedes the first.
    draft = service.draft(agreement)
    service.update_draft(agreement, draft.content.model_copy(update={"title": "v2"}), draft.revision)
    service.save_version(agreement)
    signoff.propose(agreement)
    signoff.sign(agreement, "dana")
    signoff.sign(agreement, "sam")
    assert [v.status for v in service.history(agreement)] == ["superseded", "signed"]
    actions = [e.action for e in service.audit_log(agreement)]
    assert actions == [
        "created", "version_saved", "proposed", "signed", "signed", "signed_by_all",
        "version_saved", "proposed", "signed", "signed", "superseded", "signed_by_all",
    ]
    # Signatures on a signed version cannot be removed, even with raw SQL.
    with pytest.raises(sa.exc.DBAPIError, match="signature"), service.store.engine.begin() as c:
        c.execute(sa.text("DELETE FROM signatures"))


def test_proposing_another_version_returns_the_first_to_saved(service: AgreementService) -> None:
    signoff = SignOffService(service)
    agreement = service.create(validate_content(READY))
    service.save_version(agreement)
    signoff.propose(agreement)
    signoff.sign(agreement, "dana")
    draft = service.draft(agreement)
    service.update_draft(agreement, draft.content.model_copy(update={"title": "v2"}), draft.revision)
    service.save_version(agreement)
    assert signoff.propose(agreement) == 2
    assert [(v.status, len(v.signatures)) for v in service.history(agreement)] == [
        ("saved", 0), ("proposed", 0),
    ]
    returned = [e for e in service.audit_log(agreement) if e.action == "returned_to_saved"]
    assert returned[0].detail["withdrawn_signatures"][0]["stakeholder"] == "dana"


def test_propose_is_refused_with_the_readiness_problems(service: AgreementService) -> None:
    agreement = service.create(
        validate_content(ready(terms=[{"key": "mql", "name": "MQL", "status": "disputed"}]))
    )
    service.save_version(agreement)
    with pytest.raises(NotReady) as caught:
        SignOffService(service).propose(agreement)
    assert [p.message for p in caught.value.problems] == ["Terms: “MQL” is still disputed."]
    assert service.version(agreement, 1).status == "saved"


def _make_first_release_database(path: Path) -> None:
    """A database as the first released schema (0001) left it, with one agreement."""
    from alembic import command

    from slaworkshop.store.database import _alembic_config, _make_engine

    engine = _make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    agreement_text = (
        '{"organization":"Old Co","title":"Old agreement"}'
    )
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO agreements VALUES ('a1', '2026-01-01 00:00:00')"))
        conn.execute(
            sa.text(
                "INSERT INTO drafts VALUES ('a1', :c, 'h', 1, NULL, 'Old agreement', 'Old Co',"
                " '2026-01-01 00:00:00')"
            ),
            {"c": agreement_text},
        )
        conn.execute(
            sa.text(
                "INSERT INTO versions (agreement_id, number, status, label, content,"
                " content_sha256, created_at, author, title, organization) VALUES ('a1', 1,"
                " 'signed', '', :c, 'h', '2026-01-01 00:00:00', '', 'Old agreement', 'Old Co')"
            ),
            {"c": agreement_text},
        )
    engine.dispose()


def test_migration_from_the_first_released_schema_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _make_first_release_database(path)
    store = open_store(f"sqlite:///{path}")
    service = AgreementService(store)
    assert [(a.title, a.latest_version, a.status) for a in service.list()] == [
        ("Old agreement", 1, "signed")
    ]
    backups = list((tmp_path / "backups").glob("old-*-before-migration-0001-to-0003.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with pytest.raises(sa.exc.DBAPIError), store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE versions SET content = 'x'"))
    store.dispose()


def test_a_database_from_a_newer_release_is_refused(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    store.dispose()
    with pytest.raises(StoreError, match="was written by a newer release of slaworkshop"):
        open_store(sqlite_url)


def test_a_file_that_is_not_a_database_is_reported_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 10)
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{path}")
    assert caught.value.corrupt
    assert "is not an SQLite database" in str(caught.value)
    assert path.read_bytes().startswith(b"these are my notes")


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.dispose()
    assert migrate  # the public entry stays importable for the backup command


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from slaworkshop.store.database import SCHEMA_HEAD

    config = Config()
    config.set_main_option("script_location", "slaworkshop.store:migrations")
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_a_mistyped_folder_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "agreements.db"
    with pytest.raises(StoreError, match="does not exist, so sqlite:///.* cannot be opened"):
        open_store(f"sqlite:///{missing}")
    assert not missing.parent.exists()


def test_the_default_location_is_created_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    monkeypatch.delenv("SLAWORKSHOP_DB", raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "data"))
    store = open_store()
    assert (tmp_path / "data" / "slaworkshop.db").exists()
    store.dispose()
