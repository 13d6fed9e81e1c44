"""Date ranges and destinations filter the same events in SQL, on SQLite and PostgreSQL (whatever
its collation does with "-"), as in memory (crossings.facets.matches)."""
import itertools

from crossings import api
from crossings.events import Event, Place, When
from crossings.facets import matches
from crossings.store import Store

DATES = [None, "2015", "2016", "2016-01", "2016-02-29", "2016-03", "2016-12-31", "2017", "2017-06", "2017-06-30",
         "2017-07-01", "2018-01"]
BOUNDS = [None, "2016", "2016-02", "2016-03-01", "2017-06", "2017-06-30", "2017"]


def test_every_range_gives_the_same_events_in_sql_and_in_memory(store_url):
    events = [Event(f"ev-{i:02d}", "defection", "reported", [], Place(country="KP"), "KR" if i % 2 else "CN",
                    When(d, "unknown" if d is None else "day"))
              for i, d in enumerate(DATES)]
    store = Store(store_url)
    store.replace_events(events)
    for since, until in itertools.product(BOUNDS, BOUNDS):
        if since and until and since[:len(until)] > until:
            continue
        in_sql = {e.id for e in store.events(since=since, until=until, destination="KR")}
        in_memory = {e.id for e in events if matches(e, since=since, until=until, destination="KR")}
        assert in_sql == in_memory, (since, until)
    assert {e.date.value for e in store.events(since="2016-03-01", until="2017-06")} == {
        "2016", "2016-03", "2016-12-31", "2017", "2017-06", "2017-06-30"}  # periods that overlap


def test_events_come_newest_first_and_undated_last(store_url):
    Store(store_url).replace_events([Event(f"ev-{i:02d}", "recall", None, [], Place(), None, When(d))
                                     for i, d in enumerate(["2016", None, "2017-06", "2016-12-31"])])
    newest = ["2017-06", "2016-12-31", "2016", None]
    assert [e.date.value for e in api.events(db=store_url)] == newest
    assert [e.date.value for e in api.events(db=store_url, review="machine")] == newest
