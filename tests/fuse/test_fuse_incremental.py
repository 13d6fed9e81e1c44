"""Incremental fusion (fuse/incremental.py) gives what a full re-fuse of every report gives.
All reports are invented."""
import random

from crossings.events import Subject
from crossings.fuse import fuse_mentions
from crossings.fuse.blocking import pairs_with, NEAR
from crossings.fuse.incremental import Fusion


def reports(mention):
    """Reports of several look-alike happenings; one report's alias ties two names of one man."""
    return [
        mention("a1", name="Kim Chol-ung", country="PL", date="2019-03"),
        mention("a2", name="Kim Jin-su", country="PL", date="2019"),
        mention("a3", subjects=[Subject(name="Kim Cheol Ung", role="diplomat", aliases=["Kim Jin-su"])], country="PL"),
        mention("b1", role="military", count=2, region="western front", date="2017-11-13"),
        mention("b2", role="military", count=2, region="western front", date="2017-11"),
        mention("b3", role="military", count=2, region="western front", date="2019-11-13"),
        mention("c1", role="civilian", count=7, country="CN", city="Shenyang", date="2023-04"),
        mention("c2", role="civilian", count=7, country="CN", date="2023-04-20"),
        mention("c3", "attempted_defection", role="civilian", count=7, country="CN", date="2023-04"),
        mention("c3", "repatriation", role="civilian", count=7, country="CN", date="2023-10", at=90),
        mention("d1", role="overseas_worker", count=4, country="MY", date="2014-06"),
        mention("d2", role="overseas_worker", country="MY"),
        mention("e1", "mission_closure", role=None, country="ES", date="2023-10", quote="closed"),
        mention("e2", "mission_closure", role=None, country="ES", quote="closed"),
    ]


PUBLISHED = {"a1": "2019-03-20", "a2": None, "a3": "2019-04-01", "b1": "2017-11-14", "b2": None,
             "b3": "2019-11-14", "c1": "2023-04-25", "c2": "2023-04-21", "c3": None, "d1": "2014-06-30",
             "d2": "2014-07-02", "e1": "2023-10-30", "e2": "2023-11-01"}


def records(events):
    return [e.to_dict() for e in events]


def test_batches_in_any_order_give_the_full_re_fuse(mention):
    ms = reports(mention)
    groups = {"e2": "e1", "e1": "e1"}
    full = records(fuse_mentions(ms, PUBLISHED, groups))
    assert any(len(e["mentions"]) == 3 for e in full)  # the alias ties the two names
    for seed in range(6):
        docs = sorted(PUBLISHED)
        random.Random(seed).shuffle(docs)
        batches = [docs[:4], docs[4:9], docs[9:]]
        fusion = None
        for batch in batches:
            part = [m for m in ms if m.doc in batch]
            if fusion is None:
                fusion = Fusion(part, PUBLISHED, groups)
            else:
                fusion.add(part, PUBLISHED, groups)
        assert records(fusion.all_events()) == full, seed


def test_a_batch_re_fuses_only_what_it_touches(mention):
    ms = reports(mention)
    fusion = Fusion([m for m in ms if m.doc != "d2"], PUBLISHED, {})
    untouched = {k: e for k, e in fusion.events.items() if not any(m.doc.startswith("d") for m in e.mentions)}
    fusion.add([m for m in ms if m.doc == "d2"], PUBLISHED, {})
    assert all(fusion.events[k] is e for k, e in untouched.items())
    assert records(fusion.all_events()) == records(fuse_mentions(ms, PUBLISHED))


def test_an_alias_in_a_later_batch_joins_people_already_fused(mention):
    ms = reports(mention)
    first = [m for m in ms if m.doc in ("a1", "a2")]
    fusion = Fusion(first, PUBLISHED, {})
    assert len(fusion.all_events()) == 2  # two names: nothing ties them yet
    fusion.add([m for m in ms if m.doc == "a3"], PUBLISHED, {})
    [event] = fusion.all_events()
    assert sorted(m.doc for m in event.mentions) == ["a1", "a2", "a3"]


def test_a_wire_copy_arriving_later_counts_once(mention):
    ms = reports(mention)
    fusion = Fusion([m for m in ms if m.doc == "e1"], PUBLISHED, {})
    [event] = fusion.add([m for m in ms if m.doc == "e2"], PUBLISHED, {"e1": "e1", "e2": "e1"})
    assert len(event.mentions) == 2 and event.outlets == 1


def test_whether_two_reports_pair_depends_on_them_alone(mention):
    ms = reports(mention)
    full = fuse_mentions(ms, PUBLISHED)
    from crossings.fuse import prepare

    p = prepare(ms, PUBLISHED, {})
    by_doc = {f.doc: f for f in p.feats}
    assert pairs_with(by_doc["b1"], by_doc["b2"], NEAR)
    assert not pairs_with(by_doc["d1"], by_doc["c1"], NEAR)  # nine years apart
    assert len(full) == len(fuse_mentions(list(reversed(ms)), PUBLISHED))
