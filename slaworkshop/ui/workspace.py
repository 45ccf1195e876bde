"""The services the windows use, over one database. The UI holds no database session.

A window opens on reads; only an edit needs the store. Over a plain SQLite file at this
release's schema (``store.sqlite_reader``: the same checks and messages as opening the
store), those first reads go through ``sqlite3`` and the store, with SQLAlchemy (about
a third of the start-up), is opened once the window is on screen: its modules load on a
background thread (``open_soon``), so the window neither waits for it nor freezes while
it loads. Anything that writes (``agreements``, ``signoff``, ``store``) opens the store
at once if it is not open yet. Any other database is opened before the first window,
as before.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from slaworkshop.services.reading import AgreementReader

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
    """What happens to the store after the first window is up."""

    loaded = Signal()  # the store's modules are loaded (emitted on the loading thread)
    failed = Signal(str)  # opening the store failed: a sentence for the status bar

    def __init__(self, on_loaded: Callable[[], None]) -> None:
        super().__init__()
        self._on_loaded = on_loaded
        # a slot of this object, which lives on the UI thread: delivered there
        self.loaded.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _deliver(self) -> None:
        self._on_loaded()


class Workspace:
    def __init__(self, url: str | None, *, store: Store | None = None,
                 reader: AgreementReader | None = None) -> None:
        self._url = url
        self._store: Store | None = None
        self._agreements: AgreementService | None = None
        self._signoff: SignOffService | None = None
        self._reader = reader
        self._loader: threading.Thread | None = None
        self._closed = False
        self.events = WorkspaceEvents(self._open_after_loading)
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

            return cls.over(open_store(url), url)
        return cls(url, reader=AgreementReader(direct.reading))

    @classmethod
    def over(cls, store: Store, url: str | None = None) -> Workspace:
        return cls(url if url is not None else store.url, store=store)

    # -- reading: never waits for the store -------------------------------------------

    @property
    def reader(self) -> AgreementReader:
        """The read use cases: the store's once it is open, else the direct reads."""
        if self._agreements is not None:
            return self._agreements
        assert self._reader is not None
        return self._reader

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
        """Load the store's modules on a background thread, then open it on this one.

        Call it once a window is on screen. If opening then fails, ``events.failed``
        says why, and the next write tries again and reports its own error.
        """
        if self._store is not None or self._loader is not None or self._closed:
            return
        self._loader = threading.Thread(
            target=_import_store_modules, args=(self.events,),
            name="slaworkshop-store-import", daemon=True,
        )
        self._loader.start()

    def _open_after_loading(self) -> None:
        from slaworkshop.store import StoreError

        if self._closed:
            return
        try:
            self._open()
        except StoreError as exc:
            self.events.failed.emit(f"The database cannot be written yet: {exc}")

    def _open(self) -> None:
        if self._store is not None:
            return
        if self._closed:
            raise RuntimeError("the workspace is closed")
        from slaworkshop.store import open_store

        self._attach(open_store(self._url))

    def _attach(self, store: Store) -> None:
        from slaworkshop.services import AgreementService, SignOffService

        self._store = store
        self._agreements = AgreementService(store)
        self._signoff = SignOffService(self._agreements)

    def close(self) -> None:
        """Let go of the database (after background work that uses it has stopped)."""
        self._closed = True
        if self._loader is not None:
            self._loader.join()
        if self._store is not None:
            self._store.dispose()


def _import_store_modules(events: WorkspaceEvents) -> None:
    """On the loading thread. An import that fails here fails again, and is shown,
    when the UI thread opens the store."""
    try:
        for name in STORE_MODULES:
            importlib.import_module(name)
    finally:
        events.loaded.emit()
