"""The draft changed elsewhere: ask what to do, without losing anything typed here."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from . import prompts

KEEP_MINE = "mine"
LOAD_THEIRS = "theirs"
DECIDE_LATER = "later"

TEXT = (
    "This agreement's draft was changed in another window or on another computer after "
    "this window loaded it, so your latest edits were not saved over it.\n\n"
    "• Keep mine: your version becomes the draft. Theirs is first kept as a saved "
    "version, so nothing is lost.\n"
    "• Load theirs: the other changes replace what you see. Your edits stay one "
    "Undo (Ctrl+Z) away.\n"
    "• Decide later: nothing is saved until you choose (Save version asks again)."
)


def ask_conflict(parent: QWidget | None, detail: str) -> str:
    handled, value = prompts.answer("conflict", detail=detail)
    if handled:
        return str(value)
    box = QMessageBox(QMessageBox.Icon.Warning, "Changed elsewhere", TEXT, parent=parent)
    box.setDetailedText(detail)
    mine = box.addButton("&Keep mine as a new draft revision", QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton("&Load theirs", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Decide &later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(mine)
    box.exec()
    clicked = box.clickedButton()
    return KEEP_MINE if clicked is mine else LOAD_THEIRS if clicked is theirs else DECIDE_LATER
