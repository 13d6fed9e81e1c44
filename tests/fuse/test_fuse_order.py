"""Events and their ids are a pure function of the set of mentions: any order, any batches."""
import random

from crossings import api
from crossings.document import DateInfo, Document
from crossings.events import Subject
from crossings.fuse import fuse_mentions
from crossings.store import Store


def corpus(mention):
    """Twelve invented reports of five happenings, one of them a wire copy."""
    wife = Subject(role="family_member", descriptor="his wife")
    return [
        mention("p1", name="Kim Chol-ung", country="PL", date="2019-03", relatives=[wife]),
        mention("p2", name="Kim Cheol Ung", country="PL", date="2019"),
        mention("p3", name="김철웅", country="PL"),
        mention("p3", "mission_closure", role=None, country="UY", date="2023-10", at=200, quote="closed"),
        mention("p4", "mission_closure", role=None, country="UY", date="2023-10-25", quote="shut"),
        mention("p4", "mission_closure", role=None, country="PE", date="2023-10-25", at=90, quote="closed"),
        mention("p5", "mission_closure", role=None, country="PE", date="2023-10", quote="closure"),
        mention("p5", "disappearance", name="Jon Hyok", country="AT", date="2022-01", at=300, quote="vanished"),
        mention("p6", "defection", name="Jeon Hyeok", country="AT", date="2022-01", destination="KR"),
        mention("p7", role="overseas_worker", count=4, country="MY", date="2014-06"),
        mention("p8", role="overseas_worker", count=4, country="MY", date="2019-02"),
        mention("p9", role="overseas_worker", count=4, country="MY", date="2019-02"),
    ]


PUBLISHED = {f"p{i}": f"2024-01-{i:02d}" for i in range(1, 10)}


def fingerprint(events):
    return [(e.id, e.type, sorted(m.id for m in e.mentions), e.to_dict()) for e in events]


def test_three_random_orders_give_the_same_events(mention):
    ms = corpus(mention)
    reference = fingerprint(fuse_mentions(ms, PUBLISHED))
    assert len(reference) == 6
    for seed in (1, 2, 3):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        assert fingerprint(fuse_mentions(shuffled, dict(reversed(PUBLISHED.items())))) == reference


def test_event_id_is_derived_from_its_smallest_mention_id(mention):
    from crossings.events import stable_id

    for event in fuse_mentions(corpus(mention), PUBLISHED):
        assert event.id == stable_id("ev-", min(m.id for m in event.mentions))


def _store(url: str, docs: list[str], ms, previous: Store | None = None) -> Store:
    store = previous or Store(url)
    store.add_documents([(Document(id=d, text="x" * 400, raw="", published=DateInfo(PUBLISHED[d], "day")), None)
                         for d in docs])
    by_doc = {d: [m for m in ms if m.doc == d] for d in docs}
    store.replace_mentions(by_doc)
    return store


def test_two_batches_through_the_store_match_one(mention, tmp_path):
    ms = corpus(mention)
    docs = sorted(PUBLISHED)
    one = f"sqlite:///{tmp_path / 'one.db'}"
    _store(one, docs, ms)
    reference = fingerprint(api.fuse(db=one))
    two = f"sqlite:///{tmp_path / 'two.db'}"
    store = _store(two, docs[5:], ms)
    first = api.fuse(db=two)
    assert len(first) < len(reference)
    _store(two, docs[:5], ms, store)
    assert fingerprint(api.fuse(db=two)) == reference
    assert sorted(fingerprint(api.events(db=two)), key=lambda f: f[0]) == reference  # events: newest first
