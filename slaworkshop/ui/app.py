"""Start the application: ``run_gui(db_url)`` is what ``slaworkshop [gui]`` calls."""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .workspace import Workspace


#: What the start window needs below Qt: the list comes straight from the file.
READ_LAYERS = (
    "slaworkshop.services.reading",
    "slaworkshop.store.sqlite_reader",
)

#: What an agreement window needs below Qt to show an agreement. The store (SQLAlchemy)
#: is not among them: a window opens on reads, and the store is opened once it is up
#: (``Workspace.open_soon``, which also loads the models while the start window waits).
DATA_LAYERS = ("slaworkshop.models", *READ_LAYERS)


def import_data_layers(layers: tuple[str, ...] = DATA_LAYERS) -> None:
    """Import the Qt-free layers the first window uses, before PySide6 is imported.

    The order matters: once PySide6 is loaded, its import hook looks at every module
    imported after it, which made pydantic slower to load.
    """
    for name in layers:
        importlib.import_module(name)


def run_gui(db_url: str | None = None) -> int:
    """Open the start window over the database at ``db_url`` (default: the user's)."""
    import_data_layers(READ_LAYERS)
    from PySide6.QtWidgets import QApplication

    from . import crash_handler
    from .start_window import StartWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # a GUI run: an existing instance is a QApplication
    app.setApplicationName("slaworkshop")
    app.setOrganizationName("slaworkshop")
    app.setApplicationDisplayName("slaworkshop")
    crash_handler.install()
    workspace = open_workspace(db_url)
    if workspace is None:
        return 2
    window = StartWindow(workspace)
    window.show()
    workspace.open_soon()
    try:
        return int(app.exec())
    finally:
        stop_background_work()
        workspace.close()


def stop_background_work() -> None:
    """Let PDF renders still running stop before the store closes and Python exits."""
    from .signoff.render_worker import stop_all

    if not stop_all():
        print("slaworkshop: a PDF render was still running at exit", file=sys.stderr)


def open_workspace(db_url: str | None) -> Workspace | None:
    """The workspace over ``db_url``; a damaged SQLite file gets an offer to restore.

    Nothing is ever replaced without asking: the damaged file is kept beside its
    backups by ``restore_sqlite_file``, and declining leaves everything as it was.
    """
    from slaworkshop.store import StoreError, default_url
    from slaworkshop.store.backups import latest_backup
    from slaworkshop.store.integrity import restore_sqlite_file
    from slaworkshop.store.locations import sqlite_file_of

    from . import prompts
    from .workspace import Workspace

    try:
        return Workspace.open(db_url)
    except StoreError as exc:
        failure = exc
    # Only damage offers a backup (and default_url() may be what failed: an empty
    # SLAWORKSHOP_DB), so the file is looked for only then.
    path = sqlite_file_of(db_url or default_url()) if failure.corrupt else None
    backup = latest_backup(path) if path is not None else None
    if path is None or backup is None:
        prompts.refusal(None, "Cannot open the database", failure)
        return None
    question = (
        f"{failure}\n\nThe latest backup is {backup.name}. Restore it? The damaged file is"
        " kept in the backups folder, not deleted."
    )
    if not prompts.confirm(None, "The database is damaged", question, yes="Restore backup"):
        return None
    try:
        restore_sqlite_file(path, backup)
        return Workspace.open(db_url)
    except StoreError as exc:
        prompts.refusal(None, "The backup could not be restored", exc)
        return None


