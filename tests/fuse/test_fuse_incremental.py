"""Incremental fusion (issue 11): a batch fused against the stored events its blocks touch gives the
events, ids and fusion state a full re-fuse gives; analysts' decisions survive both paths."""
import json
import random

import pytest
from sqlalchemy import select

from crossings import api
from crossings.document import DateInfo, Document
from crossings.events import Subject
from crossings.fuse import blocking
from crossings.fuse.features import features
from crossings.fuse.incremental import dsort, tsort
from crossings.fuse.people import People
from crossings.store import Store
from crossings.store.models import (FusionEdgeRow, FusionFoldRow, FusionOrderRow, FusionPersonRow,
                                    FusionSpellingRow)
from crossings.store.fusion_state import MENTIONS
from tests.fuse.conftest import make_mention

NAMES = [("Kim Chol-ung", "김철웅"), ("Ri Song-il", None), ("Pak Yong-ho", "박용호"), ("Jo Song-gil", None),
         ("Han Myong-sun", None), ("Choe Su-bong", "고혁")]  # the last a known person's second name
COUNTRIES = ["CN", "RU", "MY", "KP", "AT", "PL", "NP", None]
ROLES = ["diplomat", "overseas_worker", "restaurant_worker", "military", "civilian", None]


def world(seed: int, happenings: int = 70):
    """Invented look-alike reports: named and unnamed, dated to the day, month, year or not at
    all, from one to five documents each, some documents telling two happenings, some documents
    wire copies of others. Returns (documents, mentions by document)."""
    r = random.Random(seed)
    docs: dict[str, Document] = {}
    by_doc: dict[str, list] = {}
    n = 0
    for h in range(happenings):
        kind = r.choice(["defection", "defection", "disappearance", "repatriation", "mission_closure"])
        name = r.choice(NAMES) if r.random() < 0.4 else None
        year = r.randint(2012, 2020)
        date = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        country, role = r.choice(COUNTRIES), r.choice(ROLES)
        count = r.choice([None, 1, 1, 3, 4, 12])
        for _ in range(r.randint(1, 5)):
            if by_doc and r.random() < 0.15:
                doc = r.choice(sorted(by_doc))  # a page telling a second happening
            else:
                n += 1
                doc = f"d{r.randint(0, 10**6):06d}-{n}"
                copy_of = r.choice(sorted(docs)) if docs and r.random() < 0.08 else None
                published = f"{year + r.choice([0, 0, 1])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}" \
                    if r.random() < 0.85 else None
                docs[doc] = Document(id=doc, text="x", raw="", content_hash=doc, duplicate_of=copy_of,
                                     published=DateInfo(published, "day" if published else "unknown"))
                by_doc[doc] = []
            cut = r.choice([10, 10, 7, 4, 0])
            spelled = None
            aliases = []
            if name and r.random() < 0.85:
                spelled = name[0] if r.random() < 0.7 else name[0].replace("-", " ")
                aliases = [name[1]] if name[1] and r.random() < 0.4 else []
            relatives = [Subject(role="family_member", descriptor="his wife")] if r.random() < 0.1 else None
            by_doc[doc].append(make_mention(
                doc, kind, name=spelled, aliases=aliases, role=role if r.random() < 0.85 else None,
                count=count if r.random() < 0.7 else None, country=country if r.random() < 0.9 else None,
                city=f"{country}-city" if country and r.random() < 0.3 else None,
                date=date[:cut] or None, relatives=relatives, at=10 * len(by_doc[doc]) + h % 7,
                quote=r.choice(["defected", "fled", "vanished", "escaped"])))
    return docs, by_doc


def put(store: Store, docs: dict, by_doc: dict, chosen) -> None:
    chosen = sorted(chosen)
    store.insert_batch([(docs[d], None) for d in chosen], {d: by_doc[d] for d in chosen})


def records(store: Store) -> dict[str, str]:
    return {e.id: json.dumps(e.to_dict(), sort_keys=True) for e in store.events()}


def state(store: Store) -> dict:
    """The fusion tables, as sets of rows."""
    with store.session() as s:
        return {t.__tablename__: sorted(tuple(r) for r in s.execute(select(*t.__table__.columns)))
                for t in (FusionOrderRow, FusionEdgeRow, FusionFoldRow, FusionPersonRow, FusionSpellingRow)}


