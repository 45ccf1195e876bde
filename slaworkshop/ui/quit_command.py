"""File ▸ Quit (Ctrl+Q) from any window: close every window the way Close does.

Agreement windows go first: each writes what was typed and, when a conflict between two
windows is still open, asks which draft to keep. The first window that refuses (the user
chose to decide later) stops the quit, and everything stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow


def quit_application() -> bool:
    """True when every main window closed."""
    from .agreement_window import AgreementWindow

    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMainWindow) and w.isVisible()]
    windows.sort(key=lambda w: not isinstance(w, AgreementWindow))  # agreements first
    # all() stops at the first window that refuses to close
    return all(window.close() for window in windows)
