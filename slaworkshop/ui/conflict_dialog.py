"""The draft changed elsewhere: ask what to do, without losing anything typed here."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from slaworkshop.store import StoreError

from . import prompts
from .open_editors import being_edited

if TYPE_CHECKING:
    from .agreement_window import AgreementWindow

KEEP_MINE = "mine"
LOAD_THEIRS = "theirs"
DECIDE_LATER = "later"
#: No key pressed for this long: the user has stopped typing and can be asked.
QUIET_MS = 1500
#: The conflict dialog's buttons take clicks and keys only after this long.
WAKE_MS = 700
#: A cell left open this long after the last key is closed, to merge or to ask.
CELL_WAIT_MS = 10000
LATER = ("⚠ Not saved: changed elsewhere. Nothing is saved until you choose; Save version"
         " or closing the window asks again.")
MERGED = ("Merged with the changes saved in another window: they touched other things, so "
          "both are in the draft. Undo starts again from here.")

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


def _typing_in(widget: QWidget | None) -> bool:
    """Whether the keyboard is in a place text is typed into."""
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))


#: The details' area shows this many lines and characters before it scrolls.
DETAIL_LINES = 14
DETAIL_CHARS = 72


def roomy_details(box: QMessageBox) -> None:
    """Qt's details area shows about four lines: the list of what differs scrolled in
    a slit (tryout). It now shows fourteen lines of seventy-two characters."""
    details = box.findChild(QTextEdit)
    if details is None:  # no details were set
        return
    metrics = details.fontMetrics()
    details.setMinimumWidth(metrics.averageCharWidth() * DETAIL_CHARS)
    # a fixed height: with only a minimum, Qt's message box left a gap above the area
    # and cut off its bottom
    details.setFixedHeight(metrics.lineSpacing() * DETAIL_LINES)


def ask_conflict(parent: QWidget | None, detail: str) -> str:
    handled, value = prompts.answer("conflict", detail=detail)
    if handled:
        return str(value)
    box = QMessageBox(QMessageBox.Icon.Warning, "Changed elsewhere", TEXT, parent=parent)
    box.setDetailedText(detail)
    roomy_details(box)
    mine = box.addButton("&Keep mine as a new draft revision", QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton("&Load theirs", QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton("Decide &later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(mine)
    # The buttons wake after a moment: keys pressed as the dialog appears (the end of a
    # word being typed) must not choose for the user (tryout: "k" kept mine).
    buttons = (mine, theirs, later)
    for button in buttons:
        button.setEnabled(False)
    def wake() -> None:
        for button in buttons:
            button.setEnabled(True)

    QTimer.singleShot(WAKE_MS, box, wake)
    box.exec()
    clicked = box.clickedButton()
    return KEEP_MINE if clicked is mine else LOAD_THEIRS if clicked is theirs else DECIDE_LATER


class ConflictResolver(QObject):
    """What an agreement window does when its autosave meets a draft changed elsewhere:
    merge the two when they changed different things (``Autosaver.merge_theirs``), else
    ask which to keep, once the user has stopped typing; and say so when an undo past
    "Load theirs" kept theirs.

    No merge changes the document under an open cell: its Enter would write the value it
    opened with over the other side's. The autosave leaves that conflict here, and the
    merge waits for the cell to close, or asks once it has been left open a while."""

    def __init__(self, window: AgreementWindow) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: str | None = None  # a conflict to ask about once typing stops
        self._last_key = 0.0
        self._quiet = QTimer(self, interval=250)
        self._quiet.timeout.connect(self._ask_if_quiet)
        window.autosaver.conflicted.connect(self._conflicted)
        window.autosaver.kept_theirs.connect(self._kept_theirs)
        window.autosaver.merged.connect(self._merged)
        window.autosaver.may_merge = self._may_merge

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress:
            self._last_key = time.monotonic()
        return False

    def settle(self, text: str, *, merge_tried: bool = False) -> bool:
        """Merge, or ask which draft to keep; False when the user decides later.
        ``merge_tried``: the merge was just tried and could not be made."""
        self._quiet.stop()
        self._waiting = None  # asked now: not again when the typing stops
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        window = self._window
        if not merge_tried and window.autosaver.merge_theirs():
            window.autosaver.flush()  # what the caller goes on to do needs it written
            return not window.autosaver.paused
        choice = ask_conflict(window, text)
        if choice == KEEP_MINE:
            window.autosaver.keep_mine()  # theirs is kept as a version first
        elif choice == LOAD_THEIRS:
            window.autosaver.load_theirs(keep_if_undone=True)
        else:
            # what happens next, not the promise made while typing (tryout)
            window.status.set_message(LATER)
            return False
        window.refresh_save_state()
        return True

    def _conflicted(self, conflict: Exception) -> None:
        """Asked at once, or, while text is being typed, once the keys have stopped: the
        dialog took the keyboard mid-word, and the next letters chose a button and then
        typed over the cell (tryout)."""
        self._window.status.set_message("⚠ Not saved: changed elsewhere")
        self._waiting = str(conflict)
        app = QApplication.instance()
        if (not _typing_in(QApplication.focusWidget()) and self._may_merge()) or app is None:
            self._ask_waiting()
            return
        self._window.status.set_message(
            "⚠ Not saved: changed elsewhere. Once you finish typing, the two are merged or"
            " you are asked what to keep.")
        self._last_key = time.monotonic()
        app.installEventFilter(self)
        self._quiet.start()

    def _ask_if_quiet(self) -> None:
        idle = time.monotonic() - self._last_key
        if idle < QUIET_MS / 1000:
            return
        editing = not self._may_merge()
        if editing and idle < CELL_WAIT_MS / 1000:
            return
        if editing:
            # a cell left open this long: closed with what it holds, as the question
            # would close it, and then the two may merge (tryout: asked about edits
            # that did not overlap)
            self._window.commit_pending_edits()
        self._ask_waiting()

    def _may_merge(self) -> bool:
        window = self._window
        return not being_edited(window, window.pages.built())

    def _merged(self) -> None:
        self._window.refresh_save_state()
        self._window.statusBar().showMessage(MERGED, 10000)

    def _ask_waiting(self) -> None:
        self._quiet.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        waiting, self._waiting = self._waiting, None
        if waiting is not None and self._window.autosaver.paused:
            if self._window.autosaver.merge_theirs():
                return  # written as the next autosave; ``_merged`` says so
            self.settle(f"{self._differences()}\n{waiting}", merge_tried=True)

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
