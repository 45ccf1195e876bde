"""Plug History and Compare into the agreement window (see ``slaworkshop.ui.extensions``).

The window's ``history`` and ``compare`` actions are enabled and connected here. The
window is reached only through public parts: its actions, ``workspace``,
``agreement_id``, ``commands.version_saved`` and its autosaver's ``flush`` and
``load_theirs`` (or a ``reload_draft`` method, should the window grow one).

Only the actions are set up when a window opens; the History and Compare windows (and
the diff and HTML machinery behind them) are imported on the first trigger, which keeps
them off the start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..busy import wait_cursor
from .draft_link import DraftLink

if TYPE_CHECKING:
    from slaworkshop.store.records import DraftRecord

    from ..agreement_window import AgreementWindow
    from .compare_view import CompareView
    from .history_window import HistoryWindow


def install_history(window: AgreementWindow) -> HistoryFeature:
    return HistoryFeature(window)


def _enable(action: QAction, key: str, tip: str) -> None:
    if action.shortcut().isEmpty():
        action.setShortcut(QKeySequence(key))
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut})")
    action.setEnabled(True)


class HistoryFeature(QObject):
    """One per agreement window: opens (and re-raises) its History and Compare windows."""

    def __init__(self, window: AgreementWindow) -> None:
        super().__init__(window)
        self.setObjectName("historyFeature")
        self._window = window
        self.history: HistoryWindow | None = None
        self.compare: CompareView | None = None
        self.link = DraftLink(flush=self._flush, reload=self._reload, export=self._export)
        actions = window.window_actions
        _enable(actions.history, "Ctrl+H", "Every version, its signatures; open or restore one")
        _enable(actions.compare, "Ctrl+Shift+C", "Compare two versions, or a version and the draft")
        actions.history.triggered.connect(self.show_history)
        actions.compare.triggered.connect(self.show_compare)
        window.commands.version_saved.connect(self._versions_changed)
        window.autosaver.saved.connect(self._draft_saved)
        window.draft_reloaded.connect(lambda: self._versions_changed(0))

    def _flush(self) -> bool:
        autosaver = self._window.autosaver
        autosaver.flush()
        return not autosaver.paused

    def _export(self, number: int, kind: str) -> None:
        signoff = getattr(self._window, "signoff", None)
        if signoff is not None:
            command = signoff.export
            (command.export_pdf if kind == "pdf" else command.export_config)(
                number, over=self.history)

    def _reload(self, step: str) -> None:
        reload_draft = getattr(self._window, "reload_draft", None)
        if callable(reload_draft):
            reload_draft(step)
        else:
            # Takes the database's draft into the window; what it showed stays one Undo away.
            self._window.autosaver.load_theirs(step_text=step)

    def show_history(self) -> HistoryWindow:
        if self.history is None:
            from .history_window import HistoryWindow

            with wait_cursor():
                self.history = HistoryWindow(self._window.workspace, self._window.agreement_id,
                                             link=self.link, parent=self._window)
            self.history.destroyed.connect(self._history_closed)
            self.history.draft_restored.connect(self._draft_restored)
        else:
            self.history.refresh()
        self._raise(self.history)
        self.history.table.setFocus()  # not the tab strip: the versions, to move through
        return self.history

    def show_compare(self) -> CompareView:
        self._flush()  # the draft side shows what was typed, not the last autosave
        if self.compare is None:
            from .compare_view import CompareView

            with wait_cursor():
                self.compare = CompareView(self._window.workspace, self._window.agreement_id,
                                           parent=self._window)
            self.compare.destroyed.connect(self._compare_closed)
        else:
            self.compare.reload()
        self._raise(self.compare)
        return self.compare

    def _history_closed(self) -> None:
        self.history = None

    def _compare_closed(self) -> None:
        self.compare = None

    def _draft_saved(self, record: DraftRecord) -> None:
        if self.compare is None:
            return
        from .compare_view import DRAFT  # loaded already: the view exists

        if DRAFT in self.compare.pair():
            # the draft side follows the typing: the record holds what was just written
            self.compare.refresh(record.content)

    def _draft_restored(self, _number: int) -> None:
        if self.compare is not None:  # the restore may have kept the old draft as a version
            self.compare.reload()

    def _versions_changed(self, _number: int) -> None:
        if self.history is not None:
            self.history.refresh()
        if self.compare is not None:
            self.compare.reload()

    @staticmethod
    def _raise(widget: HistoryWindow | CompareView) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()
