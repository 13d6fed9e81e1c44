"""Baseline: documents, mentions, events, decisions.

Tables that already exist (stores made by the pre-Alembic create_all) are left as they are.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _missing(name: str) -> bool:
    return name not in sa.inspect(op.get_bind()).get_table_names()


def upgrade() -> None:
    if _missing("documents"):
        op.create_table(
            "documents",
            sa.Column("id", sa.String(200), primary_key=True),
            sa.Column("content_hash", sa.String(64), nullable=False, index=True),
            sa.Column("source", sa.Text(), nullable=False),
            sa.Column("url", sa.Text()),
            sa.Column("title", sa.Text()),
            sa.Column("outlet", sa.String(300)),
            sa.Column("lang", sa.String(16), index=True),
            sa.Column("published", sa.String(32), index=True),
            sa.Column("captured", sa.String(32)),
            sa.Column("duplicate_of", sa.String(200), index=True),
            sa.Column("raw", sa.Text(), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            sa.Column("data", sa.JSON(), nullable=False),
            sa.Column("minhash", sa.JSON()),
            sa.Column("ingested_at", sa.DateTime(), nullable=False),
        )
    if _missing("mentions"):
        op.create_table(
            "mentions",
            sa.Column("id", sa.String(64), primary_key=True),
            sa.Column("doc_id", sa.String(200), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                      nullable=False, index=True),
            sa.Column("type", sa.String(40), nullable=False, index=True),
            sa.Column("data", sa.JSON(), nullable=False),
        )
    if _missing("events"):
        op.create_table(
            "events",
            sa.Column("id", sa.String(64), primary_key=True),
            sa.Column("type", sa.String(40), nullable=False, index=True),
            sa.Column("status", sa.String(20), index=True),
            sa.Column("year", sa.Integer(), index=True),
            sa.Column("country", sa.String(8), index=True),
            sa.Column("reported", sa.String(32)),
            sa.Column("search_text", sa.Text(), nullable=False),
            sa.Column("roles", sa.String(300), nullable=False),
            sa.Column("data", sa.JSON(), nullable=False),
        )
        op.create_index("ix_events_type_year", "events", ["type", "year"])
    if _missing("decisions"):
        op.create_table(
            "decisions",
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column("action", sa.String(40), nullable=False),
            sa.Column("target", sa.String(200), nullable=False, index=True),
            sa.Column("anchor", sa.JSON(), nullable=False),
            sa.Column("payload", sa.JSON(), nullable=False),
            sa.Column("who", sa.String(200), nullable=False),
            sa.Column("why", sa.Text(), nullable=False),
            sa.Column("at", sa.DateTime(), nullable=False),
        )


def downgrade() -> None:
    for name in ("decisions", "events", "mentions", "documents"):
        op.drop_table(name)
