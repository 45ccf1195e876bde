"""What every command needs: the services over the database named by ``--db``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from slaworkshop.services import AgreementService, SignOffService
from slaworkshop.store import Store, open_store


@dataclass
class Context:
    store: Store
    agreements: AgreementService
    signoff: SignOffService

    def close(self) -> None:
        self.store.dispose()


def open_context(args: argparse.Namespace) -> Context:
    store = open_store(getattr(args, "db", None))
    agreements = AgreementService(store)
    return Context(store, agreements, SignOffService(agreements))
