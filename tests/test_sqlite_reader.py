"""Read-only commands over an SQLite file read it with sqlite3 alone: the same answers as
the store, the same refusals, and SQLAlchemy never loaded."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_support import damage_middle_page

from slaworkshop.cli.main import main
from slaworkshop.export.config_file import read_config
from slaworkshop.services import AgreementService, SignOffService
from slaworkshop.services.reading import AgreementReader
from slaworkshop.store import StoreError, open_store
from slaworkshop.store.locations import plain_sqlite_path
from slaworkshop.store.sqlite_reader import SqliteReading, sqlite_reading

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-agreement.yaml"
def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", (40, 12), (0, 0, 40, 255)).save(out, "PNG")
    return out.getvalue()


PNG = _png()


@pytest.fixture
def signed_twice(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """An agreement with a signed version 1 (one drawn signature), a proposed version 2
    signed by one person, and an edited draft."""
    url = f"sqlite:///{tmp_path / 'team.db'}"
    store = open_store(url)
    agreements = AgreementService(store, actor="test")
    signoff = SignOffService(agreements)
    content = read_config(EXAMPLE.read_bytes(), EXAMPLE.name).content
    terms = [
        t.model_copy(update={"status": "agreed", "agreed_definition": "A qualified deal."})
        if t.status == "disputed" else t
        for t in content.terms
    ]
    first = content.model_copy(update={"terms": terms})
    agreement_id = agreements.create(first)
    agreements.save_version(agreement_id, "first")
    signoff.propose(agreement_id)
    signoff.sign(agreement_id, "priya", drawing_png=PNG)
    signoff.sign(agreement_id, "jordan")
    signoff.sign(agreement_id, "sam")
    second = first.model_copy(update={"title": "Second edition"})
    agreements.update_draft(agreement_id, second, agreements.draft(agreement_id).revision)
    agreements.save_version(agreement_id, "second")
    signoff.propose(agreement_id)
    signoff.sign(agreement_id, "jordan")
    third = second.model_copy(update={"title": "Third, not saved"})
    agreements.update_draft(agreement_id, third, agreements.draft(agreement_id).revision)
    store.dispose()
    yield url, agreement_id


def _both(url: str) -> tuple[AgreementService, AgreementReader]:
    direct = sqlite_reading(url)
    assert direct is not None
    return AgreementService(open_store(url, backup_every=None)), AgreementReader(direct.reading)


def test_both_readers_tell_whether_the_draft_changed_since_the_latest_version(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'changes.db'}"
    store = open_store(url)
    agreements = AgreementService(store, actor="test")
    content = read_config(EXAMPLE.read_bytes(), EXAMPLE.name).content
    never_saved = agreements.create(content.model_copy(update={"title": "A never saved"}))
    unchanged = agreements.create(content.model_copy(update={"title": "B unchanged"}))
    agreements.save_version(unchanged, "")
    edited = agreements.create(content.model_copy(update={"title": "C edited"}))
    agreements.save_version(edited, "")
    agreements.update_draft(edited, content.model_copy(update={"title": "C edited again"}),
                            agreements.draft(edited).revision)
    store.dispose()
    store, direct = _both(url)
    try:
        assert direct.list() == store.list()
        assert {s.id: s.draft_changed for s in direct.list()} == {
            never_saved: False, unchanged: False, edited: True}
    finally:
        store.store.dispose()


def test_every_read_gives_what_the_store_gives(signed_twice: tuple[str, str]) -> None:
    url, agreement_id = signed_twice
    store, direct = _both(url)
    try:
        assert direct.list() == store.list()
        assert [(s.id, s.latest_version, s.status, s.draft_changed)
                for s in direct.list()] == [(agreement_id, 2, "proposed", True)]
        assert direct.resolve(agreement_id[:6].upper()) == store.resolve(agreement_id[:6])
        assert direct.draft(agreement_id) == store.draft(agreement_id)
        history = direct.history(agreement_id)
        assert history == store.history(agreement_id)
        assert [v.status for v in history] == ["signed", "proposed"]
        assert history[0].signatures[0].drawing_png == PNG
        assert history[0].created_at.tzinfo is not None
        for number in (1, 2):
            assert direct.version(agreement_id, number) == store.version(agreement_id, number)
        for ref in (None, "draft", 1, 2):
            assert direct.content(agreement_id, ref) == store.content(agreement_id, ref)
            assert direct.file(agreement_id, ref) == store.file(agreement_id, ref)
        assert direct.content(agreement_id, "draft").title == "Third, not saved"
        assert direct.latest_number(agreement_id) == 2
    finally:
        store.store.dispose()


def test_missing_agreements_and_versions_are_refused_in_the_same_words(
    signed_twice: tuple[str, str],
) -> None:
    url, agreement_id = signed_twice
    store, direct = _both(url)
    try:
        for read in (
            lambda reader: reader.resolve("abc"),
            lambda reader: reader.resolve("ffffffff"),
            lambda reader: reader.draft("nope"),
            lambda reader: reader.history("nope"),
            lambda reader: reader.version(agreement_id, 9),
            lambda reader: reader.file(agreement_id, 9),
        ):
            with pytest.raises(StoreError) as from_store:
                read(store)
            with pytest.raises(StoreError) as from_direct:
                read(direct)
            assert str(from_direct.value) == str(from_store.value)
            assert type(from_direct.value) is type(from_store.value)
    finally:
        store.store.dispose()


def _export(url: str, agreement_id: str, *args: str) -> subprocess.CompletedProcess[str]:
    probe = (
        "import sys\n"
        "from slaworkshop.cli.main import main\n"
        "code = main(sys.argv[1:])\n"
        "print('sqlalchemy' in sys.modules, 'alembic' in sys.modules, 'yaml' in sys.modules,"
        " file=sys.stderr)\n"
        "raise SystemExit(code)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, "--db", url, "export", agreement_id, *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_export_reads_the_file_without_loading_sqlalchemy_and_writes_the_same_config(
    signed_twice: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, agreement_id = signed_twice
    done = _export(url, agreement_id, "--version", "1", "--config", str(tmp_path / "direct.json"))
    assert done.returncode == 0, done.stderr
    # the config is written as JSON: PyYAML, for the YAML syntax, is not loaded either
    assert done.stderr.splitlines()[-1] == "False False False"
    # The same command forced through the full store.
    import slaworkshop.store.sqlite_reader as reader_module

    monkeypatch.setattr(reader_module, "sqlite_reading", lambda url: None)
    assert main(["--db", url, "export", agreement_id, "--version", "1", "--config",
                 str(tmp_path / "store.json")]) == 0
    capsys.readouterr()
    assert (tmp_path / "direct.json").read_bytes() == (tmp_path / "store.json").read_bytes()
    assert b'"status": "signed"' in (tmp_path / "direct.json").read_bytes()


def test_a_pdf_export_loads_neither_sqlalchemy_nor_yaml_and_attaches_the_json_config(
    signed_twice: tuple[str, str], tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    url, agreement_id = signed_twice
    pdf, config = tmp_path / "v1.pdf", tmp_path / "v1.json"
    done = _export(url, agreement_id, "--version", "1", "--pdf", str(pdf),
                   "--config", str(config))
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "False False False"
    attached = [data for files in PdfReader(pdf).attachments.values() for data in files]
    assert attached[0] == config.read_bytes()


def test_a_database_to_migrate_goes_through_the_store(signed_twice: tuple[str, str]) -> None:
    url, _agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.commit()
    conn.close()
    assert sqlite_reading(url) is None


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize(
    "damage",
    [_truncate, damage_middle_page, lambda path: path.write_bytes(b"not a database" * 500)],
    ids=["truncated", "page", "foreign"],
)
def test_a_damaged_file_is_refused_as_the_store_refuses_it_and_left_alone(
    signed_twice: tuple[str, str], damage: object,
) -> None:
    url, _agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    damage(path)  # type: ignore[operator]
    before = path.read_bytes()
    with pytest.raises(StoreError) as from_store:
        open_store(url, backup_every=None)
    with pytest.raises(StoreError) as from_direct:
        sqlite_reading(url)
    assert str(from_direct.value) == str(from_store.value)
    assert from_direct.value.corrupt
    assert path.read_bytes() == before


def test_a_writer_in_another_window_does_not_hold_up_a_read(
    signed_twice: tuple[str, str],
) -> None:
    url, agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE drafts SET title = 'being written'")
    try:
        direct = sqlite_reading(url)
        assert direct is not None
        assert AgreementReader(direct.reading).file(agreement_id, 2).content.title == (
            "Second edition"
        )
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_file_gone_since_the_check_is_reported_not_created(tmp_path: Path) -> None:
    gone = tmp_path / "gone.db"
    reading = SqliteReading(gone, f"sqlite:///{gone}")
    with pytest.raises(StoreError) as caught, reading.reading():
        pass
    assert str(caught.value).startswith(f"cannot use the database sqlite:///{gone}: ")
    assert not gone.exists()


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///team.db", Path("team.db")),
        ("sqlite:////srv/data/team.db", Path("/srv/data/team.db")),
        ("sqlite:///team.db?mode=ro", None),
        ("sqlite:///caf%C3%A9.db", None),
        ("sqlite:///~/team.db", None),
        ("sqlite+pysqlite:///team.db", None),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("postgresql://user:secret@host/db", None),
    ],
)
def test_only_plain_sqlite_urls_are_read_directly(url: str, path: Path | None) -> None:
    assert plain_sqlite_path(url) == path


def _edit(path: Path, *statements: str) -> None:
    """What someone with the sqlite3 shell could do, triggers dropped first and created
    again after (a database without them is refused as soon as it is opened)."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for trigger, _sql in triggers:
        conn.execute(f"DROP TRIGGER {trigger}")
    for statement in statements:
        conn.execute(statement)
    for _trigger, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("statement", "read", "message"),
    [
        ("UPDATE versions SET content = replace(content, 'Northwind', 'Southwind')"
         " WHERE number = 1",
         lambda reader, agreement_id: reader.file(agreement_id, 1),
         "version 1 in the database does not match its recorded content hash: it was changed"
         " outside slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE drafts SET content = '{\"title\": 5}', content_sha256 ="
         " '9f2d9d5b54c0ccb3da5d2a3e0f3fbe4dc6a0e4f4a1b7b4c07a9c36a0a8b3f0b1'",
         lambda reader, agreement_id: reader.draft(agreement_id),
         "the draft in the database does not match its recorded content hash: it was changed"
         " outside slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE versions SET created_at = 'yesterday' WHERE number = 2",
         lambda reader, agreement_id: reader.history(agreement_id),
         "the database holds a time it cannot read ('yesterday'); it was changed outside"
         " slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE signatures SET drawing_png = 'abc'",
         lambda reader, agreement_id: reader.history(agreement_id),
         "a drawn signature in the database cannot be read (it is str, not an image): it was"
         " changed outside slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE versions SET content = CAST(content AS BLOB) WHERE number = 1",
         lambda reader, agreement_id: reader.content(agreement_id, 1),
         "version 1 in the database cannot be read (it is bytes, not text): it was changed"
         " outside slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE versions SET number = 'x' WHERE number = 2",
         lambda reader, agreement_id: reader.file(agreement_id),
         "a version number in the database cannot be read ('x'): it was changed outside"
         " slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE versions SET status = X'7369676e6564' WHERE number = 2",
         lambda reader, agreement_id: reader.history(agreement_id),
         "the status of version 2 in the database cannot be read (it is bytes, not text):"
         " it was changed outside slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE versions SET status = 'hacked' WHERE number = 1",
         lambda reader, agreement_id: reader.file(agreement_id, 1),
         "the status of version 1 in the database cannot be read ('hacked' is not a status):"
         " it was changed outside slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE drafts SET title = X'00'",
         lambda reader, agreement_id: reader.list(),
         "the title of an agreement in the database cannot be read (it is bytes, not text):"
         " it was changed outside slaworkshop; restore a backup with 'slaworkshop restore'"),
        ("UPDATE signatures SET name = X'00'",
         lambda reader, agreement_id: reader.version(agreement_id, 1),
         "the name of a signature in the database cannot be read (it is bytes, not text):"
         " it was changed outside slaworkshop; restore a backup with 'slaworkshop restore'"),
    ],
    ids=["signed-version-edited", "draft-replaced", "garbled-time", "drawing-text",
         "content-blob", "number-text", "status-blob", "status-unknown", "title-blob",
         "signer-blob"],
)
def test_a_row_edited_outside_is_refused_by_both_paths_in_one_sentence(
    signed_twice: tuple[str, str], statement: str, read: object, message: str,
) -> None:
    url, agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    _edit(path, statement)
    store, direct = _both(url)
    try:
        for reader in (store, direct):
            with pytest.raises(StoreError) as caught:
                read(reader, agreement_id)  # type: ignore[operator]
            assert str(caught.value) == message
    finally:
        store.store.dispose()


