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
    # A goal is a sentence, longer than its cell: the form shows it whole.
    detail=(
        (Field("statement", "Goal", hint="What, how much, by when: e.g. Deliver 120 MQLs a"
               " month by the end of Q4"),),
        (Field("metric", "Metric", hint="What is counted, e.g. MQLs accepted by sales"),
         Field("target", "Target", "number"),
         Field("unit", "Unit", hint="e.g. per month, percent")),
    ),
    new_item=lambda: {"statement": "New goal"},
)


def make_page(document: AgreementDocument) -> ListSectionPage:
    return ListSectionPage("goals", document, SPEC)
