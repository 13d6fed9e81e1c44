"""decisions.facts (each anchor mention's document, type, evidence offsets and quotes, and the
target event's content, so decisions find their events again when ids are computed differently)
and store_meta (the id scheme the
stored ids were computed with: crossings.store.reanchor).

Facts of decisions stored before this revision are read from the mentions and events they name,
which still carry the ids the decisions were anchored on.

Revision ID: 0006
Revises: 0005
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

decisions = sa.table("decisions", sa.column("id", sa.Integer), sa.column("target", sa.String),
                     sa.column("anchor", sa.JSON), sa.column("payload", sa.JSON), sa.column("facts", sa.JSON))
mentions = sa.table("mentions", sa.column("id", sa.String), sa.column("data", sa.JSON))
events = sa.table("events", sa.column("id", sa.String), sa.column("data", sa.JSON))


def _loaded(value):
    return json.loads(value) if isinstance(value, str) else value


def _fingerprint(data: dict) -> dict:  # frozen copy of crossings.anchors.fingerprint for dicts
    spans = sorted([e.get("start"), e.get("end"), e.get("quote")] for e in data.get("evidence") or [])
    return {"doc": data.get("doc"), "type": data.get("type"), "spans": spans}


def _content(data: dict) -> dict:  # frozen copy of crossings.anchors.content for event dicts
    origin, date = data.get("origin") or {}, data.get("date") or {}
    return {"type": data.get("type"), "date": date.get("value"), "country": origin.get("country"),
            "city": origin.get("city"), "names": sorted(s["name"] for s in data.get("subjects") or [] if s.get("name"))}


def _named(anchor, payload) -> set[str]:
    payload = payload or {}
    names = set(anchor or []) | set(payload.get("other_anchor") or [])
    return names | ({payload["mention"]} if payload.get("mention") else set())


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("decisions")}
    if "facts" not in columns:
        with op.batch_alter_table("decisions") as batch:
            batch.add_column(sa.Column("facts", sa.JSON()))
    if "store_meta" not in sa.inspect(bind).get_table_names():
        op.create_table("store_meta", sa.Column("key", sa.String(64), primary_key=True),
                        sa.Column("value", sa.Text(), nullable=False))
    query = sa.select(decisions.c.id, decisions.c.target, decisions.c.anchor, decisions.c.payload, decisions.c.facts)
    rows = [(i, t, _loaded(a), _loaded(p)) for i, t, a, p, f in bind.execute(query) if f is None]
    for decision_id, target, anchor, payload in rows:
        names = sorted(_named(anchor, payload))
        found = bind.execute(sa.select(mentions.c.id, mentions.c.data).where(mentions.c.id.in_(names)))
        facts = {"mentions": {i: _fingerprint(_loaded(d)) for i, d in found}}
        event = bind.execute(sa.select(events.c.data).where(events.c.id == target)).scalar()
        if event is not None:
            facts["event"] = _content(_loaded(event))
        bind.execute(decisions.update().where(decisions.c.id == decision_id).values(facts=facts))


def downgrade() -> None:
    op.drop_table("store_meta")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("facts")
