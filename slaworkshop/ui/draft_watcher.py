"""A window with nothing of its own unsaved shows the draft as it is in the database.

Two windows on one agreement (or two machines on one server): once one had saved, the
other went on showing its older content and "Saved 2 minutes ago" until its own next
edit met the conflict question (tryout). Each window now asks the database for the
draft's revision every few seconds and whenever it comes to the front, on a worker
thread (a server across a slow network must not freeze the window). When the draft
moved on and this window has nothing unsaved, it loads the draft, and its undo history
starts again from there (``Autosaver.follow_theirs``): an earlier step, undone, would
have taken the other window's work back with it. When this window has unsaved edits,
nothing is loaded: their write meets the conflict and the user is asked, as before.
While a cell is open or typing waits for its pause, the round is skipped: the typing is
not interrupted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from slaworkshop.store import StoreError

from .background_call import BackgroundCall
from .open_editors import being_edited

if TYPE_CHECKING:
    from .agreement_window import AgreementWindow

#: How often a window asks; a revision is one small row.
INTERVAL_MS = 3000
LOADED = ("Loaded the changes saved in another window. Undo starts again from here, so it"
          " never takes their work back.")


class DraftWatcher(QObject):
    def __init__(self, window: AgreementWindow) -> None:
        super().__init__(window)
        self._window = window
        self._reads = BackgroundCall(self)
        self._reads.done.connect(self._read)
        self._asked_at: int | None = None  # this window's revision when the read began
        self._again = False  # asked while a read was under way: ask once it ends
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            self.check()  # back from the other window: show what was done there
        return False

    def _quiet(self) -> bool:
        """Whether loading now could lose or confuse nothing: nothing unsaved, no edits
        of this window's one Undo away behind "Load theirs" (``may_follow``), nothing
        being typed or a cell open (its Enter would write the old value back over the
        loaded one), no conflict waiting, no dialog open (a version being saved, a
        signature). Otherwise the next round asks again."""
        window = self._window
        saver = window.autosaver
        return (window.isVisible() and not saver.pending and not saver.paused
                and saver.may_follow
                and QApplication.activeModalWidget() is None
                and not being_edited(window, window.pages.built()))

    def check(self) -> None:
        if self._reads.busy:
            self._again = True  # that read may have begun before the other window saved
            return
        if not self._quiet():
            return
        window = self._window
        self._asked_at = window.autosaver.revision
        reader, agreement_id = window.workspace.reader, window.agreement_id
        self._reads.start(lambda: reader.draft_revision(agreement_id))

    def _read(self, revision: int | None, error: BaseException | None) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.check)
        if isinstance(error, StoreError):
            return  # the database away or busy: the autosave says so when it writes
        if error is not None:
            raise error
        saver = self._window.autosaver
        if revision is None or revision == saver.revision or saver.revision != self._asked_at:
            return  # the same draft, or this window saved meanwhile
        if not self._quiet():  # typing or an open cell since the round began
            return  # this window's edits: their write meets the conflict question
        try:
            saver.follow_theirs()
        except StoreError:
            return  # gone again at once: the next check tries again
        self._window.refresh_save_state()
        self._window.statusBar().showMessage(LOADED, 10000)
