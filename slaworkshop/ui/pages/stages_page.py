"""Stages: the one funnel both teams use, with exactly one handoff stage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from slaworkshop.models import Content

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, KeyedListEditor, ListSpec
from .choices import TEAM
from .funnel_view import FunnelView
from .handoff_check import handoff_warning
from .section_page import SectionPage

SPEC = ListSpec(
    path="stages",
    item_name="stage",
    name_field="name",
    columns=(
        Field("name", "Stage", width=240),
        Field("owner", "Owner", "choice", TEAM, width=130),
        Field("handoff", "Handoff", "bool", width=90,
              hint="Where marketing passes the lead to sales; choosing one clears the other"),
        Field("entry_criteria", "Entry criteria"),
    ),
    detail=((Field("entry_criteria", "Entry criteria", "long_text"),
             Field("exit_criteria", "Exit criteria", "long_text")),),
    new_item=lambda: {"name": "New stage", "owner": "marketing"},
    exclusive_flag="handoff",
)


class StagesPage(SectionPage):
    def __init__(self, document: AgreementDocument) -> None:
        super().__init__("stages", document)
        self.funnel = FunnelView()
        self.editor = KeyedListEditor(SPEC, document)
        self.funnel.stage_clicked.connect(self.editor.select_row)
        self.handoff_note = QLabel()
        self.handoff_note.setTextFormat(Qt.TextFormat.PlainText)  # may hold user text
        self.handoff_note.setObjectName("handoffNote")
        self.handoff_note.setWordWrap(True)
        self.handoff_note.setAccessibleName("Handoff warning")
        self.handoff_note.setStyleSheet(
            "QLabel#handoffNote { background: #fff1c2; color: #5a4300;"
            " border: 1px solid #e0c36b; padding: 6px; border-radius: 4px; }")
        self.body_layout.addWidget(self.funnel)
        self.body_layout.addWidget(self.editor, 1)
        # under the list, not above it: appearing above, it pushed the buttons down
        # between two clicks of Move down, and the second click landed on it (tryout)
        self.body_layout.addWidget(self.handoff_note)
        self.refresh(document.content)

    def refresh(self, content: Content) -> None:
        self.funnel.set_content(content)
        warning = handoff_warning(content)
        self.handoff_note.setText(f"⚠ {warning}" if warning else "")
        self.handoff_note.setVisible(bool(warning))
