"""Alembic environment: the connection comes from crossings.store.migrate, never from an ini."""
from alembic import context
from sqlalchemy import text

from crossings.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  transaction_per_migration=False)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":  # two processes opening one new database
        connection.execute(text("SELECT pg_advisory_xact_lock(7402913)"))
    context.run_migrations()
