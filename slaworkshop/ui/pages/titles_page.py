"""Titles: the prospect job titles sales wants, accepts, or excludes."""

from __future__ import annotations

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, ListSpec, RowMark
from .choices import PRIORITY, SENIORITY
from .section_page import ListSectionPage


def _mark(title: object) -> RowMark | None:
    if getattr(title, "priority", "") == "excluded":
        return RowMark("✕ excluded", "#eeeeee", "#555555")
    return None


SPEC = ListSpec(
    path="titles",
    item_name="title",
    name_field="title",
    columns=(
        Field("title", "Title", width=280),
        Field("priority", "Priority", "choice", PRIORITY, width=130),
        Field("seniority", "Seniority", "choice", SENIORITY, optional=True, width=140),
        Field("persona", "Persona", "ref", ref="personas"),
    ),
    new_item=lambda: {"title": "New title", "priority": "target"},
    row_mark=_mark,
)


def make_page(document: AgreementDocument) -> ListSectionPage:
    return ListSectionPage("titles", document, SPEC)
