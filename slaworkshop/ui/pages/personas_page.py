"""Personas: who both teams agree to target."""

from __future__ import annotations

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, ListSpec
from .choices import BUYING_ROLE
from .section_page import ListSectionPage

SPEC = ListSpec(
    path="personas",
    item_name="persona",
    name_field="name",
    columns=(
        Field("name", "Name", width=240),
        Field("buying_role", "Buying role", "choice", BUYING_ROLE, optional=True, width=150),
        Field("company_size.min", "Employees from", "int", width=130),
        Field("company_size.max", "Employees to", "int", width=130),
        Field("industries", "Industries", "text_list"),
    ),
    detail=(
        (Field("industries", "Industries", "text_list"),
         Field("geographies", "Geographies", "text_list"),
         Field("departments", "Departments", "text_list")),
        (Field("pains", "Pains", "long_text"), Field("notes", "Notes", "long_text")),
    ),
    new_item=lambda: {"name": "New persona"},
)


def make_page(document: AgreementDocument) -> ListSectionPage:
    return ListSectionPage("personas", document, SPEC)
