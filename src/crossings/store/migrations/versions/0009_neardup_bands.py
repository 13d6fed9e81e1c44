"""neardup_bands: the near-duplicate index in the store (band key -> canonical document), probed
per batch, so an ingest holds nothing that grows with the store; and store_meta's 'version',
which every write transaction bumps (the dashboard's statistics are cached per version).

Existing canonical documents' signatures are banded here with a frozen copy of
crossings.clean.bands.band_keys.

Revision ID: 0009
Revises: 0008
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BANDS, ROWS = 14, 4
documents = sa.table("documents", sa.column("id", sa.String), sa.column("minhash", sa.JSON),
                     sa.column("duplicate_of", sa.String))
bands = sa.table("neardup_bands", sa.column("key", sa.String), sa.column("doc_id", sa.String))
meta = sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.Text))


def _keys(signature: list[int]) -> list[str]:  # frozen copy of crossings.clean.bands.band_keys
    if len(signature) < BANDS * ROWS:
        return []
    return [f"{b:02d}:" + "".join(f"{int(v):08x}" for v in signature[b * ROWS:(b + 1) * ROWS]) for b in range(BANDS)]


def upgrade() -> None:
    op.create_table("neardup_bands", sa.Column("key", sa.String(40), primary_key=True),
                    sa.Column("doc_id", sa.String(200), primary_key=True))
    bind = op.get_bind()
    query = sa.select(documents.c.id, documents.c.minhash).where(documents.c.duplicate_of.is_(None))
    for doc_id, signature in bind.execute(query):
        signature = json.loads(signature) if isinstance(signature, str) else signature
        rows = [{"key": k, "doc_id": doc_id} for k in _keys(signature or [])]
        if rows:
            bind.execute(bands.insert(), rows)
    if bind.execute(sa.select(meta.c.key).where(meta.c.key == "version")).first() is None:
        bind.execute(meta.insert().values(key="version", value="0"))


def downgrade() -> None:
    op.drop_table("neardup_bands")
    op.execute(meta.delete().where(meta.c.key == "version"))
