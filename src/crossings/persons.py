"""People across the reviewed events: one person's names, Hangul forms, events and sources, and
which of an event's subjects is which person.

Events keep their people's ids (fuse/people.py) but not which subject each id belongs to, nor the
person's spellings. Both are found again from the mentions: every spelling that fusion linked into
a person appears in a mention of an event that carries the person's id, so People() over those
mentions rebuilds the same group, with the same smallest key and so the same id.
"""
from __future__ import annotations

from dataclasses import dataclass

from crossings.document import Document
from crossings.events import Event, Subject, stable_id
from crossings.fuse.names import name_key
from crossings.fuse.people import People, Person
from crossings.review import Overlay, Reviewed
from crossings.store import Store


@dataclass
class PersonDetail:
    person: Person
    events: list[Reviewed]  # newest first
    documents: dict[str, Document]  # every report of those events


def person_detail(store: Store, person_id: str) -> PersonDetail | None:
    overlay = Overlay.load(store)
    events = [Reviewed(e) for e in store.events_naming(person_id) if e.id not in overlay.replaced]
    events += [rv for rv in overlay.visible() if person_id in rv.event.people]
    if not events:
        return None
    events.sort(key=lambda rv: (rv.event.date.value or "", rv.id), reverse=True)
    person = People([m for rv in events for m in rv.event.mentions]).persons.get(person_id)
    if person is None:  # analysts edited every spelling away: the subjects still name them
        names = [s.name for rv in events for s in rv.event.subjects if s.name] or [person_id]
        person = Person(person_id, names[0], sorted(set(names)))
    docs = store.documents_by_id({m.doc for rv in events for m in rv.event.mentions})
    return PersonDetail(person, events, docs)


def person_links(event: Event) -> dict[int, str]:
    """Subject index -> the id of the person that subject is, for the event's named subjects."""
    people = People(event.mentions)
    ids = set(event.people)
    out: dict[int, str] = {}
    for i, subject in enumerate(event.subjects):
        if found := _person_of(subject, people, ids):
            out[i] = found
    left = sorted(ids - set(out.values()))
    unlinked = [i for i, s in enumerate(event.subjects) if s.name and i not in out]
    if len(left) == 1 and len(unlinked) == 1:  # the one person whose smallest key is in another event
        out[unlinked[0]] = left[0]
    return out


def _person_of(subject: Subject, people: People, ids: set[str]) -> str | None:
    """The event's person id among the ids of every spelling People linked to this subject."""
    for local in sorted(people.persons_of(subject)):
        person = people.persons[local]
        keys = {k for n in [*person.names, *person.aliases] if (k := name_key(n))}
        found = sorted({stable_id("p-", k) for k in keys} & ids)
        if found:
            return found[0]
    return None
