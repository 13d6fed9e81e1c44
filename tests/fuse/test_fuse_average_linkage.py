"""Issue 11, chains through a vague member: two unnamed events merge only where their reports agree
on average (weights.yaml member_mean), not merely where one pair of them does. An undated report
that says only "a civilian from Haeju" links a dated boat to any other boat of the coast; the
reports of the two boats themselves disagree. All reports are invented."""
import pytest

from crossings.fuse import fuse_mentions
from crossings.fuse import similarity
from crossings.fuse.features import features
from crossings.fuse.people import People
from crossings.fuse.similarity import score


def _docs(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


def _chain(mention, **other):
    dated = mention("a", role="civilian", count=7, country="KP", city="Haeju", date="2014-07-16", destination="KR")
    vague = mention("v", role="civilian", country="KP", city="Haeju", destination="KR")  # no date, no page
    third = mention("c", role="civilian", country="KP", destination="KR", **other)
    return [dated, vague, third]


@pytest.fixture
def no_mean():
    saved = similarity.W["member_mean"]
    similarity.W["member_mean"] = None
    yield
    similarity.W["member_mean"] = saved


def test_a_vague_member_does_not_chain_two_boats(mention):
    """c (three people, July 2) contradicts a (seven, July 16) softly (a score of -1, above the
    member floor) and agrees with v only on what every boat shares: on average they disagree."""
    ms = _chain(mention, count=3, date="2014-07-02")
    people = People(ms)
    a, v, c = (features(i, m.doc, m, m.doc, None, people) for i, m in enumerate(ms))
    assert similarity.W["member_floor"] < score(a, c) < 0 and score(v, c) >= similarity.W["merge"]
    assert (score(a, c) + score(v, c)) / 2 < similarity.W["member_mean"]
    assert _docs(fuse_mentions(ms, {m.doc: None for m in ms})) == [["a", "v"], ["c"]]


def test_without_the_mean_the_chain_merges(mention, no_mean):
    ms = _chain(mention, count=3, date="2014-07-02")
    assert _docs(fuse_mentions(ms, {m.doc: None for m in ms})) == [["a", "c", "v"]]


def test_a_report_agreeing_on_average_joins(mention):
    """Another report of the same boat (seven people, a day later: its announcement) joins."""
    ms = _chain(mention, count=7, date="2014-07-17")
    assert _docs(fuse_mentions(ms, {m.doc: None for m in ms})) == [["a", "c", "v"]]


def test_a_shared_name_is_not_averaged(mention):
    """Named events are told apart by their names, not their members' every detail."""
    ms = _chain(mention, count=3, date="2014-07-02")
    for m in ms:
        m.subjects[0].name = "Kim Chol-ho"
    assert _docs(fuse_mentions(ms, {m.doc: None for m in ms})) == [["a", "c", "v"]]
