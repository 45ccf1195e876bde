"""The wait cursor over work the user started and that can take a moment: opening
History, a saved version or a comparison of a large agreement (Qt lays out the whole
text at once: about half a second for 2,000 terms). The window cannot answer during
that time; the cursor says it is working rather than stuck."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@contextmanager
def arrow_cursor() -> Iterator[None]:
    """The arrow over a dialog asked during such work: the wait cursor is the whole
    application's, and a question shown under it looks as if it cannot be answered."""
    if QApplication.overrideCursor() is None:
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
