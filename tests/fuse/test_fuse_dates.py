"""Dates in fusion: years checked against every member of a cluster, yearless days, and agreement
weighted by where a date came from. All reports are invented."""
from crossings.fuse import fuse_mentions
from crossings.fuse.features import parse_date
from crossings.fuse.similarity import W, score


def fuse(mentions, published=None):
    published = published or {m.doc: None for m in mentions}
    return fuse_mentions(mentions, published)


def docs_by_event(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


def test_a_year_is_checked_against_every_member_not_the_majority(mention, monkeypatch):
    """With check_spans, the named cluster holds one background report of another year; an unnamed report of the
    majority's year cannot agree with every member, a named one may."""
    monkeypatch.setitem(W, "check_spans", True)
    named = [mention("a", name="Ri Myong-su", role="trade_official", country="VN", city="Hanoi", date="2019-05"),
             mention("b", name="Ri Myong Su", role="trade_official", country="VN", city="Hanoi", date="2019"),
             mention("c", name="Ri Myong-su", role="trade_official", country="VN", city="Hanoi", date="2016")]
    unnamed = mention("d", role="trade_official", country="VN", city="Hanoi", date="2019-05")
    assert docs_by_event(fuse(named + [unnamed])) == [["a", "b", "c"], ["d"]]
    again = mention("d", name="Ri Myong-su", role="trade_official", country="VN", city="Hanoi", date="2019-05")
    assert docs_by_event(fuse(named + [again])) == [["a", "b", "c", "d"]]


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
