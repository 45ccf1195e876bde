"""Stakeholders: the people accountable for the agreement, and who signs it."""

from __future__ import annotations

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, ListSpec
from .choices import STAKEHOLDER_TEAM
from .section_page import ListSectionPage

SPEC = ListSpec(
    path="stakeholders",
    item_name="stakeholder",
    name_field="name",
    columns=(
        Field("name", "Name", width=200),
        Field("team", "Team", "choice", STAKEHOLDER_TEAM, width=120),
        Field("role", "Role", width=200),
        Field("email", "E-mail", width=220),
        Field("signatory", "Signs", "bool", width=70),
    ),
    detail=((Field("responsibilities", "Responsibilities", "text_list"),),),
    new_item=lambda: {"name": "New person", "team": "sales"},
)


def make_page(document: AgreementDocument) -> ListSectionPage:
    return ListSectionPage("stakeholders", document, SPEC)
