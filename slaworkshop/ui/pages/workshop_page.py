"""Workshop: title, client, facilitator, dates, business hours and the parking lot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from slaworkshop.models import Content, DocumentInvalid

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, KeyedListEditor, ListSpec
from ..one_line import keep_on_one_line
from ..reflow import Reflow
from ..undo_keys import forget_typing
from ..warning_note import WarningNote
from .business_hours_editor import BusinessHoursEditor
from .date_field import DateField
from .date_order import date_order_warning, hours_warning
from .section_page import SectionPage

PARKING_LOT = ListSpec(
    path="parking_lot",
    item_name="question",
    name_field="question",
    columns=(
        Field("question", "Open question", width=520),
        Field("assignee", "Who follows it up", "ref", ref="stakeholders"),
    ),
    new_item=lambda: {"question": "New question"},
)

TEXT_FIELDS = (("title", "&Title"), ("organization", "&Organization"),
               ("facilitator", "Fa&cilitator"))
DATE_FIELDS = (("workshop_date", "Workshop date"), ("effective_from", "Effective from"),
               ("review_by", "Review by"))
LABELS = dict(TEXT_FIELDS + DATE_FIELDS + (("business_hours", "Business hours"),))
COMMIT_MS = 300


class WorkshopPage(SectionPage):
    def __init__(self, document: AgreementDocument) -> None:
        super().__init__("workshop", document)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.message.setObjectName("refusalBanner")
        self.message.setStyleSheet("color: #611a15; background: #fdecea; padding: 6px;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.lines: dict[str, QLineEdit] = {}
        self.dates: dict[str, DateField] = {}
        self._pending: tuple[str, Any] | None = None
        self._timer = QTimer(self, singleShot=True, interval=COMMIT_MS)
        self._timer.timeout.connect(self.commit_pending)

        form = QFormLayout()
        # the title is long ("Sales and marketing service-level agreement"): it gets the
        # page's full width on a row of its own, above the two columns
        title_form = QFormLayout()
        for name, label in TEXT_FIELDS:
            line = keep_on_one_line(QLineEdit())
            line.setMinimumWidth(line.fontMetrics().averageCharWidth() * 32)
            line.setAccessibleName(label.replace("&", ""))
            line.textEdited.connect(lambda text, n=name: self._typed(n, text))
            line.editingFinished.connect(self.commit_pending)
            if name == "title":
                self.title_label = _WidestLabel(label, form)
                self.title_label.setBuddy(line)
                title_form.addRow(self.title_label, line)
            else:
                form.addRow(label, line)
            self.lines[name] = line
        for name, label in DATE_FIELDS:
            field = DateField(label)
            field.edited.connect(lambda value, n=name: self._set(n, value))
            form.addRow(label, field)
            self.dates[name] = field
        self.date_note = WarningNote("Date warning")
        form.addRow(self.date_note)
        self.hours_note = WarningNote("Business hours warning")  # under the hours
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        self.hours = BusinessHoursEditor()
        self.hours.edited.connect(lambda value: self._set("business_hours", value))
        # beside the form when the page is wide enough, under it when it is not (large
        # text beside the sidebar and the readiness panel on a 1280×800 projector)
        self.columns = Reflow()
        self.columns.add(left, 3)  # a title is long; the hours editor needs less
        self.columns.add(self.hours, 2)
        self.parking_lot = KeyedListEditor(PARKING_LOT, document)
        parking_box = QWidget()
        parking_layout = QVBoxLayout(parking_box)
        parking_layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel("Parking lot: questions the workshop could not settle")
        heading.setObjectName("subHeading")
        parking_layout.addWidget(heading)
        parking_layout.addWidget(self.parking_lot)
        self.body_layout.addWidget(self.message)
        self.body_layout.addLayout(title_form)
        self.body_layout.addWidget(self.columns)
        self.body_layout.addWidget(self.hours_note)
        self.body_layout.addWidget(parking_box, 1)
        self.refresh(document.content)

    def refresh(self, content: Content) -> None:
        for name, line in self.lines.items():
            pending = self._pending is not None and self._pending[0] == name
            if not pending and line.text() != getattr(content, name):
                line.setText(getattr(content, name))
                if not line.hasFocus():
                    line.setCursorPosition(0)  # show the start of a long title
        for name, field in self.dates.items():
            if field.value() != getattr(content, name):
                field.set_value(getattr(content, name))
        self.date_note.say(date_order_warning(content))
        self.hours.set_value(content.business_hours)
        self.hours_note.say(hours_warning(content))

    def _typed(self, name: str, text: str) -> None:
        previous, self._pending = self._pending, (name, text)
        if previous is not None and previous[0] != name:
            self._set(*previous)  # refreshes the page, which skips the field being typed
        self._timer.start()

    @property
    def typing_pending(self) -> bool:
        """Typing that waits for its pause to reach the document."""
        return self._pending is not None

    def commit_pending(self) -> None:
        self._timer.stop()
        if self._pending is not None:
            name, value = self._pending
            self._pending = None
            self._set(name, value)

    def _set(self, name: str, value: Any) -> None:
        if getattr(self.document.content, name) == value or (
            name == "business_hours" and _same_hours(self.document.content, value)
        ):
            self.message.hide()
            return

        def mutate(data: dict[str, Any]) -> None:
            data[name] = value

        try:
            self.document.edit(f"Change {LABELS[name].replace('&', '').lower()}", mutate,
                               merge_key=f"workshop/{name}")
        except DocumentInvalid as exc:
            reasons = "; ".join(_reason(name, p.path, p.message) for p in exc.problems[:3])
            self.message.setText(f"⚠ Not changed: {LABELS[name].replace('&', '')} {reasons}.")
            self.message.show()
            return
        self.message.hide()
        if name in self.lines:
            forget_typing(self.lines[name])

    def tab_chain(self) -> list[QWidget]:
        return [*self.lines.values(), *(w for d in self.dates.values() for w in d.tab_chain()),
                self.hours,
                *self.parking_lot.tab_chain()]

    def focus_path(self, path: str) -> None:
        name = path.split(".")[0].split("[")[0]
        if name in self.lines:
            self.lines[name].setFocus()
        elif name in self.dates:
            self.dates[name].setFocus()
        elif name == "parking_lot":
            super().focus_path(path)
        else:
            self.hours.setFocus()


def _same_hours(content: Content, value: Any) -> bool:
    current = content.business_hours
    return (current.model_dump() if current is not None else None) == value


class _WidestLabel(QLabel):
    """The title's label, as wide as the widest label of the form below it: the title
    has a form of its own (it spans both columns), and its field started further left
    than every other field on the page."""

    def __init__(self, text: str, below: QFormLayout) -> None:
        super().__init__(text)
        self._below = below

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        widths = [hint.width()]
        for row in range(self._below.rowCount()):
            item = self._below.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                widths.append(label.sizeHint().width())
        return QSize(max(widths), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()


def _reason(name: str, path: str, message: str) -> str:
    """A problem's message, led by the part of ``name`` it is about ("end must be later
    than the start (09:00)" for content.business_hours.end)."""
    _before, _found, inner = path.partition(f".{name}.")
    if inner:
        return f"{inner.replace('_', ' ')} {message}"
    if path.endswith(f".{name}"):
        return message
    # A problem elsewhere in the agreement (a value an earlier release let in): say
    # where, rather than blame the field being edited.
    return f"(the agreement's {path.removeprefix('content.')} {message})"
