"""The form under a list's table: every field of the selected item, long text included.

Typing is committed after a short pause (and when the selection moves on), so a
sentence becomes one undo step and still reaches the database within a second.

A field that offers items of another list (an SLA window's "On a breach, alert" lists
the stakeholders) follows that list: renaming a stakeholder on its own page shows in
the form at once, not when another row is selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from slaworkshop.models import Content

from ..content_paths import get_items
from .field_widgets import TYPED_KINDS, FieldWidget, make_field_widget
from .table_model import KeyedListModel

COMMIT_MS = 300
GROWING_KINDS = {"long_text", "text_list"}  # these take the height a row has to give


class DetailForm(QWidget):
    def __init__(self, model: KeyedListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._key: str | None = None
        self._pending: tuple[FieldWidget, Any] | None = None
        self._timer = QTimer(self, singleShot=True, interval=COMMIT_MS)
        self._timer.timeout.connect(self.commit_pending)
        self.widgets: dict[str, FieldWidget] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        self.key_label = QLabel()
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.key_label.setObjectName("keyLabel")
        # a key made from a long name ("existing-customer-belongs-to-account-management")
        # breaks after its hyphens: unwrapped, it widened the page past the window in
        # presentation mode and cut the form's boxes off at the right (tryout)
        self.key_label.setWordWrap(True)
        outer.addWidget(self.key_label)
        grid = QGridLayout()
        outer.addLayout(grid)
        columns = max((len(r) for r in model.spec.detail), default=0)
        for row, fields in enumerate(model.spec.detail):
            for column, field in enumerate(fields):
                # The last field of a shorter row takes the rest of it, not one column
                # beside empty ones.
                span = columns - column if column == len(fields) - 1 else 1
                widget = make_field_widget(field)
                widget.edited.connect(lambda value, w=widget: self._edited(w, value))
                self.widgets[field.name] = widget
                box = QVBoxLayout()
                if field.kind != "bool":
                    label = QLabel(field.label)
                    label.setBuddy(widget.widget)
                    box.addWidget(label)
                box.addWidget(widget.widget)
                if field.kind not in GROWING_KINDS:
                    box.addStretch(1)  # the label stays on top of its list, not afloat
                grid.addLayout(box, row, column, 1, span)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        model.rekeyed.connect(self._rekeyed)
        model.modelReset.connect(self.reload)
        model.dataChanged.connect(self.reload)
        # after the model's own refresh (connected when the model was made)
        self._ref_paths = sorted({f.ref for row in model.spec.detail for f in row if f.ref})
        self._referenced = self._referenced_lists(model.content)
        model.document.changed.connect(self._content_changed)
        self.show_row(-1)

    def _referenced_lists(self, content: Content) -> list[list[Any]]:
        return [get_items(content, path) for path in self._ref_paths]

    def _content_changed(self, content: Content) -> None:
        """Show the names of the lists the fields offer as they are now."""
        if not self._ref_paths:
            return
        before, self._referenced = self._referenced, self._referenced_lists(content)
        if any(_differ(old, new) for old, new in zip(before, self._referenced, strict=True)):
            self.reload()

    def _rekeyed(self, old: str, new: str) -> None:
        if self._key == old:
            self._key = new

    @property
    def row(self) -> int:
        return -1 if self._key is None else self.model.row_of(self._key)

    def show_row(self, row: int) -> None:
        self.commit_pending()
        self._key = self.model.item(row).key if 0 <= row < self.model.rowCount() else None
        self.reload()

    def reload(self) -> None:
        row = self.row
        self.setEnabled(row >= 0)
        if row < 0:
            self._key = None
            self.key_label.setText(f"Select a {self.model.spec.item_name} to see its details.")
            # Emptied, not left greyed with the last item's words: a section switched off
            # and on again showed a removed meeting's agenda (tryout).
            self._pending = None
            for widget in self.widgets.values():
                widget.show(None, self.model.content)
            return
        key = self._key
        assert key is not None  # row is -1 without a key
        if self.model.is_provisional(key):
            self.key_label.setText(f"Key: {key}  (made from the name until you move to"
                                   " another row; then it stays)")
        else:
            self.key_label.setText(f"Key: {key}  (stays the same when the name changes)")
        for name, widget in self.widgets.items():
            if self._pending is not None and self._pending[0] is widget:
                continue  # do not disturb what is being typed
            widget.show(self.model.raw(row, name), self.model.content)

    def _edited(self, widget: FieldWidget, value: Any) -> None:
        if widget.field.kind in TYPED_KINDS:
            # Mark this widget as being typed in *before* committing the previous one:
            # that commit refreshes the form, which must not overwrite these keystrokes.
            previous, self._pending = self._pending, (widget, value)
            if previous is not None and previous[0] is not widget:
                self._commit(*previous)
            self._timer.start()
        else:
            self.commit_pending()
            self._commit(widget, value)

    @property
    def typing_pending(self) -> bool:
        """Typing that waits for its pause to reach the document."""
        return self._pending is not None

    def commit_pending(self) -> None:
        self._timer.stop()
        if self._pending is not None:
            widget, value = self._pending
            self._pending = None
            self._commit(widget, value)

    def _commit(self, widget: FieldWidget, value: Any) -> None:
        row = self.row
        if row < 0:
            return
        try:
            parsed = widget.parse(value)
        except ValueError as exc:
            self.model.refused.emit(f"Not changed: {exc}.")
            return
        if self.model.set_value(row, widget.field.name, parsed):
            widget.committed()

    def tab_chain(self) -> list[QWidget]:
        """The fields row by row, left to right, as the grid shows them."""
        return [self.widgets[f.name].widget for fields in self.model.spec.detail for f in fields]

    def focus_field(self, name: str) -> bool:
        widget = self.widgets.get(name)
        if widget is None:
            return False
        widget.widget.setFocus()
        return True


def _differ(old: list[Any], new: list[Any]) -> bool:
    """Whether two versions of a list differ (an edit keeps the items it left alone)."""
    return len(old) != len(new) or any(
        a is not b and a != b for a, b in zip(old, new, strict=True))