def batches(docs: dict, seed: int, parts: int) -> list[list[str]]:
    """Documents in random batches, a wire copy never before its original (as ingest stores them)."""
    order = sorted(docs)
    random.Random(seed).shuffle(order)
    placed, out = set(), [[] for _ in range(parts)]
    for i, d in enumerate(order):
        k = i * parts // len(order)
        original = docs[d].duplicate_of
        if original and original not in placed:
            k = parts - 1
        out[k].append(d)
        placed.add(d)
    return [sorted(b) for b in out]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_fused_incrementally_give_the_full_fusion(tmp_path, seed):
    docs, by_doc = world(seed)
    full = Store(f"sqlite:///{tmp_path / 'full.db'}")
    put(full, docs, by_doc, docs)
    api._fuse_all(full)
    reference = records(full)
    assert len(reference) > 40

    store = Store(f"sqlite:///{tmp_path / 'batches.db'}")
    paths = []
    for batch in batches(docs, seed, 4):
        put(store, docs, by_doc, batch)
        paths.append(api._fuse_new(store)[1])
    assert paths[0].startswith("full")  # nothing to add to yet
    assert paths[1:] == ["incremental"] * 3
    assert records(store) == reference
    assert state(store) == state(full)  # the next batch finds what a full fusion would leave
    with store.session() as s:
        assert not list(s.scalars(select(MENTIONS.c.id).where(MENTIONS.c.fused.is_(False))))


def test_a_batch_of_reports_of_stored_happenings_changes_only_their_events(tmp_path, mention):
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    docs = {d: Document(id=d, text="x", raw="", published=DateInfo(f"2019-0{i + 1}-10", "day"))
            for i, d in enumerate(["a1", "a2", "b1", "b2", "c1"])}
    by_doc = {"a1": [mention("a1", name="Kim Chol-ung", country="PL", date="2019-03")],
              "a2": [mention("a2", name="Kim Cheol Ung", country="PL", date="2019-03")],
              "b1": [mention("b1", role="overseas_worker", count=4, country="MY", date="2019-02")],
              "b2": [mention("b2", role="overseas_worker", count=4, country="MY", date="2019-02")],
              "c1": [mention("c1", name="Jo Song-gil", country="IT", date="2018-11")]}
    put(store, docs, by_doc, ["a1", "b1", "b2", "c1"])
    api._fuse_new(store)
    before = records(store)
    put(store, docs, by_doc, ["a2"])
    assert api._fuse_new(store)[1] == "incremental"
    after = records(store)
    kim = next(i for i, r in after.items() if "a2" in r)
    assert {i for i in after if after[i] != before.get(i)} == {kim}  # the others stand as stored
    assert len(json.loads(after[kim])["mentions"]) == 2
    assert set(after) - {kim} == set(before) - {kim}


def test_a_batch_linking_two_known_people_is_fused_in_full(tmp_path, mention):
    docs = {d: Document(id=d, text="x", raw="", published=DateInfo("2019-04-01", "day")) for d in ("e", "k", "both")}
    by_doc = {"e": [mention("e", name="Ri Il-nam", country="RU", date="2019-03")],
              "k": [mention("k", name="이한영", country="RU", date="2019-03", at=40)],  # his later name
              "both": [mention("both", name="Ri Il-nam", aliases=["이한영"], country="RU", date="2019-03")]}
    full = Store(f"sqlite:///{tmp_path / 'full.db'}")
    put(full, docs, by_doc, docs)
    api._fuse_all(full)
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    put(store, docs, by_doc, ["e", "k"])
    api._fuse_new(store)
    put(store, docs, by_doc, ["both"])
    assert api._fuse_new(store)[1] == "full: the batch links two known people"
    assert records(store) == records(full)
    assert state(store) == state(full)


