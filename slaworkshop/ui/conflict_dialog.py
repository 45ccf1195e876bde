"""The draft changed elsewhere: ask what to do, without losing anything typed here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from slaworkshop.store import StoreError

from . import prompts

if TYPE_CHECKING:
    from .agreement_window import AgreementWindow

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
    "• Decide later: nothing is saved until you choose (Save version asks again).\n\n"
    "Show Details lists what differs between the two."
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


class ConflictResolver:
    """What an agreement window does when its autosave meets a draft changed elsewhere:
    ask which to keep, and say so when an undo past "Load theirs" kept theirs."""

    def __init__(self, window: AgreementWindow) -> None:
        self._window = window
        window.autosaver.conflicted.connect(self._conflicted)
        window.autosaver.kept_theirs.connect(self._kept_theirs)

    def settle(self, text: str) -> bool:
        """Ask which draft to keep; False when the user decides later."""
        window = self._window
        choice = ask_conflict(window, text)
        if choice == KEEP_MINE:
            window.autosaver.keep_mine()  # theirs is kept as a version first
        elif choice == LOAD_THEIRS:
            window.autosaver.load_theirs(keep_if_undone=True)
        else:
            return False
        window.refresh_save_state()
        return True

    def _conflicted(self, conflict: Exception) -> None:
        self._window.status.set_message("⚠ Not saved: changed elsewhere")
        self.settle(f"{self._differences()}\n{conflict}")

    def _differences(self) -> str:
        """What differs between the draft saved elsewhere and this window's, in the
        diff's words: the details said only "revision 52 … based on 51" (tryout)."""
        from dataclasses import replace

        from slaworkshop.diff.diff_report import build_report
        from slaworkshop.diff.diff_text import report_text

        window = self._window
        try:
            theirs = window.workspace.reader.draft(window.agreement_id).content
        except StoreError as exc:
            return f"The draft saved elsewhere could not be read to compare: {exc}.\n"
        report = build_report("draft", "draft", theirs, window.document.content)
        return report_text(replace(
            report, title="From the draft saved elsewhere (theirs) to this window's (mine)"))

    def _kept_theirs(self, number: int | None) -> None:
        kept = (f"kept as version {number}" if number is not None
                else "already in a saved version")
        self._window.statusBar().showMessage(
            f"Your edits are the draft again; the draft loaded from elsewhere is {kept}.",
            10000)
        self._window.refresh_save_state()
