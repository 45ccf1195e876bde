"""Printing for people (aligned text) and for machines (one JSON document, a config).

Standard output is not always UTF-8 (a Windows pipe, an ISO-8859-1 locale). Machine
output must stay exact there: JSON falls back to ASCII escapes, which every JSON reader
turns back into the same text, and a config goes out as the UTF-8 bytes a config file
is. Text for people never fails on a character the terminal cannot show:
``tolerate_narrow_output`` makes it an escape instead.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Sequence
from typing import Any

from slaworkshop.safe_text import visible


def _stdout_is_utf8() -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def tolerate_narrow_output() -> None:
    """On a standard output that is not UTF-8, show unencodable characters as escapes
    rather than end a command that did its work with an encoding error."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and not _stdout_is_utf8():
        reconfigure(errors="backslashreplace")


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=not _stdout_is_utf8(), indent=2) + "\n")


def write_utf8(text: str) -> None:
    """A document that is UTF-8 by definition (a config, an HTML page), exactly."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or _stdout_is_utf8():
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    # A title may hold line breaks and tabs (content text does); in a table they would
    # start a new row or shift the columns.
    rows = [[visible(" ".join(cell.split()) if any(c in cell for c in "\n\r\t\v\f")
                     else cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    for line in (headers, *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


class ResultNotWritten(Exception):
    """What a command did could not be written to standard output (a full disk); the
    change itself was made and stays made."""


def print_result(line: str, done: str) -> None:
    """``line`` on standard output, now; when that fails, say what was done on standard
    error (``import … >/dev/full`` imported, then said only "No space left on device").
    ``done``: the change, in words ("the agreement was imported as 6d1f…")."""
    try:
        print(line, flush=True)
    except OSError as exc:
        raise ResultNotWritten(f"{done}, but writing that to standard output failed:"
                               f" {exc.strerror or exc}") from None
