"""Which subject of an event is which person, and a person's page data (invented names)."""
from crossings.events import Event, Mention, Place, Subject, When
from crossings.persons import person_detail, person_links
from crossings.store import Store
from tests.web import web_sample


def test_each_named_subject_links_to_its_own_person():
    events = web_sample.fused(web_sample.mentions(web_sample.documents()))
    assert person_links(events[0]) == {0: events[0].people[0]}  # Pak; his unnamed wife has no page
    assert person_links(events[1]) == {}


def test_a_person_whose_key_comes_from_another_event_is_still_linked_when_alone():
    m = Mention("d1", "recall", subjects=[Subject(name="Kang Il-bo", role="diplomat"), Subject(role="civilian", count=2)])
    ev = Event("ev-k", "recall", subjects=m.subjects, origin=Place(country="CN"), date=When(), mentions=[m],
               people=["p-ffffffffffff"])  # an id fusion derived from a spelling only another report has
    assert person_links(ev) == {0: "p-ffffffffffff"}


def test_a_person_page_gathers_names_events_and_reports(db_url):
    store = Store(db_url)
    events = web_sample.build(store)
    detail = person_detail(store, events[0].people[0])
    assert detail.person.name == "Pak Sun Il" and detail.person.aliases == ["박선일"]
    assert [rv.id for rv in detail.events] == [events[0].id] and set(detail.documents) == {"harbour-1", "lantern-1"}
    assert person_detail(store, "p-000000000000") is None
