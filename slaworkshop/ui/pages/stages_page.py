"""Stages: the one funnel both teams use, with exactly one handoff stage."""

from __future__ import annotations

from slaworkshop.models import Content

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, KeyedListEditor, ListSpec
from ..warning_note import WarningNote
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
        self.handoff_note = WarningNote("Handoff warning")
        self.body_layout.addWidget(self.funnel)
        self.body_layout.addWidget(self.editor, 1)
        # under the list, not above it: appearing above, it pushed the buttons down
        # between two clicks of Move down, and the second click landed on it (tryout)
        self.body_layout.addWidget(self.handoff_note)
        self.refresh(document.content)

    def refresh(self, content: Content) -> None:
        self.funnel.set_content(content)
        self.handoff_note.say(handoff_warning(content))
