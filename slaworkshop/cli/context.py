"""What every command needs: the services over the database named by ``--db``.

Imports of the store and services happen when a context is opened: a command that only
reads an SQLite file (``open_reading``) never loads SQLAlchemy.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .main import UsageError

if TYPE_CHECKING:
    from slaworkshop.services import AgreementService, SignOffService
    from slaworkshop.services.reading import AgreementReader
    from slaworkshop.store import Store


@dataclass
class Context:
    store: Store
    agreements: AgreementService
    signoff: SignOffService

    def close(self) -> None:
        self.store.dispose()


def open_context(args: argparse.Namespace) -> Context:
    from slaworkshop.services import AgreementService, SignOffService
    from slaworkshop.store import open_store

    store = open_store(getattr(args, "db", None))
    agreements = AgreementService(store)
    return Context(store, agreements, SignOffService(agreements))


@dataclass
class ReadingContext:
    """The read use cases, and how to let go of what they read through."""

    agreements: AgreementReader
    close: Callable[[], None]


def database_url(args: argparse.Namespace) -> str:
    """The URL of the database the command works on (``--db``, else the default)."""
    from slaworkshop.store.locations import default_url

    return getattr(args, "db", None) or default_url()


def check_outputs(args: argparse.Namespace, named: Sequence[tuple[str, str]]) -> None:
    """Refuse, before any work, files the command must not write (``export.targets``):
    the database and its working files, a device, a missing folder, one name twice."""
    from slaworkshop.export.targets import check_targets
    from slaworkshop.safe_text import printable

    problems = check_targets(named, database_url=database_url(args))
    if problems:
        # one line each, even when a file name holds a line break
        raise UsageError("\n".join(printable(problem, limit=2000) for problem in problems))


def open_reading(args: argparse.Namespace) -> ReadingContext:
    """For a command that only reads: an existing SQLite file at this release's schema is
    read directly (``store.sqlite_reader``); any other database through ``open_store``."""
    from slaworkshop.services.reading import AgreementReader
    from slaworkshop.store.locations import default_url
    from slaworkshop.store.sqlite_reader import sqlite_reading

    direct = sqlite_reading(getattr(args, "db", None) or default_url())
    if direct is not None:
        return ReadingContext(AgreementReader(direct.reading), close=lambda: None)
    full = open_context(args)
    return ReadingContext(full.agreements, close=full.close)
