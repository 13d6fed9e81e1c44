"""event_outlets and event_people: each event under the outlets of its reports and under the
people it names, so that listings filter by outlet and a person's page finds their events by
key instead of scanning every record. Stored events are filed here from their records, their
mentions' documents and those documents' outlets and hosts (a frozen copy of
crossings.facets.document_outlets).

Revision ID: 0010
Revises: 0009
"""
import json
from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

events = sa.table("events", sa.column("id", sa.String), sa.column("data", sa.JSON))
documents = sa.table("documents", sa.column("id", sa.String), sa.column("outlet", sa.String),
                     sa.column("url", sa.String))
outlets = sa.table("event_outlets", sa.column("outlet", sa.String), sa.column("event_id", sa.String))
people = sa.table("event_people", sa.column("person_id", sa.String), sa.column("event_id", sa.String))
BATCH = 5000


def _key(name):  # frozen copy of crossings.facets.outlet_key, cut to the column as the store cuts it
    key = (name or "").strip().lower().removeprefix("www.")
    return key[:300] or None


def _keys(outlet, url):  # frozen copy of crossings.facets.document_outlets
    try:
        host = urlsplit(url).hostname if url and "://" in url else None
    except ValueError:
        host = None
    return {k for k in (_key(outlet), _key(host)) if k}


def upgrade() -> None:
    op.create_table("event_outlets", sa.Column("outlet", sa.String(300), primary_key=True),
                    sa.Column("event_id", sa.String(64), primary_key=True))
    op.create_table("event_people", sa.Column("person_id", sa.String(64), primary_key=True),
                    sa.Column("event_id", sa.String(64), primary_key=True))
    bind = op.get_bind()
    docs_of, named = {}, set()
    for event_id, data in bind.execute(sa.select(events.c.id, events.c.data)):
        data = (json.loads(data) if isinstance(data, str) else data) or {}
        docs_of[event_id] = {m.get("doc") for m in data.get("mentions") or [] if m.get("doc")}
        named |= {(str(p)[:64], event_id) for p in data.get("people") or []}
    wanted = sorted({d for docs in docs_of.values() for d in docs})
    outlet_of = {}
    for i in range(0, len(wanted), BATCH):
        q = sa.select(documents.c.id, documents.c.outlet, documents.c.url).where(
            documents.c.id.in_(wanted[i:i + BATCH]))
        outlet_of.update({d: _keys(o, u) for d, o, u in bind.execute(q)})
    filed = sorted({(k, e) for e, docs in docs_of.items() for d in docs for k in outlet_of.get(d, ())})
    for table, key, rows in ((outlets, "outlet", filed), (people, "person_id", sorted(named))):
        for i in range(0, len(rows), BATCH):
            bind.execute(table.insert(), [{key: k, "event_id": e} for k, e in rows[i:i + BATCH]])


def downgrade() -> None:
    op.drop_table("event_people")
    op.drop_table("event_outlets")
