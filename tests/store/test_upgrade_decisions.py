"""Analyst decisions outlive an upgrade that changes how mention ids are computed.

The old store is built here as the previous release wrote it: schema at revision 0005 (before
decisions kept facts), mention ids from the previous formula (document, type, first offset), events
and decisions anchored on those ids. Opening it with the current code must upgrade it, rename the
anchors, apply every decision, and serve every dashboard page.
"""
import hashlib
from datetime import datetime

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import insert, select
from sqlalchemy.orm import sessionmaker
from tests.web import web_sample as sample

from crossings import browse, review
from crossings.events import Mention
from crossings.store import Store
from crossings.store.db import _engine
from crossings.store.migrate import config
from crossings.facets import facets
from crossings.store.models import (FACET_COLUMNS, DecisionRow, EventFacetRow, EventMentionRow, EventRow,
                                     MentionRow)
from crossings.web import create_app

PREVIOUS_HEAD = "0005"
PREVIOUS_FACETS = tuple(c for c in FACET_COLUMNS if c != "destination")  # 0007 added it


def previous_mention_id(self: Mention) -> str:
    """How the previous release computed mention ids."""
    first = min((e.start for e in self.evidence), default=0)
    return hashlib.sha1(f"{self.doc}|{self.type}|{first}".encode()).hexdigest()[:16]


def previous_replace_events(self: Store, events) -> None:
    """How the previous release stored events: the facet columns of its schema."""
    with self.session(write=True) as s:
        for e in events:
            row = {c: getattr(facets(e), c) for c in PREVIOUS_FACETS}
            s.execute(insert(EventRow.__table__), [{"id": e.id, "data": e.to_dict(), **row}])
            s.execute(insert(EventFacetRow.__table__), [{"id": e.id, **row}])
            s.execute(insert(EventMentionRow.__table__), [{"mention_id": m.id, "event_id": e.id} for m in e.mentions])


def old_store(url: str) -> Store:
    """A Store over a schema at the previous head, skipping what the current code runs on open."""
    engine = _engine(url)
    with engine.begin() as conn:
        command.upgrade(config(conn), PREVIOUS_HEAD)
    engine.dispose()
    store = Store.__new__(Store)
    store.url, store.engine = url, _engine(url)
    store._sessions = sessionmaker(store.engine, expire_on_commit=False)
    return store


def old_decision(store: Store, action: str, event, payload: dict | None = None) -> None:
    row = {"action": action, "target": event.id, "anchor": [m.id for m in event.mentions],
           "payload": payload or {}, "who": "ana", "why": "", "at": datetime(2026, 11, 1)}
    with store.engine.begin() as conn:
        conn.execute(insert(DecisionRow.__table__), [row])


@pytest.fixture
def upgraded(store_url, monkeypatch):
    """The old store with five decisions, then opened by the current code (SQLite and PostgreSQL)."""
    with monkeypatch.context() as old_code:
        old_code.setattr(Mention, "id", property(previous_mention_id))
        old_code.setattr(Store, "replace_events", previous_replace_events)
        store = old_store(store_url)
        events = sample.build(store)
        pak, missing, soldier = events
        lantern = next(m for m in pak.mentions if m.doc == "lantern-1")
        old_decision(store, "confirm", pak)
        old_decision(store, "edit", pak, {"field": "date.value", "value": "2024-01"})
        old_decision(store, "reject", missing)
        old_decision(store, "merge", pak, {"other": soldier.id, "other_anchor": [soldier.mentions[0].id]})
        old_decision(store, "split", pak, {"mention": lantern.id})
        old_ids = {m.id for e in events for m in e.mentions}
        store.engine.dispose()
    return Store(store_url), old_ids


def assert_every_decision_applied(store: Store) -> None:
    assert all(d["applies_to"] for d in review.audit(store)), review.audit(store)
    items = browse.event_page(store, {}, review="all").items
    pak = next(rv for rv in items if rv.review.state == "confirmed")
    assert pak.event.date.value == "2024-01"
    assert sorted(m.doc for m in pak.event.mentions) == ["harbour-1", "hostile-1"]  # soldier in, Lantern out
    split = next(rv for rv in items if rv.review.split_from)
    assert [m.doc for m in split.event.mentions] == ["lantern-1"]
    rejected = [rv for rv in items if rv.review.state == "rejected"]
    assert [rv.event.type for rv in rejected] == ["disappearance"]
    assert "disappearance" not in {e.type for e in browse.all_events(store)}


