"""Helpers for the reliability tests (issue #5): is a database whole, fill one, damage one."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from agreements import READY

from slaworkshop.models import content_sha256, validate_content
from slaworkshop.services import AgreementService, SignOffService
from slaworkshop.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "northwind-agreement.yaml"
WORKERS = Path(__file__).resolve().parent / "workers"


@dataclass
class Wholeness:
    """What ``check_whole`` found: counts, and every problem as a sentence."""

    agreements: int = 0
    versions: int = 0
    drafts: dict[str, tuple[int, str]] = field(default_factory=dict)  # id -> (revision, title)
    problems: list[str] = field(default_factory=list)
    #: Stored texts already parsed and validated, by hash -> title (see ``check_whole``).
    validated: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def _check_body(where: str, body: str, stored_sha: str, found: Wholeness) -> str | None:
    if hashlib.sha256(body.encode("utf-8")).hexdigest() != stored_sha:
        found.problems.append(f"{where}: stored text does not match its stored hash")
        return None
    if stored_sha in found.validated:
        return found.validated[stored_sha]
    try:
        content = validate_content(json.loads(body))
    except ValueError as exc:  # JSONDecodeError and DocumentInvalid are both ValueErrors
        found.problems.append(f"{where}: stored content does not validate: {exc}")
        return None
    if content_sha256(content) != stored_sha:
        found.problems.append(f"{where}: stored hash differs from the recomputed content_sha256")
        return None
    found.validated[stored_sha] = content.title
    return content.title


def check_whole(url: str, earlier: Wholeness | None = None) -> Wholeness:
    """Every version and draft parses, validates and matches its hash; numbers contiguous.

    On SQLite also ``PRAGMA integrity_check`` and ``foreign_key_check``. Reads with a
    plain engine so that opening the store (migrations, backups) cannot hide anything.
    Every stored text is hashed again; one whose hash ``earlier`` already validated is
    the same text, so it is not parsed and validated twice (that keeps long runs fast).
    """
    found = Wholeness(validated=dict(earlier.validated) if earlier else {})
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                integrity = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                if integrity != [("ok",)]:
                    found.problems.append(f"integrity_check: {integrity[:3]}")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    found.problems.append(f"foreign_key_check: {broken[:3]}")
            ids = [r[0] for r in conn.execute(sa.text("SELECT id FROM agreements"))]
            found.agreements = len(ids)
            drafts = conn.execute(
                sa.text("SELECT agreement_id, content, content_sha256, revision FROM drafts")
            ).all()
            for agreement_id, body, sha, revision in drafts:
                title = _check_body(f"draft of {agreement_id}", body, sha, found)
                found.drafts[agreement_id] = (revision, title or "")
            if set(found.drafts) != set(ids):
                found.problems.append("an agreement has no draft, or a draft no agreement")
            numbers: dict[str, list[int]] = defaultdict(list)
            shas: dict[int, str] = {}
            rows = conn.execute(
                sa.text(
                    "SELECT id, agreement_id, number, content, content_sha256 FROM versions"
                    " ORDER BY agreement_id, number"
                )
            )
            for row_id, agreement_id, number, body, sha in rows:
                found.versions += 1
                numbers[agreement_id].append(number)
                shas[row_id] = sha
                _check_body(f"version {number} of {agreement_id}", body, sha, found)
            for agreement_id, got in numbers.items():
                if got != list(range(1, len(got) + 1)):
                    found.problems.append(f"{agreement_id}: version numbers {got} not 1..n")
            for version_id, sha in conn.execute(
                sa.text("SELECT version_id, content_sha256 FROM signatures")
            ):
                if shas.get(version_id) != sha:
                    found.problems.append(f"signature on version row {version_id}: other hash")
    finally:
        engine.dispose()
    return found


def signed_agreement(service: AgreementService) -> str:
    """A READY agreement whose version 1 dana and sam have signed; its id."""
    agreement = service.create(validate_content(READY))
    service.save_version(agreement)
    signoff = SignOffService(service)
    signoff.propose(agreement)
    signoff.sign(agreement, "dana")
    signoff.sign(agreement, "sam")
    return agreement


def big_content(terms: int, title: str = "Large agreement") -> dict[str, Any]:
    """READY with ``terms`` terms (hundreds make a config of a realistic large size)."""
    data = copy.deepcopy(READY)
    data["title"] = title
    data["terms"] = [
        {
            "key": f"term-{i}",
            "name": f"Term {i}",
            "status": "agreed",
            "sales_view": "What sales says about it. " * 4,
            "marketing_view": "What marketing says about it. " * 4,
            "agreed_definition": f"The definition both teams agreed for term {i}. " * 3,
            "aliases": [f"alias {i}a", f"alias {i}b"],
        }
        for i in range(terms)
    ]
    return data


def fill_database(url: str, agreements: int = 3, versions: int = 4) -> list[str]:
    """Agreements with several saved versions each; returns their ids."""
    store = open_store(url, backup_every=None)
    service = AgreementService(store, actor="filler")
    ids = []
    try:
        for a in range(agreements):
            agreement = service.create(validate_content(big_content(60, f"Agreement {a}")))
            for v in range(versions):
                draft = service.draft(agreement)
                changed = draft.content.model_copy(update={"title": f"Agreement {a} v{v}"})
                service.update_draft(agreement, changed, draft.revision)
                service.save_version(agreement, f"v{v}")
            ids.append(agreement)
    finally:
        store.dispose()
    return ids


def sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def btree_pages(path: Path) -> list[int]:
    """Numbers (from 1) of the pages that are b-tree pages, read from the raw file."""
    data = path.read_bytes()
    size = int.from_bytes(data[16:18], "big") or 65536
    pages = []
    for number in range(2, len(data) // size + 1):
        if data[(number - 1) * size] in (0x02, 0x05, 0x0A, 0x0D):
            pages.append(number)
    return pages


def damage_middle_page(path: Path) -> int:
    """Overwrite the header of the b-tree page nearest the middle; return its number."""
    pages = btree_pages(path)
    assert len(pages) >= 4, "the database is too small to damage a page in the middle"
    number = pages[len(pages) // 2]
    size = int.from_bytes(path.read_bytes()[16:18], "big") or 65536
    with path.open("r+b") as handle:
        handle.seek((number - 1) * size)
        handle.write(b"\xff" * 12)
    return number


def sqlite_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()
