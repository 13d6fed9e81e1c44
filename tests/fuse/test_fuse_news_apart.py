"""Issue 11, soft agreement by provenance: two reports told as news on pages published months apart,
with nothing that tells one happening from its look-alikes in common, are more likely two pieces
of news (news_apart, a small penalty: a follow-up page months later still joins where the rest
agrees; summed over an event's members by the average-linkage check it tells a look-alike from
its own follow-ups). All reports are invented."""
import pytest

from crossings.fuse import fuse_mentions, similarity
from crossings.fuse.features import features
from crossings.fuse.people import People
from crossings.fuse.similarity import terms


def _soldier(mention, doc, **kw):
    kw.setdefault("date", "2014")
    kw.setdefault("derivation", "anchor:published-year")
    return mention(doc, role="military", country="KP", destination="KR", **kw)


def _terms(a, b, published):
    people = People([a, b])
    fa, fb = (features(i, m.doc, m, m.doc, published[m.doc], people) for i, m in enumerate((a, b)))
    return terms(fa, fb)


def _docs(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


@pytest.fixture
def no_news_apart():
    saved = similarity.W["news_days"]
    similarity.W["news_days"] = None
    yield
    similarity.W["news_days"] = saved


def test_pages_months_apart_are_two_pieces_of_news(mention):
    a, b = _soldier(mention, "a"), _soldier(mention, "b")
    assert "news_apart" in _terms(a, b, {"a": "2014-03-02", "b": "2014-11-20"})
    assert "news_apart" not in _terms(a, b, {"a": "2014-10-30", "b": "2014-11-20"})


def test_something_that_identifies_the_happening_outweighs_the_gap(mention):
    """The same town, the same group of five, the same month: one happening told again."""
    for same in ({"city": "Paju"}, {"count": 5}):
        a, b = _soldier(mention, "a", **same), _soldier(mention, "b", **same)
        assert "news_apart" not in _terms(a, b, {"a": "2014-03-02", "b": "2014-11-20"})
    a = _soldier(mention, "a", date="2014-03-01", derivation="explicit")
    b = _soldier(mention, "b", date="2014-03", derivation="explicit")
    assert "news_apart" not in _terms(a, b, {"a": "2014-03-02", "b": "2014-11-20"})


def test_a_happening_told_in_passing_or_an_undated_page_says_nothing(mention):
    a, b = _soldier(mention, "a"), _soldier(mention, "b")
    b.background = True
    assert "news_apart" not in _terms(a, b, {"a": "2014-03-02", "b": "2014-11-20"})
    b.background = False
    assert "news_apart" not in _terms(a, b, {"a": "2014-03-02", "b": None})


def test_a_name_is_not_news_apart(mention):
    a, b = _soldier(mention, "a", name="Kim Chol-ho"), _soldier(mention, "b", name="Kim Chol-ho")
    assert "news_apart" not in _terms(a, b, {"a": "2014-03-02", "b": "2014-11-20"})


def _three(mention):
    """A crossing on the western front (a, July 16) and a page-year report of it (b, days later);
    c, four months on, tells a crossing on the eastern front: it agrees with b on what every
    soldier's crossing shares, and disagrees softly with a."""
    return ([_soldier(mention, "a", region="western front", date="2014-07-16", derivation="explicit"),
             _soldier(mention, "b"),
             mention("c", role="military", country="KP", region="eastern front", date="2014",
                     derivation="anchor:published-year")],
            {"a": "2014-07-17", "b": "2014-07-25", "c": "2014-11-20"})


def test_summed_over_the_members_it_keeps_a_look_alike_out(mention):
    ms, published = _three(mention)
    assert _docs(fuse_mentions(ms, published)) == [["a", "b"], ["c"]]


def test_without_it_the_look_alike_joins(mention, no_news_apart):
    ms, published = _three(mention)
    assert _docs(fuse_mentions(ms, published)) == [["a", "b", "c"]]
