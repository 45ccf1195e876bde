"""The start window: every agreement in the database, grouped by organization.

Open one (double-click or Enter), or make a new one: blank, from a starter, or from
a config file. The database in use is named in the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.safe_text import printable
from slaworkshop.store import StoreError

from . import prompts
from .agreement_list_model import AgreementFilter, IdRole, build_model, update_in_place
from .background_call import BackgroundCall
from .import_command import IMPORT_TWIN, OPEN_TWIN, import_config_file
from .quit_command import quit_application
from .sentences import as_sentence
from .status_badge import StatusBadgeDelegate
from .window_geometry import first_run_size, restore_window, save_window
from .workspace import Workspace

if TYPE_CHECKING:
    from slaworkshop.store.records import AgreementSummary

    from .agreement_window import AgreementWindow


DEFAULT_SIZE = QSize(980, 640)



#: How often the list is read again while the window is in view.
TICK_MS = 30_000


def default_size(available: QSize) -> QSize:
    """The first-run size, within the screen's free area (room for the frame)."""
    return first_run_size(DEFAULT_SIZE, available)


class StartWindow(QMainWindow):
    #: Lists read on this thread so far, and how many had been when the quiet read
    #: under way started.
    _lists_read = 0
    _quiet_read_after = 0

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.open_windows: dict[str, AgreementWindow] = {}
        self.setWindowTitle("slaworkshop — agreements")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search titles, organizations, statuses…")
        self.search.setAccessibleName("Search agreements")
        self.search.setClearButtonEnabled(True)
        self.proxy = AgreementFilter()
        self.tree = QTreeView()
        self.tree.setAccessibleName("Agreements")
        self.tree.setModel(self.proxy)
        self.tree.setItemDelegateForColumn(2, StatusBadgeDelegate(self.tree))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.doubleClicked.connect(self.open_index)
        self.tree.activated.connect(self.open_index)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_first_match)

        self.new_blank = self._action("New &blank agreement…", "Ctrl+N", self.create_blank)
        self.new_starter = self._action("New from &starter…", "Ctrl+Shift+N",
                                        self.create_from_starter)
        self.import_file = self._action("New from &config file…", "Ctrl+I",
                                        self.create_from_file)
        self.open_action = self._action("&Open", "Ctrl+O", self.open_selected)
        self.refresh_action = self._action("&Refresh", "F5", self.refresh)
        self.find_action = self._action("&Find", "Ctrl+F", self.search.setFocus)
        quit_action = self._action("&Quit", "Ctrl+Q", quit_application)
        file_menu = self.menuBar().addMenu("&File")
        for action in (self.new_blank, self.new_starter, self.import_file, None,
                       self.open_action, self.refresh_action, self.find_action, None,
                       quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        buttons = QHBoxLayout()
        for action in (self.new_blank, self.new_starter, self.import_file):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.open_action))
        self.empty_note = QLabel(
            "No agreements yet. Start one from the starter template (Ctrl+Shift+N), blank "
            "(Ctrl+N), or from a config file (Ctrl+I)."
        )
        self.empty_note.setWordWrap(True)
        # In place of the list when the search matches nothing; quotes the search as typed.
        self.no_match = QLabel()
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setAccessibleName("No agreement matches the search")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.search)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(body)
        self.database = QLabel(f"Database: {workspace.display_url}")
        self.database.setAccessibleName("Database in use")
        self.statusBar().addPermanentWidget(self.database)
        # The store opens in the background once this window is up; if it cannot, say so.
        # How many agreements, always: a passing message left the bar empty after five
        # seconds, as if the database had none (tryout).
        self.count = QLabel()
        self._total = 0  # agreements in the database, whatever the search shows
        self.count.setAccessibleName("Number of agreements")
        self.statusBar().addWidget(self.count)
        self.store_state = QLabel(workspace.open_failure or "")
        self.store_state.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.store_state.setAccessibleName("Database state")
        self.store_state.setWordWrap(True)
        self.statusBar().addWidget(self.store_state, 1)
        workspace.events.failed.connect(self.store_state.setText)
        self.refresh()
        self._restore_geometry()
        # Saving, proposing and signing happen in other windows (or other programs): the
        # list is read again when this window comes to the front, and now and then, so
        # that a status and "35 s ago" do not stand still for minutes.
        self._reads = BackgroundCall(self)
        self._reads.done.connect(self._quietly_read)
        self._read_again = False
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._refresh_in_view)
        self._tick.start()

    def _action(self, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({key})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        return button

    # -- the list -------------------------------------------------------------------------------

    def refresh(self, *, quiet: bool = False) -> None:
        """Read the list again, keeping the chosen agreement and the scroll position;
        ``quiet``: a refresh nobody asked for, which says nothing unless it fails (and
        then in the status bar, not a dialog)."""
        self._lists_read += 1  # a quiet read started before this one is older
        try:
            summaries = self.workspace.reader.list()
        except StoreError as exc:
            if quiet:
                self.store_state.setText(as_sentence(str(exc)))
            else:
                prompts.refusal(self, "Cannot read the agreements", exc)
            return
        self._show_list(summaries)

    def _refresh_quietly(self) -> None:
        """The refresh nobody asked for, off the UI thread once the store is open (a
        server may be slow or gone). Before that the list comes from the SQLite file's
        direct reads, on this thread: their connection belongs to it."""
        if not self.workspace.is_open:
            self.refresh(quiet=True)
            return
        if self._reads.start(self.workspace.reader.list):
            self._quiet_read_after = self._lists_read
        else:
            # the read under way may have begun before what this one was asked for (a
            # version saved elsewhere): read again once it ends (the list stayed stale
            # until the next half-minute; a test saw it once in a loaded run)
            self._read_again = True

    def _quietly_read(self, summaries: list[AgreementSummary] | None,
                      error: BaseException | None) -> None:
        if self._read_again:
            self._read_again = False
            QTimer.singleShot(0, self, self._refresh_quietly)
        if self._lists_read != self._quiet_read_after:
            # The list was read on this thread meanwhile (an import, F5): what this read
            # found is older and would bring back the list before the import (review).
            return
        if isinstance(error, StoreError):
            self.store_state.setText(as_sentence(str(error)))
            return
        if error is not None:
            raise error
        assert summaries is not None
        self._show_list(summaries)

    def _show_list(self, summaries: list[AgreementSummary]) -> None:
        fresh = build_model(summaries)
        source = self.proxy.sourceModel()
        if isinstance(source, QStandardItemModel) and update_in_place(source, fresh):
            self._after_refresh(summaries)
            return
        current = self.tree.currentIndex().data(IdRole)
        scrolled = self.tree.verticalScrollBar().value()
        self.proxy.setSourceModel(fresh)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 80)
        self.tree.setColumnWidth(2, 200)  # "signed · draft changed"
        self.empty_note.setVisible(not summaries)
        if current:
            self._select(current)
        self.tree.verticalScrollBar().setValue(scrolled)
        self._after_refresh(summaries)

    def _after_refresh(self, summaries: list[AgreementSummary]) -> None:
        self._total = len(summaries)
        self._show_matches()
        if self.workspace.is_open:
            self.store_state.setText("")

    def _select(self, agreement_id: str) -> None:
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(IdRole) == agreement_id:
                    self.tree.setCurrentIndex(index)
                    return

    def _refresh_in_view(self) -> None:
        if self.isVisible() and not self.isMinimized():
            self._refresh_quietly()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._refresh_quietly()

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()
        self._show_matches()

    def _show_matches(self) -> None:
        """The list, or in its place a hint when a search matches none of the agreements."""
        text = self.search.text()
        source = self.proxy.sourceModel()
        any_agreement = source is not None and source.rowCount() > 0
        nothing = bool(text) and any_agreement and self.proxy.rowCount() == 0
        self.no_match.setText(f"No agreement matches “{printable(text)}”." if nothing else "")
        self.no_match.setVisible(nothing)
        self.tree.setVisible(not nothing)
        total = self._total
        words = f"{total} agreement{'s' if total != 1 else ''}"
        shown = len(self.agreement_ids())
        # a search says how many it shows: "2 agreements" under one match (tryout)
        self.count.setText(f"{shown} of {words}" if text and shown != total else words)

    def agreement_ids(self) -> list[str]:
        """The ids of the agreements shown, in display order (after the search filter)."""
        ids = []
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            for row in range(self.proxy.rowCount(parent)):
                ids.append(self.proxy.index(row, 0, parent).data(IdRole))
        return ids

    def _open_first_match(self) -> None:
        ids = self.agreement_ids()
        if ids:
            self.open_agreement(ids[0])

    def open_index(self, index: QModelIndex) -> None:
        agreement_id = index.data(IdRole)
        if agreement_id:
            self.open_agreement(agreement_id)

    def open_selected(self) -> None:
        self.open_index(self.tree.currentIndex())

    def open_agreement(self, agreement_id: str) -> AgreementWindow | None:
        window = self.open_windows.get(agreement_id)
        if window is None:
            self.workspace.settle()  # the models may be loading on another thread
            try:
                draft = self.workspace.reader.draft(agreement_id)
            except StoreError as exc:
                prompts.refusal(self, "Cannot open the agreement", exc)
                return None
            from .agreement_window import AgreementWindow

            window = AgreementWindow(self.workspace, draft)
            window.closed.connect(self._window_closed)
            self.open_windows[agreement_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _window_closed(self, agreement_id: str) -> None:
        self.open_windows.pop(agreement_id, None)
        self.refresh()

    # -- new agreements -----------------------------------------------------------------------

    def create_blank(self) -> AgreementWindow | None:
        self.workspace.settle()
        from slaworkshop.models import validate_content

        from .new_agreement_dialog import ask_new_agreement

        answer = ask_new_agreement(self, [])
        if answer is None:
            return None
        content = validate_content({"title": answer.title, "organization": answer.organization})
        return self._create(content)

    def create_from_starter(self) -> AgreementWindow | None:
        self.workspace.settle()
        from slaworkshop.starters import list_starters, load_starter

        from .new_agreement_dialog import ask_new_agreement

        answer = ask_new_agreement(self, list_starters())
        if answer is None or answer.starter is None:
            return None
        content = load_starter(answer.starter).content.model_copy(
            update={"title": answer.title, "organization": answer.organization})
        return self._create(content)

    def create_from_file(self) -> AgreementWindow | None:
        return import_config_file(self)

    def _create(self, content: object) -> AgreementWindow | None:
        try:
            agreement_id = self.workspace.agreements.create(content)  # type: ignore[arg-type]
        except StoreError as exc:
            prompts.refusal(self, "Not created", exc)
            return None
        self.refresh()
        return self.open_agreement(agreement_id)

    # -- window life --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        restore_window(self, "start_window", default_size)

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.open_windows.values()):
            if not window.close():
                event.ignore()
                return
        save_window(self, "start_window")
        self._tick.stop()
        self._reads.wait()  # before the workspace lets go of the database
        super().closeEvent(event)


__all__ = ["IMPORT_TWIN", "OPEN_TWIN", "StartWindow", "Qt"]
