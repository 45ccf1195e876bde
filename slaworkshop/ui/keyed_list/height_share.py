"""How a list page shares its height between the table and the item's detail form.

A fixed share (three fifths to the table) gave two goals 270 px of empty rows on a
1024×768 projector in presentation mode, while the goal being edited sat a few pixels
tall in a scrolled slit below (tryout). Now the form gets the height it asks for, up to
three fifths of the room when the table has more rows than fit beside it; the table
takes the rest, never less than its few rows' minimum. A handle dragged by hand is the
facilitator's choice and is kept for that page from then on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QSplitter, QTableView

#: The most of the room the form takes from a table whose rows need it.
FORM_SHARE_AT_MOST = 0.6


def shares(total: int, table_needs: int, table_minimum: int, form_needs: int) -> tuple[int, int]:
    """(table, form) heights out of ``total``."""
    form = min(form_needs, max(total - table_needs, int(total * FORM_SHARE_AT_MOST)))
    table = max(table_minimum, total - form)
    return table, max(0, total - table)


class HeightShare(QObject):
    def __init__(self, splitter: QSplitter, table: QTableView, form_area: QScrollArea) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.table = table
        self.form_area = form_area
        self.by_hand = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.share)
        splitter.splitterMoved.connect(self._moved_by_hand)
        splitter.installEventFilter(self)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(self.share_soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange, QEvent.Type.Show):
            self.share_soon()
        return False

    def _moved_by_hand(self, _position: int, _index: int) -> None:
        self.by_hand = True

    def share_soon(self) -> None:
        if not self.by_hand:
            self._soon.start(0)  # once the layout has the new size and font

    def table_needs(self) -> int:
        """The height that shows every row and one empty row to drop or add into."""
        view = self.table
        rows = view.model().rowCount() + 1
        return (view.horizontalHeader().sizeHint().height()
                + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())

    def share(self) -> None:
        if self.by_hand or not self.splitter.isVisible():
            return
        total = self.splitter.height() - self.splitter.handleWidth()
        form = self.form_area.widget()
        form_needs = form.sizeHint().height() if form is not None else 0
        table, form_height = shares(total, self.table_needs(), self.table.minimumHeight(),
                                    form_needs)
        if self.splitter.sizes() != [table, form_height]:
            self.splitter.setSizes([table, form_height])
