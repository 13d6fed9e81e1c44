"""Two pages out within days of each other, each telling a happening of one type (an English and
a Korean page of one week's news), carry a little evidence that they tell one (same_news); a page
that only cites it in passing, or one out months later, does not. All reports are invented."""
from crossings.fuse.features import features
from crossings.fuse.people import People
from crossings.fuse.similarity import terms


def _terms(a, b, published):
    people = People([a, b])
    fa, fb = (features(i, m.doc, m, m.doc, published[m.doc], people) for i, m in enumerate((a, b)))
    return terms(fa, fb)


def _recall(mention, doc, **kw):
    return mention(doc, "recall", role="diplomat", destination="KP", **kw)


def test_pages_of_one_week_telling_one_kind_of_happening(mention):
    a, b = _recall(mention, "en"), _recall(mention, "ko", quote="소환")
    assert "same_news" in _terms(a, b, {"en": "2031-04-02", "ko": "2031-04-06"})


def test_months_apart_or_cited_in_passing_says_nothing(mention):
    a, b = _recall(mention, "en"), _recall(mention, "ko", quote="소환")
    assert "same_news" not in _terms(a, b, {"en": "2031-04-02", "ko": "2031-08-20"})
    b.background = True
    assert "same_news" not in _terms(a, b, {"en": "2031-04-02", "ko": "2031-04-06"})


def test_a_name_in_common_is_evidence_enough(mention):
    a = _recall(mention, "en", name="Pak Chol-min")
    b = _recall(mention, "ko", name="Pak Chol-min", quote="소환")
    assert "same_news" not in _terms(a, b, {"en": "2031-04-02", "ko": "2031-04-06"})
