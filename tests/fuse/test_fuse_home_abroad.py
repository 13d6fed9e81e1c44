"""One report of an arrest names where the people lived (the North), another where they were caught
or posted (China, Russia): a disagreement that lowers the score, not a veto (issue 11: "one
disagreeing field lowers the score instead of vetoing"). Two countries abroad still cannot be one
place. All reports are invented."""
from crossings.fuse import fuse_mentions
from crossings.fuse.features import features
from crossings.fuse.people import People
from crossings.fuse.similarity import terms

PUBLISHED = {"en": "2031-04-02", "ko": "2031-04-03"}


def _arrest(mention, doc, country, **kw):
    return mention(doc, "attempted_defection", role="civilian", count=5, country=country, date="2031-03-22", **kw)


def _terms(a, b):
    people = People([a, b])
    fa, fb = (features(i, m.doc, m, m.doc, PUBLISHED[m.doc], people) for i, m in enumerate((a, b)))
    return terms(fa, fb)


def test_home_against_abroad_lowers_the_score(mention):
    t = _terms(_arrest(mention, "en", "KP"), _arrest(mention, "ko", "CN", quote="붙잡힌"))
    assert t is not None and t.get("country_home_abroad") == 1.0


def test_two_countries_abroad_are_still_two_places(mention):
    assert _terms(_arrest(mention, "en", "LA"), _arrest(mention, "ko", "CN", quote="붙잡힌")) is None


def test_the_rest_agreeing_the_two_reports_are_one_arrest(mention):
    events = fuse_mentions([_arrest(mention, "en", "KP"), _arrest(mention, "ko", "CN", quote="붙잡힌")], PUBLISHED)
    assert sorted(sorted(m.doc for m in e.mentions) for e in events) == [["en", "ko"]]
