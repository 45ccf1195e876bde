"""Which agreements a database holds: the one use case that needs no document model.

It stays apart from ``AgreementService`` so that listing (the command line's ``list``,
the start window) does not load pydantic or the models first.
"""

from __future__ import annotations

from slaworkshop.store import Store
from slaworkshop.store.reads import list_agreements as _list_rows
from slaworkshop.store.records import AgreementSummary
from slaworkshop.store.repository import core_query


def list_agreements(store: Store) -> list[AgreementSummary]:
    with store.transaction() as conn:
        return _list_rows(core_query(conn))
