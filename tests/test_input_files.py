"""Files a command reads (import, import --into, verify, the window's new-from-file): only
a regular file is read. A named pipe blocked ``open`` for ever; a device could be read
for ever. Each is refused at once, in a sentence naming the file, changing nothing."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from agreements import doc

from slaworkshop.cli.main import main
from slaworkshop.export.config_file import read_config_file
from slaworkshop.models import DocumentInvalid

#: A refusal is immediate; a blocked open would never come back.
TIMEOUT_S = 20


def _run_with_timeout(args: list[str]) -> int:
    """``main(args)`` on a thread, failing the test (not hanging it) if it blocks."""
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(main(args)), daemon=True)
    thread.start()
    thread.join(TIMEOUT_S)
    if thread.is_alive():
        # Unblock the reader so the thread can end: open the pipe for writing.
        for arg in args:
            if Path(arg).is_fifo():
                os.close(os.open(arg, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"slaworkshop {' '.join(args[:2])} blocked for {TIMEOUT_S} s")
    return result[0]


@pytest.fixture
def database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str, Path]:
    """(URL, agreement id, folder) of a database with one agreement."""
    source = tmp_path / "a.json"
    source.write_text(json.dumps(doc()))
    url = f"sqlite:///{tmp_path / 'db' / 'x.db'}"
    (tmp_path / "db").mkdir()
    assert main(["import", str(source), "--db", url]) == 0
    agreement = capsys.readouterr().out.strip().splitlines()[-1]
    return url, agreement, tmp_path / "db"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda p: os.mkfifo(p), "a named pipe"),
        (lambda p: p.mkdir(), "a folder"),
        (lambda p: p.symlink_to("/dev/zero"), "a device"),
    ],
    ids=["fifo", "folder", "device"],
)
def test_import_and_verify_refuse_what_is_not_a_regular_file(
    database: tuple[str, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    make, kind: str,  # type: ignore[no-untyped-def]
) -> None:
    url, agreement, folder = database
    path = tmp_path / "input.yaml"
    make(path)
    before = _snapshot(folder)
    for args in (["import", str(path)], ["import", str(path), "--into", agreement],
                 ["verify", str(path)]):
        code = _run_with_timeout([*args, "--db", url])
        out, err = capsys.readouterr()
        assert (code, out) == (2, "")
        assert err.splitlines() == [
            f"slaworkshop: error: cannot read {path}: it is {kind}, not a regular file"]
    assert _snapshot(folder) == before


def test_the_window_s_new_from_file_reader_refuses_a_pipe(tmp_path: Path) -> None:
    """``ui.start_window`` reads the chosen file with ``read_config_file``."""
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    result: list[BaseException] = []

    def read() -> None:
        try:
            read_config_file(path)
        except DocumentInvalid as exc:
            result.append(exc)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    thread.join(TIMEOUT_S)
    if thread.is_alive():
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a named pipe blocked")
    [error] = result
    assert [str(p) for p in error.problems] == [  # type: ignore[attr-defined]
        f"cannot read {path}: it is a named pipe, not a regular file"]
