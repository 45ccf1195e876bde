"""Cadences: the meetings that keep the agreement alive (optional section)."""

from __future__ import annotations

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, ListSpec
from .section_page import ListSectionPage

SPEC = ListSpec(
    path="cadences",
    item_name="meeting",
    name_field="name",
    columns=(
        Field("name", "Meeting", width=220),
        Field("every", "Every", "duration", width=160),
        Field("attendees", "Attendees", "refs", ref="stakeholders"),
    ),
    detail=((Field("attendees", "Attendees", "refs", ref="stakeholders"),
             Field("agenda", "Agenda", "long_text")),),
    new_item=lambda: {"name": "New meeting", "every": "P2W"},
)


def make_page(document: AgreementDocument) -> ListSectionPage:
    return ListSectionPage("cadences", document, SPEC)