def test_upgrade_renames_anchors_and_applies_every_decision(upgraded):
    store, old_ids = upgraded
    with store.session() as s:
        stored = set(s.scalars(select(MentionRow.id)))
    assert stored and not stored & old_ids
    assert stored == {m.id for m in store.mentions()}  # recomputed with the current formula
    assert all(set(d["anchor"]) <= stored for d in store.decisions())
    facts = [d["facts"] for d in store.decisions()]  # backfilled by the migration
    assert all(f["mentions"] for f in facts) and facts[0]["event"]["names"] == ["Pak Sun Il"]
    assert facts[2]["event"] == {"type": "disappearance", "date": "2023", "country": "MN", "city": "Ulaanbaatar",
                                 "names": []}
    bound_to_kr = {e.id for e in store.events() if e.destination == "KR"}
    assert bound_to_kr and {e.id for e in store.events(destination="kr")} == bound_to_kr  # 0007 filled it in
    assert_every_decision_applied(store)


def test_decisions_survive_the_next_fusion_after_upgrade(upgraded):
    store, _ = upgraded
    sample.refuse(store, salt="after-upgrade")  # new event ids from the new mention ids
    assert_every_decision_applied(store)


def test_dashboard_pages_open_on_an_upgraded_store(upgraded):
    store, _ = upgraded
    client = TestClient(create_app(store.url, token="t0ken"))
    event_ids = [rv.id for rv in browse.event_page(store, {}, review="all").items]
    for path in ["/", "/events", "/events?review=all", "/map", "/timeline", "/audit", "/documents/harbour-1",
                 "/api/events", *[f"/events/{i}" for i in event_ids]]:
        assert client.get(path).status_code == 200, path


def test_a_mention_whose_id_is_gone_is_found_by_its_facts(db_url):
    """Re-extraction reads the city differently (new mention ids, new event ids): the decision finds
    its mentions again by their document and evidence."""
    store = Store(db_url)
    sample.build(store)
    pak = next(e for e in browse.all_events(store) if e.subjects and e.subjects[0].name == "Pak Sun Il")
    review.decide(store, "confirm", pak.id, "ana", "", {})
    by_doc = sample.mentions(sample.documents())
    for m in by_doc["harbour-1"] + by_doc["lantern-1"]:
        if m.origin.city == "Valletta":
            m.origin.city = "Valletta Harbour"
    store.replace_mentions(by_doc)
    store.replace_events(sample.fused(by_doc, salt="reread"))
    assert not {m.id for m in pak.mentions} & {m.id for m in store.mentions()}
    assert review.audit(store)[0]["applies_to"] is not None
    confirmed = browse.event_page(store, {}, review="confirmed").items
    assert [rv.event.origin.city for rv in confirmed] == ["Valletta Harbour"]


def _reingested_under_new_ids(store: Store, suffix: str) -> None:
    """Every page stored again under a new document id (as when ids derive from a cleaner that
    changed), extracted and fused again: no mention id, document id or event id survives."""
    docs = sample.documents()
    for d in docs:
        d.id += suffix
    store.add_documents((d, None) for d in docs)
    by_doc = {doc_id + suffix: ms for doc_id, ms in sample.mentions(sample.documents()).items()}
    for doc_id, ms in by_doc.items():
        for m in ms:
            m.doc = doc_id
    store.replace_mentions({d.id: [] for d in sample.documents()} | by_doc)
    store.replace_events(sample.fused(by_doc, salt=suffix))


def test_a_decision_whose_pages_got_new_ids_is_found_by_its_events_content(db_url):
    store = Store(db_url)
    events = sample.build(store)
    review.decide(store, "reject", events[1].id, "ana", "", {})  # the disappearance: unique content
    _reingested_under_new_ids(store, "-v2")
    [applied] = review.audit(store)
    assert applied["applies_to"] and applied["applies_to"] != events[1].id
    assert [rv.event.type for rv in browse.event_page(store, {}, review="rejected").items] == ["disappearance"]


def test_content_shared_by_two_events_names_neither(db_url):
    store = Store(db_url)
    events = sample.build(store)
    review.decide(store, "reject", events[1].id, "ana", "", {})
    _reingested_under_new_ids(store, "-v2")
    twin = next(e for e in store.events() if e.type == "disappearance")
    twin.id = "ev-twin"
    store.replace_events([*store.events(), twin])
    assert review.audit(store)[0]["applies_to"] is None
