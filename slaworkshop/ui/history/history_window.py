"""History: every version of one agreement, newest first, with status, label, time,
author and signatures. Open a version read-only, compare two, or restore one as the draft.

Works on its own over a ``Workspace`` and an agreement id; inside the agreement window it
gets a ``DraftLink`` so that a restore shows up in the window's draft at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.diff import VersionLabel
from slaworkshop.store import StoreError
from slaworkshop.store.records import VersionRecord

from .. import prompts
from ..busy import wait_cursor
from ..status_badge import StatusBadgeDelegate
from ..workspace import Workspace
from .activity_model import ActivityModel
from .compare_view import DRAFT, CompareView
from .draft_link import NO_WINDOW, DraftLink
from .restore_command import restore_as_draft
from .rich_text import page
from .safe_browser import SafeTextBrowser
from .version_list_model import (
    AUTHOR,
    LABEL,
    NUMBER,
    SAVED,
    SIGNATURES,
    STATUS,
    NumberRole,
    VersionListModel,
)
from .version_viewer import VersionViewer, stakeholder_names, version_header

W = TypeVar("W", bound=QWidget)
_WIDTHS = {NUMBER: 70, STATUS: 110, LABEL: 220, SAVED: 140, AUTHOR: 110, SIGNATURES: 300}


class HistoryWindow(QMainWindow):
    draft_restored = Signal(int)  # the version the draft now starts from

    def __init__(self, workspace: Workspace, agreement_id: str, *,
                 link: DraftLink = NO_WINDOW, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.agreement_id = agreement_id
        self.link = link
        self._signer_names: dict[int, dict[str, str]] = {}  # by version number
        self.model = VersionListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.activity_model = ActivityModel()
        self._activity_loaded = False  # read when first shown: a long log costs time
        self.viewers: list[VersionViewer] = []
        self.compare_views: list[CompareView] = []
        self._build()
        self.refresh()
        self.resize(1100, 680)

    # -- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by label, status, author or signer…")
        self.filter.setAccessibleName("Filter versions")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setAccessibleName("Versions, newest first")
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(STATUS, StatusBadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._base_line = self.fontMetrics().height()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = SafeTextBrowser("Selected version: signatures and content hash")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([360, 260])
        versions = QWidget()
        layout = QVBoxLayout(versions)
        layout.addWidget(self.filter)
        layout.addWidget(splitter, 1)
        self.activity = QTableView()
        self.activity.setAccessibleName("Activity: who did what, newest first")
        self.activity.setModel(self.activity_model)
        self.activity.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activity.setAlternatingRowColors(True)
        self.activity.setWordWrap(False)
        self.activity.verticalHeader().hide()
        self.activity.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(versions, "&Versions")
        self.tabs.addTab(self.activity, "&Activity")
        self.tabs.currentChanged.connect(lambda _index: self._load_activity())
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.message.setAccessibleName("Last result")
        self.statusBar().addWidget(self.message, 1)

    def _build_actions(self) -> None:
        bar = QToolBar("History", self)
        bar.setMovable(False)
        self.addToolBar(bar)
        # No shortcut of its own: Enter (or a double-click) on a row opens it.
        self.open_action = self._action(bar, "&Open read-only", None, self.open_selected,
                                        "Show the selected version's content; Enter on a row"
                                        " does too")
        self.compare_action = self._action(bar, "&Compare", "Ctrl+Shift+C",
                                           self.compare_selected,
                                           "Compare the two selected versions, "
                                           "or the selected one with the draft")
        self.restore_action = self._action(bar, "&Restore as draft…", "Ctrl+Shift+R",
                                           self.restore_selected,
                                           "Start a new draft from the selected version")
        self.export_pdf_action = self._action(
            bar, "Export P&DF…", None, lambda: self.export_selected("pdf"),
            "Export the selected version as PDF: the signed one, after later versions")
        self.export_config_action = self._action(
            bar, "Export con&fig…", None, lambda: self.export_selected("config"),
            "Export the selected version as a config file")
        can_export = self.link.export is not None
        self.export_pdf_action.setVisible(can_export)
        self.export_config_action.setVisible(can_export)
        bar.addSeparator()
        # R&efresh: Alt+F is Export con&fig's
        self.refresh_action = self._action(bar, "R&efresh", QKeySequence.StandardKey.Refresh,
                                           self.refresh, "Read the versions again")
        self._action(None, "Filter", QKeySequence.StandardKey.Find, self.filter.setFocus, "")
        self._action(None, "Close", QKeySequence.StandardKey.Close, self.close, "")
        self._action(None, "Close", "Esc", self.close, "")

    def _action(self, bar: QToolBar | None, text: str,
                key: str | QKeySequence.StandardKey | None, slot: Callable[[], object],
                tip: str) -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(key)] if key is not None else []
        action.setShortcuts(keys)
        letter = QKeySequence.mnemonic(text)
        if bar is not None and not letter.isEmpty():
            # A toolbar's button shows no Alt key unless its text keeps the "&": then it
            # underlines the letter and answers Alt+letter itself ("&Open read-only" said
            # Alt+O and Alt+O did nothing; keyboard audit). Not also the action's key:
            # two shortcuts on one key answer neither.
            action.setIconText(text)
            keys.append(letter)
        shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({shortcut})" if tip and shortcut else tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        if bar is not None:
            bar.addAction(action)
            # and Tab reaches them, as it does every other button
            button = bar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return action

    # -- room --------------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Widths for the current type size: every header whole, and the short values
        (number, status, time, author) whole too; presentation mode's larger type cut
        "Version" and the time of saving short."""
        scale = max(self.table.fontMetrics().height() / self._base_line, 1.0)
        for view, widths, whole in (
                (self.table, _WIDTHS, (NUMBER, STATUS, SAVED, AUTHOR)),
                (self.activity, {0: 140, 1: 110}, (0, 1))):
            header = view.horizontalHeader()
            line = view.fontMetrics().height()
            view.verticalHeader().setDefaultSectionSize(line + 12)
            for column, width in widths.items():
                needed = header.sectionSizeHint(column)
                if column in whole:
                    needed = max(needed, view.sizeHintForColumn(column))
                view.setColumnWidth(column, max(round(width * scale), needed))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self.fit_columns)  # once the children have it too

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the versions again, keeping the selection where it can."""
        chosen = self.selected_numbers()
        try:
            records = self.workspace.agreements.history(self.agreement_id)
            title = self.workspace.agreements.draft(self.agreement_id).content.title
        except StoreError as exc:
            prompts.refusal(self, "Cannot read the history", exc)
            return
        # whom each signature is for, so that the list says it and the filter finds it
        self.model.set_records(records, {r.number: self._signers(r) for r in records})
        self.fit_columns()
        count = len(records)
        self.setWindowTitle(f"History — {title} — {count} version{'s' if count != 1 else ''}")
        if not records:
            self.message.setText("No version saved yet: the agreement is a draft only.")
        self.select_numbers(chosen or ([records[-1].number] if records else []))
        for view in self.compare_views:
            view.reload(records)
        if self._activity_loaded:
            self._activity_loaded = False
            self._load_activity()

    def _load_activity(self) -> None:
        if self._activity_loaded or self.tabs.currentWidget() is not self.activity:
            return
        try:
            entries = self.workspace.agreements.audit_log(self.agreement_id)
        except StoreError as exc:
            prompts.refusal(self, "Cannot read the activity", exc)
            return
        self.activity_model.set_entries(entries)
        self.fit_columns()
        self._activity_loaded = True

    def records(self) -> list[VersionRecord]:
        return self.model.records()

    # -- selection -----------------------------------------------------------------------------

    def selected_numbers(self) -> list[int]:
        """The selected versions' numbers, oldest first."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return sorted(int(index.data(NumberRole)) for index in rows)

    def select_numbers(self, numbers: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for number in numbers:
            row = self.model.row_of(number)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, flags)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._selection_changed()

    def _selection_changed(self) -> None:
        numbers = self.selected_numbers()
        self.open_action.setEnabled(len(numbers) == 1)
        self.restore_action.setEnabled(len(numbers) == 1)
        self.export_pdf_action.setEnabled(len(numbers) == 1)
        self.export_config_action.setEnabled(len(numbers) == 1)
        self.compare_action.setEnabled(len(numbers) in (1, 2))
        compare = "&Compare with draft" if len(numbers) == 1 else "&Compare"
        self.compare_action.setText(compare)
        self.compare_action.setIconText(compare)  # the button shows its own text (review)
        if len(numbers) == 1:
            record = self._record(numbers[0])
            self.details.setHtml(page(version_header(record, self._signers(record))))
        elif len(numbers) == 2:
            self.details.setHtml(page(
                "<p>2 versions selected. Press <b>Compare</b> (Ctrl+Shift+C) to see what"
                " changed between them.</p>"))
        elif numbers:
            self.details.setHtml(page(
                f"<p>{len(numbers)} versions selected. Select one version to see it, or two"
                " to compare them.</p>"))
        else:
            self.details.setHtml(page(
                "<p>Select a version to see it, or two to compare them.</p>"))

    def _signers(self, record: VersionRecord) -> dict[str, str]:
        """The names signatures were given for: read only for a version with signatures
        (most have none, and a large version takes a moment to read)."""
        if not record.signatures:
            return {}
        known = self._signer_names.get(record.number)
        if known is not None:  # a version never changes: read once, not at each arrow key
            return known
        try:
            content = self.workspace.reader.content(self.agreement_id, record.number)
        except StoreError:
            return {}  # the typed names alone; opening the version says what is wrong
        names = self._signer_names[record.number] = stakeholder_names(content)
        return names

    def _record(self, number: int) -> VersionRecord:
        row = self.model.row_of(number)
        assert row is not None
        return self.model.record(row)

    # -- commands ------------------------------------------------------------------------------

    def open_selected(self) -> VersionViewer | None:
        numbers = self.selected_numbers()
        return self.open_version(numbers[0]) if len(numbers) == 1 else None

    def open_version(self, number: int) -> VersionViewer | None:
        try:
            with wait_cursor():
                content = self.workspace.agreements.content(self.agreement_id, number)
        except StoreError as exc:
            prompts.refusal(self, "Cannot open the version", exc)
            return None
        with wait_cursor():
            viewer = VersionViewer(self._record(number), content, self)
        viewer.restore_requested.connect(self.restore_version)
        viewer.compare_requested.connect(lambda n: self.compare(n, DRAFT))
        viewer.destroyed.connect(lambda _o=None, v=viewer: self._forget(self.viewers, v))
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def compare_selected(self) -> CompareView | None:
        numbers = self.selected_numbers()
        if len(numbers) == 2:
            return self.compare(numbers[0], numbers[1])
        if len(numbers) == 1:
            return self.compare(numbers[0], DRAFT)
        return None

    def compare(self, old: VersionLabel, new: VersionLabel) -> CompareView:
        if DRAFT in (old, new):
            self.link.flush()  # compare with what was typed, not what was last autosaved
        with wait_cursor():  # its errors show in its own summary line, not a dialog
            view = CompareView(self.workspace, self.agreement_id, records=self.records(),
                               pair=(old, new), parent=self)
        view.destroyed.connect(lambda _o=None, v=view: self._forget(self.compare_views, v))
        self.compare_views.append(view)
        view.show()
        return view

    def export_selected(self, kind: str) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 1 and self.link.export is not None:
            self.link.export(numbers[0], kind)

    def restore_selected(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 1:
            self.restore_version(numbers[0])

    def restore_version(self, number: int) -> None:
        outcome = restore_as_draft(self, self.workspace, self.agreement_id, number, self.link)
        if outcome is None:
            return
        self.message.setText(outcome)
        self.refresh()
        self.draft_restored.emit(number)

    @staticmethod
    def _forget(views: list[W], view: W) -> None:
        if view in views:
            views.remove(view)
