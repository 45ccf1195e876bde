"""Rejection reasons: the picklist a rep uses to reject a lead, and what happens next."""

from __future__ import annotations

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, ListSpec
from .choices import OUTCOME
from .section_page import ListSectionPage

SPEC = ListSpec(
    path="rejection_reasons",
    item_name="reason",
    name_field="label",
    columns=(
        Field("label", "Reason", width=300),
        Field("outcome", "What happens next", "choice", OUTCOME, width=200),
        Field("requires_note", "Note required", "bool", width=120),
        Field("description", "Description"),
    ),
    detail=((Field("description", "Description", "long_text"),),),
    new_item=lambda: {"label": "New reason", "outcome": "recycle"},
)


def make_page(document: AgreementDocument) -> ListSectionPage:
    return ListSectionPage("rejection_reasons", document, SPEC)