def test_an_edited_draft_is_never_frozen_into_a_version(
    signed_twice: tuple[str, str], capsys: pytest.CaptureFixture[str],
) -> None:
    url, agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    _edit(path, "UPDATE drafts SET content = replace(content, 'Northwind', 'Southwind')")
    assert main(["--db", url, "save", agreement_id, "--label", "tampered"]) == 2
    assert capsys.readouterr().err == (
        "slaworkshop: error: the draft in the database does not match its recorded content"
        " hash: it was changed outside slaworkshop; restore a backup with 'slaworkshop"
        " restore'\n"
    )
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM versions").fetchone() == (2,)
    conn.close()


def test_stored_content_that_is_not_an_agreement_is_refused_by_both_paths(
    signed_twice: tuple[str, str],
) -> None:
    url, agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    _store_text(path, '{"title": 5}')
    store, direct = _both(url)
    try:
        for reader in (store, direct):
            with pytest.raises(StoreError) as caught:
                reader.draft(agreement_id)
            assert str(caught.value).startswith(
                "the draft in the database cannot be read (2 validation errors for Content):"
                " it was changed outside slaworkshop"
            ), str(caught.value)
    finally:
        store.store.dispose()


def _store_text(path: Path, body: str) -> None:
    """The draft's content replaced by ``body`` with its correct hash (drafts have no
    trigger: this is an edit any program could make)."""
    import hashlib

    conn = sqlite3.connect(path)
    conn.execute("UPDATE drafts SET content = ?, content_sha256 = ?",
                 (body, hashlib.sha256(body.encode()).hexdigest()))
    conn.commit()
    conn.close()


