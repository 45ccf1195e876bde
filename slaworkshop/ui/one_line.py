"""One-line boxes stay on one line: text pasted into a name, label or title with line
breaks in it (copied from a notes box or an e-mail) has each run of breaks turned into
one space as it arrives, so the box shows what is stored. A term's name or a rejection
reason's label with a line break in it reached the CRM config as a YAML block."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

#: What ``str.splitlines`` splits on, a run of them at a time ("\r\n" is one break),
#: with the spaces and tabs around them: "Lead \nreview" is "Lead review".
_BREAKS = re.compile("[ \t]*(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])+[ \t]*")


def one_line(text: str) -> str:
    return _BREAKS.sub(" ", text)


class _OneLine(QValidator):
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        if _BREAKS.search(text) is None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Acceptable, one_line(text), len(one_line(text[:pos]))


def keep_on_one_line(line: QLineEdit) -> QLineEdit:
    """``line`` with breaks in typed or pasted text turned into spaces; returns it."""
    line.setValidator(_OneLine(line))
    return line
