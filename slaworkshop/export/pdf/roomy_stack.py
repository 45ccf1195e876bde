"""Run the layout on a thread whose Python frames never need a new block of memory.

CPython 3.11 and 3.12 keep a thread's frames in blocks ("chunks") of 16 KB. A block is
freed as soon as the frame at its start returns, and allocated again (``mmap``) by the
next call at that depth (CPython gh-142183; fixed in later 3.13 and 3.14 releases).
WeasyPrint's layout recurses up and down around the same depths, so when one of them
falls on a block boundary, every call there maps and unmaps memory. How often depends
on how deep the render starts: one frame more above it changed a 2,000-term
agreement's render from 190,000 page faults to 507,000, and from 1.2 s to 3.4 s of
kernel time.

A thread's first block is sized for its first frame and is never freed. So ``call``
runs the work on a new thread whose first frame declares a large evaluation stack
(about 1 MB of frame in a 2 MB block): the work's own frames all fit in the rest of
that block, and no call crosses a boundary. On a CPython with the fix this costs one
2 MB allocation per render and changes nothing else.
"""

from __future__ import annotations

import _thread
import threading
import types
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Evaluation-stack slots of the thread's first frame: 8 bytes each, so a 1 MB frame,
#: in a 2 MB first block that leaves about 1 MB for the work's frames (WeasyPrint's
#: deepest layout uses a small part of that).
ROOM_SLOTS = 131_072


def _first_frame(job: Callable[[], None]) -> None:
    job()


#: ``_first_frame`` with its frame enlarged: only its declared stack depth differs.
_ROOMY_FIRST_FRAME = types.FunctionType(
    _first_frame.__code__.replace(co_stacksize=ROOM_SLOTS), globals(), "_roomy_first_frame"
)


def call(work: Callable[[], T]) -> T:
    """``work()``, run on a thread of its own with a roomy first frame; its result or
    its exception (any, KeyboardInterrupt included) comes back to the caller."""
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def job() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the calling thread, raised there
            outcome["error"] = exc
        finally:
            finished.set()

    # The low-level start: threading.Thread would push its own frames first.
    _thread.start_new_thread(_ROOMY_FIRST_FRAME, (job,))
    finished.wait()
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    return outcome["result"]  # type: ignore[return-value]