def test_re_extracted_mentions_are_fused_in_full(tmp_path):
    docs, by_doc = world(5, happenings=30)
    first, second = batches(docs, 5, 2)
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    put(store, docs, by_doc, first)
    api._fuse_new(store)
    doc = next(d for d in first if len(by_doc[d]) > 1)
    by_doc[doc] = by_doc[doc][:1]
    store.replace_mentions({doc: by_doc[doc]})  # extraction ran again and found less
    assert api._fuse_new(store)[1] == "full: stored mentions changed since the last fusion"
    put(store, docs, by_doc, second)
    assert api._fuse_new(store)[1] == "incremental"
    full = Store(f"sqlite:///{tmp_path / 'full.db'}")
    put(full, docs, by_doc, docs)
    api._fuse_all(full)
    assert records(store) == records(full)


def test_a_store_fused_under_other_weights_is_fused_in_full(tmp_path, monkeypatch):
    from crossings.fuse.similarity import W

    docs, by_doc = world(8, happenings=20)
    first, second = batches(docs, 8, 2)
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    put(store, docs, by_doc, first)
    api._fuse_new(store)
    monkeypatch.setitem(W, "merge", W["merge"] + 0.5)  # scores and edges stored under the old weight
    put(store, docs, by_doc, second)
    assert api._fuse_new(store)[1] == "full: fusion code or weights changed since the last fusion"
    put(store, docs, by_doc, [])
    assert api._fuse_new(store)[1] == "incremental"


def test_crossings_fuse_after_incremental_batches_changes_nothing(tmp_path):
    docs, by_doc = world(7)
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    for batch in batches(docs, 7, 3):
        put(store, docs, by_doc, batch)
        api._fuse_new(store)
    incremental, kept = records(store), state(store)
    api.fuse(db=store.url)
    assert records(store) == incremental
    assert state(store) == kept


def test_decisions_survive_incremental_fusion(tmp_path):
    """Edits, merges, splits and rejections taken between two batches hold after the second,
    whether it was fused incrementally or the store fused again in full."""
    docs, by_doc = world(11)
    first, second = batches(docs, 11, 2)
    urls = {how: f"sqlite:///{tmp_path / how}.db" for how in ("incremental", "full")}
    for how, url in urls.items():
        store = Store(url)
        put(store, docs, by_doc, first)
        api._fuse_all(store)
    machine = Store(urls["full"]).events()
    several = [e for e in machine if len(e.mentions) >= 2]
    singles = [e for e in machine if len(e.mentions) == 1 and e.type == "defection"]
    for url in urls.values():
        api.decide("edit", several[0].id, "ana", "", {"field": "status", "value": "confirmed"}, db=url)
        api.decide("split", several[1].id, "ana", "", {"mention": several[1].mentions[0].id}, db=url)
        api.decide("merge", singles[0].id, "bo", "", {"other": singles[1].id}, db=url)
        api.decide("reject", several[2].id, "bo", "", {}, db=url)
    reviewed_before = {e.id: e.to_dict() for e in api.events(db=urls["full"])}
    incremental, full = Store(urls["incremental"]), Store(urls["full"])
    put(incremental, docs, by_doc, second)
    assert api._fuse_new(incremental)[1] == "incremental"
    put(full, docs, by_doc, second)
    api.fuse(db=urls["full"])
    assert records(incremental) == records(full)
    reviewed = [{e.id: e.to_dict() for e in api.events(db=url)} for url in urls.values()]
    assert reviewed[0] == reviewed[1]
    audit = [api.decisions(db=url) for url in urls.values()]
    assert [(d["action"], d.get("event")) for d in audit[0]] == [(d["action"], d.get("event")) for d in audit[1]]
    edited = api.event(several[0].id, db=urls["incremental"]) or \
        next(e for e in api.events(db=urls["incremental"]) if several[0].mentions[0].id in {m.id for m in e.mentions})
    assert edited.status == "confirmed"
    assert several[2].id not in reviewed[0]  # still rejected
    assert len(reviewed_before) <= len(reviewed[0]) + 5


def test_sort_keys_order_as_blocking_orders(mention):
    docs, by_doc = world(3)
    ms = [m for d in sorted(by_doc) for m in by_doc[d]]
    people = People(ms)
    feats = [features(i, m.id, m, m.doc, docs[m.doc].published.value, people) for i, m in enumerate(ms)]
    assert [f.id for f in blocking._ordered(feats)] == [f.id for f in sorted(feats, key=tsort)]
    assert [f.id for f in blocking._described(feats)] == [f.id for f in sorted(feats, key=dsort)]
