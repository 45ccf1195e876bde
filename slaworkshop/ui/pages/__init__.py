"""One module per wizard page; :func:`build_pages` makes them in section order."""

from __future__ import annotations

from collections.abc import Callable

from ..agreement_document import AgreementDocument
from .section_page import SectionPage

PageFactory = Callable[[AgreementDocument], SectionPage]


def build_pages(document: AgreementDocument) -> dict[str, SectionPage]:
    from . import (
        cadences_page,
        goals_page,
        personas_page,
        qualification_page,
        rejection_reasons_page,
        review_page,
        sla_windows_page,
        stages_page,
        stakeholders_page,
        terms_page,
        titles_page,
        workshop_page,
    )

    factories: dict[str, PageFactory] = {
        "workshop": workshop_page.WorkshopPage,
        "terms": terms_page.TermsPage,
        "stages": stages_page.StagesPage,
        "personas": personas_page.make_page,
        "titles": titles_page.make_page,
        "sla_windows": sla_windows_page.SlaWindowsPage,
        "rejection_reasons": rejection_reasons_page.make_page,
        "stakeholders": stakeholders_page.make_page,
        "goals": goals_page.make_page,
        "qualification": qualification_page.QualificationPage,
        "cadences": cadences_page.make_page,
        "review": review_page.ReviewPage,
    }
    return {key: factory(document) for key, factory in factories.items()}
