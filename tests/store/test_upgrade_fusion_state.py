"""Migration 0012_fusion_state (issue 11): a store from before incremental fusion keeps its events, and its
next fusion is a full one, which leaves the state the batches after it are fused against."""
import json

import sqlalchemy as sa
from alembic import command

from crossings import api
from crossings.document import DateInfo, Document
from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.store import Store
from crossings.store.db import _engine
from crossings.store.migrate import config
from crossings.store.fusion_state import MENTIONS

documents = sa.table("documents", *(sa.column(c) for c in (
    "id", "content_hash", "source", "raw", "text", "data", "published", "extracted", "ingested_at")))
mentions = sa.table("mentions", *(sa.column(c) for c in ("id", "doc_id", "type", "data")))


def report(doc: str, date: str, at: int = 0) -> Mention:
    return Mention(doc=doc, type="defection", subjects=[Subject(name="Jo Song-gil", role="diplomat")],
                   origin=Place(country="IT"), date=When(date, "month", "explicit"),
                   evidence=[Evidence("type", at, at + 8, "defected")])


def test_an_old_store_is_fused_in_full_then_in_batches(store_url):
    from datetime import datetime

    engine = _engine(store_url)
    old = [report("a", "2018-11"), report("b", "2018-11", 30)]
    with engine.begin() as conn:
        command.upgrade(config(conn), "0011")
        conn.execute(documents.insert(), [
            {"id": d, "content_hash": d, "source": "", "raw": d, "text": d, "published": "2019-01-03",
             "data": json.dumps({"id": d, "published": {"value": "2019-01-03", "precision": "day"}}),
             "extracted": True, "ingested_at": datetime(2026, 11, 1)} for d in ("a", "b")])
        conn.execute(mentions.insert(), [{"id": m.id, "doc_id": m.doc, "type": m.type, "data": json.dumps(m.to_dict())}
                                         for m in old])
    engine.dispose()
    store = Store(store_url)  # upgrades to head
    with store.session() as s:
        assert list(s.scalars(sa.select(MENTIONS.c.fused))) == [False, False]
    assert api._fuse_new(store) == (1, "full: no fusion state stored")
    store.insert_batch([(Document(id="c", text="c", raw="", published=DateInfo("2019-01-05", "day")), None)],
                       {"c": [report("c", "2018-11", 60)]})
    assert api._fuse_new(store) == (1, "incremental")
    (event,) = store.events()
    assert sorted(m.doc for m in event.mentions) == ["a", "b", "c"]
