"""Progress while WeasyPrint works: page by page, not one long silence.

Laying out is most of a render (about 20 s for a 2,000-term agreement). WeasyPrint
reports each page it makes, and the steps of writing the PDF, on its
``weasyprint.progress`` logger; one handler, set up once, hands those reports to the
progress callback of the render running in the same thread (a preview and an export
may render at the same time in two threads).

The callback may raise to stop a render that is no longer wanted: the exception
leaves WeasyPrint at the next page instead of after the whole layout.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .request import ProgressCallback

#: Where layout sits in a render's progress: after parsing, before writing the PDF.
#: The first pass over the pages takes it to CHECK; WeasyPrint then goes over them
#: again to settle "page X of Y" and the contents' page numbers, which is quick.
START, CHECK, END = 0.1, 0.75, 0.8

#: A first guess at the page count from the HTML, which later pages correct.
_HTML_CHARACTERS_PER_PAGE = 2500

_PAGE = re.compile(r"Step 5 - Creating layout - Page (\d+)")
_AGAIN = re.compile(r"Step 5 - Creating layout - Repagination")
#: Writing the PDF: drawing every page, then fonts, metadata and the attachment.
_WRITING = {
    "Step 6 - Creating PDF": (END, "Drawing the pages into the PDF"),
    "Step 7 - Adding PDF metadata": (0.9, "Embedding the fonts and the config"),
}


class _Relay(logging.Handler):
    """Hands WeasyPrint's page reports to the callback of the rendering thread."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        # Not wrapped in handleError: what the callback raises must reach WeasyPrint.
        tracker: _Tracker | None = getattr(self.local, "tracker", None)
        if tracker is not None:
            tracker.report(record.getMessage())


class _Tracker:
    def __init__(self, progress: ProgressCallback, expected_pages: int) -> None:
        self.progress = progress
        self.expected = max(1, expected_pages)
        self.pages = 0
        self.checking = False
        self.done = START

    def report(self, message: str) -> None:
        if message in _WRITING:
            fraction, text = _WRITING[message]
            self.done = max(self.done, fraction)
            self.progress(self.done, text)
            return
        if _AGAIN.match(message):
            self.checking = True
            return
        match = _PAGE.match(message)
        if match is None:
            return
        page = int(match.group(1))
        if self.checking:
            fraction = CHECK + (END - CHECK) * page / max(page, self.pages)
            text = f"Checking page numbers (page {page} of {self.pages})"
        else:
            self.pages = max(self.pages, page)
            if self.pages >= self.expected:  # the guess was short: lengthen it
                self.expected = self.pages + max(1, self.pages // 4)
            fraction = START + (CHECK - START) * self.pages / self.expected
            text = f"Laying out page {self.pages}"
        self.done = max(self.done, fraction)  # never backwards
        self.progress(self.done, text)


_RELAY = _Relay()
_INSTALL = threading.Lock()


def _install() -> None:
    with _INSTALL:
        logger = logging.getLogger("weasyprint.progress")
        if _RELAY not in logger.handlers:
            logger.addHandler(_RELAY)
            logger.setLevel(logging.INFO)
            logger.propagate = False  # our relay is its only reader


@contextmanager
def page_progress(progress: ProgressCallback, html_length: int) -> Iterator[None]:
    """Report what WeasyPrint does in this thread (pages laid out, the PDF written) to
    ``progress``; ``html_length`` gives a first guess at the number of pages."""
    _install()
    previous = getattr(_RELAY.local, "tracker", None)
    _RELAY.local.tracker = _Tracker(progress, html_length // _HTML_CHARACTERS_PER_PAGE)
    try:
        yield
    finally:
        _RELAY.local.tracker = previous
