"""neardup_bands: 16 bands of 4 rows (bands 14 and 15 added to every canonical document, from its
stored signature, with a frozen copy of crossings.clean.bands.band_keys; bands 00..13 keep their
keys), and neardup_band_counts (documents per band key), counted from the index so filled, which
lets the probe leave out a page's most common keys.

Revision ID: 0011
Revises: 0010
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ROWS, NEW = 4, (14, 15)
documents = sa.table("documents", sa.column("id", sa.String), sa.column("minhash", sa.JSON),
                     sa.column("duplicate_of", sa.String))
bands = sa.table("neardup_bands", sa.column("key", sa.String), sa.column("doc_id", sa.String))
counts = sa.table("neardup_band_counts", sa.column("key", sa.String), sa.column("n", sa.Integer))


def _keys(signature: list[int]) -> list[str]:  # frozen copy of crossings.clean.bands.band_keys, bands 14, 15
    if len(signature) < 16 * ROWS:
        return []
    return [f"{b:02d}:" + "".join(f"{int(v):08x}" for v in signature[b * ROWS:(b + 1) * ROWS]) for b in NEW]


def upgrade() -> None:
    bind = op.get_bind()
    query = sa.select(documents.c.id, documents.c.minhash).where(documents.c.duplicate_of.is_(None))
    rows = []
    for doc_id, signature in bind.execute(query).fetchall():
        signature = json.loads(signature) if isinstance(signature, str) else signature
        rows += [{"key": k, "doc_id": doc_id} for k in dict.fromkeys(_keys(signature or []))]
    for i in range(0, len(rows), 2000):
        bind.execute(bands.insert(), rows[i:i + 2000])
    op.create_table("neardup_band_counts", sa.Column("key", sa.String(40), primary_key=True),
                    sa.Column("n", sa.Integer))
    op.execute(counts.insert().from_select(
        ["key", "n"], sa.select(bands.c.key, sa.func.count()).group_by(bands.c.key)))


def downgrade() -> None:
    op.drop_table("neardup_band_counts")
    op.execute(bands.delete().where(sa.or_(*(bands.c.key.like(f"{b:02d}:%") for b in NEW))))
