"""Fusion trusts single hard field values: a head count of one against a group's count.

A report of one person ("a defector was sent back") is as often one of a group another report
counts as a happening of its own, so a count of one disagrees with a group only softly; two
group counts far apart still tell two happenings apart."""
from crossings.fuse import fuse_mentions
from crossings.fuse.features import features
from crossings.fuse.people import People
from crossings.fuse.similarity import W, score


def _feats(*ms):
    people = People(list(ms))
    return [features(i, f"m{i}", m, m.doc, None, people) for i, m in enumerate(ms)]


def _events(*ms):
    return sorted(sorted(m.doc for m in e.mentions) for e in fuse_mentions(list(ms), {}))


def test_one_person_against_a_group_is_a_soft_disagreement(mention):
    group = mention("x1", "repatriation", role=None, count=8, country="LA", destination="KP", quote="sent back")
    one = mention("x2", "repatriation", role=None, count=1, country="LA", destination="KP", quote="sent back")
    a, b = _feats(group, one)
    assert score(a, b) >= W["merge"]
    assert _events(group, one) == [["x1", "x2"]]


def test_two_groups_far_apart_stay_two_happenings(mention):
    group = mention("x1", "repatriation", role=None, count=8, country="LA", destination="KP", quote="sent back")
    other = mention("x2", "repatriation", role=None, count=3, country="LA", destination="KP", quote="sent back")
    a, b = _feats(group, other)
    assert score(a, b) < W["merge"]
    assert _events(group, other) == [["x1"], ["x2"]]


def test_one_named_person_against_a_group_is_no_hard_clash_either(mention):
    group = mention("y1", "defection", role="restaurant_worker", count=12, country="MY", quote="fled")
    named = mention("y2", "defection", name="Pak Sun Hui", role="restaurant_worker", count=1, country="MY",
                    quote="fled")
    a, b = _feats(group, named)
    ones = score(a, b)
    assert ones is not None and ones >= W["merge"]


def test_a_mass_return_does_not_absorb_a_small_one_through_a_vague_report(mention):
    # 240 people sent back in May and 4 in January; a report dated only by its year counts the 240
    mass = mention("m1", "repatriation", role="civilian", count=240, country="CN", destination="KP",
                   date="2031-05-12", quote="sent back")
    mass_vague = mention("m2", "repatriation", role="civilian", count=240, country="CN", destination="KP",
                         date="2031", quote="sent back")
    small = mention("s1", "repatriation", role="civilian", count=4, country="CN", destination="KP",
                    date="2031-01-13", quote="sent back")
    small_vague = mention("s2", "repatriation", role="civilian", count=4, country="CN", destination="KP",
                          date="2031", quote="sent back")
    a, b = _feats(mass, small_vague)
    assert score(a, b) < W["merge"]  # sizes two orders apart: two groups, whatever else they share
    assert _events(mass, mass_vague, small, small_vague) == [["m1", "m2"], ["s1", "s2"]]
