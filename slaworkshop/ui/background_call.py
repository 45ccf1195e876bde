"""Store work that must not hold up the window: run on a worker thread, one at a time.

The autosaver writes the draft this way, and the start window reads the list of
agreements again every half minute and whenever it comes to the front: on a PostgreSQL
server across a slow network (or one that has gone away, until the driver's timeout)
that read froze the window on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Reply(QObject):
    """Carries the worker's (result, error) back to the UI thread."""

    done = Signal(object, object)


class _Call(QRunnable):
    def __init__(self, call: Callable[[], Any], reply: _Reply) -> None:
        super().__init__()
        self._call = call
        self._reply = reply

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # handed to the UI thread, which re-raises the unexpected
            self._reply.done.emit(None, exc)
        else:
            self._reply.done.emit(result, None)


class BackgroundCall(QObject):
    """``done(result, error)`` arrives on the UI thread once a started call ends."""

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

    def start(self, call: Callable[[], Any]) -> bool:
        """Start ``call`` unless one is under way (then False: start it again once
        ``done`` says that one ended)."""
        if self.busy:
            return False
        self.busy = True
        self._pool.start(_Call(call, self._reply))
        return True

    def wait(self) -> None:
        """Wait for the call under way to end, and deliver its ``done`` now."""
        self._pool.waitForDone()
        # The worker's reply is queued for the slot's owner (this object), not the
        # carrier: deliver both, or ``done`` would come only on the next turn of the loop.
        QCoreApplication.sendPostedEvents(self._reply)
        QCoreApplication.sendPostedEvents(self)

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self.busy = False
        self.done.emit(result, error)
