"""Which agreements a database holds: the one use case that needs no document model.

It stays apart from ``AgreementService`` so that listing (the command line's ``list``,
the start window) does not load pydantic, the ORM or the models first.
"""

from __future__ import annotations

from slaworkshop.store import Store
from slaworkshop.store.listing import list_agreements as _list_rows
from slaworkshop.store.records import AgreementSummary


def list_agreements(store: Store) -> list[AgreementSummary]:
    with store.transaction() as conn:
        return _list_rows(conn)
