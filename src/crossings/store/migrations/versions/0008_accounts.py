"""accounts (analysts with a hashed token and a role), watch_sources and watch_items (what
`crossings watch` has polled and stored, so a restart refetches nothing) and alerts_sent (webhooks
already delivered).

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("accounts", sa.Column("name", sa.String(60), primary_key=True),
                    sa.Column("role", sa.String(20), nullable=False),
                    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
                    sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_table("watch_sources", sa.Column("url", sa.String(2000), primary_key=True),
                    sa.Column("etag", sa.String(500)), sa.Column("last_modified", sa.String(100)),
                    sa.Column("polled_at", sa.DateTime()), sa.Column("status", sa.Text(), nullable=False))
    op.create_table("watch_items", sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("source", sa.String(2000), nullable=False),
                    sa.Column("seen_at", sa.DateTime(), nullable=False))
    op.create_index("ix_watch_items_source", "watch_items", ["source"])
    op.create_table("alerts_sent", sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("rule", sa.String(200), nullable=False),
                    sa.Column("at", sa.DateTime(), nullable=False))


def downgrade() -> None:
    for table in ("alerts_sent", "watch_items", "watch_sources", "accounts"):
        op.drop_table(table)
