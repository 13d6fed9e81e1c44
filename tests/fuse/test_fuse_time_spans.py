"""Yearless days, copied text and one piece of news: what fusion reads to tell
look-alike happenings apart (issue 11). All reports are invented."""
import random
from datetime import date
from pathlib import Path

import pytest

from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.fuse import fuse_mentions
from crossings.fuse.features import copied_words, features, yearless_day
from crossings.fuse.people import People
from crossings.fuse.similarity import W, identified

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


def test_identity_needs_positive_evidence():
    a, b, c = feats([report("a"), report("b", at=400), report("c", quotes=("fled", "soldier", "the line"))])
    assert identified(a, b)  # one text on two pages
    assert not identified(a, c)  # nothing but a type, a role and North Korea in common


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

    archive = generate(seed=3, happenings=60, years=5)
    groups = {d: archive.groups.get(d, d) for d in archive.published}
    lenient = fuse_mentions(archive.mentions, archive.published, groups)
    monkeypatch.setitem(W, "require_identity", True)
    shuffled = archive.mentions[:]
    random.Random(1).shuffle(shuffled)
    runs = [fuse_mentions(ms, archive.published, groups) for ms in (archive.mentions, shuffled)]
    first, second = ([(e.id, [m.id for m in e.mentions]) for e in run] for run in runs)
    assert first == second and len(first) > len(lenient)  # more look-alikes kept apart, in any order
