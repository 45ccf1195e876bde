"""Files a command writes (export --pdf/--config, backup --to): a name that would replace
the database, one of SQLite's working files beside it, a device, a named pipe or a
folder, or that names a missing folder or the same file twice, is refused before any
work, so the refused command writes nothing and changes nothing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from agreements import doc

from slaworkshop.cli.main import main
from slaworkshop.export.atomic_file import write_all_atomically
from slaworkshop.export.targets import check_targets, target_problem


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by name: its kind, and for a regular file its hash."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[str(path.relative_to(folder))] = "folder" if path.is_dir() else "other"
    return found


@pytest.fixture
def setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str, str]:
    """A folder holding a database with one agreement; (folder, URL, agreement id)."""
    import json

    source = tmp_path.parent / f"{tmp_path.name}-source.json"
    source.write_text(json.dumps(doc()))
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["import", str(source), "--db", url]) == 0
    agreement = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["save", agreement, "--db", url]) == 0
    capsys.readouterr()
    (tmp_path / "out").mkdir()
    return tmp_path, url, agreement


def _refused(capsys: pytest.CaptureFixture[str], args: list[str], *lines: str) -> None:
    code = main(args)
    out, err = capsys.readouterr()
    assert (code, out) == (2, ""), err
    assert err.splitlines() == [f"slaworkshop: error: {line}" for line in lines]


@pytest.mark.parametrize(
    ("option", "name", "message"),
    [
        ("--pdf", "x.db", "that is the database in use; choose another file name"),
        ("--config", "x.db", "that is the database in use; choose another file name"),
        ("--pdf", "x.db-wal", "that is a working file SQLite keeps beside the database {db};"
         " choose another file name"),
        ("--pdf", "x.db-shm", "that is a working file SQLite keeps beside the database {db};"
         " choose another file name"),
        ("--pdf", "out/../x.db-journal", "that is a working file SQLite keeps beside the"
         " database {db}; choose another file name"),
        ("--pdf", "out", "that is a folder, not a regular file; choose a file name"),
        ("--pdf", "/dev/full", "that is a device, not a regular file; choose a file name"),
        ("--config", "/dev/null", "that is a device, not a regular file; choose a file name"),
        ("--pdf", "missing/a.pdf", "the folder missing does not exist; choose another one"),
        ("--config", "x.db/a.yaml", "x.db is not a folder; choose another one"),
    ],
)
def test_export_refuses_a_target_it_must_not_replace(
    setup: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, option: str, name: str, message: str,
) -> None:
    folder, url, agreement = setup
    monkeypatch.chdir(folder)
    before = _snapshot(folder)
    dev = {p: os.stat(p).st_mode for p in ("/dev/full", "/dev/null")}
    _refused(capsys, ["export", agreement, option, name, "--db", url],
             f"{option} {name}: {message.format(db=folder / 'x.db')}")
    # Through SLAWORKSHOP_DB as well (the reported case), with a relative name.
    monkeypatch.setenv("SLAWORKSHOP_DB", url)
    _refused(capsys, ["export", agreement, option, name],
             f"{option} {name}: {message.format(db=folder / 'x.db')}")
    assert _snapshot(folder) == before
    assert {p: os.stat(p).st_mode for p in dev} == dev  # still device nodes


def test_a_hard_link_or_symbolic_link_to_the_database_is_refused(
    setup: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
) -> None:
    folder, url, agreement = setup
    os.link(folder / "x.db", folder / "out" / "hard.pdf")
    (folder / "out" / "soft.pdf").symlink_to(folder / "x.db")
    before = _snapshot(folder)
    for name in ("hard.pdf", "soft.pdf"):
        target = str(folder / "out" / name)
        _refused(capsys, ["export", agreement, "--pdf", target, "--db", url],
                 f"--pdf {target}: that is the database in use; choose another file name")
    assert _snapshot(folder) == before


def test_a_named_pipe_is_refused_without_blocking(
    setup: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
) -> None:
    folder, url, agreement = setup
    fifo = folder / "out" / "pipe.yaml"
    os.mkfifo(fifo)
    _refused(capsys, ["export", agreement, "--config", str(fifo), "--db", url],
             f"--config {fifo}: that is a named pipe, not a regular file; choose a file name")
    assert fifo.is_fifo()


def test_export_refuses_an_empty_name_instead_of_printing_the_config(
    setup: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
) -> None:
    folder, url, agreement = setup
    before = _snapshot(folder)
    _refused(capsys, ["export", agreement, "--pdf", "", "--db", url],
             "--pdf: the file name is empty; name a file")
    _refused(capsys, ["export", agreement, "--config", "", "--db", url],
             "--config: the file name is empty; name a file")
    assert _snapshot(folder) == before


def test_export_refuses_one_name_for_both_files(
    setup: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, url, agreement = setup
    monkeypatch.chdir(folder)
    (folder / "out" / "a.yaml").write_text("kept: true\n")
    before = _snapshot(folder)
    _refused(capsys, ["export", agreement, "--pdf", "out/a.yaml", "--config", "out/a.yaml",
                      "--db", url],
             "--pdf out/a.yaml and --config out/a.yaml name the same file; choose two"
             " different names")
    _refused(capsys, ["export", agreement, "--pdf", "b.yaml", "--config", "out/../b.yaml",
                      "--db", url],
             "--pdf b.yaml and --config out/../b.yaml name the same file; choose two"
             " different names")
    assert _snapshot(folder) == before


def test_a_config_that_cannot_be_written_leaves_no_pdf_behind(
    setup: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
) -> None:
    """Was: the PDF was written, then --config failed with exit 2."""
    folder, url, agreement = setup
    before = _snapshot(folder)
    pdf, config = folder / "out" / "ok.pdf", folder / "missing" / "a.yaml"
    _refused(capsys, ["export", agreement, "--pdf", str(pdf), "--config", str(config),
                      "--db", url],
             f"--config {config}: the folder {config.parent} does not exist; choose another one")
    assert _snapshot(folder) == before


def test_files_written_together_are_all_written_or_none(tmp_path: Path) -> None:
    """The second file's folder is a file: the first is not written either, and no
    temporary file is left."""
    (tmp_path / "kept.pdf").write_bytes(b"old")
    (tmp_path / "plain").write_bytes(b"")
    before = _snapshot(tmp_path)
    with pytest.raises(NotADirectoryError):
        write_all_atomically([(tmp_path / "kept.pdf", b"new"),
                              (tmp_path / "plain" / "a.yaml", b"x")])
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "--to: the file name is empty; name a file"),
        ("x.db", "--to x.db: that is the database in use; choose another file name"),
        ("x.db-wal", "--to x.db-wal: that is a working file SQLite keeps beside the database"
         " {db}; choose another file name"),
        ("/dev/full", "--to /dev/full: that is a device, not a regular file; choose a file name"),
        ("missing/b.db", "--to missing/b.db: the folder missing does not exist; choose another"
         " one"),
    ],
)
def test_backup_refuses_a_target_it_must_not_write(
    setup: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, name: str, message: str,
) -> None:
    """Was: ``--to ''`` backed up into the backup folder, ``--to x.db-wal`` wrote a whole
    database where SQLite looks for its write-ahead log."""
    folder, url, _agreement = setup
    monkeypatch.chdir(folder)
    before = _snapshot(folder)
    _refused(capsys, ["backup", "--to", name, "--db", url], message.format(db=folder / "x.db"))
    assert _snapshot(folder) == before


def test_the_shared_check_guards_the_window_s_export_too(tmp_path: Path) -> None:
    """The window's Export (``ui.signoff.export_command``) asks the same question."""
    url = f"sqlite:///{tmp_path / 'x.db'}"
    (tmp_path / "x.db").write_bytes(b"")
    assert target_problem(tmp_path / "x.db", database_url=url) == (
        "that is the database in use; choose another file name")
    assert target_problem(tmp_path / "x.db-shm", database_url=url) == (
        f"that is a working file SQLite keeps beside the database {tmp_path / 'x.db'};"
        " choose another file name")
    assert target_problem(tmp_path / "x.pdf", database_url=url) is None
    assert target_problem(tmp_path / "x.db", database_url="postgresql://h/db") is None
    # A URL with a driver or options names the same file.
    assert target_problem(tmp_path / "x.db", database_url=f"sqlite+pysqlite:///{tmp_path}"
                          "/x.db?timeout=5") == (
        "that is the database in use; choose another file name")
    assert check_targets([("--pdf", "a.pdf")]) == []


def test_a_symbolic_link_loop_is_refused_in_a_sentence(
    setup: tuple[Path, str, str], capsys: pytest.CaptureFixture[str],
) -> None:
    folder, url, agreement = setup
    loop = folder / "out" / "loop.pdf"
    loop.symlink_to(folder / "out" / "back.pdf")
    (folder / "out" / "back.pdf").symlink_to(loop)
    before = _snapshot(folder)
    _refused(capsys, ["export", agreement, "--pdf", str(loop), "--db", url],
             f"--pdf {loop}: it cannot be used: Too many levels of symbolic links")
    assert _snapshot(folder) == before
