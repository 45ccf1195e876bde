"""The keyed-list editor: a table with add, duplicate, remove and reorder, plus a form.

Pages configure it with a :class:`ListSpec`; nothing here knows which list it edits.
Reordering works with the buttons, with the window's Edit menu shortcuts and by
dragging rows. An edit the document refuses shows its reason in a banner below the
table and changes nothing; a page taller than the window scrolls to show it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..agreement_document import AgreementDocument
from ..page_stack import show_in_every_scroll_area
from ..reflow import Reflow
from ..undo_keys import forget_typing
from .delegates import FieldDelegate
from .detail_form import DetailForm
from .height_share import HeightShare
from .spec import ListSpec
from .table_model import KeyedListModel, column_of
from .table_view import ListTableView, RowFilter

BANNER_MS = 10_000
BANNER_MARGIN = 8  # room below a banner scrolled into view


class NameEntry(QLineEdit):
    """The name of a new item: never narrower than its placeholder at the current size
    of type, so "Name of a new question…" is not cut to "Name of a ne…"."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        wanted = metrics.horizontalAdvance(self.placeholderText()) + 2 * metrics.averageCharWidth()
        return QSize(max(hint.width(), wanted), hint.height())


class KeyedListEditor(QWidget):
    def __init__(
        self, spec: ListSpec, document: AgreementDocument, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.model = KeyedListModel(spec, document)
        self.proxy = RowFilter(self)
        self.proxy.setSourceModel(self.model)
        self._wanted_key: str | None = None

        self.new_name = NameEntry()
        self.new_name.setPlaceholderText(f"Name of a new {spec.item_name}…")
        self.new_name.setAccessibleName(f"Name of a new {spec.item_name}")
        self.new_name.returnPressed.connect(self.add_item)
        self.add_button = self._button("&Add", f"Add a {spec.item_name} (Ctrl+N)", self.add_item)
        self.duplicate_button = self._button(
            "D&uplicate", f"Duplicate the selected {spec.item_name} (Ctrl+D)",
            self.duplicate_current,
        )
        self.remove_button = self._button(
            "&Remove", f"Remove the selected {spec.item_name} (Delete)", self.remove_current
        )
        self.up_button = self._button("Move u&p", "Move up (Ctrl+Shift+Up)",
                                      lambda: self.move_current(-1))
        self.down_button = self._button("Move do&wn", "Move down (Ctrl+Shift+Down)",
                                        lambda: self.move_current(1))
        # The name box and Add, then the other commands (pages add theirs at the end):
        # in one row while it fits, in two when the page is narrow (large text at 1280).
        self.entry = QHBoxLayout()
        self.entry.addWidget(self.new_name, 1)
        self.entry.addWidget(self.add_button)
        self.tools = QHBoxLayout()
        for button in (self.duplicate_button, self.remove_button, self.up_button,
                       self.down_button):
            self.tools.addWidget(button)
        self.tools.addStretch(1)
        self.tool_row = Reflow()
        self.tool_row.add(self.entry, 2)
        self.tool_row.add(self.tools, 3)

        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.banner.setObjectName("refusalBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#refusalBanner { background: #fdecea; color: #611a15;"
            " border: 1px solid #e0a09b; padding: 6px; border-radius: 4px; }"
        )
        self.banner.hide()
        self._banner_timer = QTimer(self, singleShot=True, interval=BANNER_MS)
        self._banner_timer.timeout.connect(self.banner.hide)
        self.model.refused.connect(self.show_refusal)
        # A refusal's reason stood for ten seconds whatever came next, so it still said
        # "Not changed: …" beside the corrected value (tryout): it goes once a change is
        # taken or another row is chosen.
        document.changed.connect(self._hide_refusal)

        self.view = self._make_view()
        self.form = DetailForm(self.model) if spec.detail else None
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        if self.form is not None:
            # The form scrolls rather than pushing the table below a few rows (large type
            # in presentation mode, a small window).
            self.form_area = QScrollArea()
            self.form_area.setWidgetResizable(True)
            self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
            self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
            self.form_area.setWidget(self.form)
            splitter.addWidget(self.form_area)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            self.height_share = HeightShare(splitter, self.view, self.form_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tool_row)
        layout.addWidget(splitter, 1)
        # Below the lists, not above: a banner that appeared above the table moved every
        # row down under the pointer, and the next double-click edited the wrong row.
        layout.addWidget(self.banner)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        if self.model.rowCount():
            self.select_row(0)
        self._update_buttons()

    def tab_chain(self) -> list[QWidget]:
        """Reading order: the tool row as laid out (pages add to it), the table, the form."""
        tools: list[QWidget | None] = []
        for row in (self.entry, self.tools):
            for i in range(row.count()):
                item = row.itemAt(i)
                assert item is not None  # every index below count() holds an item
                tools.append(item.widget())
        form = self.form.tab_chain() if self.form is not None else []
        return [w for w in tools if w is not None] + [self.view, *form]

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.clicked.connect(slot)
        return button

    def _make_view(self) -> ListTableView:
        view = ListTableView()
        view.setModel(self.proxy)
        view.setAccessibleName(f"{self.spec.item_name.capitalize()} list")
        view.setItemDelegate(FieldDelegate(self.model, view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        header = view.horizontalHeader()
        header.setStretchLastSection(False)  # fit_columns shares the width out
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.fields = self.spec.columns
        view.fit_rows()
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        return view

    # -- selection ----------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():  # hidden by the filter: show everything again
            self.set_filter(None)
            index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def select_key(self, key: str) -> None:
        self.select_row(self.model.row_of(key))

    def focus_field(self, field: str) -> None:
        """Put the keyboard where ``field`` of the selected item is edited."""
        if self.form is not None and self.form.focus_field(field):
            return
        column = column_of(self.spec, field)
        if column >= 0 and self.current_row() >= 0:
            self.view.setCurrentIndex(
                self.proxy.mapFromSource(self.model.index(self.current_row(), column))
            )
        self.view.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        self._hide_refusal()  # before the form commits the last row: its refusal shows
        if self.form is not None:
            self.form.show_row(row)  # commits what was typed for the previous row first
        self.model.fix_keys(self.model.item(row).key if row >= 0 else None)
        self._update_buttons()

    def _remember_current(self) -> None:
        if self._wanted_key is None and self.current_row() >= 0:
            self._wanted_key = self.model.item(self.current_row()).key

    def _restore_current(self) -> None:
        key, self._wanted_key = self._wanted_key, None
        if key is not None and self.model.row_of(key) >= 0:
            self.select_key(key)
        elif self.model.rowCount():
            self.select_row(min(max(self._last_row, 0), self.model.rowCount() - 1))
        elif self.form is not None:
            self.form.show_row(-1)
        self._update_buttons()

    _last_row = 0

    # -- commands -----------------------------------------------------------------------------

    def _before_change(self) -> None:
        if self.form is not None:
            self.form.commit_pending()
        self._last_row = self.current_row()

    def add_item(self) -> None:
        self._before_change()
        current = self.current_row()
        at = current + 1 if current >= 0 else self.model.rowCount()
        name = self.new_name.text()
        self._wanted_key = "\0pending"
        row = self.model.add(at, name)
        self._wanted_key = None
        if row >= 0:
            self.new_name.clear()
            # The name is the agreement's step now: Ctrl+Z here undoes the add, as the
            # Edit menu says, rather than bring the name back into this box.
            forget_typing(self.new_name)
            self.select_row(row)
            self._follow_current()
            if not name.strip():
                self.view.edit(self.view.currentIndex())

    def duplicate_current(self) -> None:
        self._before_change()
        row = self.current_row()
        if row >= 0:
            self._wanted_key = "\0pending"
            new_row = self.model.duplicate(row)
            self._wanted_key = None
            self.select_row(new_row if new_row >= 0 else row)

    def remove_current(self) -> None:
        self._before_change()
        row = self.current_row()
        if row >= 0:
            name = self.model.name_of(row)
            if self.model.remove(row):
                # Delete took a row away without a word (keyboard audit)
                self._say(f"Removed {self.spec.item_name} “{name}”. Undo (Ctrl+Z) brings it"
                          " back.")

    def move_current(self, delta: int) -> None:
        self._before_change()
        row = self.current_row()
        if row < 0 or not self.reorder_allowed():
            return
        key = self.model.item(row).key
        self._wanted_key = key
        self.model.move(row, row + delta)
        self._wanted_key = None
        self.select_key(key)
        self._follow_current()

    def _follow_current(self) -> None:
        """Keep the current row in sight in the page, once the layouts have settled: a
        row moved down past the foot of the page went out of sight (tryout)."""
        QTimer.singleShot(0, self, lambda: show_in_every_scroll_area(self.view))

    def reorder_allowed(self) -> bool:
        return self.proxy.predicate is None

    def set_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        self.proxy.beginFilterChange()
        self.proxy.predicate = predicate
        self.proxy.endFilterChange()
        self.view.setDragEnabled(predicate is None)
        self._update_buttons()

    def without_alt_keys(self) -> None:
        """Drop the Alt+letter keys of this list's buttons: for the second list on a
        page. Two "&Add" buttons made Alt+A move the focus between them and never add
        (keyboard audit); Ctrl+N and the other commands act on the list with the focus."""
        for button in self._list_buttons():
            button.setText(button.text().replace("&", ""))

    def _update_buttons(self) -> None:
        row = self.current_row()
        has = row >= 0
        focused = QApplication.focusWidget()
        self.duplicate_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        reorder = self.reorder_allowed()
        self.up_button.setEnabled(has and reorder and row > 0)
        self.down_button.setEnabled(has and reorder and row < self.model.rowCount() - 1)
        if focused in self._list_buttons() and not focused.isEnabled():
            # Qt hands the focus of a button it disables to the next one: Space on Move
            # up at the top moved the row back down with Move down, and removing the
            # last term put the focus on "Only disputed" (keyboard audit). The list
            # keeps it.
            self.view.setFocus()

    def _list_buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.duplicate_button, self.remove_button, self.up_button,
                self.down_button)

    def _say(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def show_refusal(self, message: str) -> None:
        self.banner.setText(f"⚠ {message}")
        self.banner.show()
        self._banner_timer.start()
        # once the layouts have made room for it (they settle on the next turn)
        QTimer.singleShot(0, self, self._bring_banner_into_view)

    def _hide_refusal(self, *_changed: object) -> None:
        self._banner_timer.stop()
        self.banner.hide()

    def _bring_banner_into_view(self) -> None:
        """Scroll the page (every scroll area the editor is in) just enough to show the
        banner, which sits below the table and so can be below the fold of a page taller
        than the window. Nothing moves when it is already in view."""
        if not self.banner.isVisible():
            return
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        show_in_every_scroll_area(self.banner, BANNER_MARGIN)


def active_list_editor(focus: QWidget | None,
                       editors: list[KeyedListEditor]) -> KeyedListEditor | None:
    """The list a window's list command (Add, Duplicate, Remove, Move) acts on: the one
    holding the keyboard focus, else the first of the page's lists."""
    widget = focus
    while widget is not None:
        if isinstance(widget, KeyedListEditor):
            return widget
        widget = widget.parentWidget()
    return editors[0] if editors else None
