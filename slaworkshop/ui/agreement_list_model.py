"""The start window's tree: organizations, and under each its agreements."""

from __future__ import annotations

from collections import Counter
from datetime import UTC

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from slaworkshop.store.records import AgreementSummary

from .save_status import ago
from .times import local_time

IdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Agreement", "Version", "Status", "Last change")
CHANGED_SINCE = " · draft changed"


def status_text(summary: AgreementSummary) -> str:
    """The latest version's status, and whether the draft changed since: "signed · draft
    changed" (the badge shows the status, the rest follows it)."""
    if summary.draft_changed:
        return f"{summary.status}{CHANGED_SINCE}"
    return summary.status


def build_model(summaries: list[AgreementSummary]) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(list(COLUMNS))
    groups: dict[str, QStandardItem] = {}
    # Copies (a file imported again as new) read the same: their ids tell them apart,
    # as the command line names them (tryout: two identical rows, two identical windows).
    same = Counter((s.organization, s.title) for s in summaries)
    for summary in sorted(summaries, key=lambda s: (s.organization.casefold(),
                                                    s.title.casefold())):
        group = groups.get(summary.organization)
        if group is None:
            group = QStandardItem(summary.organization)
            group.setEditable(False)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            blanks = [QStandardItem("") for _ in COLUMNS[1:]]
            for blank in blanks:
                blank.setEditable(False)
                blank.setSelectable(False)
            model.appendRow([group, *blanks])
            groups[summary.organization] = group
        when = summary.updated_at.replace(tzinfo=summary.updated_at.tzinfo or UTC)
        twin = same[(summary.organization, summary.title)] > 1
        cells = [
            QStandardItem(f"{summary.title} · {summary.id[:8]}" if twin else summary.title),
            QStandardItem("—" if summary.latest_version is None
                          else f"v{summary.latest_version}"),
            QStandardItem(status_text(summary)),
            QStandardItem(ago(when)),
        ]
        cells[3].setToolTip(local_time(when))
        cells[0].setToolTip(f"Agreement {summary.id}" + (
            "\nAnother agreement has the same title: the start of the id tells them apart."
            if twin else ""))
        cells[2].setData(summary.status, StatusRole)
        if summary.draft_changed:
            cells[2].setToolTip(f"The draft has changes that are in no version since "
                                f"version {summary.latest_version} ({summary.status}).")
        for cell in cells:
            cell.setEditable(False)
            cell.setData(summary.id, IdRole)
            # the organization and the status are searchable from its agreements too
            cell.setData(f"{cells[0].text()} {summary.organization} {status_text(summary)}",
                         Qt.ItemDataRole.UserRole)
        group.appendRow(cells)
    return model


def _rows(model: QStandardItemModel) -> list[tuple[str, list[str]]]:
    """Each organization with the ids of its agreements, in order."""
    shape = []
    for group_row in range(model.rowCount()):
        group = model.item(group_row, 0)
        shape.append((group.text(), [group.child(row, 0).data(IdRole)
                                     for row in range(group.rowCount())]))
    return shape


_COPIED_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, StatusRole,
                 Qt.ItemDataRole.UserRole)


def update_in_place(model: QStandardItemModel, fresh: QStandardItemModel) -> bool:
    """Give ``model`` the texts of ``fresh`` when both list the same agreements in the
    same groups and order, and say whether they did. The list read again every half
    minute then keeps its selection, expansion and scroll position, and an index held
    across the refresh stays valid (a new model left it dangling: a crash)."""
    if _rows(model) != _rows(fresh):
        return False
    for group_row in range(fresh.rowCount()):
        group, new_group = model.item(group_row, 0), fresh.item(group_row, 0)
        for row in range(new_group.rowCount()):
            for column in range(new_group.columnCount()):
                cell, new_cell = group.child(row, column), new_group.child(row, column)
                for role in _COPIED_ROLES:
                    value = new_cell.data(role)
                    if cell.data(role) != value:
                        cell.setData(value, role)
    return True


class AgreementFilter(QSortFilterProxyModel):
    """Keeps agreements whose title, organization and status together contain every
    word of the search, in any order and any case: "northwind draft" finds Northwind's
    agreement whose status reads "draft changed"."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        searched = model.index(source_row, 0, source_parent).data(Qt.ItemDataRole.UserRole)
        if not isinstance(searched, str):
            return False  # an organization's row: shown when one of its agreements is
        searched = searched.casefold()
        return all(word in searched for word in self._words)
