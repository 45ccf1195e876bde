"""Qualification: scoring rules, the MQL threshold, the fields a lead needs at handoff."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from slaworkshop.models import Content, DocumentInvalid

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, KeyedListEditor, ListSpec
from ..keyed_list.value_text import number_text, parse_number
from ..tones import set_tone
from .choices import RULE_KIND
from .section_page import SectionPage

RULES = ListSpec(
    path="qualification.rules",
    item_name="rule",
    name_field="criterion",
    columns=(
        Field("criterion", "Criterion", width=320),
        Field("kind", "Kind", "choice", RULE_KIND, width=120),
        Field("points", "Points (may be negative)", "number"),
    ),
    new_item=lambda: {"criterion": "New rule", "kind": "fit", "points": 10},
)

HANDOFF_FIELDS = ListSpec(
    path="qualification.handoff_fields",
    item_name="field",
    name_field="label",
    columns=(Field("label", "Field", width=320), Field("required", "Required", "bool")),
    new_item=lambda: {"label": "New field", "required": True},
)


class QualificationPage(SectionPage):
    def __init__(self, document: AgreementDocument) -> None:
        super().__init__("qualification", document)
        self.threshold = QLineEdit()
        self.threshold.setAccessibleName("MQL threshold")
        self.threshold.setPlaceholderText("points")
        self.threshold.setMaximumWidth(120)
        self.threshold.editingFinished.connect(self._threshold_edited)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        set_tone(self.message, "error")
        form = QFormLayout()
        form.addRow("&MQL threshold", self.threshold)
        form.addRow(self.message)
        self.rules = KeyedListEditor(RULES, document)
        self.fields = KeyedListEditor(HANDOFF_FIELDS, document)
        self.fields.without_alt_keys()  # the rules' keys are Alt+A, Alt+R…
        lists = QVBoxLayout()
        for title, editor in (("Scoring rules", self.rules),
                              ("Fields a lead must carry at handoff", self.fields)):
            column = QVBoxLayout()
            heading = QLabel(title)
            heading.setObjectName("subHeading")
            column.addWidget(heading)
            column.addWidget(editor)
            lists.addLayout(column, 3 if editor is self.rules else 2)
        self.body_layout.addLayout(form)
        self.body_layout.addLayout(lists, 1)
        self.refresh(document.content)

    def tab_chain(self) -> list[QWidget]:
        return [w for w in (self.switch, self.threshold, *self.rules.tab_chain(),
                            *self.fields.tab_chain()) if w is not None]

    def refresh(self, content: Content) -> None:
        value = content.qualification.mql_threshold if content.qualification else None
        # what the user typed and has not had taken stays; anything else shows the
        # agreement, focus or not: a value loaded from another window under the cursor
        # was written back over it by the next commit (review)
        if not self.threshold.isModified():
            self.threshold.setText(number_text(value))

    def _stored_text(self) -> str:
        current = self.document.content.qualification
        return number_text(current.mql_threshold if current else None)

    def commit_pending(self) -> None:
        """What is typed in the threshold reaches the document, or is refused, before the
        window moves on (as the forms' pending typing does)."""
        if self.threshold.isModified() and self.threshold.text().strip() != self._stored_text():
            self._threshold_edited()

    def refused_left(self) -> str | None:
        """The page is being left with refused text in the threshold: the field shows the
        agreement's value again, and this says what was not taken. "6O" stayed on screen
        while the agreement (and a version saved then) kept 50 (tryout)."""
        if not self.message.text():
            return None
        reason = self.message.text().removeprefix("⚠ Not changed: ")
        self.message.setText("")
        self.threshold.setText(self._stored_text())
        stays = self.threshold.text()
        return f"{reason} The MQL threshold stays {stays}." if stays else reason

    def _threshold_edited(self) -> None:
        try:
            value = parse_number(self.threshold.text(), whole=False)
        except ValueError as exc:
            self.message.setText(f"⚠ Not changed: {exc}.")
            return
        self.message.setText("")
        current = self.document.content.qualification
        if (current.mql_threshold if current else None) == value:
            self.threshold.setModified(False)  # taken: later loads may show theirs
            return

        def mutate(data: dict[str, Any]) -> None:
            data["qualification"] = {**(data.get("qualification") or {}), "mql_threshold": value}

        try:
            self.document.edit("Change the MQL threshold", mutate)
        except DocumentInvalid as exc:
            self.message.setText(f"⚠ Not changed: {exc.problems[0].message}.")
            return
        self.threshold.setModified(False)
