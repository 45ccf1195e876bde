"""The database itself refuses to change or delete signed content.

The services never write a saved version's content, but a signature is only worth
something if no other path can either: raw SQL, another tool, a future bug.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CONTENT_CHANGED = (
    "NEW.content IS DISTINCT FROM OLD.content"
    " OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256"
    " OR NEW.number IS DISTINCT FROM OLD.number"
    " OR NEW.agreement_id IS DISTINCT FROM OLD.agreement_id"
)

SQLITE = [
    f"""CREATE TRIGGER versions_content_immutable BEFORE UPDATE ON versions
    WHEN {CONTENT_CHANGED.replace("IS DISTINCT FROM", "IS NOT")}
    BEGIN SELECT RAISE(ABORT, 'the content of a saved version cannot change'); END""",
    """CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
    BEGIN SELECT RAISE(ABORT, 'a saved version cannot be deleted'); END""",
    """CREATE TRIGGER signatures_immutable BEFORE UPDATE ON signatures
    BEGIN SELECT RAISE(ABORT, 'a signature cannot change'); END""",
    """CREATE TRIGGER signatures_keep_signed BEFORE DELETE ON signatures
    WHEN (SELECT status FROM versions WHERE id = OLD.version_id) IN ('signed', 'superseded')
    BEGIN SELECT RAISE(ABORT, 'a signature on a signed version cannot be removed'); END""",
]

POSTGRES = [
    f"""CREATE FUNCTION slaw_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a saved version cannot be deleted';
      END IF;
      IF {CONTENT_CHANGED} THEN
        RAISE EXCEPTION 'the content of a saved version cannot change';
      END IF;
      RETURN NEW;
    END $$""",
    """CREATE TRIGGER versions_guard BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE FUNCTION slaw_versions_guard()""",
    """CREATE FUNCTION slaw_signatures_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'a signature cannot change';
      END IF;
      IF (SELECT status FROM versions WHERE id = OLD.version_id)
         IN ('signed', 'superseded') THEN
        RAISE EXCEPTION 'a signature on a signed version cannot be removed';
      END IF;
      RETURN OLD;
    END $$""",
    """CREATE TRIGGER signatures_guard BEFORE UPDATE OR DELETE ON signatures
    FOR EACH ROW EXECUTE FUNCTION slaw_signatures_guard()""",
]


def upgrade() -> None:
    statements = POSTGRES if op.get_bind().dialect.name == "postgresql" else SQLITE
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER signatures_guard ON signatures")
        op.execute("DROP TRIGGER versions_guard ON versions")
        op.execute("DROP FUNCTION slaw_signatures_guard()")
        op.execute("DROP FUNCTION slaw_versions_guard()")
    else:
        for name in (
            "signatures_keep_signed",
            "signatures_immutable",
            "versions_no_delete",
            "versions_content_immutable",
        ):
            op.execute(f"DROP TRIGGER {name}")
