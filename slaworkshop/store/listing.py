"""The list of agreements, in one plain SQL query over the core tables.

Listing is what ``slaworkshop list`` and the start window do first, so it parses no
document and builds no model. The tables in ``tables.py`` stay the schema of record;
this query names the same tables and columns, and a test holds it to them.
"""

from __future__ import annotations

from sqlalchemy import Connection, DateTime, Integer, String, text

from .records import AgreementSummary, utc

_LIST = text(
    """
    SELECT d.agreement_id, d.title, d.organization, d.updated_at,
           v.number, v.status, v.created_at
    FROM drafts AS d
    LEFT JOIN (SELECT agreement_id, MAX(number) AS number FROM versions
               GROUP BY agreement_id) AS latest
           ON latest.agreement_id = d.agreement_id
    LEFT JOIN versions AS v
           ON v.agreement_id = latest.agreement_id AND v.number = latest.number
    ORDER BY d.organization, d.title, d.agreement_id
    """
).columns(
    agreement_id=String,
    title=String,
    organization=String,
    updated_at=DateTime(timezone=True),
    number=Integer,
    status=String,
    created_at=DateTime(timezone=True),
)


def list_agreements(conn: Connection) -> list[AgreementSummary]:
    """Every agreement with its latest version's number and status (or the draft)."""
    result = []
    for row in conn.execute(_LIST):
        changed = utc(row.updated_at)
        if row.created_at is not None:
            changed = max(changed, utc(row.created_at))
        result.append(
            AgreementSummary(
                row.agreement_id,
                row.title,
                row.organization,
                row.number,
                row.status or "draft",
                changed,
            )
        )
    return result
