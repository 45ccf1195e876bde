"""The first released schema: agreements, drafts, versions, signatures, audit log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "drafts",
        sa.Column(
            "agreement_id",
            sa.String(36),
            sa.ForeignKey("agreements.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("based_on", sa.Integer, nullable=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("organization", sa.Text, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("agreement_id", sa.String(36), sa.ForeignKey("agreements.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("organization", sa.Text, nullable=False),
        sa.UniqueConstraint("agreement_id", "number", name="uq_versions_agreement_id"),
    )
    op.create_index("ix_versions_agreement_id", "versions", ["agreement_id"])
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("versions.id"), nullable=False),
        sa.Column("stakeholder", sa.String(100), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("signed_at", TS, nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("drawing_png", sa.LargeBinary, nullable=True),
        sa.UniqueConstraint("version_id", "stakeholder", name="uq_signatures_version_id"),
    )
    op.create_index("ix_signatures_version_id", "signatures", ["version_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("agreement_id", sa.String(36), sa.ForeignKey("agreements.id"), nullable=False),
        sa.Column("version_number", sa.Integer, nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_log_agreement_id", "audit_log", ["agreement_id"])


def downgrade() -> None:
    for table in ("audit_log", "signatures", "versions", "drafts", "agreements"):
        op.drop_table(table)
