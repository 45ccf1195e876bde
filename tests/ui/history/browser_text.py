"""What a rich-text view shows, as the user sees it: each run of text and its format."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextEdit


def fragments(view: QTextEdit) -> Iterator[tuple[str, QTextCharFormat]]:
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            yield fragment.text(), fragment.charFormat()
            it += 1
        block = block.next()


def struck(view: QTextEdit) -> list[str]:
    """The runs of text shown struck through."""
    return [text for text, fmt in fragments(view) if fmt.fontStrikeOut()]


def plain(view: QTextEdit) -> list[str]:
    """The runs of text shown without strike-through."""
    return [text for text, fmt in fragments(view) if not fmt.fontStrikeOut()]
