"""Schema migrations: Alembic, with the scripts shipped in crossings/store/migrations, run on
every open (a no-op when the store is at head).

Adding a column or table to models.py needs a migration script in migrations/versions; the
store tests fail until the migrations reproduce models.py. Until then `reconcile` adds missing
tables, columns and indexes (additive only) so that work in progress keeps running.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.engine import Connection, Engine

from crossings.store.models import Base

HERE = Path(__file__).parent / "migrations"
WRITE = "crossings_write"  # execution option of write transactions (SQLite: BEGIN IMMEDIATE, see db.py)


def config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, reconcile_models: bool = True) -> None:
    """Bring the store's schema to the newest revision, in one transaction that holds the write
    lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock in env.py): a second process
    opening a new store waits for the first's migration, then finds nothing to do."""
    writer = engine.execution_options(**{WRITE: True})
    with writer.begin() as connection:
        command.upgrade(config(connection), "head")
        if reconcile_models:
            reconcile(connection)
    from crossings.store.reanchor import reanchor

    reanchor(writer)  # stored ids recomputed when the code computes them differently (write-locked too)


def pending_changes(connection: Connection) -> list[tuple]:
    """Additive differences between models.py and the database (empty when in step)."""
    context = MigrationContext.configure(connection)
    diffs = [d for d in compare_metadata(context, Base.metadata) if isinstance(d, tuple)]
    return [d for d in diffs if d[0] in ("add_table", "add_column", "add_index")]


def reconcile(connection: Connection) -> None:
    ops = Operations(MigrationContext.configure(connection))
    for diff in pending_changes(connection):
        if diff[0] == "add_table":
            diff[1].create(connection, checkfirst=True)
        elif diff[0] == "add_column":
            column = diff[3].copy()
            column.nullable = True  # rows already stored have no value for it
            ops.add_column(diff[2], column)
        elif diff[0] == "add_index":
            diff[1].create(connection, checkfirst=True)
