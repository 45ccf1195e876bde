"""list: the agreements in the database.

Its own module because it is the command people run most and the one that must start
quickly: it needs neither the document model nor the ORM (see ``services.catalog``).
"""

from __future__ import annotations

import argparse

from slaworkshop.store.records import iso

from .main import EXIT_OK
from .output import print_json, print_table


def cmd_list(args: argparse.Namespace) -> int:
    from slaworkshop.services.catalog import list_agreements
    from slaworkshop.store import open_store

    # Listing needs neither the document model nor the ORM: keep `list` quick to start.
    store = open_store(getattr(args, "db", None))
    try:
        summaries = list_agreements(store)
    finally:
        store.dispose()
    if args.format == "json":
        print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "organization": s.organization,
                    "latest_version": s.latest_version,
                    "status": s.status,
                }
                for s in summaries
            ]
        )
    elif not summaries:
        print("No agreements yet. Create one in the application or with 'slaworkshop import'.")
    else:
        print_table(
            ("ID", "ORGANIZATION", "TITLE", "VERSION", "STATUS", "CHANGED"),
            [
                (
                    s.id,
                    s.organization,
                    s.title,
                    "-" if s.latest_version is None else str(s.latest_version),
                    s.status,
                    iso(s.updated_at),
                )
                for s in summaries
            ],
        )
    return EXIT_OK
