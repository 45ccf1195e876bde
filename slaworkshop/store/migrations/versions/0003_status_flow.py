"""A signed version stays signed, at the database level too.

0002 froze a version's content, but its status could still be set back from
``signed`` to ``saved`` by raw SQL, after which its signatures could be deleted: a
signature removed in two statements. Now a version's status only moves along the
sign-off flow (saved → proposed → saved or signed → superseded), a new version starts
as saved, and a signature can only be added to a proposed version, for that
version's exact content hash.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ALLOWED_MOVE = (
    "(OLD.status = 'saved' AND NEW.status = 'proposed')"
    " OR (OLD.status = 'proposed' AND NEW.status IN ('saved', 'signed'))"
    " OR (OLD.status = 'signed' AND NEW.status = 'superseded')"
)
STATUS_MESSAGE = (
    "a version's status only moves saved, proposed, signed, superseded"
    " (or a proposed one back to saved)"
)
NEW_MESSAGE = "a new version starts as saved"
SIGNATURE_MESSAGE = "a signature can only be added to a proposed version, for its exact content"

SQLITE = [
    f"""CREATE TRIGGER versions_status_flow BEFORE UPDATE OF status ON versions
    WHEN NEW.status IS NOT OLD.status AND NOT ({ALLOWED_MOVE})
    BEGIN SELECT RAISE(ABORT, '{STATUS_MESSAGE.replace("'", "''")}'); END""",
    f"""CREATE TRIGGER versions_start_saved BEFORE INSERT ON versions
    WHEN NEW.status IS NOT 'saved'
    BEGIN SELECT RAISE(ABORT, '{NEW_MESSAGE}'); END""",
    f"""CREATE TRIGGER signatures_on_proposed BEFORE INSERT ON signatures
    WHEN (SELECT status FROM versions WHERE id = NEW.version_id) IS NOT 'proposed'
      OR NEW.content_sha256 IS NOT (SELECT content_sha256 FROM versions WHERE id = NEW.version_id)
    BEGIN SELECT RAISE(ABORT, '{SIGNATURE_MESSAGE}'); END""",
]

POSTGRES = [
    f"""CREATE FUNCTION slaw_versions_flow() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF NEW.status IS DISTINCT FROM 'saved' THEN
          RAISE EXCEPTION '{NEW_MESSAGE}';
        END IF;
      ELSIF NEW.status IS DISTINCT FROM OLD.status AND NOT ({ALLOWED_MOVE}) THEN
        RAISE EXCEPTION '{STATUS_MESSAGE.replace("'", "''")}';
      END IF;
      RETURN NEW;
    END $$""",
    """CREATE TRIGGER versions_flow BEFORE INSERT OR UPDATE OF status ON versions
    FOR EACH ROW EXECUTE FUNCTION slaw_versions_flow()""",
    f"""CREATE FUNCTION slaw_signatures_on_proposed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE target versions%ROWTYPE;
    BEGIN
      SELECT * INTO target FROM versions WHERE id = NEW.version_id;
      IF target.status IS DISTINCT FROM 'proposed'
         OR NEW.content_sha256 IS DISTINCT FROM target.content_sha256 THEN
        RAISE EXCEPTION '{SIGNATURE_MESSAGE}';
      END IF;
      RETURN NEW;
    END $$""",
    """CREATE TRIGGER signatures_on_proposed BEFORE INSERT ON signatures
    FOR EACH ROW EXECUTE FUNCTION slaw_signatures_on_proposed()""",
]


def upgrade() -> None:
    statements = POSTGRES if op.get_bind().dialect.name == "postgresql" else SQLITE
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER signatures_on_proposed ON signatures")
        op.execute("DROP TRIGGER versions_flow ON versions")
        op.execute("DROP FUNCTION slaw_signatures_on_proposed()")
        op.execute("DROP FUNCTION slaw_versions_flow()")
    else:
        for name in ("signatures_on_proposed", "versions_start_saved", "versions_status_flow"):
            op.execute(f"DROP TRIGGER {name}")
