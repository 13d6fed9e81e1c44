"""Dates in fusion: years checked against every member of a cluster, yearless days, and agreement
weighted by where a date came from. All reports are invented."""
from crossings.fuse import fuse_mentions
from crossings.fuse.features import date_trust, parse_date
from crossings.fuse.similarity import W, score


def fuse(mentions, published=None):
    published = published or {m.doc: None for m in mentions}
    return fuse_mentions(mentions, published)


def docs_by_event(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


def test_a_year_is_checked_against_every_member_not_the_majority(mention):
    """The named cluster holds one background report of another year; an unnamed report of the
    majority's year cannot agree with every member, a named one may."""
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


def test_date_provenance_weights():
    weights = W["provenance"]
    stated, relative, default = (date_trust(d, weights) for d in ("explicit", "relative:in-month",
                                                                      "anchor:published-year"))
    assert stated > relative > default
    assert date_trust(None, weights) == stated


def test_a_stated_month_agrees_more_than_a_resolved_one(mention):
    from crossings.fuse.features import features
    from crossings.fuse.people import People

    def pair(derivation):
        ms = [mention(d, role="civilian", country="KP", date="2019-03", derivation=derivation) for d in ("a", "b")]
        people = People(ms)
        a, b = (features(i, m.id, m, m.doc, None, people) for i, m in enumerate(ms))
        return score(a, b)

    assert pair("explicit") > pair("relative:in-month")
