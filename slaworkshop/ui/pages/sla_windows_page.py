"""SLA windows: how long each side has for each step, drawn as a timeline."""

from __future__ import annotations

from dataclasses import replace

from slaworkshop.models import Content

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, KeyedListEditor, ListSpec
from .choices import CLOCK, TEAM
from .section_page import SectionPage
from .sla_timeline import SlaTimeline

SPEC = ListSpec(
    path="sla_windows",
    item_name="window",
    name_field="name",
    columns=(
        Field("name", "Window", width=200),
        Field("owner", "Owner", "choice", TEAM, width=110),
        Field("within", "Within", "duration", width=130),
        Field("clock", "Clock", "choice", CLOCK, width=130),
        Field("from_stage", "From stage", "ref", ref="stages", width=170),
        Field("to_stage", "To stage", "ref", ref="stages"),
    ),
    detail=(
        (Field("start_event", "Starts when", hint="e.g. Contact-us form submitted"),
         Field("end_event", "Ends when", hint="e.g. Lead assigned to a rep")),
        (Field("escalate_to", "On a breach, alert", "refs", ref="stakeholders"),
         Field("notes", "Notes", "long_text")),
    ),
    new_item=lambda: {"name": "New window", "owner": "sales", "within": "PT4H",
                      "clock": "business"},
)


def new_window(content: Content) -> dict[str, object]:
    """A new window counts business hours only when the agreement has them."""
    clock = "business" if content.business_hours is not None else "calendar"
    return {**SPEC.new_item(), "clock": clock}


class SlaWindowsPage(SectionPage):
    def __init__(self, document: AgreementDocument) -> None:
        super().__init__("sla_windows", document)
        self.timeline = SlaTimeline()
        spec = replace(SPEC, new_item=lambda: new_window(document.content))
        self.editor = KeyedListEditor(spec, document)
        self.timeline.window_clicked.connect(self.editor.select_row)
        self.body_layout.addWidget(self.timeline)
        self.body_layout.addWidget(self.editor, 1)
        self.refresh(document.content)

    def refresh(self, content: Content) -> None:
        self.timeline.set_content(content)
