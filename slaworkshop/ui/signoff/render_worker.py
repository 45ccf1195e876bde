"""Render a PDF off the UI thread and report back (bytes, error) with progress.

One render runs at a time. Asking for a new render while one runs marks the running
one stale: it stops at its next progress checkpoint (or, if it is past the last one,
its result is dropped) and the newest request starts next. Requests queued in
between are replaced, never rendered. The job never touches a widget: it only emits
signals, which Qt delivers to the renderer in the UI thread.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from slaworkshop.export.pdf import PdfRequest, ProgressCallback

#: Builds the request in the worker thread (reading the store is slow work too).
RequestBuilder = Callable[["ProgressCallback"], "PdfRequest"]


class RenderCancelled(Exception):
    """Raised inside a stale job's progress callback to stop it early."""


@dataclass(frozen=True)
class RenderOutcome:
    generation: int
    pdf: bytes | None
    error: BaseException | None
    thread_id: int  # threading.get_ident() of the thread that rendered


class _Reply(QObject):
    progress = Signal(int, float, str)  # generation, fraction, message
    done = Signal(object)  # RenderOutcome


class _RenderJob(QRunnable):
    def __init__(self, generation: int, build: RequestBuilder, reply: _Reply,
                 cancelled: threading.Event) -> None:
        super().__init__()
        self._generation = generation
        self._build = build
        self._reply = reply
        self._cancelled = cancelled

    def _progress(self, fraction: float, message: str) -> None:
        if self._cancelled.is_set():
            raise RenderCancelled
        self._reply.progress.emit(self._generation, fraction, message)

    def run(self) -> None:
        thread = threading.get_ident()
        try:
            from slaworkshop.export.pdf import render_pdf  # WeasyPrint: only here, ~0.5 s

            self._progress(0.0, "Collecting the agreement")
            pdf = render_pdf(self._build(self._progress))
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            self._reply.done.emit(RenderOutcome(self._generation, None, exc, thread))
        else:
            self._reply.done.emit(RenderOutcome(self._generation, pdf, None, thread))


#: Every renderer alive, so the application can stop them all before it exits.
_LIVE: weakref.WeakSet[PdfRenderer] = weakref.WeakSet()


def stop_all(msecs: int = 30_000) -> bool:
    """Cancel every render and wait for the workers; False if one is still running.

    Called when the application quits, before the store is closed: a worker still
    reading the store or inside WeasyPrint while Python shuts down is killed mid-call.
    A render stops at its next checkpoint, so the wait is at most one rendering phase.
    """
    # A renderer deleted with its window already waited: QThreadPool's destructor does.
    renderers = [renderer for renderer in _LIVE if shiboken6.isValid(renderer)]
    for renderer in renderers:
        renderer.cancel()
    return all(renderer.wait(msecs) for renderer in renderers)


class PdfRenderer(QObject):
    """Starts renders and reports only the newest one's progress and result."""

    started = Signal()
    progress = Signal(float, str)  # fraction 0..1, message
    finished = Signal(object, object)  # pdf bytes or None, error or None
    outcome = Signal(object)  # the full RenderOutcome, for diagnostics and tests

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._reply = _Reply(self)
        self._reply.progress.connect(self._on_progress)
        self._reply.done.connect(self._on_done)
        self._generation = 0
        self._running: threading.Event | None = None
        self._pending: RequestBuilder | None = None
        _LIVE.add(self)

    @property
    def busy(self) -> bool:
        return self._running is not None or self._pending is not None

    def render(self, build: RequestBuilder) -> None:
        """Render what ``build`` returns; a render still running becomes stale."""
        self._generation += 1
        self.started.emit()
        if self._running is not None:
            self._running.set()
            self._pending = build
            return
        self._start(build)

    def cancel(self) -> None:
        """Drop the running and any pending render (e.g. the window closes)."""
        self._generation += 1
        self._pending = None
        if self._running is not None:
            self._running.set()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _start(self, build: RequestBuilder) -> None:
        self._running = threading.Event()
        self._pool.start(_RenderJob(self._generation, build, self._reply, self._running))

    def _on_progress(self, generation: int, fraction: float, message: str) -> None:
        if generation == self._generation:
            self.progress.emit(fraction, message)

    def _on_done(self, outcome: RenderOutcome) -> None:
        self._running = None
        if self._pending is not None:
            build, self._pending = self._pending, None
            self._start(build)
            return
        if outcome.generation != self._generation or isinstance(outcome.error, RenderCancelled):
            return
        self.outcome.emit(outcome)
        self.finished.emit(outcome.pdf, outcome.error)
