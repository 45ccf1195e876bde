"""A read that must not hold up the window: run on a worker thread, one at a time.

The start window reads the list of agreements again every half minute and whenever it
comes to the front. On a PostgreSQL server across a slow network (or one that has gone
away, until the driver's timeout) that read froze the window on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Reply(QObject):
    """Carries the worker's (result, error) back to the UI thread."""

    done = Signal(object, object)


class _Read(QRunnable):
    def __init__(self, read: Callable[[], Any], reply: _Reply) -> None:
        super().__init__()
        self._read = read
        self._reply = reply

    def run(self) -> None:
        try:
            result = self._read()
        except BaseException as exc:  # handed to the UI thread, which re-raises the unexpected
            self._reply.done.emit(None, exc)
        else:
            self._reply.done.emit(result, None)


class BackgroundRead(QObject):
    """``done(result, error)`` arrives on the UI thread once a started read ends."""

    done = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool before the reply: children are deleted in the order they were made,
        # and the pool's destructor waits for a read under way, which then emits on a
        # reply still alive.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._reply = _Reply(self)
        self._reply.done.connect(self._finished)
        self.busy = False

    def start(self, read: Callable[[], Any]) -> bool:
        """Start ``read`` unless one is under way (its result will be as fresh)."""
        if self.busy:
            return False
        self.busy = True
        self._pool.start(_Read(read, self._reply))
        return True

    def wait(self) -> None:
        self._pool.waitForDone()

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self.busy = False
        self.done.emit(result, error)
