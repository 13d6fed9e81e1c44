"""Invented reports and events for the export tests (every text written for these tests).

A counsellor's defection from Valletta reported by an outlet and its wire copy (one independent
source) and by a second outlet; a mission closure known only by country; a repatriation of a
girl whose name a report's address spells.
"""
from __future__ import annotations

from crossings.document import DateInfo, Document, content_hash
from crossings.events import Event, Evidence, Mention, Place, Subject, When
from crossings.store import Store

GULL = ("VALLETTA (Gull Times) - Ri Chol-jin, a counsellor at the North Korean mission in Valletta, "
        "defected to South Korea in July 2019, the unification ministry said.")
WIRE = "Copied from Gull Times: Ri Chol-jin, a counsellor in Valletta, defected in July 2019."
KITE = ("Kite Weekly understands that North Korea shut its embassy in Spain in 2017. Separately, "
        "a girl, Jo Un-byol, 12, was sent back from China with her mother last spring.")
CHILD = "Jo Un-byol"


def _doc(doc_id: str, text: str, outlet: str, url: str, duplicate_of: str | None = None) -> Document:
    return Document(id=doc_id, text=text, raw=text, url=url, title=f"{outlet} report", outlet=outlet, lang="en",
                    source=f"test:{doc_id}", published=DateInfo("2019-08-02", "day", "manifest"),
                    content_hash=content_hash(text), duplicate_of=duplicate_of)


def documents() -> list[Document]:
    return [_doc("gull-1", GULL, "Gull Times", "https://gull.example/2019/counsellor"),
            _doc("wire-1", WIRE, "Wire Mirror", "https://wire.example/copy/77", duplicate_of="gull-1"),
            _doc("kite-1", KITE, "Kite Weekly", "https://kite.example/jo-un-byol-sent-back")]


def _quote(doc: Document, name: str, words: str) -> Evidence:
    start = doc.text.index(words)
    return Evidence(name, start, start + len(words), words)


def events(docs: list[Document]) -> list[Event]:
    gull, wire, kite = docs
    counsellor = Subject(name="Ri Chol-jin", descriptor="counsellor", role="diplomat")
    when = When("2019-07", "month", "explicit")
    valletta = Place("Valletta", "MT", "Europe", 35.89968, 14.5147, "city")
    defection = [Mention(d.id, "defection", "confirmed", [counsellor], valletta, "KR", when,
                         ["the unification ministry"], [_quote(d, "type", "defected")]) for d in (gull, wire)]
    closure = Mention(kite.id, "mission_closure", "reported", [], Place(country="ES", region="Europe"), None,
                      When("2017", "year", "explicit"), [], [_quote(kite, "type", "shut its embassy")])
    girl = [Subject(name=CHILD, role="family_member", age=12, minor=True), Subject(descriptor="her mother")]
    sent_back = Mention(kite.id, "repatriation", "reported", girl, Place(country="CN"), "KP",
                        When("2018", "season", "relative:last-season"), [], [_quote(kite, "type", "sent back")])
    return [Event("ev-defection", "defection", "confirmed", [counsellor], valletta, "KR", when, "2019-08-02",
                  ["the unification ministry"], defection, outlets=1),
            Event("ev-closure", "mission_closure", "reported", [], closure.origin, None, closure.date, "2019-08-02",
                  [], [closure], outlets=1),
            Event("ev-sent-back", "repatriation", "reported", girl, sent_back.origin, "KP", sent_back.date,
                  "2019-08-02", [], [sent_back], outlets=1)]


def build(store: Store) -> list[Event]:
    docs = documents()
    store.add_documents((d, None) for d in docs)
    found = events(docs)
    store.replace_mentions({d.id: [m for e in found for m in e.mentions if m.doc == d.id] for d in docs})
    store.replace_events(found)
    return found
