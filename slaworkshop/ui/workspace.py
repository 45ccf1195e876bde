"""The services the windows use, over one open store. The UI holds no database session."""

from __future__ import annotations

from dataclasses import dataclass

from slaworkshop.services import AgreementService, SignOffService
from slaworkshop.store import Store, open_store


@dataclass
class Workspace:
    store: Store
    agreements: AgreementService
    signoff: SignOffService

    @classmethod
    def open(cls, url: str | None) -> Workspace:
        return cls.over(open_store(url))

    @classmethod
    def over(cls, store: Store) -> Workspace:
        agreements = AgreementService(store)
        return cls(store, agreements, SignOffService(agreements))
