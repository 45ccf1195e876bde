"""The versions of one agreement as a table model: one row per version, newest first.

A plain ``QAbstractTableModel`` over the records (no widget per row), so a history of a
thousand versions opens as fast as a bare table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from slaworkshop.safe_text import same_name
from slaworkshop.store.records import SignatureRecord, VersionRecord, iso

from ..agreement_list_model import StatusRole
from ..times import local_time
from ..tooltips import plain_tip

NumberRole = Qt.ItemDataRole.UserRole + 10

COLUMNS: tuple[str, ...] = ("Version", "Status", "Label", "Saved", "Author", "Signatures")
NUMBER, STATUS, LABEL, SAVED, AUTHOR, SIGNATURES = range(len(COLUMNS))

_Index = QModelIndex | QPersistentModelIndex


#: Unicode's first-strong isolate and its end: a name set apart from the text around it.
_ISOLATE, _END = "\u2068", "\u2069"


def signature_text(signature: SignatureRecord, signed_for: str | None = None) -> str:
    """The name isolated: after an Arabic name the time that followed was drawn right to
    left with it, "(03:57 23-11-2026 UTC)" (tryout). ``signed_for``: the signatory's
    name, said when the typed name is another ("S. Whitfield for Sam Whitfield")."""
    who = f"{_ISOLATE}{signature.name}{_END}"
    if signed_for and not same_name(signature.name, signed_for):
        who += f" for {_ISOLATE}{signed_for}{_END}"
    return f"{who} ({local_time(signature.signed_at)})"


def signatures_text(record: VersionRecord, names: Mapping[str, str] | None = None) -> str:
    """``names``: the version's stakeholders' names by key (whom each signature is for;
    the filter then finds a signature by either name)."""
    return "; ".join(signature_text(s, (names or {}).get(s.stakeholder))
                     for s in record.signatures)


class VersionListModel(QAbstractTableModel):
    def __init__(self, records: Sequence[VersionRecord] = ()) -> None:
        super().__init__()
        self._records: list[VersionRecord] = []
        self._names: Mapping[int, Mapping[str, str]] = {}
        self.set_records(records)

    def set_records(self, records: Sequence[VersionRecord],
                    names: Mapping[int, Mapping[str, str]] | None = None) -> None:
        """Replace the rows; ``records`` as the service lists them (oldest first);
        ``names``: per version number, its stakeholders' names by key."""
        self.beginResetModel()
        self._records = sorted(records, key=lambda r: r.number, reverse=True)
        self._names = names or {}
        self.endResetModel()

    def record(self, row: int) -> VersionRecord:
        return self._records[row]

    def records(self) -> list[VersionRecord]:
        """Newest first, as shown."""
        return list(self._records)

    def row_of(self, number: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.number == number:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(record, column)
            return plain_tip(tip) if tip else None
        if role == StatusRole and column == STATUS:
            return record.status
        if role == NumberRole:
            return record.number
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, record: VersionRecord, column: int) -> str:
        if column == NUMBER:
            return str(record.number)
        if column == STATUS:
            return record.status
        if column == LABEL:
            return record.label
        if column == SAVED:
            return local_time(record.created_at)
        if column == AUTHOR:
            return record.author or "unknown"
        return signatures_text(record, self._names.get(record.number))

    @staticmethod
    def _tooltip(record: VersionRecord, column: int) -> str | None:
        if column == SAVED:
            return f"{iso(record.created_at)} (UTC)"
        if column == SIGNATURES and record.signatures:
            return "\n".join(
                f"{_ISOLATE}{s.name}{_END}{f', {_ISOLATE}{s.role}{_END}' if s.role else ''}:"
                f" signed {local_time(s.signed_at)}"
                for s in record.signatures
            )
        if column == NUMBER:
            return f"Content hash {record.content_sha256}"
        return None
