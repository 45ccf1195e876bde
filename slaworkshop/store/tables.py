"""SQLAlchemy tables. Rows stay in the store: services receive documents, not rows.

A version's content is one JSON text with its hash; the draft lives in its own table
with a revision counter for optimistic locking, so the versions table never needs an
UPDATE of content (and the database refuses one: see the migration's triggers).

Plain Core tables, not ORM classes: the store reads and writes through connections
only, and declaring mapped classes would import ``sqlalchemy.orm`` (about a tenth of a
second) into every command and every start of the window for nothing.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def _when(name: str) -> Column[object]:
    return Column(name, DateTime(timezone=True), nullable=False)


agreements = Table(
    "agreements",
    metadata,
    Column("id", String(36), primary_key=True),
    _when("created_at"),
)

drafts = Table(
    "drafts",
    metadata,
    Column(
        "agreement_id",
        ForeignKey("agreements.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("content", Text, nullable=False),
    Column("content_sha256", String(64), nullable=False),
    # Optimistic locking: a write names the revision it was based on.
    Column("revision", Integer, nullable=False),
    Column("based_on", Integer, nullable=True),
    Column("title", Text, nullable=False),
    Column("organization", Text, nullable=False),
    _when("updated_at"),
)

versions = Table(
    "versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("agreement_id", ForeignKey("agreements.id"), nullable=False, index=True),
    Column("number", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("label", Text, nullable=False, default=""),
    Column("content", Text, nullable=False),
    Column("content_sha256", String(64), nullable=False),
    _when("created_at"),
    Column("author", Text, nullable=False, default=""),
    Column("title", Text, nullable=False),
    Column("organization", Text, nullable=False),
    UniqueConstraint("agreement_id", "number"),
)

signatures = Table(
    "signatures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version_id", ForeignKey("versions.id"), nullable=False, index=True),
    Column("stakeholder", String(100), nullable=False),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False, default=""),
    _when("signed_at"),
    Column("content_sha256", String(64), nullable=False),
    Column("drawing_png", LargeBinary, nullable=True),
    UniqueConstraint("version_id", "stakeholder"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("agreement_id", ForeignKey("agreements.id"), nullable=False, index=True),
    Column("version_number", Integer, nullable=True),
    _when("at"),
    Column("actor", Text, nullable=False, default=""),
    Column("action", String(40), nullable=False),
    Column("detail", Text, nullable=False, default="{}"),
)
