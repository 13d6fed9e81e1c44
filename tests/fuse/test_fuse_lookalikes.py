"""Look-alike happenings (issue 11): what tells two unnamed crossings apart. All reports are invented."""
from crossings.events import Evidence, When
from crossings.fuse import fuse_mentions
from crossings.fuse.similarity import terms


def fuse(mentions, published=None):
    published = published or {m.doc: None for m in mentions}
    return fuse_mentions(mentions, published)


def docs_by_event(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


def test_two_fronts_are_two_places(mention):
    west = mention("a", role="military", count=1, country="KP", region="western front", date="2014-07",
                   destination="KR")
    east = mention("b", role="military", count=1, country="KP", region="eastern front", date="2014-07",
                   destination="KR")
    same = mention("c", role="military", count=1, country="KP", region="western front", date="2014-07",
                   destination="KR")
    assert "region_diff" in terms(*_features(west, east))
    assert "region_diff" not in terms(*_features(west, same))


def test_two_stated_days_of_one_month_are_two_boats(mention):
    ms = [mention("a", role="civilian", country="KP", date="2014-07-16"),
          mention("b", role="civilian", country="KP", date="2014-07-11")]
    assert docs_by_event(fuse(ms)) == [["a"], ["b"]]
    ms[1].date = When("2014-07-16", "day", "explicit")
    assert docs_by_event(fuse(ms)) == [["a", "b"]]


def test_one_disagreeing_day_lowers_the_score_without_a_veto(mention):
    """Every other field agrees: a misread day does not split the event."""
    ms = [mention("a", role="civilian", count=7, country="KP", date="2014-07-16", destination="KR"),
          mention("b", role="civilian", count=7, country="KP", date="2014-07-11", destination="KR")]
    assert docs_by_event(fuse(ms)) == [["a", "b"]]


def test_a_day_and_its_announcement_two_days_later_stay_one(mention):
    ms = [mention("a", role="civilian", count=7, country="KP", date="2014-07-16", destination="KR"),
          mention("b", role="civilian", count=7, country="KP", date="2014-07-18", destination="KR")]
    assert docs_by_event(fuse(ms)) == [["a", "b"]]


def test_a_relative_day_is_only_a_doubt(mention):
    a = mention("a", role="civilian", count=7, country="KP", date="2014-07-16", destination="KR")
    b = mention("b", role="civilian", count=7, country="KP", date="2014-07-11", destination="KR",
                derivation="relative:weekday")
    assert terms(*_features(a, b))["day_diff"] == 1.0


def test_a_day_and_month_from_the_page_year_is_a_stated_day_not_the_report_clock(mention):
    a = mention("a", role="civilian", count=7, country="KP", date="2014-07-16", derivation="anchor:published")
    b = mention("b", role="civilian", count=7, country="KP", date="2014-07-16", derivation="anchor:published")
    fa, fb = _features(a, b)
    assert fa.day_stated and not fa.date_is_report
    assert terms(fa, fb)["day_same"] == 1.0


def test_an_undated_report_cannot_tell_a_happening_after_its_page(mention):
    later = [mention(d, role="military", count=2, country="KP", city="Paju", date="2014-07-06", destination="KR")
             for d in ("a", "b")]
    earlier_page = mention("c", role="military", count=2, country="KP", city="Paju", destination="KR")
    events = fuse(later + [earlier_page], {"a": "2014-07-20", "b": "2014-07-28", "c": "2013-08-15"})
    assert docs_by_event(events) == [["a", "b"], ["c"]]


def test_a_date_conflict_is_checked_against_every_member(mention):
    """d, undated, fits the crossing of July 16 and the one of "July 23" alike; the event it joins
    must not take in a report whose day contradicts one of its members."""
    dated = [mention(x, role="military", count=2, country="KP", city="Paju", date="2014-07-16", destination="KR")
             for x in ("a", "b")]
    undated = mention("d", role="military", count=2, country="KP", city="Paju", destination="KR")
    yearless = mention("c", role="military", count=2, country="KP", city="Paju", destination="KR")
    yearless.date = When(None, "unknown", "unresolved:month-day")
    yearless.evidence.append(Evidence("date", 20, 27, "July 23"))
    events = fuse(dated + [undated, yearless])
    assert not any({"a", "c"} <= {m.doc for m in e.mentions} for e in events)


def test_a_yearless_day_finds_its_dated_report_among_many(mention):
    """Blocking by day of the year: "July 23" on an undated page meets "July 23, 2013" however
    many reports of the country lie between them."""
    crowd = [mention(f"x{i}", "attempted_defection", role="civilian", count=3 + i % 5, country="KP",
                     date=f"{2005 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(60)]
    dated = mention("a", "attempted_defection", role="civilian", count=9, country="KP", region="Liaoning",
                    date="2013-07-23")
    yearless = mention("b", "attempted_defection", role="civilian", country="KP")
    yearless.date = When(None, "unknown", "unresolved:month-day")
    yearless.evidence.append(Evidence("date", 20, 27, "July 23"))
    events = fuse(crowd + [dated, yearless])
    [event] = [e for e in events if any(m.doc == "a" for m in e.mentions)]
    assert {m.doc for m in event.mentions} == {"a", "b"}


def _features(*ms):
    from crossings.fuse.features import features
    from crossings.fuse.people import People

    people = People(list(ms))
    return [features(i, f"m{i}", m, m.doc, None, people) for i, m in enumerate(ms)]


def test_a_day_stated_on_the_eve_of_publication_is_the_happenings_day(mention):
    """"crossed on March 30" in a March 31 article is the crossing's day; "on Thursday" on the eve
    of publication may be when the news broke."""
    from crossings.fuse.features import features
    from crossings.fuse.people import People

    stated = mention("a", role="military", country="KP", date="2011-03-30")
    reckoned = mention("b", role="military", country="KP", date="2011-03-30", derivation="relative:weekday")
    people = People([stated, reckoned])
    fa = features(0, "a", stated, "a", "2011-03-31", people)
    fb = features(1, "b", reckoned, "b", "2011-03-31", people)
    assert not fa.date_is_report and not fa.date_weak
    assert fb.date_is_report


def test_two_crossings_stated_three_weeks_apart_on_the_eve_of_their_pages_stay_apart(mention):
    ms = [mention("a", role="military", country="KP", date="2011-03-30"),
          mention("b", role="military", country="KP", date="2011-03-09")]
    assert docs_by_event(fuse(ms, {"a": "2011-03-31", "b": "2011-03-10"})) == [["a"], ["b"]]


def test_a_member_that_disagrees_on_most_fields_keeps_an_event_out(mention):
    """b, undated, fits both; c (July 2, eastern front, to China) and a (July 16, western front, to
    the South) disagree on nearly everything, which the consensus of {b, c} hides."""
    a = mention("a", role="military", country="KP", region="western front", date="2014-07-16", destination="KR")
    b = mention("b", role="military", count=2, country="KP", city="Paju")
    c = mention("c", role="military", count=2, country="KP", region="eastern front", date="2014-07-02",
                destination="CN")
    events = fuse([a, b, c])
    assert not any({"a", "c"} <= {m.doc for m in e.mentions} for e in events)


def test_undated_pages_out_within_weeks_are_one_piece_of_news(mention):
    """Two undated reports of a boat, one counting three, the other four: published ten days apart
    they are one piece of news, two months apart two boats."""
    ms = [mention("a", role="civilian", count=3, country="KP"), mention("b", role="civilian", count=4, country="KP")]
    assert docs_by_event(fuse(ms, {"a": "2016-05-01", "b": "2016-05-11"})) == [["a", "b"]]
    assert docs_by_event(fuse(ms, {"a": "2016-05-01", "b": "2016-07-01"})) == [["a"], ["b"]]
