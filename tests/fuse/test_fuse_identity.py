"""FU-OVER: a report joins another document's report only on positive evidence that they tell one
happening. All reports are invented."""
import pytest

from crossings.fuse import fuse_mentions
from crossings.fuse.regions import specific_region
from crossings.fuse.similarity import W


@pytest.fixture(autouse=True)
def require_identity(monkeypatch):
    monkeypatch.setitem(W, "require_identity", True)


def fuse(mentions, published=None):
    published = published or {m.doc: None for m in mentions}
    return fuse_mentions(mentions, published)


def docs_by_event(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


def test_an_undated_unnamed_soldier_does_not_join_the_nearest_crossing(mention):
    dated = [mention(d, role="military", country="KP", date="2024-08-20") for d in ("a", "b")]
    bare = mention("c", role="military", country="KP")
    assert docs_by_event(fuse(dated + [bare])) == [["a", "b"], ["c"]]


def test_ten_outlets_on_one_named_diplomat_are_one_event(mention):
    spellings = ["Pak Song-chol", "Park Sung Chul", "Pak Song Chol"]
    ms = [mention(f"o{i}", name=spellings[i % 3], country="IT" if i % 2 else None,
                  date="2021-02" if i % 3 else None) for i in range(10)]
    [event] = fuse(ms)
    assert len(event.mentions) == 10


def test_unnamed_crossings_on_one_day_are_one_event(mention):
    ms = [mention(d, role="military", date="2024-08-20", derivation="relative:weekday") for d in ("a", "b", "c")]
    published = {"a": "2024-08-23", "b": "2024-08-24", "c": "2024-08-25"}
    assert docs_by_event(fuse(ms, published)) == [["a", "b", "c"]]


def test_only_the_publication_year_joins_news_published_days_apart(mention):
    def report(doc):
        return mention(doc, role="civilian", country="KP", date="2022", derivation="anchor:published-year")

    ms = [report("a"), report("b"), report("c")]
    events = fuse(ms, {"a": "2022-03-01", "b": "2022-03-04", "c": "2022-09-30"})
    assert docs_by_event(events) == [["a", "b"], ["c"]]


def test_a_stated_year_with_place_and_role_is_one_story(mention):
    ms = [mention("a", role="overseas_worker", country="KP", date="2015"),
          mention("b", role="overseas_worker", country="KP", date="2015")]
    assert docs_by_event(fuse(ms)) == [["a", "b"]]
    ms = [mention("a", role="overseas_worker", country="KP", date="2015"),
          mention("b", role="civilian", country="KP", date="2015")]
    assert docs_by_event(fuse(ms)) == [["a"], ["b"]]


def test_a_group_size_above_one_identifies_but_one_person_does_not(mention):
    groups = [mention(d, role="civilian", country="CN", count=7) for d in ("a", "b")]
    singles = [mention(d, role="civilian", country="CN", count=1) for d in ("c", "d")]
    assert docs_by_event(fuse(groups + singles)) == [["a", "b"], ["c"], ["d"]]


def test_a_province_identifies_a_continent_does_not(mention):
    province = [mention(d, role="civilian", region="North Hamgyong Province") for d in ("a", "b")]
    continent = [mention(d, role="civilian", region="East Asia") for d in ("c", "d")]
    assert docs_by_event(fuse(province + continent)) == [["a", "b"], ["c"], ["d"]]


def test_specific_region():
    assert specific_region("Ryanggang Province") and specific_region("the western front")
    assert not specific_region("East Asia") and not specific_region("Russian Far East")
    assert not specific_region(None) and not specific_region(" ")


def test_without_the_switch_unknown_stays_compatible(mention, monkeypatch):
    monkeypatch.setitem(W, "require_identity", False)
    dated = [mention(d, role="military", country="KP", date="2024-08-20") for d in ("a", "b")]
    assert docs_by_event(fuse(dated + [mention("c", role="military", country="KP")])) == [["a", "b", "c"]]


def test_a_continent_and_a_city_stay_apart_and_only_news_days_apart_joins_the_continent(mention):
    ms = [mention("a", region="Europe", date="2023"), mention("b", region="Europe", date="2023"),
          mention("c", country="CU", city="Havana", date="2023-11"), mention("d", country="CU", date="2023")]
    assert docs_by_event(fuse(ms)) == [["a"], ["b"], ["c", "d"]]
    events = fuse(ms, {"a": "2023-11-20", "b": "2023-11-22", "c": "2023-11-21", "d": "2023-11-23"})
    assert docs_by_event(events) == [["a", "b"], ["c", "d"]]


def test_a_posting_abroad_identifies_china_does_not(mention):
    abroad = [mention(d, role="diplomat", country="SE") for d in ("a", "b")]
    china = [mention(d, role="civilian", country="CN") for d in ("c", "d")]
    assert docs_by_event(fuse(abroad + china)) == [["a", "b"], ["c"], ["d"]]


def test_a_closure_in_china_is_identified_by_its_host_country(mention):
    ms = [mention(d, "mission_closure", role=None, country="CN", quote="closed") for d in ("a", "b")]
    assert docs_by_event(fuse(ms)) == [["a", "b"]]


def test_the_same_document_may_still_restate_a_happening(mention):
    ms = [mention("a", role="restaurant_worker", count=13, country="CN", date="2016-04", at=0),
          mention("a", role="restaurant_worker", country="CN", at=300)]
    assert len(fuse(ms)) == 1
