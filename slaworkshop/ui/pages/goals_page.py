"""Goals: SMART goals each team commits to (optional section)."""

from __future__ import annotations

from ..agreement_document import AgreementDocument
from ..keyed_list import Field, ListSpec
from .choices import TEAM
from .section_page import ListSectionPage

SPEC = ListSpec(
    path="goals",
    item_name="goal",
    name_field="statement",
    columns=(
        Field("statement", "Goal", width=340),
        Field("metric", "Metric", width=140),
        Field("target", "Target", "number", width=90),
        Field("unit", "Unit", width=110),
        Field("owner", "Owner", "choice", TEAM, optional=True),
    ),
    new_item=lambda: {"statement": "New goal"},
)


def make_page(document: AgreementDocument) -> ListSectionPage:
    return ListSectionPage("goals", document, SPEC)
