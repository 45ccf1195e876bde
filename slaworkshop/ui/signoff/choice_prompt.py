"""A question with more than two answers, answerable by the prompts responder in tests."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import prompts


def choose(parent: QWidget | None, title: str, text: str, options: Sequence[str], *,
           cautious: bool = False) -> str | None:
    """One of ``options`` (button texts), or None when cancelled. Return presses the
    first option, or Cancel when ``cautious`` (the answer is hard to take back)."""
    handled, value = prompts.answer("choice", title=title, text=text, options=list(options),
                                    cautious=cautious)
    if handled:
        return None if value is None else str(value)
    box = prompts.message_box(QMessageBox.Icon.Question, title, text, parent)  # plain text
    buttons = {box.addButton(option, QMessageBox.ButtonRole.AcceptRole): option
               for option in options}
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    if cautious or not options:
        box.setDefaultButton(cancel)
    else:
        box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())  # type: ignore[call-overload]
