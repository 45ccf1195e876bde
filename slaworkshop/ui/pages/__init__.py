"""One module per wizard page; :class:`Pages` builds each the first time it is asked for.

Building all twelve pages up front was a quarter of a second of start-up for pages
most sessions visit later or never. Nothing needs a page before it is shown: the
sidebar's marks and the readiness panel are computed from the content alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from ..agreement_document import AgreementDocument
from ..sections import SECTION_KEYS
from ..wheel_guard import guard_page
from .section_page import SectionPage

PageFactory = Callable[[AgreementDocument], SectionPage]
PageListener = Callable[[SectionPage], None]

#: section key → (module in this package, callable in it that makes the page)
FACTORIES: dict[str, tuple[str, str]] = {
    "workshop": ("workshop_page", "WorkshopPage"),
    "terms": ("terms_page", "TermsPage"),
    "stages": ("stages_page", "StagesPage"),
    "personas": ("personas_page", "make_page"),
    "titles": ("titles_page", "make_page"),
    "sla_windows": ("sla_windows_page", "SlaWindowsPage"),
    "rejection_reasons": ("rejection_reasons_page", "make_page"),
    "stakeholders": ("stakeholders_page", "make_page"),
    "goals": ("goals_page", "make_page"),
    "qualification": ("qualification_page", "QualificationPage"),
    "cadences": ("cadences_page", "make_page"),
    "review": ("review_page", "ReviewPage"),
}


def page_factory(key: str) -> PageFactory:
    module_name, attribute = FACTORIES[key]
    module = importlib.import_module(f"{__name__}.{module_name}")
    factory: PageFactory = getattr(module, attribute)
    return factory


class Pages(Mapping[str, SectionPage]):
    """The wizard's pages by section key, in section order; ``pages[key]`` builds on demand.

    Iterating yields every key (as any mapping does); ``values()`` therefore builds every
    page. Code that only needs the pages that exist uses :meth:`built`.
    """

    def __init__(self, document: AgreementDocument) -> None:
        self._document = document
        self._pages: dict[str, SectionPage] = {}
        self._listeners: list[tuple[str | None, PageListener]] = []

    def __getitem__(self, key: str) -> SectionPage:
        page = self._pages.get(key)
        if page is None:
            if key not in FACTORIES:
                raise KeyError(key)
            page = page_factory(key)(self._document)
            page.apply_tab_order()
            self._pages[key] = page
            for wanted, listener in list(self._listeners):
                if wanted is None or wanted == key:
                    listener(page)
            guard_page(page)  # after the listeners: their panels' fields too
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(SECTION_KEYS)

    def __len__(self) -> int:
        return len(SECTION_KEYS)

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def built(self) -> list[SectionPage]:
        """The pages made so far, in section order."""
        return [self._pages[key] for key in SECTION_KEYS if key in self._pages]

    def when_built(self, listener: PageListener, key: str | None = None) -> None:
        """Call ``listener(page)`` for page ``key`` (every page when None) once it exists:
        now for those already built, later for the rest."""
        self._listeners.append((key, listener))
        for page_key, page in list(self._pages.items()):
            if key is None or key == page_key:
                listener(page)

