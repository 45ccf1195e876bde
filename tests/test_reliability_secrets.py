"""The shared database (issue #5): its password is never printed nor logged.

Every command that takes ``--db`` is run against an unreachable server and against a
reachable server with a database that does not exist, with a password in the URL.
"""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest
from reliability_support import EXAMPLE

from slaworkshop.cli.main import main

SECRET = "s3cr3t-Pa55"

COMMANDS: list[tuple[str, ...]] = [
    ("import", str(EXAMPLE)),
    ("import", str(EXAMPLE), "--into", "abcd1234"),
    ("list",),
    ("list", "--format", "json"),
    ("history", "abcd1234"),
    ("save", "abcd1234", "--label", "x"),
    ("propose", "abcd1234"),
    ("sign", "abcd1234", "--stakeholder", "dana"),
    ("export", "abcd1234"),
    ("diff", "abcd1234", "1", "draft"),
    ("backup",),
    ("restore", str(EXAMPLE)),
]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again once the block ends


def _assert_secret_kept(
    argv: list[str], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> str:
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (code, out, err)
    assert SECRET not in out and SECRET not in err, err
    assert SECRET not in caplog.text
    assert all(SECRET not in str(r.args) for r in caplog.records)
    assert "Traceback" not in err and err.startswith("slaworkshop: error: "), err
    return err


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:1] + c[2:3]))
def test_unreachable_server(
    command: tuple[str, ...], capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = f"postgresql://team:{SECRET}@127.0.0.1:{_closed_port()}/slaworkshop"
    err = _assert_secret_kept([*command, "--db", url], capsys, caplog)
    assert "team:***@127.0.0.1" in err


@pytest.mark.postgres
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:1] + c[2:3]))
def test_reachable_server_wrong_database(
    command: tuple[str, ...], postgres_base_url: str, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = postgres_base_url.replace("://postgres@", f"://postgres:{SECRET}@") + "/no_such_db"
    err = _assert_secret_kept([*command, "--db", url], capsys, caplog)
    assert "postgres:***@" in err
    if command[0] not in ("backup", "restore"):
        assert "no_such_db" in err and "does not exist" in err


def test_password_in_the_environment_variable_is_kept_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture, tmp_path: Path,
) -> None:
    monkeypatch.setenv("SLAWORKSHOP_DB", f"postgresql://team:{SECRET}@127.0.0.1:{_closed_port()}/x")
    _assert_secret_kept(["list"], capsys, caplog)
    _assert_secret_kept(["backup", "--to", str(tmp_path / "b.db")], capsys, caplog)


def test_a_server_that_never_answers_is_given_up_with_a_message(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    """libpq waits for ever by default: a server whose host had gone away held `list`
    (and the closing of a window) for minutes. A socket that takes the connection and
    never speaks stands in for it; the wait is shortened for the test."""
    from slaworkshop.store import database

    monkeypatch.setattr(database, "PG_CONNECT_TIMEOUT_S", 1)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        port = silent.getsockname()[1]
        url = f"postgresql://team:{SECRET}@127.0.0.1:{port}/slaworkshop"
        err = _assert_secret_kept(["list", "--db", url], capsys, caplog)
    assert "team:***@127.0.0.1" in err and "timeout expired" in err, err


def test_a_short_password_does_not_mask_letters_of_the_message(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The password "p" made the driver's "timeout expired" read "ex***ired"."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        port = silent.getsockname()[1]
        code = main(["list", "--db",
                     f"postgresql://team:p@127.0.0.1:{port}/sla?connect_timeout=1"])
    err = capsys.readouterr().err
    assert code == 2
    assert "connection timeout expired" in err, err
    assert "team:***@127.0.0.1" in err


def test_a_password_quoted_back_by_the_driver_is_masked() -> None:
    from slaworkshop.store.errors import scrubbed

    assert scrubbed('password="p" host=x: timeout expired', "p") == (
        'password="***" host=x: timeout expired')
    assert scrubbed(f"postgresql://team:{SECRET}@h/x failed", SECRET) == (
        "postgresql://team:***@h/x failed")


def test_libpq_s_own_wait_in_the_environment_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default wait overrode PGCONNECT_TIMEOUT set for the seat (review)."""
    from sqlalchemy import event

    from slaworkshop.store.database import _make_engine

    def asked(url: str) -> dict[str, object]:
        engine = _make_engine(url)
        seen: dict[str, object] = {}

        @event.listens_for(engine, "do_connect")
        def _stop(_dialect: object, _record: object, _args: object,
                  params: dict[str, object]) -> None:
            seen.update(params)
            raise RuntimeError("not connecting")

        with pytest.raises(RuntimeError):
            engine.connect()
        engine.dispose()
        return seen

    url = "postgresql://team@127.0.0.1:5/slaworkshop"
    assert asked(url)["connect_timeout"] == 10
    assert asked(url + "?connect_timeout=3")["connect_timeout"] == "3"
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "4")
    assert "connect_timeout" not in asked(url)  # libpq reads the variable itself
