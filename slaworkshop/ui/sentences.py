"""Service and store errors, shown in the GUI as sentences.

The services word an error as a clause the CLI prints after "error: " ("version 2 is
signed; only a saved version can be proposed"). A dialog or the status bar shows it
as a sentence: a capital first letter and a full stop. Text that may be the user's
own is never changed: a message that starts with a quote, a path, a file name or one
of the texts ``quoting`` names keeps its first letter as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A first word the application wrote: lower-case letters only, then a space or a stop.
_OWN_FIRST_WORD = re.compile(r"[a-z]+(?=[\s,;]|:(?!/)|$)")  # not "sqlite:///…"
_ENDS = (".", "?", "!", "…")


def as_sentence(text: str, quoting: Iterable[str] = ()) -> str:
    """``text`` with a capital first letter and a full stop; "" stays ""."""
    text = text.strip()
    if not text:
        return text
    if not text.endswith(_ENDS):
        text += "."
    if _OWN_FIRST_WORD.match(text) and not any(q and text.startswith(q) for q in quoting):
        text = text[0].upper() + text[1:]
    return text
