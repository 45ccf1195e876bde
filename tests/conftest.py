"""Shared fixtures: a fresh database per test on SQLite and on a throwaway PostgreSQL.

The PostgreSQL server is started once per test session on 127.0.0.1 (a free port, a
socket folder of its own, fsync off) and stopped at the end. Each test gets a new
database on it. Without a server binary the PostgreSQL cases are skipped, except in
CI (CI=true), where that is a failure: CI must prove both engines.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "northwind-agreement.yaml"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Server:
    def __init__(self) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not found:
            raise RuntimeError("no PostgreSQL server binaries under /usr/lib/postgresql")
        self.bin = Path(found[-1]).parent
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="slaworkshop-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        if self.as_root:
            shutil.chown(self.folder, user="postgres", group="postgres")

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run(
            [*prefix, *command], check=True, capture_output=True, text=True, timeout=120
        )

    def start(self) -> None:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
            "--no-sync", "-E", "UTF8", "--locale=C",
        )
        options = (
            f"-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            f" -c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder}"
            " -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.folder / "server.log"), "-w", "start",
        )

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def base_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"


@pytest.fixture(scope="session")
def postgres_base_url() -> Iterator[str]:
    """``postgresql+psycopg://user@host:port`` of a server the tests may create databases on."""
    external = os.environ.get("SLAWORKSHOP_TEST_PG")
    if external:
        yield external.rstrip("/")
        return
    try:
        server = _Server()
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError, KeyError, LookupError) as exc:
        message = f"no throwaway PostgreSQL server: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield server.base_url
    finally:
        server.stop()


def new_postgres_database(base_url: str) -> str:
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    plain = base_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"


@pytest.fixture
def postgres_url(postgres_base_url: str) -> str:
    """A URL of a new, empty PostgreSQL database."""
    return new_postgres_database(postgres_base_url)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database, once per engine."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'slaworkshop.db'}"
    return new_postgres_database(request.getfixturevalue("postgres_base_url"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'slaworkshop.db'}"


@pytest.fixture
def example_bytes() -> bytes:
    return EXAMPLE.read_bytes()
