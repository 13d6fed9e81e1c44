"""Incremental fusion's state (issue 11): mentions.fused, and the tables fusion keeps of its last
run (fusion_order, fusion_edges, fusion_folds, fusion_spellings, fusion_people). A store upgraded here
has none of it: its next fusion is a full one, which fills them.

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("fused", sa.Boolean(), nullable=False, server_default="0"))
    op.create_index("ix_mentions_fused", "mentions", ["fused"])
    op.create_table("fusion_order", sa.Column("okey", sa.String(32), primary_key=True),
                    sa.Column("mention_id", sa.String(64), primary_key=True),
                    sa.Column("tsort", sa.LargeBinary()), sa.Column("dsort", sa.LargeBinary()),
                    sa.Column("flags", sa.Integer()))
    op.create_index("ix_fusion_order_t", "fusion_order", ["okey", "tsort"])
    op.create_index("ix_fusion_order_d", "fusion_order", ["okey", "dsort"])
    op.create_table("fusion_edges", sa.Column("a", sa.String(64), primary_key=True),
                    sa.Column("b", sa.String(64), primary_key=True), sa.Column("score", sa.Float()),
                    sa.Column("merged", sa.Boolean()))
    op.create_index("ix_fusion_edges_b", "fusion_edges", ["b"])
    op.create_table("fusion_folds", sa.Column("mention_id", sa.String(64), primary_key=True))
    op.create_table("fusion_spellings", sa.Column("key", sa.Text(), primary_key=True),
                    sa.Column("spelling", sa.Text(), primary_key=True), sa.Column("n", sa.Integer()))
    op.create_table("fusion_people", sa.Column("key", sa.Text(), primary_key=True), sa.Column("root", sa.Text()))
    op.create_index("ix_fusion_people_root", "fusion_people", ["root"])


def downgrade() -> None:
    for table in ("fusion_people", "fusion_spellings", "fusion_folds", "fusion_edges", "fusion_order"):
        op.drop_table(table)
    op.drop_index("ix_mentions_fused", "mentions")
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("fused")
