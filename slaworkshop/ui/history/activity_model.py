"""The agreement's audit log as a table model, newest first: when, who, what."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from slaworkshop.store.records import AuditEntry, iso

from ..times import local_time
from .audit_wording import describe

ACTIVITY_COLUMNS: tuple[str, ...] = ("When", "Who", "What")

_Index = QModelIndex | QPersistentModelIndex


class ActivityModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[AuditEntry, str]] = []

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        """``entries`` as the service lists them (oldest first)."""
        self.beginResetModel()
        self._rows = [(entry, describe(entry)) for entry in reversed(entries)]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ACTIVITY_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ACTIVITY_COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry, sentence = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_time(entry.at), entry.actor or "unknown", sentence)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{iso(entry.at)} (UTC)"
        return None
