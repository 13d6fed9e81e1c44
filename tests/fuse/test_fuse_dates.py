"""Dates in fusion: yearless days, and agreement
weighted by where a date came from. All reports are invented."""
from crossings.fuse import fuse_mentions
from crossings.fuse.features import parse_date
from crossings.fuse.similarity import W, score


def fuse(mentions, published=None):
    published = published or {m.doc: None for m in mentions}
    return fuse_mentions(mentions, published)


def docs_by_event(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


def test_partial_dates_without_a_year():
    assert parse_date("--11-07") == (None, 11, 7)
    assert parse_date("2019-11-07") == (2019, 11, 7)


def test_partial_dates_conflict_when_they_disagree(mention):
    ms = [mention("a", role="military", country="KP", city="Kaesong", date="--11-07"),
          mention("b", role="military", country="KP", city="Kaesong", date="--11-09")]
    assert docs_by_event(fuse(ms)) == [["a"], ["b"]]
    ms = [mention("a", role="military", country="KP", city="Kaesong", date="--11-07"),
          mention("b", role="military", country="KP", city="Kaesong", date="2019-11-07")]
    assert docs_by_event(fuse(ms)) == [["a", "b"]]
