"""Start the application: ``run_gui(db_url)`` is what ``slaworkshop [gui]`` calls."""

from __future__ import annotations

import sys


def run_gui(db_url: str | None = None) -> int:
    """Open the start window over the database at ``db_url`` (default: the user's)."""
    from PySide6.QtWidgets import QApplication

    from slaworkshop.store import StoreError

    from . import crash_handler, prompts
    from .start_window import StartWindow
    from .workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("slaworkshop")
    app.setOrganizationName("slaworkshop")
    app.setApplicationDisplayName("slaworkshop")
    crash_handler.install()
    try:
        workspace = Workspace.open(db_url)
    except StoreError as exc:
        prompts.inform(None, "Cannot open the database", str(exc), warning=True)
        return 2
    window = StartWindow(workspace)
    window.show()
    try:
        return int(app.exec())
    finally:
        workspace.store.dispose()
