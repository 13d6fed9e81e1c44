"""Invented articles, mentions and events for the dashboard tests (all text written for these tests).

build(store) stores three documents with four events; refuse(store, salt) re-stores the same
mentions as events with new ids, as a fusion rerun might.
"""
from __future__ import annotations

from crossings.document import DateInfo, Document, content_hash
from crossings.fuse.people import People
from crossings.events import Event, Evidence, Mention, Place, Subject, When, stable_id
from crossings.store import Store

HARBOUR = (
    "VALLETTA (Harbour Post) - A North Korean trade counsellor, Pak Sun Il, defected with his wife "
    "from the mission in Valletta in February, officials in Seoul confirmed on Monday. "
    "The couple arrived in South Korea last week, the unification ministry said.\n\n"
    "Separately, two restaurant workers went missing in Ulaanbaatar in 2023."
)
LANTERN = (
    "Lantern Daily reports that the counsellor Pak Sun Il (박선일), posted in Valletta, sought asylum "
    "in February and has reached Seoul. Pyongyang has not commented."
)
HOSTILE = (
    "Hostile page <script>window.__pwned = 1</script> about a defection. "
    "<img src=x onerror=\"window.__pwned = 2\"> A soldier defected across the border in May 2024. "
    "<a href=\"javascript:window.__pwned=3\">click me</a> \"quoted\" & 'single' </textarea>"
)


def doc(doc_id: str, text: str, outlet: str, published: str, url: str, title: str) -> Document:
    return Document(id=doc_id, text=text, raw=text, url=url, title=title, outlet=outlet, lang="en",
                    source=f"test:{doc_id}", published=DateInfo(published, "day", "manifest"),
                    content_hash=content_hash(text))


def ev(d: Document, name: str, quote: str) -> Evidence:
    start = d.text.index(quote)
    return Evidence(name, start, start + len(quote), quote)


def documents() -> list[Document]:
    return [
        doc("harbour-1", HARBOUR, "Harbour Post", "2024-03-04", "https://harbour.example/a1", "Counsellor defects"),
        doc("lantern-1", LANTERN, "Lantern Daily", "2024-03-06", "https://lantern.example/b2", "Asylum in Seoul"),
        doc("hostile-1", HOSTILE, "<b onmouseover=\"window.__pwned=4\">Evil Outlet</b>", "2024-06-01",
            "javascript:window.__pwned=5", "<script>window.__pwned=6</script>Title"),
    ]


def mentions(docs: list[Document]) -> dict[str, list[Mention]]:
    h, l, x = docs
    pak = Subject(name="Pak Sun Il", descriptor="trade counsellor", role="trade_official")
    wife = Subject(descriptor="his wife", role="family_member")
    return {
        h.id: [
            Mention(h.id, "defection", "confirmed", [pak, wife], Place("Valletta", "MT"), "KR",
                    When("2024-02", "month", "relative:bare-month"), ["unification ministry"],
                    [ev(h, "type", "defected"), ev(h, "subjects.0.name", "Pak Sun Il"),
                     ev(h, "origin", "the mission in Valletta"), ev(h, "date", "in February"),
                     ev(h, "status", "officials in Seoul confirmed"),
                     ev(h, "destination", "arrived in South Korea")]),
            Mention(h.id, "disappearance", "reported", [Subject(descriptor="restaurant workers",
                    role="restaurant_worker", count=2)], Place("Ulaanbaatar", "MN"), None,
                    When("2023", "year"), [], [ev(h, "type", "went missing"),
                    ev(h, "origin", "in Ulaanbaatar")]),
        ],
        l.id: [
            Mention(l.id, "defection", "reported", [Subject(name="Pak Sun Il", role="trade_official", aliases=["박선일"])],
                    Place("Valletta", "MT"), "KR", When("2024-02", "month", "relative:bare-month"), ["Lantern Daily"],
                    [ev(l, "type", "sought asylum"), ev(l, "subjects.0.name", "Pak Sun Il"),
                     ev(l, "date", "in February")]),
        ],
        x.id: [
            Mention(x.id, "defection", "reported", [Subject(descriptor="A soldier", role="military")],
                    Place(country="KP"), "KR", When("2024-05", "month"), [],
                    [ev(x, "type", "defected across the border"), ev(x, "date", "in May 2024")]),
        ],
    }


def fused(by_doc: dict[str, list[Mention]], salt: str = "") -> list[Event]:
    """Pak's two reports as one event; every other mention alone. `salt` changes every id. Person
    ids are fusion's own (fuse.people)."""
    pak = [m for ms in by_doc.values() for m in ms if m.subjects and m.subjects[0].name == "Pak Sun Il"]
    rest = [m for ms in by_doc.values() for m in ms if m not in pak]
    first = pak[0]
    events = [Event(stable_id("ev-" + salt, first.id), "defection", "confirmed", first.subjects, first.origin,
                    "KR", first.date, "2024-03-04", ["unification ministry", "Lantern Daily"], pak,
                    {"status": ["confirmed", "reported"]})]
    reported = {"harbour-1": "2024-03-04", "hostile-1": "2024-06-01"}
    for m in rest:
        events.append(Event(stable_id("ev-" + salt, m.id), m.type, m.status, m.subjects, m.origin,
                            m.destination, m.date, reported.get(m.doc), m.sources, [m]))
    people = People([m for ms in by_doc.values() for m in ms])
    for e in events:
        e.people = sorted({p for m in e.mentions for s in m.subjects for p in people.persons_of(s)})
    return events


def build(store: Store) -> list[Event]:
    docs = documents()
    store.add_documents((d, None) for d in docs)
    by_doc = mentions(docs)
    store.replace_mentions(by_doc)
    events = fused(by_doc)
    store.replace_events(events)
    return events


def refuse(store: Store, salt: str) -> list[Event]:
    """Re-extraction and re-fusion: same mentions, new event ids."""
    by_doc = mentions(documents())
    store.replace_mentions(by_doc)
    events = fused(by_doc, salt)
    store.replace_events(events)
    return events
