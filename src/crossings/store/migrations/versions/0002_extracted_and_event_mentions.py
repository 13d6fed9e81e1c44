"""documents.extracted (resume after a kill); events.date/city and event_mentions (dashboard).

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    if "extracted" not in _columns("documents"):
        with op.batch_alter_table("documents") as batch:
            batch.add_column(sa.Column("extracted", sa.Boolean(), nullable=False, server_default="0"))
        # documents stored before this revision count as extracted iff they have mentions
        op.execute("UPDATE documents SET extracted = (id IN (SELECT doc_id FROM mentions))")
    op.create_index("ix_documents_extracted", "documents", ["extracted"], if_not_exists=True)
    missing = {"date": sa.String(32), "city": sa.String(200)}.items()
    new = [(name, kind) for name, kind in missing if name not in _columns("events")]
    if new:
        with op.batch_alter_table("events") as batch:
            for name, kind in new:
                batch.add_column(sa.Column(name, kind))
    op.create_index("ix_events_date", "events", ["date"], if_not_exists=True)
    op.create_index("ix_events_reported", "events", ["reported"], if_not_exists=True)
    op.create_index("ix_events_type_date", "events", ["type", "date"], if_not_exists=True)
    if "event_mentions" not in sa.inspect(op.get_bind()).get_table_names():
        op.create_table(
            "event_mentions",
            sa.Column("mention_id", sa.String(64), primary_key=True),
            sa.Column("event_id", sa.String(64), nullable=False, index=True),
        )


def downgrade() -> None:
    op.drop_table("event_mentions")
    for name in ("ix_events_type_date", "ix_events_reported", "ix_events_date"):
        op.drop_index(name, "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("city")
        batch.drop_column("date")
    op.drop_index("ix_documents_extracted", "documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("extracted")
