"""Migration 0011 (issue 15): a store indexed with 14 bands gets bands 14 and 15 of every canonical
document from its stored signature, and the count of documents under every key; a near duplicate
stored before the upgrade is found after it, with the probe leaving out the most common keys."""
import json
from datetime import datetime

import sqlalchemy as sa
from alembic import command

from crossings.clean.bands import band_keys
from crossings.clean.dedup import DuplicateFinder
from crossings.document import Document, content_hash
from crossings.store import Store
from crossings.store.db import _engine
from crossings.store.migrate import config

documents = sa.table("documents", *(sa.column(c) for c in (
    "id", "content_hash", "source", "raw", "text", "data", "minhash", "duplicate_of", "extracted", "ingested_at")))
bands = sa.table("neardup_bands", sa.column("key"), sa.column("doc_id"))


def _row(doc_id: str, signature: list[int], duplicate_of: str | None = None) -> dict:
    return {"id": doc_id, "content_hash": doc_id, "source": "", "raw": doc_id, "text": doc_id, "data": json.dumps({}),
            "minhash": json.dumps(signature), "duplicate_of": duplicate_of, "extracted": False,
            "ingested_at": datetime(2026, 11, 1)}


def test_an_old_store_is_rebanded_and_counted(store_url):
    a = list(range(1, 65))
    b = [v + 1000 if i < 48 else v for i, v in enumerate(a)]  # shares bands 12..15 with a
    engine = _engine(store_url)
    with engine.begin() as conn:
        command.upgrade(config(conn), "0010")
        conn.execute(documents.insert(), [_row("a", a), _row("b", b), _row("copy", a, duplicate_of="a")])
        conn.execute(bands.insert(), [{"key": k, "doc_id": d} for d, sig in (("a", a), ("b", b)) for k in band_keys(sig)[:14]])
    engine.dispose()
    store = Store(store_url)  # upgrades to head
    members = store.band_members(band_keys(a) + band_keys(b))
    assert {k: sorted(v) for k, v in members.items()} == {
        **{k: ["a"] for k in band_keys(a)[:12]}, **{k: ["b"] for k in band_keys(b)[:12]},
        **{k: ["a", "b"] for k in band_keys(a)[12:]}}  # the duplicate is filed under none
    counts = store.band_counts(band_keys(a) + band_keys(b))
    assert counts == {k: len(v) for k, v in members.items()}
    near = [v + 7 if i % 4 == 0 and i < 48 else v for i, v in enumerate(a)]  # 12 differences from a
    doc = Document(id="late", text="late", raw="late", content_hash=content_hash("late"))
    DuplicateFinder(store).mark_batch([doc], [near])
    assert (doc.duplicate_of, doc.duplicate_kind) == ("a", "near")
