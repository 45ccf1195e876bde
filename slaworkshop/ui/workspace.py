"""The services the windows use, over one database. The UI holds no database session.

A window opens on reads; only an edit needs the store. Over a plain SQLite file at this
release's schema (``store.sqlite_reader``: the same checks and messages as opening the
store), those first reads go through ``sqlite3``, and the store, with SQLAlchemy (about
a third of the start-up), is opened once the window is on screen, on a background
thread (``open_soon``): the window neither waits for it nor freezes while it loads,
and a busy database makes that thread wait, not the window. Anything that writes
(``agreements``, ``signoff``, ``store``) waits for that thread, then opens the store
itself if it is still not open (the autosave asks from its own worker thread). Any
other database is opened before the first window, as before.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from slaworkshop.services.reading import AgreementReader

from .sentences import as_sentence

if TYPE_CHECKING:
    from slaworkshop.services import AgreementService, SignOffService
    from slaworkshop.store import Store

#: What opening the store loads (pydantic, our models and SQLAlchemy among them).
STORE_MODULES = (
    "slaworkshop.models",
    "slaworkshop.store.database",
    "slaworkshop.store.repository",
    "slaworkshop.services.agreements",
    "slaworkshop.services.signoff",
)


class WorkspaceEvents(QObject):
    """What happens to the store after the first window is up (emitted on the loading
    thread; a window's slots get them on the UI thread, queued)."""

    failed = Signal(str)  # opening the store failed: a sentence for the status bar


class Workspace:
    def __init__(self, url: str | None, *, store: Store | None = None,
                 reader: AgreementReader | None = None) -> None:
        self._url = url
        self._store: Store | None = None
        self._agreements: AgreementService | None = None
        self._signoff: SignOffService | None = None
        self._reader = reader
        self._loader: threading.Thread | None = None
        self._lock = threading.Lock()  # one opening at a time, whichever thread asks
        self._closed = False
        #: Why the store did not open in the background, until it opens.
        self.open_failure: str | None = None
        self.events = WorkspaceEvents()
        if store is not None:
            self._attach(store)

    @classmethod
    def open(cls, url: str | None) -> Workspace:
        """The workspace over ``url`` (None: the user's database). Raises StoreError
        for a file that cannot be opened, with the store's own message."""
        from slaworkshop.store.locations import default_url
        from slaworkshop.store.sqlite_reader import sqlite_reading

        direct = sqlite_reading(url or default_url())
        if direct is None:
            from slaworkshop.store import open_store

            return cls(url, store=open_store(url))
        return cls(url, reader=AgreementReader(direct.reading))

    # -- reading: never waits for the store -------------------------------------------

    @property
    def reader(self) -> AgreementReader:
        """The read use cases: the store's once it is open, else the direct reads."""
        if self._agreements is not None:
            return self._agreements
        assert self._reader is not None
        return self._reader

    @property
    def url(self) -> str:
        """The database's URL (with any password: not for showing; see ``display_url``)."""
        from slaworkshop.store.locations import default_url

        return self._url or default_url()

    @property
    def display_url(self) -> str:
        if self._store is not None:
            return self._store.display_url
        from slaworkshop.store.locations import default_url

        return self._url or default_url()  # a plain SQLite file's URL holds no secret

    # -- writing: opens the store on first use ----------------------------------------

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        self._open()
        assert self._store is not None
        return self._store

    @property
    def agreements(self) -> AgreementService:
        self._open()
        assert self._agreements is not None
        return self._agreements

    @property
    def signoff(self) -> SignOffService:
        self._open()
        assert self._signoff is not None
        return self._signoff

    def open_soon(self) -> None:
        """Load the store's modules and open it on a background thread.

        Call it once a window is on screen. If opening fails, ``events.failed`` and
        ``open_failure`` say why, and the next write tries again and reports its own
        error.
        """
        if self._store is not None or self._loader is not None or self._closed:
            return
        self._loader = threading.Thread(target=self._load_and_open,
                                        name="slaworkshop-store-open", daemon=True)
        self._loader.start()

    def settle(self) -> None:
        """Wait for the background opening, if one is under way on another thread.

        Call it before importing the model or store modules on the UI thread: two
        threads importing pydantic at once, with PySide6's import hook, can meet a
        half-initialised module."""
        loader = self._loader
        if loader is not None and loader is not threading.current_thread():
            loader.join()

    def _load_and_open(self) -> None:
        """On the loading thread. An error other than the store's own is not caught
        here: it is printed, and the next write meets it again on its own thread."""
        from slaworkshop.store import StoreError

        for name in STORE_MODULES:
            importlib.import_module(name)
        try:
            self._open_now(unless_closed=True)  # quitting at once is not an error
        except StoreError as exc:
            self.open_failure = as_sentence(f"The database cannot be written yet: {exc}")
            self.events.failed.emit(self.open_failure)

    def _open(self) -> None:
        if self._store is not None:
            return
        self.settle()
        self._open_now()

    def _open_now(self, *, unless_closed: bool = False) -> None:
        with self._lock:
            if self._store is not None or (unless_closed and self._closed):
                return
            if self._closed:
                raise RuntimeError("the workspace is closed")
            from slaworkshop.store import open_store

            self._attach(open_store(self._url))
            self.open_failure = None

    def _attach(self, store: Store) -> None:
        from slaworkshop.services import AgreementService, SignOffService

        agreements = AgreementService(store)
        self._signoff = SignOffService(agreements)
        self._agreements = agreements
        self._store = store  # last: is_open means everything is in place

    def close(self) -> None:
        """Let go of the database (after background work that uses it has stopped)."""
        self._closed = True
        self.settle()
        with self._lock:
            if self._store is not None:
                self._store.dispose()
