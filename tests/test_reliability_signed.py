"""Signed means signed (issue #5): the database itself refuses to rewrite history.

Raw SQL, on both engines and through a plain ``sqlite3`` connection outside SQLAlchemy,
cannot change a version's content, hash or number, delete a version, change a
signature, or remove a signature from a signed version.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from agreements import READY
from reliability_support import check_whole, signed_agreement

from slaworkshop.models import validate_content
from slaworkshop.services import AgreementService, SignOffService
from slaworkshop.store import Store, open_store

FORBIDDEN = {
    "content": "UPDATE versions SET content = '{}'",
    "hash": "UPDATE versions SET content_sha256 = repeat('0', 64)",
    "number": "UPDATE versions SET number = number + 10",
    "agreement": "UPDATE versions SET agreement_id = 'someone-else'",
    "delete version": "DELETE FROM versions",
    "signature name": "UPDATE signatures SET name = 'Forged'",
    "signature hash": "UPDATE signatures SET content_sha256 = repeat('0', 64)",
    "delete signature": "DELETE FROM signatures",
}
#: The guard that refuses each statement on a signed version, by its own message: any
#: other refusal (a foreign key, another guard) would hide a guard gone missing.
REFUSED_BY = {
    "content": "the content of a saved version cannot change",
    "hash": "the content of a saved version cannot change",
    "number": "the content of a saved version cannot change",
    "agreement": "the content of a saved version cannot change",
    "delete version": "a saved version cannot be deleted",
    "signature name": "a signature cannot change",
    "signature hash": "a signature cannot change",
    "delete signature": "a signature on a signed version cannot be removed",
}


@pytest.fixture
def signed(db_url: str) -> Iterator[tuple[Store, str]]:
    store = open_store(db_url, backup_every=None)
    service = AgreementService(store, actor="tester")
    agreement = signed_agreement(service)
    assert service.version(agreement, 1).status == "signed"
    yield store, agreement
    store.dispose()


def _sql(statement: str, dialect: str) -> str:
    # SQLite has no repeat(); the same 64 zeros written out.
    return statement.replace("repeat('0', 64)", "'" + "0" * 64 + "'") if dialect == "sqlite" \
        else statement


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        versions = conn.execute(sa.text(
            "SELECT id, agreement_id, number, status, content, content_sha256 FROM versions"
            " ORDER BY id")).all()
        signatures = conn.execute(sa.text(
            "SELECT id, version_id, stakeholder, name, content_sha256 FROM signatures"
            " ORDER BY id")).all()
    return [tuple(r) for r in (*versions, *signatures)]


@pytest.mark.parametrize("what", sorted(FORBIDDEN))
def test_raw_sql_cannot_change_a_signed_version(
    signed: tuple[Store, str], what: str, db_url: str
) -> None:
    store, _agreement = signed
    before = _snapshot(store)
    statement = _sql(FORBIDDEN[what], store.engine.dialect.name)
    with pytest.raises(sa.exc.DBAPIError, match=re.escape(REFUSED_BY[what])), \
            store.engine.begin() as conn:
        conn.execute(sa.text(statement))
    assert _snapshot(store) == before
    assert check_whole(db_url).problems == []


def test_a_proposed_versions_content_is_refused_too_but_its_status_may_move(
    db_url: str,
) -> None:
    store = open_store(db_url, backup_every=None)
    service = AgreementService(store)
    agreement = service.create(validate_content(READY))
    service.save_version(agreement)
    SignOffService(service).propose(agreement)
    with pytest.raises(sa.exc.DBAPIError, match="cannot change"), store.engine.begin() as c:
        c.execute(sa.text("UPDATE versions SET content = '{}'"))
    with store.engine.begin() as conn:  # the workflow's own moves stay possible
        conn.execute(sa.text("UPDATE versions SET status = 'saved'"))
    assert service.version(agreement, 1).status == "saved"
    store.dispose()


def _proposed_and_signed_by(store: Store, *signers: str) -> str:
    """An agreement whose version 1 is proposed and signed by ``signers``."""
    service = AgreementService(store)
    agreement = service.create(validate_content(READY))
    service.save_version(agreement)
    signoff = SignOffService(service)
    signoff.propose(agreement)
    for signer in signers:
        signoff.sign(agreement, signer)
    return agreement


@pytest.mark.parametrize("what", sorted(FORBIDDEN))
def test_a_plain_sqlite3_connection_is_refused_as_well(sqlite_url: str, what: str) -> None:
    store = open_store(sqlite_url, backup_every=None)
    _proposed_and_signed_by(store, "dana", "sam")
    before = _snapshot(store)
    store.dispose()
    path = sqlite_url.removeprefix("sqlite:///")
    conn = sqlite3.connect(path)  # no foreign keys pragma, no SQLAlchemy: a bare tool
    try:
        with pytest.raises(sqlite3.DatabaseError, match=re.escape(REFUSED_BY[what])):
            conn.execute(_sql(FORBIDDEN[what], "sqlite"))
        conn.commit()
    finally:
        conn.close()
    reopened = open_store(sqlite_url, backup_every=None)
    assert _snapshot(reopened) == before
    reopened.dispose()
    assert check_whole(sqlite_url).problems == []


@pytest.mark.parametrize("statement", [FORBIDDEN["signature name"], FORBIDDEN["signature hash"]])
def test_a_signature_on_a_proposed_version_cannot_change_either(db_url: str,
                                                                statement: str) -> None:
    """Half-signed: the first signature must hold while the others are awaited."""
    store = open_store(db_url, backup_every=None)
    agreement = _proposed_and_signed_by(store, "dana")
    assert AgreementService(store).version(agreement, 1).status == "proposed"
    before = _snapshot(store)
    with pytest.raises(sa.exc.DBAPIError, match="a signature cannot change"), \
            store.engine.begin() as conn:
        conn.execute(sa.text(_sql(statement, store.engine.dialect.name)))
    assert _snapshot(store) == before
    store.dispose()


def test_a_signed_version_cannot_be_unsigned_in_two_statements(
    signed: tuple[Store, str],
) -> None:
    store, _agreement = signed
    before = _snapshot(store)
    for status in ("saved", "proposed", "draft"):
        with pytest.raises(sa.exc.DBAPIError, match="status only moves"), store.engine.begin() as c:
            c.execute(sa.text("UPDATE versions SET status = :s"), {"s": status})
    with pytest.raises(sa.exc.DBAPIError, match="signature on a signed version"), \
            store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM signatures"))
    assert _snapshot(store) == before


def test_signatures_only_go_on_a_proposed_version_for_its_content(
    signed: tuple[Store, str],
) -> None:
    store, _agreement = signed
    with store.engine.begin() as conn:
        version_id = conn.execute(sa.text("SELECT MIN(id) FROM versions")).scalar()
    insert = sa.text(
        "INSERT INTO signatures (version_id, stakeholder, name, role, signed_at,"
        " content_sha256) VALUES (:v, 'mallory', 'Mallory', '', '2026-01-01 00:00:00', :h)"
    )
    with pytest.raises(sa.exc.DBAPIError, match="only be added to a proposed version"), \
            store.engine.begin() as conn:
        conn.execute(insert, {"v": version_id, "h": "0" * 64})
    with pytest.raises(sa.exc.DBAPIError, match="a new version starts as saved"), \
            store.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO versions (agreement_id, number, status, label, content, content_sha256,"
            " created_at, author, title, organization) SELECT agreement_id, 99, 'signed', label,"
            " content, content_sha256, created_at, author, title, organization FROM versions"
            " WHERE id = :v"), {"v": version_id})
