"""Two sparse reports of an aftermath (the officers punished after a soldier's crossing, the staff
recalled after a diplomat's flight) say little of their own: a month, a role. Their pages also tell
the happening they follow, and when those agree (a named person, a month, a town) the two pages tell
one story, which counts for the aftermath reports (story_same). All reports are invented."""
import json

import pytest

from crossings import api
from crossings.document import DateInfo, Document
from crossings.fuse import fuse_mentions, similarity
from crossings.store import Store

PUBLISHED = {"en1": "2026-03-20", "ko1": "2026-03-26"}


def _pages(mention, crossing_month="2026-03", in_passing=False):
    """en1 tells a sergeant's crossing in March and the two officers punished for it; ko1, days
    later, tells the crossing (in crossing_month) and the officers, dated only by its page's year."""
    crossing_en = mention("en1", role="military", country="KP", date="2026-03", at=0, quote="crossed")
    crossing_ko = mention("ko1", role="military", country="KP", date=crossing_month, at=0, quote="귀순")
    crossing_ko.background = in_passing
    punished_en = mention("en1", "punishment", role="military", count=2, country="KP", date="2026-03",
                          at=300, quote="dismissed")
    punished_ko = mention("ko1", "punishment", role="military", date="2026",
                          derivation="anchor:published-year", at=200, quote="해임")
    return [crossing_en, crossing_ko, punished_en, punished_ko]


def _punishments(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events if e.type == "punishment")


@pytest.fixture
def without_story():
    saved = similarity.W["story_same"]
    similarity.W["story_same"] = 0
    yield
    similarity.W["story_same"] = saved


def test_aftermath_reports_join_when_their_pages_tell_one_story(mention):
    assert _punishments(fuse_mentions(_pages(mention), PUBLISHED)) == [["en1", "ko1"]]


def test_alone_the_aftermath_reports_are_too_sparse_to_join(mention, without_story):
    assert _punishments(fuse_mentions(_pages(mention), PUBLISHED)) == [["en1"], ["ko1"]]


def test_pages_telling_crossings_of_two_months_tell_two_stories(mention):
    pages = _pages(mention, crossing_month="2025-11")
    assert _punishments(fuse_mentions(pages, PUBLISHED)) == [["en1"], ["ko1"]]


def test_a_happening_cited_in_passing_is_not_the_page_s_story(mention):
    pages = _pages(mention, in_passing=True)
    assert _punishments(fuse_mentions(pages, PUBLISHED)) == [["en1"], ["ko1"]]


def test_a_page_fused_in_a_later_batch_finds_the_story_of_a_stored_one(tmp_path, mention):
    """Incremental fusion reads the stored page's other reports: the events are the full fusion's."""
    by_doc = {}
    for m in _pages(mention):
        by_doc.setdefault(m.doc, []).append(m)
    docs = {d: Document(id=d, text="x", raw="", published=DateInfo(p, "day")) for d, p in PUBLISHED.items()}

    def records(store):
        return {e.id: json.dumps(e.to_dict(), sort_keys=True) for e in store.events()}

    full = Store(f"sqlite:///{tmp_path / 'full.db'}")
    full.insert_batch([(docs[d], None) for d in sorted(docs)], by_doc)
    api._fuse_all(full)
    store = Store(f"sqlite:///{tmp_path / 'batches.db'}")
    for d in ("en1", "ko1"):
        store.insert_batch([(docs[d], None)], {d: by_doc[d]})
        path = api._fuse_new(store)[1]
    assert path == "incremental"
    assert records(store) == records(full)
    assert _punishments(store.events()) == [["en1", "ko1"]]
