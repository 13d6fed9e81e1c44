"""Time spans, yearless days, copied text and one piece of news: what fusion reads to tell
look-alike happenings apart (issue 11). All reports are invented."""
import random
from datetime import date
from pathlib import Path

import pytest

from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.fuse import fuse_mentions
from crossings.fuse.features import copied_words, features, time_span, yearless_day
from crossings.fuse.people import People
from crossings.fuse.similarity import W, identified

SLACK = {"explicit": 0, "relative": 0, "anchor:published": 0, "anchor:published-year": 90,
         "relative:recently": 365, "eve_of_publication": 30, "undated_on_dated_page": 365}


def day(text):
    return date.fromisoformat(text).toordinal()


def days(span):
    return tuple(date.fromordinal(d).isoformat() for d in span)


def test_a_stated_date_spans_its_year():
    assert days(time_span(2019, 11, 7, "explicit", day("2019-12-01"), SLACK)) == ("2019-01-01", "2019-12-31")
    assert days(time_span(2019, None, None, "explicit", None, SLACK)) == ("2019-01-01", "2019-12-31")


def test_a_date_that_may_be_the_reports_own_clock_reaches_back():
    # the eve of publication: maybe the day the news broke, so a little earlier is possible
    assert days(time_span(2020, 1, 9, "explicit", day("2020-01-10"), SLACK)) == ("2019-12-10", "2020-12-31")
    # a publication-year default reaches back from the first of its year
    assert days(time_span(2020, None, None, "anchor:published-year", day("2020-03-01"), SLACK))[0] == "2019-10-03"
    assert days(time_span(2020, 6, 1, "relative:recently", day("2020-06-03"), SLACK))[0] == "2019-06-02"


def test_an_undated_report_is_placed_by_its_page_or_nowhere():
    assert days(time_span(None, None, None, None, day("2021-05-01"), SLACK)) == ("2020-05-01", "2021-05-01")
    assert time_span(None, None, None, None, None, SLACK) is None
    assert time_span(None, 12, 21, "unresolved:month-day", day("2021-05-01"), SLACK) is None
    assert time_span(2020, None, None, "anchor:published-year", day("2020-03-01"),
                     {**SLACK, "anchor:published-year": None}) is None


def undated(doc, quote, lang_trigger="crossed"):
    return Mention(doc=doc, type="defection", subjects=[Subject(role="military")], origin=Place(country="KP"),
                   date=When(None, "unknown", "unresolved:month-day"),
                   evidence=[Evidence("type", 0, len(lang_trigger), lang_trigger), Evidence("date", 20, 20 + len(quote), quote)])


@pytest.mark.parametrize("quote, expected", [("Dec. 21", (12, 21)), ("on September 3", (9, 3)),
                                             ("12월 21일", (12, 21)), ("지난 3월 5일", (3, 5)),
                                             ("on Thursday", (None, None)), ("Foo 12", (None, None))])
def test_a_yearless_day_is_read_from_the_dates_words(quote, expected):
    assert yearless_day(undated("a", quote)) == expected


def test_a_resolved_date_is_not_read_again():
    m = undated("a", "Dec. 21")
    m.date = When("2020-12-21", "day", "anchor:published")
    assert yearless_day(m) == (None, None)


def test_two_undated_pages_giving_two_days_of_the_year_are_two_crossings():
    ms = [undated("a", "Dec. 21"), undated("b", "12월 21일"), undated("c", "Dec. 28")]
    events = fuse_mentions(ms, {"a": None, "b": None, "c": None})
    assert sorted(sorted(m.doc for m in e.mentions) for e in events) == [["a", "b"], ["c"]]


def feats(ms, published=None):
    people = People(ms)
    published = published or {}
    return [features(i, m.id, m, m.doc, published.get(m.doc), people) for i, m in enumerate(ms)]


def report(doc, at=0, quotes=("crossed", "soldier", "the line")):
    evidence = [Evidence(f, at + 10 * k, at + 10 * k + len(q), q) for k, (f, q) in
                enumerate(zip(("type", "subjects", "origin"), quotes))]
    return Mention(doc=doc, type="defection", subjects=[Subject(role="military")], origin=Place(country="KP"),
                   evidence=evidence)


def test_copied_text_is_the_same_words_at_the_same_distances():
    assert copied_words(report("a", at=0), 3) == copied_words(report("b", at=400), 3)
    assert copied_words(report("a"), 3) != copied_words(report("b", quotes=("fled", "soldier", "the line")), 3)
    assert copied_words(report("a"), 4) is None  # too little evidence to tell a copy from chance


def test_identity_needs_positive_evidence(monkeypatch):
    monkeypatch.setitem(W, "timeless_strict", True)
    a, b, c = feats([report("a"), report("b", at=400), report("c", quotes=("fled", "soldier", "the line"))])
    assert identified(a, b)  # one text on two pages
    assert not identified(a, c)  # nothing but a type, a role and North Korea in common, placed nowhere in time


def test_pages_of_one_news_cycle_tell_one_piece_of_news(monkeypatch):
    monkeypatch.setitem(W, "same_news_days", 14)
    ms = [report("a"), report("b", quotes=("fled", "soldier", "the line")),
          report("c", quotes=("ran", "soldier", "the line"))]
    a, b, c = feats(ms, {"a": "2022-03-01", "b": "2022-03-09", "c": "2023-03-09"})
    assert identified(a, b)
    assert not identified(a, c)


def test_the_stricter_rules_keep_fusion_a_function_of_the_set_of_mentions(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "bench"))
    from lookalike_gen import generate

    for key in ("require_identity", "check_spans", "timeless_strict"):
        monkeypatch.setitem(W, key, True)
    archive = generate(seed=3, happenings=60, years=5)
    shuffled = archive.mentions[:]
    random.Random(1).shuffle(shuffled)
    runs = [fuse_mentions(ms, archive.published, {d: archive.groups.get(d, d) for d in archive.published})
            for ms in (archive.mentions, shuffled)]
    first, second = ([(e.id, [m.id for m in e.mentions]) for e in run] for run in runs)
    assert first == second and len(first) > 60  # look-alikes kept apart, in any order
