"""events.destination and event_facets.destination: listings and exports filter on where people
went. Stored events get theirs from their JSON record.

Revision ID: 0007
Revises: 0006
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("events", "event_facets")
events = sa.table("events", sa.column("id", sa.String), sa.column("data", sa.JSON))


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        if "destination" not in {c["name"] for c in sa.inspect(bind).get_columns(table)}:
            with op.batch_alter_table(table) as batch:
                batch.add_column(sa.Column("destination", sa.String(40)))
    found = {}
    for event_id, data in bind.execute(sa.select(events.c.id, events.c.data)):
        data = json.loads(data) if isinstance(data, str) else data
        if (data or {}).get("destination"):
            found[event_id] = str(data["destination"])[:40]
    for table in TABLES:
        t = sa.table(table, sa.column("id", sa.String), sa.column("destination", sa.String))
        if found:  # one executemany per table
            bind.execute(t.update().where(t.c.id == sa.bindparam("event_id")).values(destination=sa.bindparam("to")),
                         [{"event_id": i, "to": d} for i, d in found.items()])


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("destination")
