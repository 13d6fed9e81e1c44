"""Pages of reviewed events equal a brute-force sort of every reviewed event, at every offset."""
import random

import pytest

from crossings import browse, review
from crossings.events import EVENT_TYPES, Event, Evidence, Mention, Place, Subject, When
from crossings.store import Store


def synthetic(n: int, rng: random.Random) -> list[Event]:
    out = []
    for i in range(n):
        date = rng.choice([None, "2019", f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}"])
        m = Mention(f"d{i}", "defection", evidence=[Evidence("type", i, i + 3, "fled")])
        out.append(Event(f"ev-{i:03d}", rng.choice(EVENT_TYPES[:3]), rng.choice([None, "reported", "confirmed"]),
                         [Subject(name=f"Person {i}", role="civilian")], Place(country=rng.choice(["CN", "RU", None])),
                         None, When(date), rng.choice([None, "2024-01-02", "2023-05-06"]), [], [m]))
    return out


@pytest.fixture
def big(db_url):
    rng = random.Random(3)
    store = Store(db_url)
    events = synthetic(60, rng)
    store.replace_events(events)
    for e in rng.sample(events, 8):
        review.decide(store, "edit", e.id, "ana", "", {"field": "date.value", "value": rng.choice(["2030-01", None])})
    review.decide(store, "reject", events[0].id, "ana", "", {})
    return store


def brute(store, sort, desc):
    every = browse.all_events(store)
    overlay = review.Overlay.load(store)
    rvs = [overlay.events.get(e.id) or review.Reviewed(e) for e in every]
    return [rv.id for rv in browse.ordered(rvs, sort, desc)]


@pytest.mark.parametrize("sort", ["date", "reported", "status", "country", "id"])
@pytest.mark.parametrize("desc", [True, False])
def test_every_window_matches_a_full_sort(big, sort, desc):
    expected = brute(big, sort, desc)
    assert len(expected) == 59
    for limit in (7, 25):
        got = []
        for offset in range(0, 70, limit):
            page = browse.event_page(big, {}, sort=sort, desc=desc, limit=limit, offset=offset)
            assert page.total == 59
            got += [rv.id for rv in page.items]
        assert got == expected


def test_edited_values_sort_where_they_now_belong(big):
    first = browse.event_page(big, {}, sort="date", desc=True, limit=3).items
    assert all(rv.event.date.value == "2030-01" for rv in first)


def test_stats_follow_the_decisions(store):
    from crossings.browse import stats

    before = stats(store, {"type": "defection"})
    pak = next(e for e in browse.all_events(store) if e.origin.country == "MT")
    review.decide(store, "edit", pak.id, "ana", "", {"field": "type", "value": "attempted_defection"})
    review.decide(store, "edit", pak.id, "ana", "", {"field": "origin.country", "value": "IT"})
    after = stats(store, {"type": "defection"})
    everything = stats(store)
    assert before.by_type["defection"] - 1 == after.by_type["defection"]
    assert everything.by_type["attempted_defection"] == 1 and "attempted_defection" not in after.by_type
    assert "MT" in before.origins and "MT" not in everything.origins and everything.origins["IT"] == 1
    assert sum(q.count for q in after.trend.periods) == sum(q.count for q in before.trend.periods) - 1
