"""The audit log: who changed which version's status, or signed, and when."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select

from .records import AuditEntry, utc
from .tables import audit_log as L


def audit(
    conn: Connection,
    agreement_id: str,
    action: str,
    *,
    actor: str,
    version_number: int | None = None,
    **detail: object,
) -> None:
    conn.execute(
        insert(L).values(
            agreement_id=agreement_id,
            version_number=version_number,
            at=datetime.now(UTC),
            actor=actor,
            action=action,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
        )
    )


def audit_log(conn: Connection, agreement_id: str) -> list[AuditEntry]:
    rows = conn.execute(select(L).where(L.c.agreement_id == agreement_id).order_by(L.c.id))
    return [
        AuditEntry(utc(r.at), r.actor, r.action, r.version_number, json.loads(r.detail))
        for r in rows
    ]
