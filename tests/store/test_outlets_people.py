"""Events filed under their reports' outlets and their people (issue 13): the outlet filter in the
store and in memory, its refusal of an unknown outlet, a person's events by key, and migration
0010 filing the events an older store holds."""
import pytest
from alembic import command
from sqlalchemy import insert, select

from crossings import api, browse
from crossings.codebook import InvalidValue
from crossings.facets import FILTERS, covers, document_outlets, facets, matches, outlet_key, unknown_outlet, wanted
from crossings.store import Store
from crossings.store.db import _engine
from crossings.store.migrate import config
from crossings.store.models import (FACET_COLUMNS, EventFacetRow, EventMentionRow, EventOutletRow, EventPersonRow,
                                    EventRow)
from tests.export import sample


def ids(events) -> list[str]:
    return sorted(e.id for e in events)


def test_an_outlet_key_and_the_domains_above_it():
    assert outlet_key("  www.NKNews.org ") == "nknews.org" and outlet_key("") is None
    assert covers("yna.co.kr", "en.yna.co.kr") and covers("yna.co.kr", "yna.co.kr")
    assert not covers("na.co.kr", "en.yna.co.kr") and not covers("en.yna.co.kr", "yna.co.kr")
    assert wanted({"outlet": "https://www.NKNews.org/2024/x"}) == {"outlet": "nknews.org"}
    assert FILTERS["outlet"][1] == "outlet"
    assert document_outlets("NK News", "https://www.nknews.org/x") == ("nk news", "nknews.org")
    assert document_outlets(None, "http://[::1") == () and document_outlets("A", "javascript:x") == ("a",)


def test_in_memory_an_event_has_the_outlets_of_its_documents():
    docs = sample.documents()
    defection = sample.events(docs)[0]
    outlets = {d.id: document_outlets(d.outlet, d.url) for d in docs}
    assert facets(defection, outlets).outlets == ("gull times", "gull.example", "wire mirror", "wire.example")
    assert matches(facets(defection, outlets), outlet="Wire Mirror")
    assert not matches(facets(defection, outlets), outlet="kite weekly")
    assert not matches(defection, outlet="gull times")  # no outlets looked up: none known


def test_an_unknown_outlet_names_every_outlet_or_the_closest():
    assert "choose one of a.example, b.example" in str(unknown_outlet("c.example", ["a.example", "b.example"]))
    many = [f"site{i}.example" for i in range(40)] + ["en.yna.co.kr", "english.yonhapnews.co.kr"]
    said = str(unknown_outlet("yonhap", many))
    assert "42 stored" in said and "english.yonhapnews.co.kr" in said and "site3.example" not in said


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    sample.build(s)
    return s


def test_the_store_filters_by_outlet_and_refuses_an_unknown_one(store):
    assert ids(store.events(outlet="Gull Times")) == ["ev-defection"]
    assert ids(store.events(outlet="wire mirror")) == ["ev-defection"]  # the wire copy's outlet too
    assert ids(store.events(outlet="kite weekly")) == ["ev-closure", "ev-sent-back"]
    assert ids(store.events(outlet="https://kite.example/")) == ["ev-closure", "ev-sent-back"]
    assert store.count_events({"outlet": "kite weekly", "type": "repatriation"}) == 1
    assert store.outlet_keys() == ["gull times", "gull.example", "kite weekly", "kite.example", "wire mirror",
                                   "wire.example"]
    with pytest.raises(InvalidValue, match="unknown outlet 'gull': choose one of gull times, gull.example, kite"):
        store.events(outlet="gull")


def test_reviewed_events_are_filtered_by_their_own_documents(store, store_url):
    wire = next(m for m in store.get_event("ev-defection").mentions if m.doc == "wire-1")
    api.decide("split", "ev-defection", "ana", "a copy reports it", {"mention": wire.id}, db=store_url)
    found = browse.event_page(store, {"outlet": "wire mirror"})
    assert [len(rv.event.mentions) for rv in found.items] == [1] and found.total == 1
    assert {m.doc for rv in found.items for m in rv.event.mentions} == {"wire-1"}
    rest = browse.event_page(store, {"outlet": "gull times"})
    assert [(rv.id, [m.doc for m in rv.event.mentions]) for rv in rest.items] == [("ev-defection", ["gull-1"])]


def test_a_persons_events_are_found_by_key_and_replaced_with_the_events(store):
    found = store.get_event("ev-defection")
    found.people = ["p-000000000001"]
    store.replace_events([found])
    assert ids(store.events_naming("p-000000000001")) == ["ev-defection"]
    assert store.events_naming("p-00000000000") == [] and store.events_naming("%") == []
    store.replace_events([])
    assert store.events_naming("p-000000000001") == [] and store.outlet_keys() == []


def test_migration_files_the_events_an_older_store_holds(store_url):
    engine = _engine(store_url)
    with engine.begin() as conn:
        command.upgrade(config(conn), "0009")
        docs = sample.documents()
        for d in docs:
            conn.execute(insert(EventOutletRow.__table__.metadata.tables["documents"]),
                         [{"id": d.id, "content_hash": d.content_hash, "source": d.source, "url": d.url,
                           "outlet": d.outlet, "raw": d.raw, "text": d.text, "data": {}, "extracted": True}])
        for i, e in enumerate(sample.events(docs)):
            e.people = [f"p-{i:012d}"]
            row = {c: getattr(facets(e), c) for c in FACET_COLUMNS}
            conn.execute(insert(EventRow.__table__), [{"id": e.id, "data": e.to_dict(), **row}])
            conn.execute(insert(EventFacetRow.__table__), [{"id": e.id, **row}])
            conn.execute(insert(EventMentionRow.__table__), [{"mention_id": m.id, "event_id": e.id} for m in e.mentions])
    engine.dispose()
    store = Store(store_url)  # migrates to head
    with store.session() as s:
        filed = sorted(s.execute(select(EventOutletRow.outlet, EventOutletRow.event_id)).all())
        named = sorted(s.execute(select(EventPersonRow.person_id, EventPersonRow.event_id)).all())
    assert filed == [("gull times", "ev-defection"), ("gull.example", "ev-defection"), ("kite weekly", "ev-closure"),
                     ("kite weekly", "ev-sent-back"), ("kite.example", "ev-closure"), ("kite.example", "ev-sent-back"),
                     ("wire mirror", "ev-defection"), ("wire.example", "ev-defection")]
    assert named == [("p-000000000000", "ev-defection"), ("p-000000000001", "ev-closure"),
                     ("p-000000000002", "ev-sent-back")]
    assert ids(store.events_naming("p-000000000002")) == ["ev-sent-back"]
    assert ids(store.events(outlet="wire mirror")) == ["ev-defection"]


def test_changes_filter_by_outlet_and_refuse_an_unknown_one(store, store_url):
    assert [c.reviewed.id for c in api.changes(db=store_url, outlet="gull.example")] == ["ev-defection"]
    with pytest.raises(InvalidValue, match="unknown outlet 'gull'"):
        api.changes(db=store_url, outlet="gull")
