"""list: the agreements in the database.

Its own module because it is the command people run most and the one that must start
quickly: it needs no document model, and over an SQLite file no SQLAlchemy either.
"""

from __future__ import annotations

import argparse

from slaworkshop.store.records import iso

from .context import open_reading
from .main import EXIT_OK
from .output import print_json, print_table


def cmd_list(args: argparse.Namespace) -> int:
    # Listing needs no document model (and over an SQLite file, no SQLAlchemy):
    # keep `list` quick to start.
    ctx = open_reading(args)
    try:
        summaries = ctx.agreements.list()
    finally:
        ctx.close()
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
