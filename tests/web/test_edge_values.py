"""The dashboard never answers 500 to stored data: edge dates (year 1, 9999, below 1000,
malformed), empty and 10,000-character names, a character from every Unicode plane, extreme
counts and ages; every page and API route is loaded over them (and every event's and
document's own page), and stored decisions that no longer fit their event are survived."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from crossings.document import DateInfo, Document, content_hash
from crossings.events import Event, Evidence, Mention, Place, Subject, When
from crossings.store import Store
from crossings.web import create_app

TOKEN = "edge-token"
# one character from each Unicode plane (0-2, 3, 14, 15, 16), plus right-to-left, combining,
# zero-width and emoji, but no lone surrogate (no store can hold one)
PLANES = "A\u00e9\u202e\u0301\u200b\U0001F600\U00020000\U00030000\U000E0001\U000F0000\U0010FFFD\ud55c"
DATES = ["0001-01-01", "9999-12-31", "0999-05", "0500-11-30", "0042", "2024-13", "abcd-ef", "", None,
         "1999-02-30", "2024-Q3"]
NAMES = ["", "x" * 10_000, PLANES, "<script>alert(1)</script>", "  ", "\u0000\u0001"[1:]]


def _doc(i: int, text: str) -> Document:
    return Document(id=f"edge-{i}", text=text, raw=text, lang=["en", "ko", "", None][i % 4], title=NAMES[i % len(NAMES)],
                    outlet=NAMES[(i + 1) % len(NAMES)], source=f"test:edge-{i}", url=["", "javascript:x", None][i % 3],
                    published=DateInfo(DATES[i % len(DATES)], "day", "manifest"), content_hash=content_hash(text))


def _mention(doc: Document, i: int) -> Mention:
    name = NAMES[i % len(NAMES)]
    count = [0, 1, -1, 10**12, None][i % 5]
    subject = Subject(name=name or None, descriptor=name, role=["diplomat", "", None, "unknown-role"][i % 4],
                      count=count, age=[0, 200, -3, None][i % 4], minor=[True, False, None][i % 3], aliases=[name, ""])
    place = Place(city=name or None, country=["KP", "ZZ", "", None, "kr"][i % 5], region=name[:50] or None,
                  lat=[90.0, -90.0, None][i % 3], lon=[180.0, -180.0, None][i % 3], precision="city")
    quote = doc.text[: max(1, min(len(doc.text), 40))]
    return Mention(doc.id, ["defection", "recall", "mission_closure", "odd_type"][i % 4],
                   ["confirmed", None, "odd-status"][i % 3], [subject], place, name or None,
                   When(DATES[i % len(DATES)], ["day", "month", "year", "unknown"][i % 4], "explicit"),
                   [name], [Evidence("type", 0, len(quote), quote), Evidence("date", 0, 0, "")])


@pytest.fixture
def edge_db(db_url):
    build(db_url)
    return db_url


def build(db_url: str) -> None:
    store = Store(db_url)
    docs = [_doc(i, f"{NAMES[i % len(NAMES)][:200]} Page {i} says a diplomat defected. {PLANES}") for i in range(24)]
    store.add_documents((d, None) for d in docs)
    by_doc = {d.id: [_mention(d, i)] for i, d in enumerate(docs)}
    by_doc["edge-1"].append(_mention(docs[1], 2))  # ev-edge-1 has two mentions: it can be split
    store.replace_mentions(by_doc)
    events = []
    for i, d in enumerate(docs):
        m = by_doc[d.id][0]
        events.append(Event(f"ev-edge-{i}", m.type, m.status, m.subjects, m.origin, m.destination, m.date,
                            DATES[(i + 3) % len(DATES)], m.sources, by_doc[d.id],
                            {"date": [{"value": DATES[i % len(DATES)], "docs": [d.id]}]} if i % 2 else {},
                            [NAMES[i % len(NAMES)]]))
    store.replace_events(events)


@pytest.fixture
def client(edge_db):
    return TestClient(create_app(edge_db, token=TOKEN), raise_server_exceptions=False)


ROUTES = ["/", "/events", "/map", "/timeline", "/audit", "/login", "/api/events", "/api/stats", "/api/decisions",
          "/export/events.csv", "/export/events.jsonl", "/export/events.geojson",
          "/events?sort=date&desc=false", "/events?sort=date&desc=true", "/events?year=1", "/events?year=9999",
          "/api/events?sort=reported", "/api/events?q=" + PLANES, "/timeline?type=defection",
          "/events?q=%F0%9F%98%80", "/api/events?limit=200&offset=0"]


def test_every_page_and_api_route_renders_edge_values(client):
    for route in ROUTES:
        r = client.get(route)
        assert r.status_code == 200, f"{route}: {r.status_code} {r.text[:300]}"
    assert "<script>alert(1)</script>" not in client.get("/events").text


def test_every_event_and_document_page_renders(client):
    for i in range(24):
        for route in (f"/events/ev-edge-{i}", f"/api/events/ev-edge-{i}", f"/documents/edge-{i}",
                      f"/api/documents/edge-{i}"):
            r = client.get(route)
            assert r.status_code == 200, f"{route}: {r.status_code} {r.text[:300]}"


def test_the_trend_labels_years_below_1000_with_four_digits(client):
    labels = [q["label"] for q in client.get("/api/stats").json()["trend"]["periods"]]
    assert labels and all(len(label) == 7 and label[:4].isdigit() for label in labels)
    assert labels[0] == "0001-Q1" and labels[-1] == "9999-Q4"


def test_stored_decisions_that_no_longer_fit_their_event_still_render(client, edge_db):
    """Decisions checked when made, then overtaken by a re-fusion: a split of a mention the event
    no longer has, a merge with an event that is gone."""
    from crossings.store.models import EventMentionRow

    store = Store(edge_db)
    anchor = [m.id for m in store.get_event("ev-edge-1").mentions]
    with store.session(write=True) as s:  # the link table says "gone" is ev-edge-1's; its record disagrees
        s.add(EventMentionRow(mention_id="gone", event_id="ev-edge-1"))
    store.add_decision(action="split", target="ev-edge-1", anchor=anchor, payload={"mention": "gone"}, who="a", why="")
    store.add_decision(action="merge", target="ev-edge-2", anchor=[], payload={"other": "ev-gone"}, who="a", why="")
    for route in ("/", "/events", "/api/events", "/audit", "/api/decisions", "/events/ev-edge-1", "/timeline"):
        r = client.get(route)
        assert r.status_code == 200, f"{route}: {r.status_code} {r.text[:300]}"
