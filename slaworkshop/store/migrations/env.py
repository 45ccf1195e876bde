"""Alembic environment: always driven from code with a live connection (no alembic.ini)."""

from alembic import context

from slaworkshop.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite can only change a table by copying it; batch mode does that.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
