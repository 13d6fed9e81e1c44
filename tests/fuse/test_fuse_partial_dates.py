"""Issue 11, partial dates: a day of the year stated without its year ("Aug. 14" on a page that
carries no date) against a report dated only by its page's year. The page-year report tells its
happening as news, so it lies in the season before its page; a yearless day that falls there in no
year is another happening. All reports are invented."""
from crossings.events import Evidence, When
from crossings.fuse import fuse_mentions
from crossings.fuse.features import features
from crossings.fuse.people import People
from crossings.fuse.similarity import W, terms


def _yearless(mention, doc, words, **kw):
    m = mention(doc, role="military", count=2, country="KP", city="Paju", destination="KR", **kw)
    m.date = When(None, "unknown", "unresolved:month-day")
    m.evidence.append(Evidence("date", 20, 20 + len(words), words))
    return m


def _page_year(mention, doc, year, **kw):
    return mention(doc, role="military", count=2, country="KP", city="Paju", destination="KR", date=str(year),
                   derivation="anchor:published-year", **kw)


def _pair(a, b, published):
    people = People([a, b])
    return [features(i, f"m{i}", m, m.doc, published.get(m.doc), people) for i, m in enumerate((a, b))]


def _docs(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


def test_a_yearless_day_long_before_a_page_year_reports_page_is_another_happening(mention):
    """'Aug. 14' falls 200 days before a page of March 2015 (and after it in 2015): the crossing
    that page tells as news is not the one of Aug. 14. A soft disagreement: it lowers the score,
    so reports agreeing on everything else (the same head count too) still join."""
    a, b = _yearless(mention, "a", "Aug. 14"), _page_year(mention, "b", 2015)
    b.subjects[0].count = None
    published = {"a": None, "b": "2015-03-02"}
    assert "partial_apart" in terms(*_pair(a, b, published))
    assert _docs(fuse_mentions([a, b], published)) == [["a"], ["b"]]
    assert _docs(fuse_mentions([a, b], {"a": None, "b": "2015-09-01"})) == [["a", "b"]]
    b.subjects[0].count = 2
    assert _docs(fuse_mentions([a, b], published)) == [["a", "b"]]


def test_a_yearless_day_in_the_season_before_the_page_joins(mention):
    """The same report against a page of Sept. 1, 2015: Aug. 14 lies days before it."""
    a, b = _yearless(mention, "a", "Aug. 14"), _page_year(mention, "b", 2015)
    published = {"a": None, "b": "2015-09-01"}
    assert "partial_apart" not in terms(*_pair(a, b, published))
    assert _docs(fuse_mentions([a, b], published)) == [["a", "b"]]


def test_the_season_reaches_back_across_new_year(mention):
    """'Dec. 28' and a page of Jan. 10: the happening of last December."""
    a, b = _yearless(mention, "a", "12월 28일"), _page_year(mention, "b", 2016)
    assert "partial_apart" not in terms(*_pair(a, b, {"a": None, "b": "2016-01-10"}))


def test_a_report_told_in_passing_is_not_held_to_its_page(mention):
    a, b = _yearless(mention, "a", "Aug. 14"), _page_year(mention, "b", 2015)
    b.background = True
    assert "partial_apart" not in terms(*_pair(a, b, {"a": None, "b": "2015-03-02"}))


def test_a_shared_name_outweighs_the_season(mention):
    a = _yearless(mention, "a", "Aug. 14")
    b = _page_year(mention, "b", 2015)
    for m in (a, b):
        m.subjects[0].name = "Ri Chol-su"
    t = terms(*_pair(a, b, {"a": None, "b": "2015-03-02"}))
    assert "partial_apart" not in t and t["year_diff_named"] == 1.0


def test_the_season_is_the_page_year_slack():
    assert W["span_slack_days"]["anchor:published-year"] == 90
