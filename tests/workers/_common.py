"""What every kill-harness worker shares: open the store, say ready, acknowledge commits.

A worker writes one line per committed write *after* the commit returned: a line the
harness has read is a promise that the write is in the database. Run as a script
(``python tests/workers/autosave.py DB_URL ...``) the lines go to stdout, flushed; run
by the harness in a forked process (``run``), they go to a file opened for appending,
with one unbuffered ``write`` per line, so a SIGKILL can never lose a written line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from slaworkshop.services import AgreementService
from slaworkshop.store import open_store

Ack = Callable[[str], None]
Body = Callable[[AgreementService, list[str], Ack], None]


def _stdout_ack(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run(body: Body, actor: str, url: str, args: list[str], ack_path: str | None) -> None:
    """Open the store, say ``ready``, then run ``body`` until killed."""
    if ack_path is None:
        ack: Ack = _stdout_ack
    else:
        fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

        def ack(line: str) -> None:
            os.write(fd, (line + "\n").encode("utf-8"))

    service = AgreementService(open_store(url), actor=actor)
    ack("ready")
    body(service, args, ack)


def script(body: Body, actor: str) -> None:
    url, *args = sys.argv[1:]
    run(body, actor, url, args, None)