def test_json_nested_past_pythons_recursion_is_refused_not_a_crash(
    signed_twice: tuple[str, str],
) -> None:
    url, agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    _store_text(path, "[" * 100_000 + "]" * 100_000)
    direct = sqlite_reading(url)
    assert direct is not None
    with pytest.raises(StoreError) as caught:
        AgreementReader(direct.reading).draft(agreement_id)
    assert str(caught.value).startswith(
        "the draft in the database cannot be read (it is nested too deeply)")


def test_an_invalid_draft_with_a_matching_hash_is_never_frozen(
    signed_twice: tuple[str, str], capsys: pytest.CaptureFixture[str],
) -> None:
    url, agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    _store_text(path, '{"title": 5}')
    assert main(["--db", url, "save", agreement_id]) == 2
    assert capsys.readouterr().err.startswith(
        "slaworkshop: error: the draft in the database cannot be read (2 validation errors")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM versions").fetchone() == (2,)
    conn.close()


def test_a_path_written_with_two_leading_slashes_opens(signed_twice: tuple[str, str]) -> None:
    url, agreement_id = signed_twice
    doubled = url.replace("sqlite:///", "sqlite:////", 1)  # sqlite://///tmp/...
    direct = sqlite_reading(doubled)
    assert direct is not None
    assert AgreementReader(direct.reading).resolve(agreement_id) == agreement_id


def test_a_database_held_exclusively_is_busy_not_damaged(signed_twice: tuple[str, str]) -> None:
    url, _agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as caught:
            sqlite_reading(url)
        assert str(caught.value) == f"the database {path} is busy in another program; try again"
        assert not caught.value.corrupt
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("direct", [True, False], ids=["direct", "store"])
def test_a_daily_backup_that_cannot_be_written_is_one_sentence_and_nothing_opens(
    signed_twice: tuple[str, str], direct: bool, monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, _agreement_id = signed_twice
    path = plain_sqlite_path(url)
    assert path is not None
    backups = path.parent / "backups"
    if backups.exists():
        shutil.rmtree(backups)
    backups.write_text("a file where the backups folder should be")
    before = path.read_bytes()
    if not direct:
        import slaworkshop.store.sqlite_reader as reader_module

        monkeypatch.setattr(reader_module, "sqlite_reading", lambda url: None)
    with pytest.raises(StoreError) as refused:
        if direct:
            sqlite_reading(url)
        else:
            open_store(url).dispose()
    assert str(refused.value).startswith(f"cannot write the daily backup of {path} into {backups}:")
    assert str(refused.value).endswith("; the database is opened only once it can be backed up")
    assert path.read_bytes() == before
