"""The store's reads behind the dashboard's waves, map and person pages, on SQLite and PostgreSQL:
counts grouped with filters (a destination read from the record, a span of years), and the events
that name a person."""
from crossings.events import Event, Place, Subject, When
from crossings.store import Store

EVENTS = [
    Event("ev-1", "defection", "confirmed", [Subject(name="Ri Son", role="diplomat")], Place("Rome", "IT"), "KR",
          When("2021-03", "month"), people=["p-0123456789ab"]),
    Event("ev-2", "defection", "reported", [Subject(role="civilian", count=3)], Place(country="KP"), "third_country",
          When("2023", "year")),
    Event("ev-3", "recall", "reported", [Subject(name="Ri Son", role="diplomat")], Place("Rome", "IT"), None,
          When("2024-07-02", "day"), people=["p-0123456789ab", "p-ba9876543210"]),
]


def test_counts_group_by_destination_and_filter_by_a_span_of_years(store_url):
    store = Store(store_url)
    store.replace_events(EVENTS)
    assert sorted(store.event_counts(("destination",)), key=str) == sorted([("KR", 1), ("third_country", 1), (None, 1)], key=str)
    assert store.event_counts(("type",), filters={"since": 2022, "until": 2023}) == [("defection", 1)]
    assert sorted(store.event_counts(("month",), filters={"role": "diplomat"})) == [("2021-03", 1), ("2024-07", 1)]


def test_the_events_naming_a_person_are_found_by_its_id_alone(store_url):
    store = Store(store_url)
    store.replace_events(EVENTS)
    assert [e.id for e in store.events_naming("p-0123456789ab")] == ["ev-1", "ev-3"]
    assert [e.id for e in store.events_naming("p-ba9876543210")] == ["ev-3"]
    assert store.events_naming("p-%") == [] and store.events_naming("p-0123") == []  # no wildcards, no prefixes
